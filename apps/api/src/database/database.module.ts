import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';
import { DATABASE_INFO, type DatabaseInfo } from './database-info';
import { ReadReplica, replicaConnector } from './read-replica';

/**
 * Provides the primary DataSource of the process (hot paths use it with SQL, the rest with
 * repositories) and ReadReplica: the heavy reads, on a second pool on the read replica when
 * DATABASE_READ_URL is set (falling back to the primary while it cannot be reached), else on the primary.
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ReadReplica) private readonly readReplica: ReadReplica,
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
          provide: ReadReplica,
          inject: [DataSource],
          useFactory: async (primary: DataSource): Promise<ReadReplica> => {
            const replica = new ReadReplica(primary, database.readUrl ? replicaConnector(buildDataSourceOptions(database, 'read')) : null);
            await replica.start();
            return replica;
          },
        },
      ],
      exports: [DATABASE_INFO, DataSource, ReadReplica],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.readReplica.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
