import type { MeasurementKind, MeasurementSource, PeriodKind } from '@cxmap/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

/**
 * The raw figures of one attachment for one period and dimension: only the columns of its kind
 * are set (CHECK in the migration). Re-sending the same (attachment, period, dimension) updates it.
 */
@Entity({ name: 'metric_measurements' })
@Unique('metric_measurements_period_key', ['workspaceId', 'attachmentId', 'periodKind', 'periodStart', 'dimension'])
@Index('metric_measurements_journey_idx', ['workspaceId', 'journeyId', 'periodKind', 'periodStart'])
export class MetricMeasurementEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'journey_id', type: 'uuid' })
  journeyId!: string;

  @Column({ name: 'attachment_id', type: 'uuid' })
  attachmentId!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: MeasurementKind;

  @Column({ name: 'period_kind', type: 'varchar', length: 10 })
  periodKind!: PeriodKind;

  /** `YYYY-MM-DD`; selected with to_char so no time zone ever shifts it. */
  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ type: 'varchar', length: 100, default: '' })
  dimension!: string;

  @Column({ type: 'varchar', length: 10 })
  source!: MeasurementSource;

  @Column({ type: 'integer', nullable: true }) promoters!: number | null;
  @Column({ type: 'integer', nullable: true }) passives!: number | null;
  @Column({ type: 'integer', nullable: true }) detractors!: number | null;
  @Column({ name: 'rating_1', type: 'integer', nullable: true }) rating1!: number | null;
  @Column({ name: 'rating_2', type: 'integer', nullable: true }) rating2!: number | null;
  @Column({ name: 'rating_3', type: 'integer', nullable: true }) rating3!: number | null;
  @Column({ name: 'rating_4', type: 'integer', nullable: true }) rating4!: number | null;
  @Column({ name: 'rating_5', type: 'integer', nullable: true }) rating5!: number | null;
  @Column({ type: 'double precision', nullable: true }) mean!: number | null;
  @Column({ type: 'integer', nullable: true }) count!: number | null;
  @Column({ type: 'double precision', nullable: true }) numerator!: number | null;
  @Column({ type: 'double precision', nullable: true }) denominator!: number | null;
  @Column({ type: 'double precision', nullable: true }) value!: number | null;

  /** Derived from the figures where they tell it (CHECK-ed equal), else as sent; null when unknown. */
  @Column({ name: 'sample_size', type: 'bigint', nullable: true })
  sampleSize!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
