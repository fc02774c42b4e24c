import type { Phase } from '@cxmap/domain';
import { Column, Entity, Unique } from 'typeorm';
import { JourneyContentEntity } from './journey-content.entity';

@Entity({ name: 'stages' })
@Unique('stages_journey_id_key', ['workspaceId', 'journeyId', 'id'])
export class StageEntity extends JourneyContentEntity {
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
}
