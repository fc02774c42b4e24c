import { Column, CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Columns every piece of journey content shares (stages, touchpoints, links). Ids come from the
 * client (the default covers rows created by the server).
 */
export abstract class JourneyContentEntity {
  /** The key is (workspace_id, id): a client-chosen id only has to be unique inside its workspace. */
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'journey_id', type: 'uuid' })
  journeyId!: string;

  /** Our own optimistic check (`UPDATE … WHERE version = $old`); not a @VersionColumn. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
