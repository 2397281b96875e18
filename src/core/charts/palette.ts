import type { ScaleLabel } from '../../content/types';

/**
 * Chart colours that hold for colour-blind readers.
 *
 * Scale labels use ColorBrewer's RdBu diverging scheme (rated colour-blind safe): blues for
 * favorable answers, oranges to red-brown for unfavorable ones, darker the further from the
 * centre. Neutral answers are a mid grey (#bdbdbd) rather than RdBu's near-white middle, so
 * they stay visible on a white chart. Groups use the Okabe-Ito qualitative palette (yellow
 * last: it is the hardest to see on white).
 */

/** Inner (near the centre) to outer (strongest). */
const FAVORABLE = ['#d1e5f0', '#67a9cf', '#2166ac'] as const;
const UNFAVORABLE = ['#fddbc7', '#ef8a62', '#b2182b'] as const;
export const NEUTRAL_COLOR = '#bdbdbd';

export const GROUP_COLORS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#000000',
  '#f0e442',
] as const;

/** The k strongest shades of a ramp, inner first, so the outer label is always the darkest. */
function shades(ramp: readonly string[], k: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < k; i++) out.push(ramp[Math.max(0, ramp.length - k + i)] ?? ramp[ramp.length - 1]!);
  return out;
}

/**
 * One colour per label of the scale, keyed by label. Distance from the centre follows scale
 * order: scales list favorable labels strongest first and unfavorable ones weakest first.
 */
export function labelColors(scale: {
  readonly labels: readonly ScaleLabel[];
}): Readonly<Record<string, string>> {
  const fav = scale.labels.filter((l) => l.polarity === 'favorable');
  const unfav = scale.labels.filter((l) => l.polarity === 'unfavorable');
  const favShades = shades(FAVORABLE, fav.length);
  const unfavShades = shades(UNFAVORABLE, unfav.length);
  const colors: Record<string, string> = {};
  // Favorable labels are listed outer first: reverse to pair them with inner-first shades.
  [...fav].reverse().forEach((l, i) => {
    colors[l.label] = favShades[i]!;
  });
  unfav.forEach((l, i) => {
    colors[l.label] = unfavShades[i]!;
  });
  for (const l of scale.labels) if (l.polarity === 'neutral') colors[l.label] = NEUTRAL_COLOR;
  return colors;
}

export const groupColor = (i: number): string => GROUP_COLORS[i % GROUP_COLORS.length]!;

/** Choices have no order of better or worse: one group colour each, "Other" (last, when counted) grey. */
export function choiceColors(labels: readonly string[], other: boolean): Readonly<Record<string, string>> {
  const colors: Record<string, string> = {};
  labels.forEach((l, i) => {
    colors[l] = other && i === labels.length - 1 ? NEUTRAL_COLOR : groupColor(i);
  });
  return colors;
}
