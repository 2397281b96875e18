import type { WaveCutoff } from '../../core/survey/groups';

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Wave cutoffs as the user typed them (YYYY-MM-DD), placed at midnight in the spreadsheet's
 * time zone: the script itself runs in UTC, which would move evening responses to the wrong
 * wave. The zone's offset on that day is read with one `Utilities.formatDate` per cutoff.
 * Text that is not a date is passed on for the survey core to report.
 */
export function wavesInZone(cutoffs: readonly string[], zone: string): (WaveCutoff | string)[] {
  return cutoffs.map((c) => {
    const m = YMD.exec(c.trim());
    if (!m) return c;
    const utcMidnight = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (Number.isNaN(utcMidnight)) return c;
    const local = Utilities.formatDate(new Date(utcMidnight), zone, 'yyyy-MM-dd HH:mm:ss');
    const asUtc = Date.parse(`${local.replace(' ', 'T')}Z`);
    const offset = asUtc - utcMidnight;
    return { at: utcMidnight - offset, label: c.trim() };
  });
}
