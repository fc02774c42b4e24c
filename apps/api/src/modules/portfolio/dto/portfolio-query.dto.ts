import { OptionalDay } from '../../../core/validation/date-range';

export class PortfolioQueryDto {
  @OptionalDay('from', 'First day, inclusive; with `to`. Default: the first day of the month eleven months ago')
  from?: string;

  @OptionalDay('to', 'Last day, inclusive; with `from`. Default: the last day of the current month')
  to?: string;
}
