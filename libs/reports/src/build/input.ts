import type {
  AnnotationKind,
  AnnotationSeverity,
  AnnotationStatus,
  AnnotationTargetDto,
  EvidenceItem,
  IsoDate,
  LinkDto,
  MeasurementFigures,
  MetricDefinition,
  PeriodKind,
  PersonaDto,
  StageDto,
  TouchpointDto,
} from '@cxmap/domain';
import type { JourneyReport, ReportReply } from '../model';

/** One stored measurement row, as the report builder takes it (plain data, no database types). */
export interface ReportInputMeasurement extends MeasurementFigures {
  period: PeriodKind;
  periodStart: IsoDate;
  dimension: string;
  source: string;
}

export interface ReportInputMetric {
  attachment: { id: string; touchpointId: string | null; linkId: string | null; target: number; warning: number; isKey: boolean };
  definition: MetricDefinition;
  /**
   * Its rows in `measurementWindow(range)`: the range, plus the month before it (so the first period
   * of the range still has the period before it for its trend). Rows outside the window are ignored.
   */
  measurements: ReportInputMeasurement[];
}

export interface ReportInputAnnotation {
  id: string;
  target: AnnotationTargetDto;
  kind: AnnotationKind;
  severity: AnnotationSeverity | null;
  status: AnnotationStatus;
  title: string;
  body: string;
  ownerTeam: string | null;
  author: string;
  createdAt: string;
  evidence: EvidenceItem[];
  /** Oldest first. */
  replies: ReportReply[];
}

/** Everything a journey report is built from: rows as the API reads them, already scoped to one journey. */
export interface JourneyReportInput {
  workspace: { id: string; name: string };
  journey: JourneyReport['journey'];
  persona: PersonaDto | null;
  stages: StageDto[];
  touchpoints: TouchpointDto[];
  links: LinkDto[];
  metrics: ReportInputMetric[];
  annotations: ReportInputAnnotation[];
}
