import { createEmulator } from '../../local/emulator';

const setup = () => {
  const emu = createEmulator();
  const sheet = emu.spreadsheet.insertSheet('T');
  return { emu, sheet };
};

describe('setValues', () => {
  test('dimension mismatches throw the real messages', () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 3, 2);
    expect(() =>
      r.setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => r.setValues([[1, 2], [3, 4], [5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => r.setValues([1, 2, 3] as unknown as unknown[][])).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  test('exceptions look like Apps Script ones', () => {
    const { sheet } = setup();
    try {
      sheet.getRange(1, 1, 2, 1).setValues([[1]]);
      throw new Error('did not throw');
    } catch (e) {
      expect((e as Error).name).toBe('Exception');
      expect(String(e)).toMatch(/^Exception: The number of rows/);
    }
  });

  test('every 2-D setter checks its grid the same way', () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 2, 2);
    const bad = [['x', 'y']];
    const setters = [
      () => r.setBackgrounds(bad),
      () => r.setFontWeights([['bold', 'bold']]),
      () => r.setFontStyles([['italic', 'italic']]),
      () => r.setFontColors(bad),
      () => r.setFontSizes([[1, 2]]),
      () => r.setHorizontalAlignments([['left', 'left']]),
      () => r.setVerticalAlignments([['top', 'top']]),
      () => r.setNumberFormats(bad),
      () => r.setWraps([[true, true]]),
      () => r.setNotes(bad),
      () => r.setFormulas(bad),
      () => r.setDataValidations([[null, null]]),
    ];
    for (const set of setters) expect(set).toThrow('The data has 1 but the range has 2.');
  });

  test('apostrophe, formulas, numbers, booleans, dates and text', () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 1, 9);
    r.setValues([["'=SUM(A1)", '=1+1', '12', '007', '1,234', 'TRUE', '2024-05-01', "'0042", '-x']]);
    // An ISO date is a date, as Sheets reads it: midnight in the spreadsheet's zone (New York).
    const may1 = new Date('2024-05-01T04:00:00Z');
    // Formulas are evaluated: "-x" became "=-x", which names nothing (#NAME?, as in Sheets).
    expect(r.getValues()).toEqual([['=SUM(A1)', 2, 12, 7, 1234, true, may1, '0042', '#NAME?']]);
    expect(r.getFormulas()).toEqual([['', '=1+1', '', '', '', '', '', '', '=-x']]);
    expect(r.getDisplayValues()).toEqual([
      ['=SUM(A1)', '2', '12', '7', '1234', 'TRUE', '2024-05-01', '0042', '#NAME?'],
    ]);
  });

  test('plain-text number format keeps strings as typed', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setNumberFormat('@').setValue('007');
    expect(r.getValue()).toBe('007');
  });

  test('null and empty strings clear cells; dates round trip', () => {
    const { sheet } = setup();
    const d = new Date(Date.UTC(2024, 4, 1, 12));
    sheet.getRange(1, 1, 1, 3).setValues([['a', d, 5]]);
    sheet.getRange(1, 1, 1, 3).setValues([[null, d, '']]);
    const [row] = sheet.getRange(1, 1, 1, 3).getValues();
    expect(row?.[0]).toBe('');
    expect((row?.[1] as Date | undefined)?.getTime()).toBe(d.getTime());
    expect(row?.[2]).toBe('');
    expect(sheet.getLastColumn()).toBe(2);
  });

  test('getLastRow/getLastColumn and getDataRange follow values, not formats', () => {
    const { sheet } = setup();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C5').setValue('x');
    sheet.getRange('A1:J20').setBackground('#ff0000');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
  });

  // Speed is npm run bench's business; this holds that a district-sized block round-trips intact.
  test('a 100,000 x 32 block is written and read back whole', () => {
    const { sheet } = setup();
    const rows = 100_000;
    const cols = 32;
    sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
    sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
    const grid = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => `r${i}c${j}`));
    sheet.getRange(1, 1, rows, cols).setValues(grid);
    const back = sheet.getRange(1, 1, rows, cols).getValues();
    expect(back[rows - 1]?.[cols - 1]).toBe(`r${rows - 1}c${cols - 1}`);
    expect(back[54_321]?.[7]).toBe('r54321c7');
    expect(sheet.getLastRow()).toBe(rows);
  });
});

describe('formats round trip', () => {
  test('2-D setters and their getters', () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 1, 2);
    r.setBackgrounds([['#FFF', null]]);
    r.setFontWeights([['bold', null]]);
    r.setFontStyles([['italic', 'normal']]);
    r.setFontColors([['red', '#123456']]);
    r.setFontSizes([[14, 9]]);
    r.setHorizontalAlignments([['center', 'normal']]);
    r.setVerticalAlignments([['middle', 'top']]);
    r.setNumberFormats([['0.00', '@']]);
    r.setWraps([[true, false]]);
    r.setNotes([['hello', null]]);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(r.getFontStyles()).toEqual([['italic', 'normal']]);
    expect(r.getFontColors()).toEqual([['#ff0000', '#123456']]);
    expect(r.getFontSizes()).toEqual([[14, 9]]);
    expect(r.getHorizontalAlignments()).toEqual([['center', 'general']]);
    expect(r.getVerticalAlignments()).toEqual([['middle', 'top']]);
    expect(r.getNumberFormats()).toEqual([['0.00', '@']]);
    expect(r.getWraps()).toEqual([[true, false]]);
    expect(r.getWrapStrategies()).toEqual([['WRAP', 'OVERFLOW']]);
    expect(r.getNotes()).toEqual([['hello', '']]);
  });

  test('single-value setters fill the range; defaults for untouched cells', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:C3');
    r.setBackground('#00ff00').setFontWeight('bold').setFontSize(12).setWrap(true).setNumberFormat('0%');
    expect(r.getBackgrounds()).toEqual([
      ['#00ff00', '#00ff00'],
      ['#00ff00', '#00ff00'],
    ]);
    expect(r.getFontWeight()).toBe('bold');
    const a1 = sheet.getRange('A1');
    expect([a1.getBackground(), a1.getFontWeight(), a1.getFontColor(), a1.getFontSize()]).toEqual([
      '#ffffff',
      'normal',
      '#000000',
      10,
    ]);
    expect(a1.getNumberFormat()).toBe('0.###############');
    r.setValue(0.256);
    expect(r.getDisplayValues()[0]).toEqual(['26%', '26%']);
  });

  test('invalid enumerated values are refused', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    expect(() => r.setHorizontalAlignment('middle' as 'center')).toThrow('Invalid argument');
    expect(() => r.setFontWeight('heavy' as 'bold')).toThrow('Invalid argument');
  });

  test('clear, clearContent and clearFormat', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setValues([['a', 'b']])
      .setBackground('#ff0000')
      .setNote('n');
    r.clearContent();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getBackground()).toBe('#ff0000');
    r.setValue('z').clearFormat();
    expect(r.getBackground()).toBe('#ffffff');
    expect(r.getValue()).toBe('z');
    expect(r.getNote()).toBe('n');
    r.clear();
    expect(r.getValue()).toBe('');
  });

  test('borders per edge, inner lines, and clearing', () => {
    const { emu, sheet } = setup();
    const r = sheet.getRange('A1:B2');
    r.setBorder(true, true, true, true, true, true, '#B7C3D0', emu.globals.SpreadsheetApp.BorderStyle.SOLID);
    const edge = { color: '#b7c3d0', style: 'SOLID' };
    expect(emu.sheet('T').snapshot().borders[0]?.[0]).toEqual({
      top: edge,
      left: edge,
      bottom: edge,
      right: edge,
    });
    // false clears, null leaves alone; vertical/horizontal are the lines inside the range.
    r.setBorder(false, null, null, null, false, false);
    const after = emu.sheet('T').snapshot().borders;
    expect(after[0]?.[0]).toEqual({ left: edge });
    expect(after[1]?.[1]).toEqual({ right: edge, bottom: edge });
  });
});

describe('merges', () => {
  test('merge keeps the top-left value and reports the merged area', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:C1');
    r.setValues([['title', 'x', 'y']]).merge();
    expect(r.getValues()).toEqual([['title', '', '']]);
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A2').isPartOfMerge()).toBe(false);
    expect(
      sheet
        .getRange('B1:D4')
        .getMergedRanges()
        .map((m) => m.getA1Notation()),
    ).toEqual(['A1:C1']);
  });

  test('partial overlaps are refused; merging over whole merges absorbs them', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').merge();
    expect(() => sheet.getRange('B1:C1').merge()).toThrow(
      'You must select all cells in a merged range to merge or unmerge them.',
    );
    sheet.getRange('A1:C3').merge();
    expect(
      sheet
        .getRange('A1:Z9')
        .getMergedRanges()
        .map((m) => m.getA1Notation()),
    ).toEqual(['A1:C3']);
    sheet.getRange('A1:C3').breakApart();
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(false);
  });

  test('mergeAcross merges each row', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C2').mergeAcross();
    expect(
      sheet
        .getRange('A1:C2')
        .getMergedRanges()
        .map((m) => m.getA1Notation()),
    ).toEqual(['A1:C1', 'A2:C2']);
  });

  test('frozen rows cannot cut through a merge', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').merge();
    expect(() => sheet.setFrozenRows(2)).toThrow(
      "You can't freeze rows which contain only part of a merged cell.",
    );
    sheet.setFrozenRows(3);
    expect(sheet.getFrozenRows()).toBe(3);
  });
});

describe('RangeList', () => {
  test('applies each setter to every range', () => {
    const { sheet } = setup();
    const list = sheet.getRangeList(['A1:B1', 'D4']);
    list
      .setBackground('#0000ff')
      .setFontWeight('bold')
      .setValue('v')
      .setWrap(true)
      .setHorizontalAlignment('right');
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B1', 'D4']);
    expect(sheet.getRange('D4').getBackground()).toBe('#0000ff');
    expect(sheet.getRange('B1').getValue()).toBe('v');
    expect(sheet.getRange('C1').getValue()).toBe('');
    list.clear();
    expect(sheet.getRange('A1').getValue()).toBe('');
  });
});
