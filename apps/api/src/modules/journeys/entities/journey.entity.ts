import type { JourneyState, JourneyStatus } from '@cxmap/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'journeys' })
@Index(['workspaceId'])
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
