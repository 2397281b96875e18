import { formatDate, parseTimestamp } from '../../src/core/survey';

const local = (...a: [number, number, number, number?, number?, number?]) =>
  new Date(a[0], a[1] - 1, a[2], a[3] ?? 0, a[4] ?? 0, a[5] ?? 0).getTime();

describe('parseTimestamp', () => {
  it.each([
    ['2024-01-15', local(2024, 1, 15)],
    ['2024-01-15 10:32', local(2024, 1, 15, 10, 32)],
    ['2024-01-15T10:32:11', local(2024, 1, 15, 10, 32, 11)],
    ['1/15/2024 10:32:11', local(2024, 1, 15, 10, 32, 11)],
    ['1/15/2024 1:05:00 PM', local(2024, 1, 15, 13, 5)],
    ['12/1/2024 12:00:00 AM', local(2024, 12, 1, 0)],
    ['2024/01/15 10:32:11 AM', local(2024, 1, 15, 10, 32, 11)],
  ])('reads %s as local time', (text, ms) => expect(parseTimestamp(text)).toBe(ms));

  it.each([
    ['2024-01-15T10:32:11Z', Date.UTC(2024, 0, 15, 10, 32, 11)],
    ['2024-01-15T10:32:11.5+02:00', Date.UTC(2024, 0, 15, 8, 32, 11, 500)],
    ['2024/01/15 10:32:11 AM GMT-5', Date.UTC(2024, 0, 15, 15, 32, 11)],
    ['2024/01/15 10:32:11 PM GMT+5:30', Date.UTC(2024, 0, 15, 17, 2, 11)],
    ['2024/01/15 10:32:11 UTC', Date.UTC(2024, 0, 15, 10, 32, 11)],
  ])('reads %s with its zone', (text, ms) => expect(parseTimestamp(text)).toBe(ms));

  it.each(['1', 'Agree', '2024-02-31', '13/13/2024', 'Q1 2024', '', '=TODAY()'])('rejects %p', (text) =>
    expect(parseTimestamp(text)).toBeNull(),
  );

  it('takes Dates, rejects invalid Dates and non-dates', () => {
    expect(parseTimestamp(new Date(5))).toBe(5);
    expect(parseTimestamp(new Date(Number.NaN))).toBeNull();
    expect(parseTimestamp(45000)).toBeNull();
    expect(parseTimestamp(null)).toBeNull();
  });
});

describe('formatDate', () => {
  it('shows the time only when there is one', () => {
    expect(formatDate(local(2024, 3, 5))).toBe('2024-03-05');
    expect(formatDate(local(2024, 3, 5, 14, 7))).toBe('2024-03-05 14:07');
    expect(formatDate(local(2024, 3, 5, 14, 7, 9))).toBe('2024-03-05 14:07:09');
  });
});
