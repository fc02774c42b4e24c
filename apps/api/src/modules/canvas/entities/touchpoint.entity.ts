import type { Channel, Interaction, Layer } from '@cxmap/domain';
import { Column, Entity, Unique } from 'typeorm';
import { JourneyContentEntity } from './journey-content.entity';

@Entity({ name: 'touchpoints' })
@Unique('touchpoints_journey_id_key', ['workspaceId', 'journeyId', 'id'])
export class TouchpointEntity extends JourneyContentEntity {
  @Column({ name: 'stage_id', type: 'uuid' })
  stageId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 20 })
  channel!: Channel;

  @Column({ type: 'varchar', length: 20 })
  interaction!: Interaction;

  @Column({ name: 'owner_team', type: 'varchar', length: 100, nullable: true })
  ownerTeam!: string | null;

  @Column({ type: 'varchar', length: 20 })
  layer!: Layer;

  /** −2 … +2 (CHECK constraint), null when not judged. */
  @Column({ type: 'smallint', nullable: true })
  emotion!: number | null;

  @Column({ name: 'position_x', type: 'double precision', default: 0 })
  positionX!: number;

  @Column({ name: 'position_y', type: 'double precision', default: 0 })
  positionY!: number;

  @Column({ name: 'review_by', type: 'date', nullable: true })
  reviewBy!: string | null;
}
