/** When to refresh (coalescing) and how new figures reach a tab (its shape). */
import {
  COALESCE_MS,
  LEASE_MS,
  NO_STATE,
  parseRefreshState,
  planSubmit,
  countingLease,
  refreshed,
  staleness,
  takeLease,
} from '../../src/core/summary/freshness';
import { readShape, tabShape, tabUpdate } from '../../src/core/summary/shape';
import { buildSummary } from '../../src/core/summary';
import type { SurveySummary } from '../../src/core/survey';
import { summarizeResponses } from '../../src/core/survey';

describe('coalescing submissions', () => {
  const t = 1_000_000;
  it('refreshes at once when no refresh finished within the window', () => {
    expect(planSubmit(NO_STATE, t)).toEqual({ kind: 'refresh' });
    expect(planSubmit(refreshed(t - COALESCE_MS), t)).toEqual({ kind: 'refresh' });
  });
  it('within the window, the first run waits for it to open; the others are covered', () => {
    const done = refreshed(t - 15_000);
    expect(planSubmit(done, t)).toEqual({ kind: 'wait', waitMs: COALESCE_MS - 15_000 });
    const leased = takeLease(done, 'run-1', t + 45_000);
    expect(planSubmit(leased, t + 1)).toEqual({ kind: 'covered' });
    // A lease whose run was lost expires.
    expect(planSubmit(leased, t + 45_000 + LEASE_MS).kind).toBe('refresh');
  });
  it('a run counting now covers the rows it noted; a later response takes on the next refresh', () => {
    const counting = countingLease(NO_STATE, 'run-1', t, 40);
    expect(planSubmit(counting, t + 1, COALESCE_MS, 40)).toEqual({ kind: 'covered' });
    expect(planSubmit(counting, t + 1, COALESCE_MS, 12)).toEqual({ kind: 'covered' });
    // A later response: the next refresh, a window after the counting one began.
    expect(planSubmit(counting, t + 1, COALESCE_MS, 41)).toEqual({ kind: 'wait', waitMs: COALESCE_MS - 1 });
    // Without the row (no event), nothing says it is covered.
    expect(planSubmit(counting, t + 20_000)).toEqual({ kind: 'wait', waitMs: COALESCE_MS - 20_000 });
    // A run that waits and then counts every row covers every response meanwhile.
    const waiting = takeLease(refreshed(t - 15_000), 'run-2', t + 45_000);
    expect(planSubmit(waiting, t + 1, COALESCE_MS, 10_000)).toEqual({ kind: 'covered' });
    // The state is kept in a property: the row survives the round trip.
    expect(parseRefreshState(JSON.stringify(counting))).toEqual(counting);
    // Left in place when its run is done, it stands for a refresh started at t: a window later,
    // a response refreshes at once again.
    expect(planSubmit(counting, t + COALESCE_MS, COALESCE_MS, 41)).toEqual({ kind: 'refresh' });
  });
  it('never waits longer than the window, whatever time was recorded', () => {
    expect(planSubmit(refreshed(t + 10 * COALESCE_MS), t)).toEqual({ kind: 'wait', waitMs: COALESCE_MS });
  });
  it('tells new rows from rows changed otherwise', () => {
    expect(staleness(10, 10)).toEqual({ kind: 'fresh' });
    expect(staleness(10, 13)).toEqual({ kind: 'appended', from: 11, to: 13 });
    expect(staleness(10, 9)).toEqual({ kind: 'changed' });
  });
});

describe('the shape of a summary tab', () => {
  const grid = (roles: string[]) => [
    ['Timestamp', 'Role', 'Q1'],
    ...roles.map((r, i) => [new Date(Date.UTC(2026, 0, 1) + i * 60_000), r, i % 2 ? 'Agree' : 'Disagree']),
  ];
  const plan = (roles: string[]) => {
    const r = summarizeResponses(grid(roles), {
      overrides: { Q1: 'agreement5', Role: 'ignore' },
      groupBy: { kind: 'value', column: 'Role' },
    });
    if (!r.ok) throw new Error(r.problem.message);
    const summary: SurveySummary = r.value.summary;
    return buildSummary({
      survey: 'S',
      sourceTab: 'R',
      summary,
      updatedIso: `2026-01-0${roles.length % 9} 10:00`,
    }).plan;
  };
  it('new figures with the same groups: values only; no chart is touched (counts live in cells)', () => {
    const before = plan(Array(12).fill('Teacher'));
    const after = plan(Array(13).fill('Teacher'));
    const u = tabUpdate(tabShape(before), tabShape(after));
    expect(u).toEqual({ kind: 'values', formats: [], titles: [] });
    // The counts changed, in the cells the charts read.
    expect(JSON.stringify(after.values)).not.toBe(JSON.stringify(before.values));
    expect(JSON.stringify(after.values)).toContain('(n=13)');
  });
  it('a chart whose title changes (the survey renamed) is retitled in place', () => {
    const before = tabShape(plan(Array(12).fill('Teacher')));
    const renamed = tabShape({
      ...plan(Array(12).fill('Teacher')),
      charts: plan(Array(12).fill('Teacher')).charts!.map((c) => ({ ...c, title: `${c.title}!` })),
    });
    const u = tabUpdate(before, renamed);
    expect(u.kind).toBe('values');
    if (u.kind === 'values') expect(u.titles.length).toBeGreaterThan(0);
  });
  it('a new group is a new layout: rebuild', () => {
    const a = tabShape(plan(Array(12).fill('Teacher')));
    const b = tabShape(plan([...Array(12).fill('Teacher'), ...Array(6).fill('Coach')]));
    expect(tabUpdate(a, b)).toEqual({ kind: 'rebuild' });
    expect(tabUpdate(null, b)).toEqual({ kind: 'rebuild' });
  });
  it('reads back what it stored, and nothing else', () => {
    const s = tabShape(plan(Array(6).fill('Teacher')));
    expect(readShape(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(readShape({ layout: 'x' })).toBeNull();
    expect(readShape(null)).toBeNull();
  });
});
