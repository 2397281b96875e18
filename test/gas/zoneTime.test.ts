/**
 * "Last updated" is written without asking Apps Script for the time (src/gas/zoneTime.ts): V8's
 * Intl knows the spreadsheet's zone. Checked against known instants (either side of a change to
 * summer time) and against Utilities.formatDate, which it falls back on.
 */
import { createEmulator, type Emulator } from '../../local/emulator';
import { zoneDateTime } from '../../src/gas/zoneTime';

let emu: Emulator;
beforeEach(() => {
  emu = createEmulator();
  emu.install();
});
afterEach(() => emu.uninstall());

describe('the time a summary was updated, in the spreadsheet’s zone', () => {
  it.each([
    ['2026-03-08T06:59:00Z', 'America/New_York', '2026-03-08 01:59'],
    ['2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08 03:00'],
    ['2026-11-01T05:30:00Z', 'America/Chicago', '2026-11-01 00:30'],
    ['2026-07-01T23:15:00Z', 'Asia/Kolkata', '2026-07-02 04:45'],
    ['2026-12-31T23:59:00Z', 'Etc/GMT', '2026-12-31 23:59'],
  ])('%s in %s is %s', (iso, zone, text) => {
    expect(zoneDateTime(new Date(iso), zone)).toBe(text);
    expect(zoneDateTime(new Date(iso), zone)).toBe(
      Utilities.formatDate(new Date(iso), zone, 'yyyy-MM-dd HH:mm'),
    );
  });

  it('asks Utilities.formatDate where Intl cannot (a zone it does not know)', () => {
    const before = emu.calls.snapshot();
    const when = new Date('2026-05-01T12:00:00Z');
    zoneDateTime(when, 'Europe/Madrid');
    expect(emu.calls.diff(before)['Utilities.formatDate'] ?? 0).toBe(0);
    const spy = jest.spyOn(Intl, 'DateTimeFormat').mockImplementationOnce(() => {
      throw new RangeError('Invalid time zone specified');
    });
    try {
      expect(zoneDateTime(when, 'Europe/Madrid')).toBe('2026-05-01 14:00');
      expect(emu.calls.diff(before)['Utilities.formatDate']).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
