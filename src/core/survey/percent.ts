/**
 * Percents that add up to exactly 100 (largest remainder method): each share is rounded down
 * to the unit (1 or 0.1), then the units still missing go to the largest remainders, ties to
 * the earlier entry (scales list their labels most favorable first). Null when the total is 0.
 */
export function roundPercents(counts: readonly number[], decimals: 0 | 1 = 0): number[] | null {
  let total = 0;
  for (const c of counts) total += c;
  if (!(total > 0)) return null;
  const units = decimals === 1 ? 1000 : 100;
  const floors: number[] = [];
  const remainders: number[] = [];
  let given = 0;
  for (const c of counts) {
    const scaled = c * units;
    let floor = Math.floor(scaled / total);
    let rem = scaled - floor * total;
    if (rem < 0) {
      floor--;
      rem += total;
    }
    floors.push(floor);
    remainders.push(rem);
    given += floor;
  }
  const order = counts.map((_, i) => i).sort((a, b) => remainders[b]! - remainders[a]! || a - b);
  for (let k = 0; given < units && k < order.length; k++, given++) floors[order[k]!]!++;
  return floors.map((f) => (decimals === 1 ? f / 10 : f));
}

/**
 * Each count's share of `total` as a percent, rounded on its own (half up) to whole percents or
 * one decimal: for checkbox choices, whose shares need not add up to 100. Null when total is 0.
 */
export function roundEach(counts: readonly number[], total: number, decimals: 0 | 1 = 0): number[] | null {
  if (!(total > 0)) return null;
  const units = decimals === 1 ? 1000 : 100;
  // Integer arithmetic: round(c * units / total) as floor((2 * c * units + total) / (2 * total)).
  return counts.map((c) => {
    const r = Math.floor((2 * c * units + total) / (2 * total));
    return decimals === 1 ? r / 10 : r;
  });
}
