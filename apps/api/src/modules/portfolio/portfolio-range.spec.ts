import { AppError } from '../../core/errors/app-error';
import { defaultPortfolioRange, portfolioRange } from './portfolio-range';

describe('portfolio range', () => {
  it('defaults to the last twelve calendar months, the current one included', () => {
    expect(defaultPortfolioRange(new Date('2026-04-15T12:00:00Z'))).toEqual({ from: '2025-05-01', to: '2026-04-30' });
    expect(defaultPortfolioRange(new Date('2024-02-10T00:00:00Z'))).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(defaultPortfolioRange(new Date('2025-12-31T23:59:59Z'))).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('takes both ends or neither', () => {
    const today = new Date('2026-04-15T00:00:00Z');
    expect(portfolioRange({ from: '2026-01-01', to: '2026-03-31' }, today)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(() => portfolioRange({ from: '2026-01-01' }, today)).toThrow(AppError);
    expect(() => portfolioRange({ from: '2026-03-01', to: '2026-01-01' }, today)).toThrow(AppError);
    expect(() => portfolioRange({ from: '2026-02-30', to: '2026-03-01' }, today)).toThrow(AppError);
  });
});
