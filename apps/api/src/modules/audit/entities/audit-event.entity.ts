import type { AuditAction, AuditActorKind } from '@cxmap/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One audit log row (written and read with SQL in `audit-recorder.ts` and `audit.repository.ts`). */
@Entity({ name: 'audit_events' })
export class AuditEventEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  /** bigint identity; TypeORM hands bigints out as strings. */
  @PrimaryColumn({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'actor_kind', type: 'varchar', length: 10 })
  actorKind!: AuditActorKind;

  /** No foreign key: the events of a deleted user stay, with `actorLabel`. */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** No foreign key: API keys live in their own module and may be deleted. */
  @Column({ name: 'actor_api_key_id', type: 'uuid', nullable: true })
  actorApiKeyId!: string | null;

  @Column({ name: 'actor_label', type: 'text' })
  actorLabel!: string;

  @Column({ type: 'varchar', length: 40 })
  action!: AuditAction;

  /** No foreign key: a deleted journey's history stays, with `journeyName`. */
  @Column({ name: 'journey_id', type: 'uuid', nullable: true })
  journeyId!: string | null;

  @Column({ name: 'journey_name', type: 'text', nullable: true })
  journeyName!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'json', nullable: true })
  change!: Record<string, unknown> | null;
}
