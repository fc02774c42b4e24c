import { AnnotationEntity } from '../modules/annotations/entities/annotation.entity';
import { AnnotationReplyEntity } from '../modules/annotations/entities/annotation-reply.entity';
import { ApiKeyEntity } from '../modules/api-keys/entities/api-key.entity';
import { AuditEventEntity } from '../modules/audit/entities/audit-event.entity';
import { ExportJobEntity } from '../modules/exports/entities/export-job.entity';
import { UserEntity } from '../modules/auth/entities/user.entity';
import { SessionEntity } from '../modules/auth/entities/session.entity';
import { InvitationEntity } from '../modules/invitations/entities/invitation.entity';
import { LinkEntity } from '../modules/canvas/entities/link.entity';
import { StageEntity } from '../modules/canvas/entities/stage.entity';
import { TouchpointEntity } from '../modules/canvas/entities/touchpoint.entity';
import { JourneyEntity } from '../modules/journeys/entities/journey.entity';
import { PersonaEntity } from '../modules/journeys/entities/persona.entity';
import { ShareLinkEntity } from '../modules/share-links/entities/share-link.entity';
import { MetricAttachmentEntity } from '../modules/metrics/entities/metric-attachment.entity';
import { MetricDefinitionEntity } from '../modules/metrics/entities/metric-definition.entity';
import { MetricMeasurementEntity } from '../modules/metrics/entities/metric-measurement.entity';
import { MembershipEntity } from '../modules/workspaces/entities/membership.entity';
import { WorkspaceEntity } from '../modules/workspaces/entities/workspace.entity';

export const ENTITIES = [
  WorkspaceEntity,
  UserEntity,
  MembershipEntity,
  SessionEntity,
  InvitationEntity,
  ApiKeyEntity,
  PersonaEntity,
  JourneyEntity,
  StageEntity,
  TouchpointEntity,
  LinkEntity,
  ShareLinkEntity,
  MetricDefinitionEntity,
  MetricAttachmentEntity,
  MetricMeasurementEntity,
  AuditEventEntity,
  AnnotationEntity,
  AnnotationReplyEntity,
  ExportJobEntity,
];
