import { createEmulator } from '../../local/emulator';

function setup() {
  const emu = createEmulator();
  const { SpreadsheetApp, Charts } = emu.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet('Summary');
  sheet.getRange('A1:C4').setValues([
    ['Standard', 'Met', 'Not met'],
    ['Learning Communities', 4, 1],
    ['Leadership', 3, 2],
    ['Resources', 5, 0],
  ]);
  return { emu, ss, sheet, Charts };
}

describe('embedded charts', () => {
  test('build, insert, read back: type, ranges, options, position', () => {
    const { emu, sheet, Charts } = setup();
    const built = sheet
      .newChart()
      .asColumnChart()
      .setStacked()
      .setTitle('Standards met')
      .setXAxisTitle('Standard')
      .setYAxisTitle('Teachers')
      .setLegendPosition(Charts.Position.BOTTOM)
      .setColors(['#1a73e8', '#e8710a'])
      .addRange(sheet.getRange('A1:C4'))
      .setPosition(2, 5, 10, 20)
      .setOption('width', 640)
      .setOption('height', 320)
      .setNumHeaders(1)
      .build();
    expect(built.getChartId()).toBeNull();
    sheet.insertChart(built);
    expect(built.getChartId()).toEqual(expect.any(Number));

    const [chart] = sheet.getCharts();
    expect(chart!.getChartId()).toBe(built.getChartId());
    expect(chart!.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:C4']);
    const options = chart!.getOptions();
    expect(options.get('title')).toBe('Standards met');
    expect(options.get('isStacked')).toBe(true);
    expect(options.get('hAxis.title')).toBe('Standard');
    expect(options.get('legend.position')).toBe('bottom');
    expect(options.get('legend')).toEqual({ position: 'bottom' });
    expect(options.get('nope')).toBeNull();
    const info = chart!.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([
      2, 5, 10, 20,
    ]);
    expect(chart!.getNumHeaders()).toBe(1);

    const [snap] = emu.sheet('Summary').snapshot().charts;
    expect(snap).toEqual({
      id: built.getChartId(),
      type: 'COLUMN',
      ranges: ['A1:C4'],
      options: {
        isStacked: true,
        title: 'Standards met',
        hAxis: { title: 'Standard' },
        vAxis: { title: 'Teachers' },
        legend: { position: 'bottom' },
        colors: ['#1a73e8', '#e8710a'],
        width: 640,
        height: 320,
      },
      title: 'Standards met',
      anchorRow: 2,
      anchorColumn: 5,
      offsetX: 10,
      offsetY: 20,
      width: 640,
      height: 320,
      stacked: true,
      numHeaders: 1,
      mergeStrategy: 'MERGE_COLUMNS',
      hiddenDimensionStrategy: 'IGNORE_ROWS',
      transposeRowsAndColumns: false,
    });
  });

  test('each builder has only its real methods, counted under its class', () => {
    const { emu, sheet, Charts } = setup();
    const plain = sheet.newChart() as unknown as Record<string, unknown>;
    expect(plain.setTitle).toBeUndefined();
    expect(typeof plain.setChartType).toBe('function');
    const line = sheet.newChart().asLineChart() as unknown as Record<string, unknown>;
    expect(line.setStacked).toBeUndefined();
    expect(typeof line.setCurveStyle).toBe('function');
    emu.calls.reset();
    sheet.newChart().asBarChart().setTitle('x').setRange(0, 10);
    expect(emu.calls.snapshot()).toEqual({
      'Sheet.newChart': 1,
      'EmbeddedChartBuilder.asBarChart': 1,
      'EmbeddedBarChartBuilder.setTitle': 1,
      'EmbeddedBarChartBuilder.setRange': 1,
    });
    expect(emu.calls.total('spreadsheet')).toBe(4);
    // setChartType gives the plain builder; the type sticks.
    const b = sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(sheet.getRange('A1:B4'));
    expect(String(b.getChartType())).toBe('PIE');
    expect(() => sheet.insertChart({} as GoogleAppsScript.Spreadsheet.EmbeddedChart)).toThrow(
      "The parameters (object) don't match the method signature for SpreadsheetApp.Sheet.insertChart.",
    );
  });

  test('modify + updateChart keeps the id; removeChart; bar charts put values on hAxis', () => {
    const { emu, sheet } = setup();
    sheet.insertChart(
      sheet.newChart().asBarChart().setTitle('Old').addRange(sheet.getRange('A1:B4')).build(),
    );
    const chart = sheet.getCharts()[0]!;
    const updated = chart
      .modify()
      .addRange(sheet.getRange('C1:C4'))
      .asBarChart()
      .setTitle('New')
      .setRange(0, 6)
      .build();
    sheet.updateChart(updated);
    const again = sheet.getCharts();
    expect(again).toHaveLength(1);
    expect(again[0]!.getChartId()).toBe(chart.getChartId());
    expect(again[0]!.getOptions().get('title')).toBe('New');
    expect(again[0]!.getOptions().get('hAxis.viewWindow')).toEqual({ min: 0, max: 6 });
    expect(emu.sheet('Summary').snapshot().charts[0]!.ranges).toEqual(['A1:B4', 'C1:C4']);
    sheet.removeChart(again[0]!);
    expect(sheet.getCharts()).toEqual([]);
    expect(() => sheet.removeChart(again[0]!)).toThrow('The chart is not on this sheet.');
  });

  test('ranges on another tab; deleting the tab removes its charts', () => {
    const { emu, ss, sheet } = setup();
    const dash = ss.insertSheet('Dashboard');
    dash.insertChart(dash.newChart().asPieChart().set3D().addRange(sheet.getRange('A1:B4')).build());
    expect(emu.sheet('Dashboard').snapshot().charts[0]!.ranges).toEqual(['Summary!A1:B4']);
    expect(emu.sheet('Dashboard').snapshot().charts[0]!.options).toEqual({ is3D: true });
    const ids = [dash.getCharts()[0]!.getChartId()];
    dash.insertChart(dash.newChart().asTableChart().addRange(sheet.getRange('A1:C4')).build());
    ids.push(dash.getCharts()[1]!.getChartId());
    expect(new Set(ids).size).toBe(2);
    ss.deleteSheet(dash);
    expect(emu.spreadsheet.snapshot().sheets.flatMap((s) => s.charts)).toEqual([]);
  });

  test('a spreadsheet made with SpreadsheetApp.create takes data and charts and snapshots', () => {
    const emu = createEmulator();
    const copy = emu.globals.SpreadsheetApp.create('District copy');
    const tab = copy.insertSheet('Data');
    tab.getRange('A1:B2').setValues([
      ['x', 1],
      ['y', 2],
    ]);
    tab.insertChart(tab.newChart().asColumnChart().addRange(tab.getRange('A1:B2')).build());
    const snap = emu.spreadsheets.get(copy.getId())!.snapshot();
    const data = snap.sheets.find((s) => s.name === 'Data')!;
    expect(data.values).toEqual([
      ['x', 1],
      ['y', 2],
    ]);
    expect(data.charts.map((c) => [c.type, c.ranges])).toEqual([['COLUMN', ['A1:B2']]]);
  });
});
