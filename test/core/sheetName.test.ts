import { cleanSheetName, MAX_SHEET_NAME, uniqueSheetName } from '../../src/core/sheetName';

describe('tab names', () => {
  it('numbers a taken name (2), (3)...', () => {
    const taken = new Set(['IC map - Coach', 'IC map - Coach (2)']);
    expect(uniqueSheetName('IC map - Coach', (n) => taken.has(n))).toBe('IC map - Coach (3)');
    expect(uniqueSheetName('Other', (n) => taken.has(n))).toBe('Other');
  });

  it('keeps within 100 characters, suffix included', () => {
    const long = 'x'.repeat(150);
    expect(cleanSheetName(long)).toHaveLength(MAX_SHEET_NAME);
    const name = uniqueSheetName(long, (n) => n === 'x'.repeat(100));
    expect(name).toHaveLength(MAX_SHEET_NAME);
    expect(name.endsWith(' (2)')).toBe(true);
  });

  it('removes control characters and quotes, and never returns an empty name', () => {
    expect(cleanSheetName("  Coach's\tmap\n ")).toBe('Coach’s map');
    expect(cleanSheetName('   ')).toBe('Sheet');
  });
});
