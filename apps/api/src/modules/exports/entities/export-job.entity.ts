import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A report export and, once done, its file. Queries go through ExportJobsRepository's SQL; this maps the table. */
@Entity({ name: 'export_jobs' })
export class ExportJobEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'journey_id', type: 'uuid', nullable: true })
  journeyId!: string | null;

  @Column({ name: 'share_link_id', type: 'uuid', nullable: true })
  shareLinkId!: string | null;

  @Column({ type: 'varchar', length: 10 })
  format!: string;

  @Column({ type: 'jsonb' })
  options!: object;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status!: string;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @Column({ type: 'bytea', nullable: true })
  result!: Buffer | null;

  @Column({ name: 'file_name', type: 'varchar', length: 200, nullable: true })
  fileName!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
