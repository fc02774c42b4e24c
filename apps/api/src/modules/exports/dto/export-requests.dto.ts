import { METRIC_LIMITS, type CreateExportRequest, type CreatePortfolioExportRequest } from '@cxmap/domain';
import { REPORT_FORMATS, REPORT_SECTIONS, type ReportFormat, type ReportSection } from '@cxmap/reports';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn } from 'class-validator';
import { OptionalRangeEnd } from '../../../core/validation/date-range';
import { IsOptionalNotNull } from '../../../core/validation/optional';

const LAST_DAY = 'Last day of the metrics range (inclusive), with `from`';

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

  @OptionalRangeEnd(
    `First day of the metrics range (YYYY-MM-DD), with \`to\`; at most ${METRIC_LIMITS.rangeDaysMax} days. Left out: the latest twelve months with data.`,
  )
  from?: string;

  @OptionalRangeEnd(LAST_DAY)
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

  @OptionalRangeEnd('First day of the metrics range (YYYY-MM-DD), with `to`. Left out: the last twelve months.')
  from?: string;

  @OptionalRangeEnd(LAST_DAY)
  to?: string;
}
