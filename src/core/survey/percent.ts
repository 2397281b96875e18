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
