import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A read-only link to one journey. Queries go through ShareLinksRepository's SQL; this maps the table. */
@Entity({ name: 'share_links' })
export class ShareLinkEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'journey_id', type: 'uuid' })
  journeyId!: string;

  /** sha256 (hex) of the link's token; the token itself is never stored. */
  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  label!: string | null;

  @Column({ name: 'allow_export', type: 'boolean', default: true })
  allowExport!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'last_opened_at', type: 'timestamptz', nullable: true })
  lastOpenedAt!: Date | null;
}
