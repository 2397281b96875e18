/**
 * Small-group suppression as a pure function on group sizes.
 *
 * The threat: a breakdown is shared next to the overall figures, so the figures of the hidden
 * groups taken together can be worked out as total minus the shown groups. Hiding is safe when
 * that difference describes either nobody or at least `minSize` people. Hence the rule:
 *
 *  1. every group with 1..minSize-1 people is hidden (primary suppression);
 *  2. while the hidden groups together hold 1..minSize-1 people, the smallest shown group that
 *     has anyone in it is hidden too (complementary suppression; ties go to the earlier group);
 *  3. if that runs out of groups with people and the pool is still 1..minSize-1 (fewer than the
 *     minimum in all), every group is hidden: a shown empty group would still tell the reader
 *     where the few answers did not come from.
 *
 * With one small group this hides exactly one more (the next smallest), as is usual; with two
 * tiny groups (1 + 1 < 5) it keeps going, since their pooled figures would still expose them.
 * Otherwise groups of 0 people are not hidden: they have nothing to reveal.
 */
export function suppress(
  sizes: readonly number[],
  minSize: number,
  /** Groups already hidden for another reason (e.g. the whole group is), counted in the pool. */
  alreadyHidden?: readonly boolean[],
): boolean[] {
  const hidden = sizes.map((size, i) => (alreadyHidden?.[i] ?? false) || (size > 0 && size < minSize));
  let pooled = 0;
  sizes.forEach((size, i) => {
    if (hidden[i]) pooled += size;
  });
  while (pooled > 0 && pooled < minSize) {
    let next = -1;
    sizes.forEach((size, i) => {
      if (!hidden[i] && size > 0 && (next < 0 || size < sizes[next]!)) next = i;
    });
    if (next < 0) return hidden.map(() => true); // rule 3
    hidden[next] = true;
    pooled += sizes[next]!;
  }
  return hidden;
}

/**
 * Whether figures of a group may move from `before` people to `after` in something others see
 * again and again (the shared copy). Two versions of a figure can be subtracted: the difference
 * describes exactly the people who came (or went) in between. So, as for a group in one version,
 * that difference must describe nobody or at least `minSize` people: the change is 0 or at least
 * `minSize`. (It assumes people only come: an edited or replaced answer changes a figure without
 * changing its count, which no rule on counts can see.)
 */
export function safeChange(before: number, after: number, minSize: number): boolean {
  const d = Math.abs(after - before);
  return d === 0 || d >= minSize;
}
