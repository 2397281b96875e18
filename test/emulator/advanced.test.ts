import { createEmulator, type Emulator } from '../../local/emulator';

let emu: Emulator;
beforeEach(() => {
  emu = createEmulator();
});

type Res = { spreadsheetId: string; sheets: { properties: { sheetId: number; title: string } }[] };
const api = () =>
  emu.globals.Sheets.Spreadsheets as unknown as {
    create(r: object): Res;
    get(id: string, o?: object): Res;
    batchUpdate(r: object, id: string): { replies: object[] };
  };

describe('Sheets advanced service (Sheets API v4)', () => {
  it('creates a spreadsheet with exactly the sheets asked for, counted under sheets-api', () => {
    const res = api().create({
      properties: { title: 'Copy' },
      sheets: [{ properties: { title: 'A' } }, { properties: { title: 'B' } }],
    });
    expect(res.sheets.map((s) => s.properties.title)).toEqual(['A', 'B']);
    // Its own SpreadsheetApp work is not counted as the add-on's.
    expect(emu.calls.total('spreadsheet')).toBe(0);
    const ss = emu.spreadsheets.get(res.spreadsheetId)!;
    expect(ss.getName()).toBe('Copy');
    expect(ss.snapshot().sheets.map((s) => s.name)).toEqual(['A', 'B']);
    expect(emu.calls.get('Spreadsheets.create')).toBe(1);
    expect(emu.calls.total('sheets-api')).toBe(1);
  });

  it('get narrows to a field mask and throws "not found" for a missing file', () => {
    const { spreadsheetId } = api().create({ properties: { title: 'Copy' } });
    const got = api().get(spreadsheetId, { fields: 'sheets.properties' }) as unknown as Record<
      string,
      unknown
    >;
    expect(Object.keys(got)).toEqual(['sheets']);
    expect((got as unknown as Res).sheets[0]!.properties).toMatchObject({
      sheetId: 0,
      title: 'Sheet1',
      index: 0,
    });
    emu.drive.remove(spreadsheetId);
    expect(() => api().get(spreadsheetId)).toThrow('Requested entity was not found.');
  });

  it('applies cells, merges, widths, borders, protections and charts; strings stay text', () => {
    const { spreadsheetId } = api().create({
      properties: { title: 'Copy' },
      sheets: [{ properties: { title: 'S', sheetId: 9 } }],
    });
    const range = { sheetId: 9, startRowIndex: 0, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: 2 };
    const cell = (v: object, bold = false) => ({
      userEnteredValue: v,
      userEnteredFormat: {
        textFormat: { bold },
        backgroundColor: { red: 1, green: 0, blue: 0 },
        numberFormat: { type: 'PERCENT', pattern: '0%' },
      },
    });
    api().batchUpdate(
      {
        requests: [
          {
            updateCells: {
              range,
              rows: [
                { values: [cell({ stringValue: 'Item' }, true), cell({ stringValue: 'Share' }, true)] },
                { values: [cell({ stringValue: '=HYPERLINK("x")' }), cell({ numberValue: 0.5 })] },
              ],
              fields: 'userEnteredValue,userEnteredFormat',
            },
          },
          { mergeCells: { range: { ...range, startRowIndex: 3, endRowIndex: 4 }, mergeType: 'MERGE_ALL' } },
          {
            updateDimensionProperties: {
              range: { sheetId: 9, dimension: 'COLUMNS', startIndex: 0, endIndex: 2 },
              properties: { pixelSize: 150 },
              fields: 'pixelSize',
            },
          },
          {
            updateBorders: {
              range,
              top: { style: 'SOLID', colorStyle: { rgbColor: { red: 0, green: 0, blue: 1 } } },
            },
          },
          { addProtectedRange: { protectedRange: { range, description: 'Built', warningOnly: true } } },
          {
            addChart: {
              chart: {
                spec: {
                  title: 'T',
                  basicChart: {
                    chartType: 'BAR',
                    stackedType: 'STACKED',
                    legendPosition: 'BOTTOM_LEGEND',
                    headerCount: 1,
                    domains: [{ domain: { sourceRange: { sources: [{ ...range, endColumnIndex: 1 }] } } }],
                    series: [
                      {
                        series: { sourceRange: { sources: [{ ...range, startColumnIndex: 1 }] } },
                        targetAxis: 'BOTTOM_AXIS',
                        colorStyle: { rgbColor: { red: 0, green: 1, blue: 0 } },
                      },
                    ],
                    axis: [
                      { position: 'BOTTOM_AXIS', viewWindowOptions: { viewWindowMin: 0, viewWindowMax: 1 } },
                    ],
                  },
                },
                position: {
                  overlayPosition: {
                    anchorCell: { sheetId: 9, rowIndex: 0, columnIndex: 3 },
                    offsetXPixels: 4,
                    offsetYPixels: 0,
                    widthPixels: 400,
                    heightPixels: 300,
                  },
                },
              },
            },
          },
        ],
      },
      spreadsheetId,
    );
    expect(emu.calls.total('spreadsheet')).toBe(0);
    const s = emu.spreadsheets.get(spreadsheetId)!.snapshot().sheets[0]!;
    expect(s.values.slice(0, 2).map((r) => r.slice(0, 2))).toEqual([
      ['Item', 'Share'],
      ['=HYPERLINK("x")', 0.5],
    ]);
    expect(s.formulas.flat().filter((f) => f !== '')).toEqual([]);
    const sheet = emu.spreadsheets.get(spreadsheetId)!.getSheetByName('S')!;
    expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
    expect(sheet.getRange(2, 2).getNumberFormat()).toBe('0%');
    expect(sheet.getRange(1, 1).getBackground()).toBe('#ff0000');
    expect(sheet.getColumnWidth(2)).toBe(150);
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0]).toMatchObject({
      title: 'T',
      anchorRow: 1,
      anchorColumn: 4,
      width: 400,
      height: 300,
      stacked: true,
    });
  });

  it('applies a batch all-or-nothing: a bad request leaves the spreadsheet unchanged', () => {
    const { spreadsheetId } = api().create({
      properties: { title: 'Copy' },
      sheets: [{ properties: { title: 'Old', sheetId: 1 } }],
    });
    const before = emu.spreadsheets.get(spreadsheetId)!.snapshot();
    expect(() =>
      api().batchUpdate(
        {
          requests: [
            { addSheet: { properties: { sheetId: 2, title: 'New' } } },
            { updateSheetProperties: { properties: { sheetId: 1, title: 'Renamed' }, fields: 'title' } },
            { deleteSheet: { sheetId: 1 } },
            { deleteSheet: { sheetId: 77 } },
          ],
        },
        spreadsheetId,
      ),
    ).toThrow('Invalid requests[3].deleteSheet: No grid with id: 77');
    expect(emu.spreadsheets.get(spreadsheetId)!.snapshot()).toEqual(before);
  });

  it('refuses a duplicate tab name, as the API does', () => {
    const { spreadsheetId } = api().create({
      properties: { title: 'Copy' },
      sheets: [{ properties: { title: 'A' } }],
    });
    expect(() =>
      api().batchUpdate({ requests: [{ addSheet: { properties: { title: 'a' } } }] }, spreadsheetId),
    ).toThrow('already exists');
  });
});

describe('Drive advanced service (Drive API v3)', () => {
  const perms = () =>
    emu.globals.Drive.Permissions as unknown as {
      create(r: object, id: string, o?: object): { role: string; emailAddress: string };
    };

  /** A file the add-on made: what `drive.file` lets the Drive API share (test/emulator/access.test.ts). */
  const madeByAddon = () =>
    String((emu.globals.Sheets.Spreadsheets.create({}) as { spreadsheetId: string }).spreadsheetId);

  it('records a reader as a viewer and counts the call under drive', () => {
    const id = madeByAddon();
    const p = perms().create({ role: 'reader', type: 'user', emailAddress: 'Lead@District.org' }, id, {
      sendNotificationEmail: true,
    });
    expect(p).toMatchObject({ role: 'reader', emailAddress: 'lead@district.org' });
    expect(emu.drive.sharedWith(id).viewers).toEqual(['lead@district.org']);
    expect(emu.drive.permissions).toEqual([
      expect.objectContaining({ fileId: id, role: 'reader', notified: true }),
    ]);
    expect(emu.calls.get('Permissions.create')).toBe(1);
    expect(emu.calls.total('drive')).toBe(1);
  });

  it('refuses an invalid address and an unknown file', () => {
    const id = madeByAddon();
    expect(() => perms().create({ role: 'reader', type: 'user', emailAddress: 'nobody' }, id)).toThrow(
      'nobody',
    );
    expect(() => perms().create({ role: 'reader', type: 'user', emailAddress: 'a@b.org' }, 'nope')).toThrow(
      'File not found',
    );
    expect(emu.drive.sharedWith(id).viewers).toEqual([]);
    // The spreadsheet the add-on runs in was not made by it: drive.file does not reach it.
    const active = emu.spreadsheet.getId();
    expect(() => perms().create({ role: 'reader', type: 'user', emailAddress: 'a@b.org' }, active)).toThrow(
      `File not found: ${active}.`,
    );
  });
});
