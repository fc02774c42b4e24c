import { METRIC_LIMITS, type CreateExportRequest, type CreatePortfolioExportRequest } from '@cxmap/domain';
import { REPORT_FORMATS, REPORT_SECTIONS, type ReportFormat, type ReportSection } from '@cxmap/reports';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../../../core/validation/optional';

export class CreateExportDto implements CreateExportRequest {
  @ApiProperty({ enum: REPORT_FORMATS, description: 'The file to make' })
  @IsIn(REPORT_FORMATS)
  format!: ReportFormat;

  @ApiPropertyOptional({
    enum: REPORT_SECTIONS,
    isArray: true,
    description: 'Sections to include (drawn in this order whatever the order sent); left out: all of them',
  })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(REPORT_SECTIONS.length)
  @ArrayUnique()
  @IsIn(REPORT_SECTIONS, { each: true })
  sections?: ReportSection[];

  @ApiPropertyOptional({
    format: 'date',
    description: `First day of the metrics range (YYYY-MM-DD), with \`to\`; at most ${METRIC_LIMITS.rangeDaysMax} days. Left out: the latest twelve months with data.`,
  })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(10)
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day of the metrics range (inclusive), with `from`' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(10)
  to?: string;

  @ApiPropertyOptional({ default: false, description: 'Add comments, ideas and opportunities, and replies' })
  @IsOptionalNotNull()
  @IsBoolean()
  includeComments?: boolean;
}

export class CreatePortfolioExportDto implements CreatePortfolioExportRequest {
  @ApiProperty({ enum: ['pdf'], description: 'The portfolio is a PDF report' })
  @IsIn(['pdf'])
  format!: 'pdf';

  @ApiPropertyOptional({ format: 'date', description: 'First day of the metrics range (YYYY-MM-DD), with `to`. Left out: the last twelve months.' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(10)
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day of the metrics range (inclusive), with `from`' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(10)
  to?: string;
}
