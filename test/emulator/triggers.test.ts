import { createEmulator, type Emulator } from '../../local/emulator';

const T0 = Date.UTC(2024, 8, 3, 14, 5, 9);
const SHEETS = 'SPREADSHEET' as unknown as GoogleAppsScript.Forms.DestinationType;

/** A linked feedback form and a map of handlers standing in for the add-on's functions. */
function setup(opts: { addonTriggerRules?: boolean } = {}) {
  const emu = createEmulator({ now: T0, user: 'coach@district.org', ...opts });
  const { FormApp, ScriptApp, SpreadsheetApp } = emu.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const form = FormApp.create('Feedback');
  form.addTextItem().setTitle('Name');
  form.addListItem().setTitle('Role').setChoiceValues(['Teacher', 'Coach']);
  form.setDestination(SHEETS, ss.getId());
  const handlers: Record<string, (e: unknown) => unknown> = {};
  emu.setTriggerTarget((name, e) => {
    const fn = handlers[name];
    if (!fn) throw new Error(`no function ${name}`);
    return fn(e);
  });
  return { emu, FormApp, ScriptApp, ss, form, handlers };
}

type SheetsSubmit = GoogleAppsScript.Events.SheetsOnFormSubmit & {
  source: GoogleAppsScript.Spreadsheet.Spreadsheet;
};

describe('ScriptApp triggers', () => {
  test('create, list and delete a spreadsheet form-submit trigger', () => {
    const { emu, ScriptApp, ss } = setup();
    const t = ScriptApp.newTrigger('onResponse').forSpreadsheet(ss).onFormSubmit().create();
    expect(t.getHandlerFunction()).toBe('onResponse');
    expect(String(t.getEventType())).toBe('ON_FORM_SUBMIT');
    expect(t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT).toBe(true);
    expect(String(t.getTriggerSource())).toBe('SPREADSHEETS');
    expect(t.getTriggerSourceId()).toBe(ss.getId());
    expect(t.getUniqueId()).toMatch(/^\d+$/);
    expect(ScriptApp.getProjectTriggers().map((x) => x.getUniqueId())).toEqual([t.getUniqueId()]);
    expect(ScriptApp.getUserTriggers(ss)).toHaveLength(1);
    expect(emu.triggers.list()).toEqual([
      expect.objectContaining({ handler: 'onResponse', eventType: 'ON_FORM_SUBMIT', sourceId: ss.getId() }),
    ]);
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]!);
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    expect(emu.triggers.list()).toEqual([]);
    expect(emu.calls.total('script')).toBeGreaterThan(5);
  });

  test('an add-on gets one trigger of each type per document, for its own file only', () => {
    const { ScriptApp, ss, form, emu } = setup();
    ScriptApp.newTrigger('onResponse').forSpreadsheet(ss.getId()).onFormSubmit().create();
    expect(() => ScriptApp.newTrigger('again').forSpreadsheet(ss).onFormSubmit().create()).toThrow(
      'This add-on has created too many form submit triggers in this document for this Google user account.',
    );
    // Other types are separate.
    ScriptApp.newTrigger('onEdited').forSpreadsheet(ss).onEdit().create();
    ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(6).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    expect(() => ScriptApp.newTrigger('x').timeBased().everyMinutes(5).create()).toThrow('once per hour');
    const other = emu.globals.SpreadsheetApp.create('Other');
    expect(() => ScriptApp.newTrigger('x').forSpreadsheet(other).onEdit().create()).toThrow(
      'Add-ons can only create triggers for the file in which the add-on is used.',
    );
    expect(() => ScriptApp.newTrigger('x').forForm(form).onFormSubmit().create()).toThrow(
      'only create triggers',
    );
    // Deleting frees the slot.
    const submitTrigger = ScriptApp.getProjectTriggers().find(
      (t) => String(t.getEventType()) === 'ON_FORM_SUBMIT',
    )!;
    ScriptApp.deleteTrigger(submitTrigger);
    ScriptApp.newTrigger('again').forSpreadsheet(ss).onFormSubmit().create();
  });

  test('a plain script may have 20 triggers; everyMinutes takes 1, 5, 10, 15 or 30', () => {
    const { ScriptApp } = setup({ addonTriggerRules: false });
    expect(() => ScriptApp.newTrigger('x').timeBased().everyMinutes(7)).toThrow('1, 5, 10, 15 or 30');
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyMinutes(5).create();
    expect(() => ScriptApp.newTrigger('f20').timeBased().everyMinutes(5).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(() => ScriptApp.newTrigger('y').timeBased().create()).toThrow('exactly one schedule');
  });

  test('a submission fires the trigger with the Sheets form-submit event; the handler is counted', () => {
    const { emu, ScriptApp, ss, form, handlers } = setup();
    const trigger = ScriptApp.newTrigger('onResponse').forSpreadsheet(ss).onFormSubmit().create();
    const seen: SheetsSubmit[] = [];
    handlers.onResponse = (e) => {
      const ev = e as SheetsSubmit;
      seen.push(ev);
      // The handler's own calls run with full authorization and are counted.
      ev.range.getSheet().getRange(ev.range.getRow(), 4).setValue('processed');
      return 'ok';
    };
    emu.authMode = 'LIMITED';
    emu.calls.reset();
    const res = emu.forms.submit(form.getId(), { Name: 'Ana', Role: 'Coach' });
    expect(emu.authMode).toBe('LIMITED');
    expect(res.executions).toHaveLength(1);
    expect(res.executions[0]).toMatchObject({ ok: true, result: 'ok', functionName: 'onResponse' });
    const e = seen[0]!;
    expect(String(e.authMode)).toBe('FULL');
    expect(e.triggerUid).toBe(trigger.getUniqueId());
    expect(e.values).toEqual(['9/3/2024 10:05:09', 'Ana', 'Coach']);
    expect(e.namedValues).toEqual({ Timestamp: ['9/3/2024 10:05:09'], Name: ['Ana'], Role: ['Coach'] });
    expect(e.range.getA1Notation()).toBe('A2:C2');
    expect(e.range.getSheet().getName()).toBe('Form Responses 1');
    expect(e.source.getId()).toBe(ss.getId());
    expect(ss.getSheetByName('Form Responses 1')!.getRange('D2').getValue()).toBe('processed');
    expect(emu.calls.get('Range.setValue')).toBe(1);
    expect(emu.triggers.executions).toHaveLength(1);
  });

  test('a handler that throws is recorded and logged, not rethrown; no target is an error', () => {
    const { emu, ScriptApp, ss, form, handlers } = setup();
    ScriptApp.newTrigger('onResponse').forSpreadsheet(ss).onFormSubmit().create();
    handlers.onResponse = () => {
      throw new Error('boom');
    };
    const res = emu.forms.submit(form.getId(), { Name: 'Ana' });
    expect(res.executions[0]!.ok).toBe(false);
    expect(String(res.executions[0]!.error)).toBe('Error: boom');
    expect(emu.logs.at(-1)).toMatchObject({ level: 'error', text: 'Error: boom' });
    expect(res.row).toBe(2);
    emu.setTriggerTarget(null);
    expect(() => emu.forms.submit(form.getId(), { Name: 'Bo' })).toThrow('emu.setTriggerTarget');
  });

  test('clock triggers fire on fireTimeBased; a one-off "after" trigger only when due, once', () => {
    const { emu, ScriptApp, handlers } = setup({ addonTriggerRules: false });
    const calls: string[] = [];
    handlers.hourly = (e) => calls.push(`hourly@${(e as { hour: number }).hour}`);
    handlers.later = () => calls.push('later');
    ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('later')
      .timeBased()
      .after(30 * 60 * 1000)
      .create();
    emu.triggers.fireTimeBased();
    expect(calls).toEqual(['hourly@14']);
    emu.advanceClock(60 * 60 * 1000);
    emu.triggers.fireTimeBased();
    emu.triggers.fireTimeBased();
    expect(calls).toEqual(['hourly@14', 'hourly@15', 'later', 'hourly@15']);
  });

  test('Forms-source triggers get the FormResponse (plain scripts only)', () => {
    const { emu, ScriptApp, form, handlers } = setup({ addonTriggerRules: false });
    ScriptApp.newTrigger('onFormResponse').forForm(form).onFormSubmit().create();
    let got: GoogleAppsScript.Events.FormsOnFormSubmit | undefined;
    handlers.onFormResponse = (e) => {
      got = e as GoogleAppsScript.Events.FormsOnFormSubmit;
    };
    emu.forms.submit(form.getId(), { Role: 'Teacher' });
    expect(got!.source.getId()).toBe(form.getId());
    expect(got!.response.getItemResponses().map((r) => r.getResponse())).toEqual(['Teacher']);
  });

  test('emu.triggers.fire runs any trigger with a default event', () => {
    const { emu, ScriptApp, ss, handlers } = setup();
    const t = ScriptApp.newTrigger('onEdited').forSpreadsheet(ss).onEdit().create();
    let e: Record<string, unknown> = {};
    handlers.onEdited = (x) => {
      e = x as Record<string, unknown>;
    };
    emu.triggers.fire(t.getUniqueId(), { value: 'x' });
    expect(e).toMatchObject({ authMode: 'FULL', triggerUid: t.getUniqueId(), value: 'x' });
  });

  test('authorization info and auth modes', () => {
    const emu = createEmulator();
    const { ScriptApp } = emu.globals;
    expect(String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus())).toBe(
      'NOT_REQUIRED',
    );
    emu.authorizationRequired = true;
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(ScriptApp.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizationUrl()).toMatch(/^https:/);
    emu.authMode = 'LIMITED';
    expect(() => ScriptApp.newTrigger('x')).toThrow(
      'You do not have permission to call ScriptApp.newTrigger.',
    );
  });
});

describe('overlapping executions', () => {
  /** A handler that takes the document lock for its whole run, as the add-on should. */
  function lockingHandler(emu: Emulator, log: string[], wait: 'try' | 'wait') {
    return (e: unknown) => {
      const name = (e as SheetsSubmit).namedValues.Name?.[0];
      const lock = emu.globals.LockService.getDocumentLock();
      if (wait === 'try') {
        if (!lock.tryLock(5000)) {
          log.push(`${name}: busy`);
          return 'busy';
        }
      } else {
        lock.waitLock(5000);
      }
      log.push(`${name}: locked`);
      (e as SheetsSubmit).range.offset(0, 3, 1, 1).setValue('done');
      log.push(`${name}: done`);
      lock.releaseLock();
      return 'done';
    };
  }

  test('two submissions at once: rows first, then the second run finds the lock held', () => {
    const { emu, ScriptApp, ss, form, handlers } = setup();
    ScriptApp.newTrigger('onResponse').forSpreadsheet(ss).onFormSubmit().create();
    const log: string[] = [];
    handlers.onResponse = (e) => {
      // Both rows are already on the sheet when the first handler runs.
      log.push(`rows=${(e as SheetsSubmit).range.getSheet().getLastRow()}`);
      return lockingHandler(emu, log, 'try')(e);
    };
    const t0 = emu.now().getTime();
    const results = emu.forms.submitConcurrently(form.getId(), [{ Name: 'Ana' }, { Name: 'Bo' }]);
    expect(results.map((r) => r.row)).toEqual([2, 3]);
    expect(log).toEqual(['rows=3', 'rows=3', 'Bo: busy', 'Ana: locked', 'Ana: done']);
    expect(results.map((r) => r.executions[0]!.result)).toEqual(['done', 'busy']);
    // Bo waited its full timeout on the emulated clock.
    expect(emu.now().getTime() - t0).toBe(5000);
    const tab = ss.getSheetByName('Form Responses 1')!;
    expect(tab.getRange('D2:D3').getValues()).toEqual([['done'], ['']]);
    // Nothing is left holding the lock.
    expect(emu.globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  test('waitLock in the overlapped run throws the real timeout, recorded on its execution', () => {
    const { emu, ScriptApp, ss, form, handlers } = setup();
    ScriptApp.newTrigger('onResponse').forSpreadsheet(ss).onFormSubmit().create();
    const log: string[] = [];
    handlers.onResponse = lockingHandler(emu, log, 'wait');
    const results = emu.forms.submitConcurrently(form.getId(), [
      { Name: 'Ana' },
      { Name: 'Bo' },
      { Name: 'Cy' },
    ]);
    expect(results.map((r) => r.executions[0]!.ok)).toEqual([true, false, false]);
    expect(String(results[1]!.executions[0]!.error)).toBe(
      'Exception: Lock timeout: another process was holding the lock for too long.',
    );
    expect(log).toEqual(['Ana: locked', 'Ana: done']);
  });

  test('fireOverlapping: the others run while the first holds the lock; runs without locks are sequential', () => {
    const { emu, handlers } = setup();
    const order: string[] = [];
    handlers.a = () => {
      order.push('a:start');
      const lock = emu.globals.LockService.getScriptLock();
      lock.waitLock(1000);
      order.push('a:locked');
      lock.releaseLock();
    };
    handlers.b = () => {
      order.push('b:start');
      order.push(`b:${emu.globals.LockService.getScriptLock().tryLock(100)}`);
    };
    handlers.c = () => order.push('c');
    const recs = emu.triggers.fireOverlapping([
      { functionName: 'a' },
      { functionName: 'b' },
      { functionName: 'c' },
    ]);
    expect(order).toEqual(['a:start', 'b:start', 'b:false', 'c', 'a:locked']);
    expect(recs.map((r) => r.functionName)).toEqual(['a', 'b', 'c']);
    expect(recs.every((r) => r.ok)).toBe(true);
    // Without locks nothing overlaps.
    order.length = 0;
    emu.triggers.fireOverlapping([{ functionName: 'c' }, { functionName: 'b' }]);
    expect(order).toEqual(['c', 'b:start', 'b:true']);
  });
});
