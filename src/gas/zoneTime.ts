/** "yyyy-MM-dd HH:mm" as the regex checks it, before it reaches a cell. */
const SHAPE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

/**
 * `date` as "2026-11-25 14:05" in an IANA time zone (the spreadsheet's). V8's Intl knows the zones,
 * so this asks no service; Utilities.formatDate does it where Intl cannot (no Intl, a zone it does
 * not know), so the text is the same either way.
 */
export function zoneDateTime(date: Date, zone: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    const text = `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
    if (SHAPE.test(text)) return text;
  } catch (_e) {
    // An engine without the zone: Apps Script's own formatter below.
  }
  return Utilities.formatDate(date, zone, 'yyyy-MM-dd HH:mm');
}
