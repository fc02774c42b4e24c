import type { JourneyState, JourneyStatus } from '@cxmap/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** (workspace_id, id) is unique too: the content tables reference it, so their rows stay in the journey's workspace. */
@Entity({ name: 'journeys' })
@Unique('journeys_workspace_id_key', ['workspaceId', 'id'])
export class JourneyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

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
