import { parseCsv, summarizeResponses } from '../../src/core/survey';
import { must } from './helpers';

const CSV = [
  '\ufeffTimestamp,Email Address,Role,"How often do you... [Plan with colleagues]","How often do you... [Observe peers]"',
  '2024/01/15 10:32:11 AM GMT-5,a@d.org,Teacher,Always,Often',
  '2024/01/16 09:00:00 AM GMT-5,b@d.org,Teacher,Sometimes,"never "',
  '2024/02/02 12:00:00 PM GMT-5,c@d.org,Coach,Rarely,',
].join('\r\n');

describe('summarizeResponses: CSV to summary', () => {
  it('reads, detects grid items and aggregates in one call', () => {
    const { summary, detection } = must(
      summarizeResponses(must(parseCsv(CSV)), {
        overrides: { Missing: 'ignore' },
        groupBy: { kind: 'waves', column: 'Timestamp', cutoffs: ['2024-02-01'] },
        minGroupSize: 1,
      }),
    );
    expect(detection.timestamp).toBe(0);
    expect(summary.responses).toBe(3);
    expect(summary.items.map((i) => [i.title, i.grid, i.scale, i.n, i.blank, i.favorable])).toEqual([
      ['Plan with colleagues', 'How often do you...', 'frequency', 3, 0, 1 / 3],
      ['Observe peers', 'How often do you...', 'frequency', 2, 1, 0.5],
    ]);
    expect(summary.groups.map((g) => [g.value, g.respondents])).toEqual([
      ['Before 2024-02-01', 2],
      ['On or after 2024-02-01', 1],
    ]);
    expect(summary.messages).toEqual(['No column is headed "Missing", so its setting was not used.']);
  });

  it('passes problems through', () => {
    const r = summarizeResponses(must(parseCsv('')));
    expect(!r.ok && r.problem.code).toBe('no-header');
  });
});
