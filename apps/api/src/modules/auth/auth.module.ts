import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { SessionAuthGuard } from '../../core/auth/session-auth.guard';
import { SessionLookup } from '../../core/auth/session-lookup';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AuditRecorderModule } from '../audit/audit-recorder.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { DemoCredentials } from './demo-credentials';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';

@Module({
  // ApiKeysModule provides the ApiKeyLookup the global guard needs.
  imports: [WorkspacesModule, ApiKeysModule, AuditRecorderModule],
  controllers: [AuthController],
  providers: [
    AuthRepository,
    AuthService,
    PasswordHasher,
    DemoCredentials,
    LoginThrottle,
    { provide: SessionLookup, useExisting: AuthRepository },
    { provide: APP_GUARD, useClass: SessionAuthGuard },
  ],
  exports: [AuthRepository, AuthService, PasswordHasher, DemoCredentials, SessionLookup],
})
export class AuthModule {}
