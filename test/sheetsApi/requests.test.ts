import type { ChartSpec } from '../../src/core/charts/spec';
import type { CellFormats, SheetPlan } from '../../src/core/plan';
import { gridRange, planToSheetRequests, rgb } from '../../src/core/sheetsApi';

const grid = <T>(v: T, rows = 3, cols = 2): T[][] =>
  Array.from({ length: rows }, () => new Array<T>(cols).fill(v));

function formats(): CellFormats {
  return {
    backgrounds: [
      ['#1f4e79', '#1f4e79'],
      [null, null],
      [null, null],
    ],
    fontWeights: [
      ['bold', 'bold'],
      ['normal', 'normal'],
      ['normal', 'normal'],
    ],
    fontStyles: grid('normal'),
    fontColors: [
      ['#ffffff', '#ffffff'],
      ['#000000', '#000000'],
      ['#000000', '#000000'],
    ],
    fontSizes: grid(10),
    horizontalAlignments: [
      ['left', 'center'],
      ['left', 'center'],
      ['left', 'center'],
    ],
    verticalAlignments: grid('top'),
    numberFormats: [
      ['General', 'General'],
      ['General', '0%'],
      ['General', '0%'],
    ],
    wraps: grid(true),
    validations: grid(null),
  };
}

const CHART: ChartSpec = {
  id: 'c1',
  kind: 'bar',
  title: 'Agreement (n = 12)',
  range: { row: 1, col: 1, rows: 3, cols: 2 },
  headerRows: 1,
  series: [{ name: 'Agree', color: '#1a9850', column: 1, inLegend: true }],
  position: { anchorRow: 1, anchorCol: 4, offsetX: 8, offsetY: 0 },
  width: 480,
  height: 300,
  axis: { min: 0, max: 1, format: 'percent', absolute: false, title: 'Share' },
  legend: 'bottom',
  stacked: false,
  horizontal: true,
  dataLabels: true,
  plotsHiddenRows: true,
};

const PLAN: SheetPlan = {
  title: 'Summary',
  values: [
    ['Item', 'Agree'],
    ['=cmd|x', 0.5],
    [null, true],
  ],
  formats: formats(),
  merges: [{ row: 3, col: 1, rows: 1, cols: 2 }],
  borders: [],
  conditionalFormats: [],
  protections: [],
  frozenRows: 1,
  frozenColumns: 0,
  rowHeights: [],
  columnWidths: [200, 90],
  tabColor: null,
  charts: [CHART],
};

const WHITE = { red: 1, green: 1, blue: 1 };
const BLACK = { red: 0, green: 0, blue: 0 };
const NAVY = rgb('#1f4e79');
const text = (bold: boolean, fg: typeof WHITE) => ({
  bold,
  italic: false,
  fontSize: 10,
  foregroundColor: fg,
});

describe('planToSheetRequests', () => {
  it('converts colours and 1-based ranges', () => {
    expect(rgb('#ffffff')).toEqual(WHITE);
    expect(rgb('#000')).toEqual(BLACK);
    expect(rgb('#1f4e79')).toEqual({ red: 0.1216, green: 0.3059, blue: 0.4745 });
    expect(gridRange(7, { row: 1, col: 1, rows: 1, cols: 1 })).toEqual({
      sheetId: 7,
      startRowIndex: 0,
      endRowIndex: 1,
      startColumnIndex: 0,
      endColumnIndex: 1,
    });
    expect(gridRange(7, { row: 3, col: 2, rows: 4, cols: 5 })).toEqual({
      sheetId: 7,
      startRowIndex: 2,
      endRowIndex: 6,
      startColumnIndex: 1,
      endColumnIndex: 6,
    });
  });

  it('builds exactly the requests for a small plan: values, a merge, widths, a chart', () => {
    const reqs = planToSheetRequests(PLAN, 42);
    expect(reqs.map((r) => Object.keys(r)[0])).toEqual([
      'updateSheetProperties',
      'updateCells',
      'mergeCells',
      'updateDimensionProperties',
      'updateDimensionProperties',
      'addChart',
    ]);
    expect(reqs[0]).toEqual({
      updateSheetProperties: {
        properties: {
          sheetId: 42,
          title: 'Summary',
          gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 1, frozenColumnCount: 0 },
        },
        fields:
          'title,gridProperties.rowCount,gridProperties.columnCount,gridProperties.frozenRowCount,gridProperties.frozenColumnCount',
      },
    });
    const header = (v: string, align: string) => ({
      userEnteredValue: { stringValue: v },
      userEnteredFormat: {
        backgroundColor: NAVY,
        textFormat: text(true, WHITE),
        horizontalAlignment: align,
        verticalAlignment: 'TOP',
        wrapStrategy: 'WRAP',
      },
    });
    const body = (value: Record<string, unknown> | undefined, align: string, pct: boolean) => ({
      ...(value ? { userEnteredValue: value } : {}),
      userEnteredFormat: {
        textFormat: text(false, BLACK),
        horizontalAlignment: align,
        verticalAlignment: 'TOP',
        wrapStrategy: 'WRAP',
        ...(pct ? { numberFormat: { type: 'PERCENT', pattern: '0%' } } : {}),
      },
    });
    expect(reqs[1]).toEqual({
      updateCells: {
        range: { sheetId: 42, startRowIndex: 0, endRowIndex: 3, startColumnIndex: 0, endColumnIndex: 2 },
        rows: [
          { values: [header('Item', 'LEFT'), header('Agree', 'CENTER')] },
          {
            values: [
              body({ stringValue: '=cmd|x' }, 'LEFT', false),
              body({ numberValue: 0.5 }, 'CENTER', true),
            ],
          },
          { values: [body(undefined, 'LEFT', false), body({ boolValue: true }, 'CENTER', true)] },
        ],
        fields: 'userEnteredValue,userEnteredFormat',
      },
    });
    expect(reqs[2]).toEqual({
      mergeCells: {
        range: { sheetId: 42, startRowIndex: 2, endRowIndex: 3, startColumnIndex: 0, endColumnIndex: 2 },
        mergeType: 'MERGE_ALL',
      },
    });
    expect(reqs[3]).toEqual({
      updateDimensionProperties: {
        range: { sheetId: 42, dimension: 'COLUMNS', startIndex: 0, endIndex: 1 },
        properties: { pixelSize: 200 },
        fields: 'pixelSize',
      },
    });
    const col = (c: number) => ({
      sheetId: 42,
      startRowIndex: 0,
      endRowIndex: 3,
      startColumnIndex: c,
      endColumnIndex: c + 1,
    });
    expect(reqs[5]).toEqual({
      addChart: {
        chart: {
          spec: {
            title: 'Agreement (n = 12)',
            // The summary's chart data sits in hidden rows: the chart must plot them.
            hiddenDimensionStrategy: 'SHOW_ALL',
            basicChart: {
              chartType: 'BAR',
              stackedType: 'NOT_STACKED',
              legendPosition: 'BOTTOM_LEGEND',
              headerCount: 1,
              domains: [{ domain: { sourceRange: { sources: [col(0)] } } }],
              series: [
                {
                  series: { sourceRange: { sources: [col(1)] } },
                  targetAxis: 'BOTTOM_AXIS',
                  colorStyle: { rgbColor: rgb('#1a9850') },
                  dataLabel: { type: 'DATA', placement: 'OUTSIDE_END' },
                },
              ],
              axis: [
                {
                  position: 'BOTTOM_AXIS',
                  title: 'Share',
                  viewWindowOptions: { viewWindowMode: 'EXPLICIT', viewWindowMin: 0, viewWindowMax: 1 },
                },
              ],
            },
          },
          position: {
            overlayPosition: {
              anchorCell: { sheetId: 42, rowIndex: 0, columnIndex: 3 },
              offsetXPixels: 8,
              offsetYPixels: 0,
              widthPixels: 480,
              heightPixels: 300,
            },
          },
        },
      },
    });
  });

  it('keeps text that starts with = + - @ as a stringValue, never a formula', () => {
    const values = [
      ['=HYPERLINK("x")', '+1'],
      ['-x', '@me'],
      ['ok', "'quoted"],
    ];
    const reqs = planToSheetRequests({ ...PLAN, values, charts: [], merges: [] }, 1);
    const cells = (
      reqs[1] as { updateCells: { rows: { values: { userEnteredValue: unknown }[] }[] } }
    ).updateCells.rows.flatMap((r) => r.values.map((v) => v.userEnteredValue));
    expect(cells).toEqual(values.flat().map((s) => ({ stringValue: s })));
    expect(JSON.stringify(reqs)).not.toContain('formulaValue');
  });

  it('columns charts on the left axis, stacks, tab colour, borders and protections', () => {
    const reqs = planToSheetRequests(
      {
        ...PLAN,
        tabColor: '#ff0000',
        borders: [{ row: 1, col: 1, rows: 2, cols: 2 }],
        protections: [{ range: { row: 1, col: 1, rows: 3, cols: 2 }, description: 'Built by the add-on' }],
        charts: [{ ...CHART, kind: 'column-stacked', horizontal: false, stacked: true, legend: 'none' }],
      },
      5,
    );
    const kinds = reqs.map((r) => Object.keys(r)[0]);
    expect(kinds).toContain('updateBorders');
    const props = reqs[0] as {
      updateSheetProperties: { properties: Record<string, unknown>; fields: string };
    };
    expect(props.updateSheetProperties.properties.tabColorStyle).toEqual({
      rgbColor: { red: 1, green: 0, blue: 0 },
    });
    expect(props.updateSheetProperties.fields.endsWith(',tabColorStyle')).toBe(true);
    const prot = reqs.find((r) => 'addProtectedRange' in r) as { addProtectedRange: unknown };
    expect(prot.addProtectedRange).toEqual({
      protectedRange: {
        range: { sheetId: 5, startRowIndex: 0, endRowIndex: 3, startColumnIndex: 0, endColumnIndex: 2 },
        description: 'Built by the add-on',
        warningOnly: true,
      },
    });
    const chart = JSON.stringify(reqs.find((r) => 'addChart' in r));
    expect(chart).toContain('"chartType":"COLUMN"');
    expect(chart).toContain('"stackedType":"STACKED"');
    expect(chart).toContain('"legendPosition":"NO_LEGEND"');
    expect(chart).toContain('"targetAxis":"LEFT_AXIS"');
    expect(chart).toContain('"position":"LEFT_AXIS"');
  });

  it('hides rows with hiddenByUser, and charts without labels or hidden rows say so', () => {
    const reqs = planToSheetRequests(
      {
        ...PLAN,
        hiddenRows: [{ row: 2, rows: 2 }],
        charts: [{ ...CHART, dataLabels: false, plotsHiddenRows: false }],
      },
      7,
    );
    expect(reqs).toContainEqual({
      updateDimensionProperties: {
        range: { sheetId: 7, dimension: 'ROWS', startIndex: 1, endIndex: 3 },
        properties: { hiddenByUser: true },
        fields: 'hiddenByUser',
      },
    });
    const chart = JSON.stringify(reqs.find((r) => 'addChart' in r));
    expect(chart).toContain('"hiddenDimensionStrategy":"SKIP_HIDDEN_ROWS_AND_COLUMNS"');
    expect(chart).not.toContain('dataLabel');
  });

  it('refuses plan features it cannot send rather than dropping them', () => {
    const validations = grid(null as null | { kind: 'checkbox' });
    validations[1]![1] = { kind: 'checkbox' };
    expect(() => planToSheetRequests({ ...PLAN, formats: { ...formats(), validations } }, 1)).toThrow(
      'data validations',
    );
  });
});
