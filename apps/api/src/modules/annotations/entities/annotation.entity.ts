import type { AnnotationKind, AnnotationSeverity, AnnotationStatus, EvidenceItem } from '@cxmap/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A pain point, opportunity, idea or comment on exactly one touchpoint, stage or link (read and written with SQL). */
@Entity({ name: 'annotations' })
@Unique('annotations_journey_id_key', ['workspaceId', 'journeyId', 'id'])
export class AnnotationEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'journey_id', type: 'uuid' })
  journeyId!: string;

  @Column({ name: 'touchpoint_id', type: 'uuid', nullable: true })
  touchpointId!: string | null;

  @Column({ name: 'stage_id', type: 'uuid', nullable: true })
  stageId!: string | null;

  @Column({ name: 'link_id', type: 'uuid', nullable: true })
  linkId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind!: AnnotationKind;

  /** Required for pain points, null for the other kinds (CHECK). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  severity!: AnnotationSeverity | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status!: AnnotationStatus;

  /** Who owns fixing it; null until someone takes it. */
  @Column({ name: 'owner_team', type: 'varchar', length: 100, nullable: true })
  ownerTeam!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  evidence!: EvidenceItem[];

  /** Set to null when the account is deleted; `authorName` keeps the name at writing time. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ name: 'author_name', type: 'varchar', length: 200 })
  authorName!: string;

  /** Our own optimistic check (`UPDATE … WHERE version = $old`); not a @VersionColumn. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Set exactly while the status is resolved or won't fix (CHECK). */
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
