import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './core/config/app-config';
import { ConfigModule } from './core/config/config.module';
import { loggerOptions } from './core/logging/logger-options';
import type { DatabaseInfo } from './database/database-info';
import { DatabaseModule } from './database/database.module';
import { SeedsModule } from './database/seeds/seeds.module';
import { AnnotationsModule } from './modules/annotations/annotations.module';
import { ApiKeysModule } from './modules/api-keys/api-keys.module';
import { AccountModule } from './modules/account/account.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CanvasModule } from './modules/canvas/canvas.module';
import { ExportsModule } from './modules/exports/exports.module';
import { HealthModule } from './modules/health/health.module';
import { ImportsModule } from './modules/imports/imports.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { JourneyEventsModule } from './modules/journey-events/journey-events.module';
import { JourneysModule } from './modules/journeys/journeys.module';
import { ShareLinksModule } from './modules/share-links/share-links.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { PortfolioModule } from './modules/portfolio/portfolio.module';
import { OpenFormatsModule } from './modules/open-formats/open-formats.module';
import { WorkspacesModule } from './modules/workspaces/workspaces.module';

export interface AppOptions {
  config: AppConfig;
  database: DatabaseInfo;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config),
        LoggerModule.forRoot(loggerOptions(options.config.logLevel)),
        DatabaseModule.forRoot(options.database),
        AuthModule,
        AccountModule,
        WorkspacesModule,
        InvitationsModule,
        ApiKeysModule,
        JourneysModule,
        ImportsModule,
        OpenFormatsModule,
        CanvasModule,
        ShareLinksModule,
        MetricsModule,
        AuditModule,
        AnnotationsModule,
        PortfolioModule,
        ExportsModule,
        HealthModule,
        JourneyEventsModule,
        SeedsModule,
      ],
    };
  }
}
