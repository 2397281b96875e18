/**
 * Time and quotas: the script's clock, responses arriving over time with their trigger runs
 * overlapping in emulated time, the daily trigger runtime, 6 minutes per run and 30 simultaneous
 * runs per user; and what an add-on's trigger runs may do (a clock trigger's missing document,
 * triggers made from inside a trigger run).
 */
import { createEmulator, type EmulatorOptions } from '../../local/emulator';
import {
  CALL_COST_MS,
  MAX_TIME_EXCEEDED,
  START_COST_MS,
  TOO_MANY_SIMULTANEOUS,
  TOO_MUCH_TIME,
} from '../../local/emulator/behaviour/quotas';

const T0 = Date.UTC(2026, 2, 2, 14, 0, 0);
const SHEETS = 'SPREADSHEET' as unknown as GoogleAppsScript.Forms.DestinationType;

function setup(opts: EmulatorOptions = {}) {
  const emu = createEmulator({ now: T0, user: 'lead@district.org', ...opts });
  const { FormApp, ScriptApp, SpreadsheetApp } = emu.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const form = FormApp.create('Feedback');
  form.addTextItem().setTitle('Name');
  form.setDestination(SHEETS, ss.getId());
  const handlers: Record<string, (e: unknown) => unknown> = {};
  emu.setTriggerTarget((name, e) => handlers[name]!(e));
  return { emu, ScriptApp, ss, form, handlers, g: emu.globals };
}

const names = (n: number) => Array.from({ length: n }, (_, i) => ({ Name: `P${i}` }));

describe("the script's clock", () => {
  test('new Date() and Date.now() read the emulated clock; other Dates are plain Dates', () => {
    const { emu, g } = setup();
    const D = g.Date;
    expect(new D().getTime()).toBe(T0);
    g.Utilities.sleep(1500);
    expect(D.now()).toBe(T0 + 1500);
    expect(new D(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new D() instanceof Date).toBe(true);
    expect(typeof D()).toBe('string');
    expect(D.UTC(2026, 0, 1)).toBe(Date.UTC(2026, 0, 1));
    expect(emu.now().getTime()).toBe(T0 + 1500);
  });
});

describe('responses over time', () => {
  test('each row is written at its moment and its run starts then, on its own clock', () => {
    const { emu, ScriptApp, ss, form, handlers } = setup();
    ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
    const seen: [number, number][] = [];
    handlers.onSubmit = (e) => {
      const rows = (e as { range: GoogleAppsScript.Spreadsheet.Range }).range.getSheet().getLastRow();
      seen.push([emu.globals.Date.now() - T0, rows]);
      emu.globals.Utilities.sleep(2500); // a run that outlasts the gap to the next response
      seen.push([emu.globals.Date.now() - T0, ss.getSheetByName('Form Responses 1')!.getLastRow()]);
    };
    const results = emu.forms.submitOverTime(form.getId(), names(3), { intervalMs: 1000 });
    expect(results.map((r) => r.row)).toEqual([2, 3, 4]);
    // The first run sees its own row; by its end (2.5 s) the next two have arrived.
    expect(seen).toEqual([
      [0, 2],
      [2500, 4],
      [1000, 4],
      [3500, 4],
      [2000, 4],
      [4500, 4],
    ]);
    expect(results.map((r) => r.executions[0]!.startedAt - T0)).toEqual([0, 1000, 2000]);
    // The world's clock ends with the last run.
    expect(emu.now().getTime() - T0).toBe(4500);
  });

  test('a run that starts while an earlier one holds the lock waits for it on its own clock', () => {
    const { emu, ScriptApp, ss, form, handlers } = setup();
    ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
    const got: [boolean, number][] = [];
    handlers.onSubmit = () => {
      const lock = emu.globals.LockService.getDocumentLock();
      const ok = lock.tryLock(1500);
      got.push([ok, emu.globals.Date.now() - T0]);
      if (ok) {
        emu.globals.Utilities.sleep(3000);
        lock.releaseLock();
      }
    };
    emu.forms.submitOverTime(form.getId(), names(3), { intervalMs: 1000 });
    // #1 holds 0-3000; #2 (from 1000) gives up at 2500; #3 (from 2000) gets it at 3000.
    expect(got).toEqual([
      [true, 0],
      [false, 2500],
      [true, 3000],
    ]);
  });
});

describe('quotas', () => {
  test('calls take emulated time; a run counts its time against the daily trigger runtime', () => {
    const { emu, ScriptApp, ss, form, handlers } = setup({ quotas: 'consumer' });
    ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
    handlers.onSubmit = () => {
      emu.globals.PropertiesService.getDocumentProperties().getProperty('x');
    };
    const r = emu.forms.submit(form.getId(), { Name: 'Ana' });
    const run = r.executions[0]!;
    const expected = START_COST_MS + 2 * CALL_COST_MS.properties;
    expect(run.endedAt - run.startedAt).toBe(expected);
    expect(emu.triggerTime()).toEqual({ usedMs: expected, limitMs: 90 * 60_000 });
    expect(createEmulator({ quotas: 'workspace' }).triggerTime()?.limitMs).toBe(360 * 60_000);
    expect(createEmulator().triggerTime()).toBeNull();
  });

  test('a run past 6 minutes stops at its next call with the real message', () => {
    const { emu, ScriptApp, ss, form, handlers } = setup({ quotas: 'workspace' });
    ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
    let reached = false;
    handlers.onSubmit = () => {
      emu.globals.Utilities.sleep(6 * 60_000);
      ss.getName();
      reached = true;
    };
    const run = emu.forms.submit(form.getId(), { Name: 'Ana' }).executions[0]!;
    expect(run.ok).toBe(false);
    expect(String(run.error)).toBe(`Exception: ${MAX_TIME_EXCEEDED}`);
    expect(reached).toBe(false);
  });

  test('once the day’s trigger time is used up, runs fail until the window resets', () => {
    const { emu, ScriptApp, ss, form, handlers } = setup({ quotas: 'consumer' });
    ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
    handlers.onSubmit = () => {
      emu.globals.Utilities.sleep(5 * 60_000);
      ss.getName();
    };
    const runs = names(20).map((a) => emu.forms.submit(form.getId(), a).executions[0]!);
    const failed = runs.filter((r) => !r.ok);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((r) => String(r.error) === `Exception: ${TOO_MUCH_TIME}`)).toBe(true);
    expect(emu.triggerTime()!.usedMs).toBeGreaterThanOrEqual(90 * 60_000);
    emu.advanceClock(24 * 3_600_000);
    expect(emu.forms.submit(form.getId(), { Name: 'Next day' }).executions[0]!.ok).toBe(true);
  });

  test('runs that wait 20 s for a lock during a burst exceed 30 simultaneous runs', () => {
    const { emu, ScriptApp, ss, form, handlers } = setup({ quotas: 'consumer' });
    ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
    // The old way: every run queues for the lock for up to 20 s, then works for 5 s.
    handlers.onSubmit = () => {
      const lock = emu.globals.LockService.getDocumentLock();
      if (!lock.tryLock(20_000)) return 'busy';
      emu.globals.Utilities.sleep(5000);
      lock.releaseLock();
      return 'done';
    };
    const results = emu.forms.submitOverTime(form.getId(), names(120), { intervalMs: 400 });
    const errors = results.map((r) => r.executions[0]!).filter((e) => !e.ok);
    expect(errors.length).toBeGreaterThan(0);
    expect(String(errors[0]!.error)).toBe(`Exception: ${TOO_MANY_SIMULTANEOUS}`);
    // The same burst with runs that return at once never comes near the limit.
    const quick = setup({ quotas: 'consumer' });
    quick.ScriptApp.newTrigger('onSubmit').forSpreadsheet(quick.ss).onFormSubmit().create();
    quick.handlers.onSubmit = () => 'deferred';
    const fine = quick.emu.forms.submitOverTime(quick.form.getId(), names(120), { intervalMs: 400 });
    expect(fine.every((r) => r.executions[0]!.ok)).toBe(true);
  });
});

describe("an add-on's trigger runs", () => {
  test('a time-driven run has no document: no active spreadsheet, document properties or lock', () => {
    const { emu, ScriptApp, handlers, g } = setup();
    ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
    const seen: unknown[] = [];
    handlers.hourly = () => {
      seen.push(
        g.SpreadsheetApp.getActiveSpreadsheet(),
        g.PropertiesService.getDocumentProperties(),
        g.LockService.getDocumentLock(),
      );
    };
    emu.triggers.fireTimeBased();
    expect(seen).toEqual([null, null, null]);
    // Modelled the other way on request.
    const withDoc = setup({ clockTriggerDocument: true });
    withDoc.ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
    withDoc.handlers.hourly = () => withDoc.g.SpreadsheetApp.getActiveSpreadsheet().getId();
    expect(withDoc.emu.triggers.fireTimeBased()[0]!.result).toBe(withDoc.ss.getId());
  });

  test('a trigger made from inside a trigger run is listed but disabled, and never fires', () => {
    // With its document, or the add-on could not make a trigger for the spreadsheet at all.
    const { emu, ScriptApp, ss, form, handlers } = setup({ clockTriggerDocument: true });
    ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
    handlers.hourly = () => {
      ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
    };
    handlers.onSubmit = () => 'ran';
    emu.triggers.fireTimeBased();
    const made = emu.triggers.list().find((t) => t.handler === 'onSubmit')!;
    expect(made.disabled).toBe(true);
    expect(emu.forms.submit(form.getId(), { Name: 'Ana' }).executions).toEqual([]);
    expect(() => emu.triggers.fire(made.id)).toThrow(/disabled/);
    // Made outside a trigger run (from the sidebar), it fires.
    ScriptApp.deleteTrigger(
      ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'onSubmit')!,
    );
    ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
    expect(emu.forms.submit(form.getId(), { Name: 'Bo' }).executions[0]!.result).toBe('ran');
  });

  test('a trigger runs as the user who made it', () => {
    const { emu, ScriptApp, ss, form, handlers, g } = setup();
    emu.drive.share(ss.getId(), 'coach@district.org', 'editor');
    emu.asUser('coach@district.org', () =>
      ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create(),
    );
    handlers.onSubmit = () => g.Session.getEffectiveUser().getEmail();
    expect(emu.forms.submit(form.getId(), { Name: 'Ana' }).executions[0]!.result).toBe('coach@district.org');
    expect(emu.user).toBe('lead@district.org');
  });
});
