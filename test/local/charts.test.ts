import { chartOption, readChartData, renderChartSvg } from '../../local/output/charts';
import { clusteredChart, labelColors, placeChart } from '../../src/core/charts';
import { getScale } from '../../src/content/scales';
import type { ChartDraft, ChartSpec } from '../../src/core/charts';

/** A tab whose values hold the draft's table at `row`, col 2, with junk around it. */
function tabWith(draft: ChartDraft, row: number): { spec: ChartSpec; values: unknown[][] } {
  const values: unknown[][] = [];
  for (let r = 0; r < row - 1; r++) values.push(['above', 99, 99, 99, 99, 99, 99, 99, 99]);
  values.push(['left', ...draft.header, 'right']);
  for (const r of draft.rows) values.push(['left', ...r, 77]);
  values.push(['below', 55, 55, 55, 55, 55, 55, 55, 55]);
  const range = { row, col: 2, rows: draft.rows.length + 1, cols: draft.header.length };
  return { spec: placeChart(draft, range, { row: 1, col: 12 }), values };
}

/**
 * A diverging stacked bar as a Sheets user may make one (the add-on's own charts stack in scale
 * order): unfavorable shares negative, stacked leftwards inner first, an unsigned axis.
 */
function divergingDraft(rows: readonly [string, ...number[]][]): ChartDraft {
  const colors = labelColors(getScale('agreement5'));
  const names = [
    'No opinion',
    'Disagree',
    'Strongly disagree',
    'No opinion (right half)',
    'Agree',
    'Strongly agree',
  ];
  return {
    id: 'd',
    kind: 'bar-stacked-diverging',
    title: 'Where are we now? — agreement by item (n = 20)',
    header: ['Item', ...names],
    rows,
    series: names.map((name, i) => ({
      name,
      color: colors[name.replace(' (right half)', '')]!,
      column: i + 1,
      inLegend: i !== 3,
    })),
    width: 640,
    height: 200,
    axis: { min: -1, max: 1, format: 'percent', absolute: true },
    legend: 'top',
    stacked: true,
    horizontal: true,
    dataLabels: false,
  };
}

/** Bars echarts drew: series index and the path (`M x y l dx 0 ...`). */
function bars(svg: string): { series: number; x: number; dx: number; fill: string }[] {
  const out: { series: number; x: number; dx: number; fill: string }[] = [];
  const re =
    /<path d="M([\d.-]+) [\d.-]+l([\d.-]+) 0[^"]*" fill="([^"]+)" ecmeta_series_index="(\d+)"[^>]*ecmeta_ssr_type="chart"/g;
  for (const m of svg.matchAll(re))
    out.push({ x: Number(m[1]), dx: Number(m[2]), fill: m[3]!, series: Number(m[4]) });
  return out;
}

const S = ['Vision and mission', 'Formal definition', 'Leaders align advocacy'];

describe('renderChartSvg', () => {
  const byGroup = clusteredChart({
    id: 'g',
    title: 'Percent favorable by Role (n = 40)',
    categoryHeading: 'Item',
    categories: S,
    series: [
      { name: 'Teacher (n=22)', values: [0.5, 0.25, 0.75] },
      { name: 'Principal (n=12)', values: [0.4, null, 0.6] },
    ],
    horizontal: true,
  });

  it('reads the range as Sheets does: header names, categories, numbers only', () => {
    const { spec, values } = tabWith(byGroup, 4);
    const data = readChartData(spec, values);
    expect(data.categories).toEqual(S);
    expect(data.series.map((s) => s.name)).toEqual(['Teacher (n=22)', 'Principal (n=12)']);
    expect(data.series[1]!.values).toEqual([0.4, null, 0.6]);
    // Text where a number should be (the hidden marker) is a gap, as in Sheets.
    values[5]![2] = '*'; // row 6 (second category), column C (first series)
    expect(readChartData(spec, values).series[0]!.values).toEqual([0.5, null, 0.75]);
  });

  it('renders an SVG with the title and one bar group per category', () => {
    const { spec, values } = tabWith(byGroup, 3);
    const svg = renderChartSvg(spec, { values });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Percent favorable by Role (n = 40)');
    for (const s of S) expect(svg).toContain(s);
    const drawn = bars(svg);
    // Teacher: a bar per category; Principal: none for the blank cell.
    expect(drawn.filter((b) => b.series === 0)).toHaveLength(3);
    expect(drawn.filter((b) => b.series === 1)).toHaveLength(2);
    expect(new Set(drawn.filter((b) => b.series === 0).map((b) => b.fill))).toEqual(new Set(['#0072b2']));
    expect(svg).not.toMatch(/>(99|77|above|left)</);
  });

  it('renders a diverging chart with unfavorable bars left of zero and unsigned axis labels', () => {
    const draft = divergingDraft([
      [S[0]!, -0.05, -0.25, -0.15, 0.05, 0.3, 0.2],
      [S[1]!, 0, -0.1, -0.1, 0, 0.3, 0.5],
    ]);
    const { spec, values } = tabWith(draft, 2);
    const svg = renderChartSvg(spec, { values });
    const drawn = bars(svg);
    const left = drawn.filter((b) => b.dx < 0);
    const right = drawn.filter((b) => b.dx > 0);
    expect(left.length).toBeGreaterThan(0);
    // Series 0-2 (neutral left half, Disagree, Strongly disagree) go left; 3-5 go right.
    expect(new Set(left.map((b) => b.series))).toEqual(new Set([0, 1, 2]));
    expect(new Set(right.map((b) => b.series))).toEqual(new Set([0 + 3, 4, 5]));
    // Every bar starts or ends at the same zero line, the centre of the -100%..100% axis.
    const zero = Math.min(...right.map((b) => b.x));
    expect(left.some((b) => Math.abs(b.x - zero) < 0.5)).toBe(true);
    expect(svg).toContain('>100%<');
    expect(svg).not.toMatch(/>-\d+%</);
    // The right half of the neutral is not in the legend.
    expect(svg).not.toContain('No opinion (right half)');
  });

  it('labels each bar with its value when the chart has data labels: "0%" for a 0, nothing for a blank', () => {
    const { spec, values } = tabWith(byGroup, 2);
    const labelled = renderChartSvg(spec, { values });
    // Teacher 50%, 25%, 75%; Principal 40%, (blank), 60%.
    for (const v of ['50%', '25%', '75%', '40%', '60%']) expect(labelled).toContain(`>${v}<`);
    values[3]![2] = 0; // Teacher's second bar is now 0
    expect(renderChartSvg(spec, { values })).toContain('>0%<');
    const plain = renderChartSvg({ ...spec, dataLabels: false }, { values });
    expect(plain).not.toContain('>25%<');
  });

  it('leaves hidden rows out, as Sheets does, unless the chart plots hidden rows', () => {
    const { spec, values } = tabWith(byGroup, 2);
    // Row 4 holds the second category.
    expect(readChartData(spec, values, [4]).categories).toEqual(S);
    const skipping = { ...spec, plotsHiddenRows: false };
    expect(readChartData(skipping, values, [4]).categories).toEqual([S[0], S[2]]);
  });

  it('turns off animation and uses the spec colours', () => {
    const { spec, values } = tabWith(byGroup, 2);
    const option = chartOption(spec, readChartData(spec, values)) as {
      animation: boolean;
      series: { itemStyle: { color: string } }[];
    };
    expect(option.animation).toBe(false);
    expect(option.series.map((s) => s.itemStyle.color)).toEqual(spec.series.map((s) => s.color));
  });
});
