import type { Phase } from '@cxmap/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

/** Ids come from the client (the default covers rows created by the server). */
@Entity({ name: 'stages' })
@Unique('stages_journey_id_key', ['workspaceId', 'journeyId', 'id'])
export class StageEntity {
  /** The key is (workspace_id, id): a client-chosen id only has to be unique inside its workspace. */
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'journey_id', type: 'uuid' })
  journeyId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  phase!: Phase;

  @Column({ type: 'double precision' })
  order!: number;

  @Column({ name: 'customer_goal', type: 'text', default: '' })
  customerGoal!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Our own optimistic check (`UPDATE … WHERE version = $old`); not a @VersionColumn. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
