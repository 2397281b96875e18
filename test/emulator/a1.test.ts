import { columnLetters, columnNumber, createEmulator, formatA1, parseA1 } from '../../local/emulator';

describe('A1 notation', () => {
  test('column letters round trip', () => {
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(26)).toBe('Z');
    expect(columnLetters(27)).toBe('AA');
    expect(columnLetters(702)).toBe('ZZ');
    expect(columnLetters(703)).toBe('AAA');
    for (let n = 1; n < 2000; n += 37) expect(columnNumber(columnLetters(n))).toBe(n);
  });

  test('parses cells, ranges, open ranges and sheet names', () => {
    expect(parseA1('B3')).toEqual({ sheetName: null, r1: 3, c1: 2, r2: 3, c2: 2 });
    expect(parseA1('$A$1:c4')).toEqual({ sheetName: null, r1: 1, c1: 1, r2: 4, c2: 3 });
    expect(parseA1('A:B')).toEqual({ sheetName: null, r1: null, c1: 1, r2: null, c2: 2 });
    expect(parseA1('2:5')).toEqual({ sheetName: null, r1: 2, c1: null, r2: 5, c2: null });
    expect(parseA1("'My tab''s'!A1:B2")?.sheetName).toBe("My tab's");
    expect(parseA1('Data!A1')?.sheetName).toBe('Data');
    for (const bad of ['', 'A', '3', 'A0', 'A1:B2:C3', '1A', 'A1:3']) expect(parseA1(bad)).toBeNull();
  });

  test('formats single cells and blocks', () => {
    expect(formatA1({ row: 1, col: 1, numRows: 1, numCols: 1 })).toBe('A1');
    expect(formatA1({ row: 2, col: 3, numRows: 4, numCols: 27 })).toBe('C2:AC5');
  });
});

describe('ranges are 1-based', () => {
  const emu = createEmulator();
  const sheet = emu.spreadsheet.getActiveSheet();

  test('getRange(row, col, rows, cols) and its geometry', () => {
    const r = sheet.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 4, 5]);
    expect([r.getLastRow(), r.getLastColumn()]).toEqual([5, 7]);
    expect(r.getA1Notation()).toBe('C2:G5');
    expect(sheet.getRange(1, 1).getA1Notation()).toBe('A1');
    expect(sheet.getRange(1, 1, 3).getA1Notation()).toBe('A1:A3');
  });

  test('getRange(a1) resolves open ranges against the sheet size', () => {
    expect(sheet.getRange('B:C').getA1Notation()).toBe('B1:C1000');
    expect(sheet.getRange('2:3').getA1Notation()).toBe('A2:Z3');
    expect(sheet.getRange('A5:B').getA1Notation()).toBe('A5:B1000');
  });

  test('offsets and cells are relative to the range', () => {
    const r = sheet.getRange('B2:D4');
    expect(r.getCell(1, 1).getA1Notation()).toBe('B2');
    expect(r.getCell(3, 3).getA1Notation()).toBe('D4');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:E5');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
  });

  test('row or column below 1, empty sizes and bad A1 throw the real messages', () => {
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange('nonsense')).toThrow('Range not found');
    expect(() => sheet.getRange('Nope!A1')).toThrow('Range not found');
  });

  test('ranges past the sheet size throw until rows or columns are inserted', () => {
    const msg = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(1001, 1)).toThrow(msg);
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(msg);
    expect(() => sheet.getRange('A1:A1001')).toThrow(msg);
    sheet.insertRowsAfter(sheet.getMaxRows(), 5);
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 2);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1005, 28]);
    expect(sheet.getRange(1005, 28).getA1Notation()).toBe('AB1005');
    expect(() => sheet.insertRowsAfter(2000, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.insertColumnsAfter(0, 1)).toThrow('Those columns are out of bounds.');
  });
});
