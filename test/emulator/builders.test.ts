import { createEmulator } from '../../local/emulator';

const setup = () => {
  const emu = createEmulator();
  const app = emu.globals.SpreadsheetApp;
  const sheet = emu.spreadsheet.insertSheet('S');
  return { emu, app, sheet };
};

describe('data validation', () => {
  test('list rule: criteria, values, allowInvalid, help text', () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Yes', 'No'], true)
      .setAllowInvalid(false)
      .setHelpText('Pick one')
      .build();
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['Yes', 'No'], true]);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(rule.getHelpText()).toBe('Pick one');
    sheet.getRange('A1:A2').setDataValidation(rule);
    expect(sheet.getRange('A2').getDataValidation()?.getCriteriaValues()).toEqual([['Yes', 'No'], true]);
    expect(sheet.getRange('B1').getDataValidation()).toBeNull();
  });

  test('defaults and other criteria', () => {
    const { app } = setup();
    const date = app.newDataValidation().requireDate().build();
    expect(String(date.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    expect(date.getAllowInvalid()).toBe(true);
    expect(date.getHelpText()).toBe('');
    const box = app.newDataValidation().requireCheckbox().build();
    expect(String(box.getCriteriaType())).toBe('CHECKBOX');
    expect(box.getCriteriaValues()).toEqual([]);
    const copy = box.copy().requireNumberBetween(1, 5).build();
    expect(copy.getCriteriaValues()).toEqual([1, 5]);
    expect(String(box.getCriteriaType())).toBe('CHECKBOX');
    expect(() => app.newDataValidation().build()).toThrow();
  });

  test('setDataValidations grid and snapshot', () => {
    const { emu, app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(['a']).build();
    sheet.getRange('A1:B1').setDataValidations([[rule, null]]);
    const v = sheet.getRange('A1:B1').getDataValidations();
    expect(v[0]?.[0]).toBe(rule);
    expect(v[0]?.[1]).toBeNull();
    // The snapshot covers the used area: B1 holds nothing, so it is one column wide.
    expect(emu.sheet('S').snapshot().validations).toEqual([
      [{ criteria: 'VALUE_IN_LIST', values: [['a'], true], allowInvalid: true, helpText: '' }],
    ]);
    expect(() => sheet.getRange('A1').setDataValidation({} as never)).toThrow(
      "don't match the method signature",
    );
  });

  test('insertCheckboxes sets a checkbox rule and false values', () => {
    const { sheet } = setup();
    sheet.getRange('C1:C2').insertCheckboxes();
    expect(sheet.getRange('C1:C2').getValues()).toEqual([[false], [false]]);
    expect(String(sheet.getRange('C2').getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
  });
});

describe('conditional format rules', () => {
  test('builder, getters and setConditionalFormatRules', () => {
    const { emu, app, sheet } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2="Yes"')
      .setBackground('#D9EAD3')
      .setFontColor('#000')
      .setBold(true)
      .setRanges([sheet.getRange('A2:D10'), sheet.getRange('F2:F10')])
      .build();
    const cond = rule.getBooleanCondition();
    expect(String(cond?.getCriteriaType())).toBe('CUSTOM_FORMULA');
    expect(cond?.getCriteriaValues()).toEqual(['=$B2="Yes"']);
    expect(cond?.getBackground()).toBe('#d9ead3');
    expect(cond?.getFontColor()).toBe('#000000');
    expect(cond?.getBold()).toBe(true);
    expect(cond?.getItalic()).toBeNull();
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:D10', 'F2:F10']);
    expect(rule.getGradientCondition()).toBeNull();

    const other = app
      .newConditionalFormatRule()
      .whenNumberGreaterThan(3)
      .setBackground('red')
      .setRanges([sheet.getRange('A1')])
      .build();
    sheet.setConditionalFormatRules([rule, other]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
    expect(emu.sheet('S').snapshot().conditionalFormats[1]).toMatchObject({
      ranges: ['A1'],
      criteria: 'NUMBER_GREATER_THAN',
      values: [3],
      background: '#ff0000',
    });
    sheet.setConditionalFormatRules([other]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
  });

  test('text and date criteria; copy() makes an independent builder', () => {
    const { app } = setup();
    const b = app.newConditionalFormatRule().whenTextEqualTo('Done').setItalic(true);
    const built = b.build();
    const changed = built.copy().whenCellEmpty().build();
    expect(String(built.getBooleanCondition()?.getCriteriaType())).toBe('TEXT_EQUAL_TO');
    expect(String(changed.getBooleanCondition()?.getCriteriaType())).toBe('CELL_EMPTY');
    const rel = app.newConditionalFormatRule().whenDateBefore(app.RelativeDate.TODAY).build();
    expect(String(rel.getBooleanCondition()?.getCriteriaType())).toBe('DATE_BEFORE_RELATIVE');
    expect(() => app.newConditionalFormatRule().setBackground('#fff').build()).toThrow();
  });
});

describe('protections', () => {
  test('range protections: description, warning-only, listing and removal', () => {
    const { emu, app, sheet } = setup();
    const p = sheet.getRange('A1:C1').protect().setDescription('Header').setWarningOnly(true);
    expect(p.getDescription()).toBe('Header');
    expect(p.isWarningOnly()).toBe(true);
    expect(p.canEdit()).toBe(true);
    expect(p.getRange().getA1Notation()).toBe('A1:C1');
    expect(String(p.getProtectionType())).toBe('RANGE');
    const listed = sheet.getProtections(app.ProtectionType.RANGE);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toBe(p);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
    expect(emu.sheet('S').snapshot().protections).toEqual([
      { type: 'RANGE', range: 'A1:C1', description: 'Header', warningOnly: true },
    ]);
    p.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });

  test('a sheet has one sheet protection, covering the whole sheet', () => {
    const { emu, app, sheet } = setup();
    const a = sheet.protect().setDescription('Locked');
    const b = sheet.protect();
    expect(b).toBe(a);
    expect(a.getRange().getA1Notation()).toBe('A1:Z1000');
    expect(emu.spreadsheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(a.getEditors().map((u) => u.getEmail())).toEqual(['teacher@example.org']);
  });
});
