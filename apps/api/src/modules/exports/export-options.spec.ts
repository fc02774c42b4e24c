import { REPORT_SECTIONS } from '@cxmap/reports';
import { AppError } from '../../core/errors/app-error';
import { rangeProblems, toReportOptions } from './export-options';

describe('export options', () => {
  it('defaults to every section in report order, no range, no comments', () => {
    expect(toReportOptions({ format: 'pdf' })).toEqual({ sections: [...REPORT_SECTIONS], range: null, includeComments: false });
    expect(toReportOptions({ format: 'pdf', sections: ['trends', 'summary'], includeComments: true }).sections).toEqual(['summary', 'trends']);
  });

  it('names the field of every range problem', () => {
    expect(rangeProblems('2026-01-01', undefined)).toEqual([{ path: 'to', message: 'to is needed with from' }]);
    expect(rangeProblems('2026-02-30', '2026-13-01').map((e) => e.path)).toEqual(['from', 'to']);
    expect(rangeProblems('2026-03-01', '2026-02-01')).toEqual([{ path: 'to', message: 'to must not be before from' }]);
    expect(rangeProblems('2000-01-01', '2026-01-01')[0]?.path).toBe('to');
    expect(rangeProblems('2026-01-01', '2026-01-01')).toEqual([]);
    expect(() => toReportOptions({ format: 'pdf', from: 'yesterday', to: '2026-01-01' })).toThrow(AppError);
  });
});
