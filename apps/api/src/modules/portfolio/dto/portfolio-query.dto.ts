import { ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { IsOptionalNotNull } from '../../../core/validation/optional';
import { DATE_PATTERN } from '../../metrics/dto/metric-requests.dto';

export class PortfolioQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'First day, inclusive; with `to`. Default: the first day of the month eleven months ago' })
  @IsOptionalNotNull()
  @Matches(DATE_PATTERN, { message: 'from must be a date, YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day, inclusive; with `from`. Default: the last day of the current month' })
  @IsOptionalNotNull()
  @Matches(DATE_PATTERN, { message: 'to must be a date, YYYY-MM-DD' })
  to?: string;
}
