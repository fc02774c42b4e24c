import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';
import { DATABASE_INFO, type DatabaseInfo } from './database-info';
import { READ_DATA_SOURCE } from './read-data-source';

/**
 * Provides the primary DataSource of the process (hot paths use it with SQL, the rest with
 * repositories) and READ_DATA_SOURCE: a second pool on the read replica when DATABASE_READ_URL is
 * set, else the primary itself.
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(READ_DATA_SOURCE) private readonly readDataSource: DataSource,
  ) {}

  static forRoot(database: DatabaseInfo): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_INFO, useValue: database },
        {
          provide: DataSource,
          useFactory: async (): Promise<DataSource> => new DataSource(buildDataSourceOptions(database)).initialize(),
        },
        {
          provide: READ_DATA_SOURCE,
          inject: [DataSource],
          useFactory: async (primary: DataSource): Promise<DataSource> =>
            database.readUrl ? new DataSource(buildDataSourceOptions(database, 'read')).initialize() : primary,
        },
      ],
      exports: [DATABASE_INFO, DataSource, READ_DATA_SOURCE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.readDataSource !== this.dataSource && this.readDataSource.isInitialized) await this.readDataSource.destroy();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
