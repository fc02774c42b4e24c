import { Module } from '@nestjs/common';
import { ApiKeyLookup } from '../../core/auth/api-key-lookup';
import { AuditRecorderModule } from '../audit/audit-recorder.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysService } from './api-keys.service';

/** Exports `ApiKeyLookup` for the global guard (registered in the auth module). */
@Module({
  imports: [WorkspacesModule, AuditRecorderModule],
  controllers: [ApiKeysController],
  providers: [ApiKeysRepository, ApiKeysService, ApiKeyAuthenticator, { provide: ApiKeyLookup, useExisting: ApiKeyAuthenticator }],
  exports: [ApiKeyLookup],
})
export class ApiKeysModule {}
