import type { MeasurementKind } from '@cxmap/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A metric on exactly one touchpoint or link, with its thresholds; health is derived on read. */
@Entity({ name: 'metric_attachments' })
@Unique('metric_attachments_kind_key', ['workspaceId', 'journeyId', 'id', 'kind'])
@Unique('metric_attachments_touchpoint_metric_key', ['workspaceId', 'touchpointId', 'metricKey'])
@Unique('metric_attachments_link_metric_key', ['workspaceId', 'linkId', 'metricKey'])
@Index('metric_attachments_journey_idx', ['workspaceId', 'journeyId', 'metricKey'])
export class MetricAttachmentEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'journey_id', type: 'uuid' })
  journeyId!: string;

  @Column({ name: 'touchpoint_id', type: 'uuid', nullable: true })
  touchpointId!: string | null;

  @Column({ name: 'link_id', type: 'uuid', nullable: true })
  linkId!: string | null;

  @Column({ name: 'metric_key', type: 'varchar', length: 48 })
  metricKey!: string;

  /** The metric's measurement kind, repeated so measurements can be checked against it by key. */
  @Column({ type: 'varchar', length: 10 })
  kind!: MeasurementKind;

  @Column({ type: 'double precision' })
  target!: number;

  @Column({ type: 'double precision' })
  warning!: number;

  @Column({ name: 'is_key', type: 'boolean', default: false })
  isKey!: boolean;

  /** Our own optimistic check (`UPDATE … WHERE version = $old`); not a @VersionColumn. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
