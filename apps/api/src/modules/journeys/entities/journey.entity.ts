import type { JourneyState, JourneyStatus } from '@cxmap/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Keyed by (workspace_id, id), which the content tables reference, so their rows stay in the journey's
 * workspace (and a workspace's rows can share a node when sharded by it). `id` alone is indexed for
 * the routes that name a journey without its workspace.
 */
@Entity({ name: 'journeys' })
@Index('journeys_id_idx', ['id'])
export class JourneyEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** A persona of the same workspace: the foreign key is (workspace_id, persona_id). */
  @Column({ name: 'persona_id', type: 'uuid', nullable: true })
  personaId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 20, default: 'current' })
  state!: JourneyState;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: JourneyStatus;

  /** Bumped by every change of the journey or its content: the ETag. */
  @Column({ type: 'integer', default: 0 })
  revision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
