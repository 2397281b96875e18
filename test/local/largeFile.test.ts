/**
 * `npm start -- --responses FILE --group-by "Your role"` on a file shaped like a district's (scripts/
 * bench-data.ts: timestamps, e-mails, role, school, 30 questions of every kind, blanks and invalid
 * answers): every figure of summary.json equals a count made independently of the add-on
 * (scripts/check-counts.ts, which the README's 250,000-row run uses too).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCounts } from '../../scripts/check-counts';
import { writeResponsesCsv } from '../../scripts/responses-csv';
import { start } from '../support/startRunner';

describe('npm start on a district-shaped file', () => {
  it('counts every answer right, per role and in all, with the repeated addresses', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pls-csv-')), 'responses.csv');
    writeResponsesCsv(6_000, file);
    const { out, stdout } = start('--responses', file, '--group-by', 'Your role');
    expect(stdout).toMatch(/loaded 6000 responses/);
    const check = checkCounts(file, join(out, 'summary.json'));
    expect(check.problems).toEqual([]);
    // 30 questions overall and for each of the 8 roles: nothing was left unchecked.
    expect(check.checked).toBe(30 * 9);
    expect(check.groups).toBe(8);
  });
});
