import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';
import { DATABASE_INFO, type DatabaseInfo } from './database-info';

/** Provides the one DataSource of the process; hot paths use it with SQL, the rest with repositories. */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(database: DatabaseInfo): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_INFO, useValue: database },
        {
          provide: DataSource,
          useFactory: async (): Promise<DataSource> => new DataSource(buildDataSourceOptions(database)).initialize(),
        },
      ],
      exports: [DATABASE_INFO, DataSource],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
