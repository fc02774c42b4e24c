import type { MeasurementKind, MetricDirection, MetricFamily, MetricTarget, MetricUnit, ValuePooling } from '@cxmap/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A workspace's own metric; built-in metrics live in code (@cxmap/domain BUILT_IN_METRICS). */
@Entity({ name: 'metric_definitions' })
export class MetricDefinitionEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @PrimaryColumn({ type: 'varchar', length: 48 })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 20 })
  family!: MetricFamily;

  @Column({ type: 'varchar', length: 20 })
  unit!: MetricUnit;

  @Column({ name: 'scale_min', type: 'double precision', nullable: true })
  scaleMin!: number | null;

  @Column({ name: 'scale_max', type: 'double precision', nullable: true })
  scaleMax!: number | null;

  @Column({ type: 'varchar', length: 10 })
  direction!: MetricDirection;

  @Column({ type: 'varchar', length: 10 })
  kind!: MeasurementKind;

  @Column({ name: 'value_pooling', type: 'varchar', length: 10, nullable: true })
  valuePooling!: ValuePooling | null;

  @Column({ name: 'applies_to', type: 'varchar', length: 20, array: true })
  appliesTo!: MetricTarget[];

  /** Raised by every rename (name, description, family); a PATCH with an older one is a 409. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
