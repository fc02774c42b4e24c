import { EXPORT_STATUSES, type ExportJobDto, type ExportStatus } from '@cxmap/domain';
import { REPORT_FORMATS } from '@cxmap/reports';
import { ApiProperty } from '@nestjs/swagger';

export class ExportJobResponseDto implements ExportJobDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) journeyId!: string | null;
  @ApiProperty({ enum: REPORT_FORMATS }) format!: string;
  @ApiProperty({ enum: EXPORT_STATUSES }) status!: ExportStatus;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Why it failed; null unless failed' }) error!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The download’s file name; null until done' }) fileName!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', description: 'The job and its file are deleted after this' }) expiresAt!: string;
}
