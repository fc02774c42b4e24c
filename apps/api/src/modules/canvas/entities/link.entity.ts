import type { LinkType } from '@cxmap/domain';
import { Column, Entity, Index, Unique } from 'typeorm';
import { JourneyContentEntity } from './journey-content.entity';

@Entity({ name: 'links' })
@Index(['workspaceId', 'journeyId'])
/** Lets metric attachments point at a link of their own journey (migration CreateMetrics). */
@Unique('links_journey_id_key', ['workspaceId', 'journeyId', 'id'])
export class LinkEntity extends JourneyContentEntity {
  @Column({ name: 'source_id', type: 'uuid' })
  sourceId!: string;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId!: string;

  @Column({ type: 'varchar', length: 20 })
  type!: LinkType;

  @Column({ type: 'varchar', length: 200, nullable: true })
  label!: string | null;
}
