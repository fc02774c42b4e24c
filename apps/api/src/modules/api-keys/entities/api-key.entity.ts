import type { ApiKeyScope } from '@cxmap/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'api_keys' })
export class ApiKeyEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ type: 'text', array: true })
  scopes!: ApiKeyScope[];

  /** The first characters of the secret (`cxk_AbCd`), shown to tell keys apart. */
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  /** sha256 (hex) of the secret; the secret itself is never stored. */
  @Column({ name: 'secret_hash', type: 'char', length: 64, unique: true })
  secretHash!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
