import vm from 'node:vm';
import { openAddon } from '../addon';
import type { LoadedBundle } from '../bundle';
import { submitSampleResponses } from '../demo';
import type { Emulator, MenuEntry } from '../emulator';
import { captureSheet, tabKinds } from '../output/capture';
import { renderTab } from '../output/report';
import type { SheetView, TabKind } from '../output/view';
import { callLikeScriptRun } from '../scriptRun';

/**
 * One emulated spreadsheet with the built add-on in it, as the preview serves it: what a user
 * does in Sheets (menu items, the sidebar's google.script.run calls, selecting and typing into
 * cells) and what respondents do in Forms, each a method; and what the screen shows after it.
 */

/** Something the add-on showed: an alert, a toast, a dialog (by its index) or the sidebar. */
export type UiEvent =
  | { seq: number; type: 'alert'; title: string; prompt: string }
  | { seq: number; type: 'toast'; title: string; message: string }
  | { seq: number; type: 'dialog'; index: number; title: string; width: number; height: number }
  | { seq: number; type: 'sidebar'; title: string };

export interface MenuItemView {
  readonly caption: string;
  /** The function the item runs; null for a separator. */
  readonly fn: string | null;
}

export interface PreviewState {
  /** Goes up after every action, so a page knows when to redraw. */
  readonly version: number;
  readonly spreadsheet: string;
  readonly menus: readonly { caption: string; items: readonly MenuItemView[] }[];
  readonly tabs: readonly { name: string; kind: TabKind }[];
  readonly active: string;
  readonly selection: string | null;
  readonly forms: readonly { id: string; title: string; responses: number; tab: string | null }[];
  readonly events: readonly UiEvent[];
}

export type RunResult = { ok: true; value: unknown } | { ok: false; message: string };

const errorText = (e: unknown): string => {
  // Errors thrown in the bundle belong to the vm's realm, so `instanceof Error` would miss them.
  const message = (e as { message?: unknown })?.message;
  return typeof message === 'string' ? message : String(e);
};

function menuItems(entries: readonly MenuEntry[]): MenuItemView[] {
  return entries.flatMap((e): MenuItemView[] => {
    if ('separator' in e) return [{ caption: '---', fn: null }];
    if ('submenu' in e) return menuItems(e.submenu.items);
    return [{ caption: e.caption, fn: e.functionName }];
  });
}

/**
 * Makes the script's `new Date()` and `Date.now()` read the emulated clock, so a fixed `now`
 * fixes the times the add-on writes too ("Last updated"). A Proxy keeps `instanceof Date` true
 * for the dates the emulator hands the script.
 */
function freezeScriptClock(context: vm.Context, now: () => number): void {
  const install = vm.runInContext(
    `(function (now) {
      const RealDate = Date;
      globalThis.Date = new Proxy(RealDate, {
        construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now()], newTarget),
        apply: () => new RealDate(now()).toString(),
        get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
      });
    })`,
    context,
  ) as (now: () => number) => void;
  install(now);
}

export class PreviewSession {
  readonly emu: Emulator;
  readonly addon: LoadedBundle;
  private version = 0;
  private readonly events: UiEvent[] = [];
  private seen = { alerts: 0, toasts: 0, dialogs: 0, sidebars: 0 };
  private samples = 0;
  private selection: string | null = null;

  /** `now` fixes the emulated clock's start (screenshots that only change when the content does). */
  constructor(opts: { spreadsheetName?: string; now?: Date | number } = {}) {
    ({ emu: this.emu, addon: this.addon } = openAddon({
      spreadsheetName: opts.spreadsheetName ?? 'Professional learning (preview)',
      now: opts.now,
    }));
    if (opts.now !== undefined) freezeScriptClock(this.addon.context, () => this.emu.now().getTime());
    this.addon.call('showSidebar');
    this.collectUi();
  }

  /** Records what the add-on showed since the last action. */
  private collectUi(): void {
    const ui = this.emu.ui;
    const next = () => this.events.length + 1;
    for (const a of ui.alerts.slice(this.seen.alerts))
      this.events.push({ seq: next(), type: 'alert', title: a.title ?? '', prompt: a.prompt });
    for (const t of ui.toasts.slice(this.seen.toasts))
      this.events.push({ seq: next(), type: 'toast', title: t.title, message: t.message });
    ui.dialogs.slice(this.seen.dialogs).forEach((d, i) => {
      const index = this.seen.dialogs + i;
      this.events.push({
        seq: next(),
        type: 'dialog',
        index,
        title: d.title,
        width: d.width,
        height: d.height,
      });
    });
    for (const s of ui.sidebars.slice(this.seen.sidebars))
      this.events.push({ seq: next(), type: 'sidebar', title: s.title });
    this.seen = {
      alerts: ui.alerts.length,
      toasts: ui.toasts.length,
      dialogs: ui.dialogs.length,
      sidebars: ui.sidebars.length,
    };
    this.version++;
  }

  private act<T>(fn: () => T): T {
    try {
      return fn();
    } finally {
      this.collectUi();
    }
  }

  /** A google.script.run call from the sidebar or a dialog. Names ending in "_" are private in Apps Script. */
  run(name: string, args: unknown[]): RunResult {
    if (name.endsWith('_') || !this.addon.has(name))
      return { ok: false, message: `Script function not found: ${name}` };
    return this.act(() => {
      try {
        return { ok: true, value: callLikeScriptRun(this.addon, name, ...args) };
      } catch (e) {
        return { ok: false, message: errorText(e) };
      }
    });
  }

  /** Runs an item of the add-on menu, as clicking it in Extensions does. */
  menu(fn: string): RunResult {
    const items = this.emu.ui.menus.flatMap((m) => menuItems(m.items));
    if (!items.some((i) => i.fn === fn)) return { ok: false, message: `No menu item runs ${fn}.` };
    return this.act(() => {
      try {
        return { ok: true, value: this.addon.call(fn) ?? null };
      } catch (e) {
        // Sheets shows an uncaught error from a menu item in an error bar.
        this.events.push({
          seq: this.events.length + 1,
          type: 'alert',
          title: 'Error',
          prompt: errorText(e),
        });
        return { ok: false, message: errorText(e) };
      }
    });
  }

  /** The user clicks a tab. */
  activateSheet(name: string): void {
    this.act(() => {
      const sheet = this.emu.spreadsheet.getSheetByName(name);
      if (!sheet) throw new Error(`No tab named "${name}".`);
      sheet.activate();
      this.selection = null;
    });
  }

  /** The user selects cells (A1 notation) on a tab. */
  select(sheetName: string, a1: string): void {
    this.act(() => {
      const sheet = this.emu.spreadsheet.getSheetByName(sheetName);
      if (!sheet) throw new Error(`No tab named "${sheetName}".`);
      sheet.getRange(a1).activate();
      this.selection = `${sheetName}!${a1}`;
    });
  }

  /** The user types into a cell: Sheets parses what was typed (numbers, TRUE, =formulas). */
  edit(sheetName: string, a1: string, typed: string): void {
    this.act(() => {
      const sheet = this.emu.spreadsheet.getSheetByName(sheetName);
      if (!sheet) throw new Error(`No tab named "${sheetName}".`);
      sheet.getRange(a1).setValue(typed);
    });
  }

  /** Respondents answer a Form through the emulated Google Forms (sample answers from its choices). */
  respond(formId: string, count: number): { submitted: number; tab: string | null } {
    if (!Number.isInteger(count) || count < 1 || count > 500)
      throw new Error('Respondents: give a number of responses from 1 to 500.');
    return this.act(() => {
      this.samples++;
      const submitted = submitSampleResponses(this.emu, formId, count, 100 + this.samples);
      const form = this.emu.forms.list().find((f) => f.id === formId);
      return { submitted, tab: form?.responseSheet ?? null };
    });
  }

  state(since = 0): PreviewState {
    const ss = this.emu.spreadsheet;
    return {
      version: this.version,
      spreadsheet: ss.getName(),
      menus: this.emu.ui.menus.map((m) => ({ caption: m.caption, items: menuItems(m.items) })),
      tabs: tabKinds(this.emu),
      active: ss.getActiveSheet().getName(),
      selection: this.selection,
      forms: this.emu.forms
        .list()
        .filter((f) => f.destinationId === ss.getId())
        .map((f) => ({ id: f.id, title: f.title, responses: f.responses, tab: f.responseSheet })),
      events: this.events.filter((e) => e.seq > since),
    };
  }

  /** One tab as the report draws it, with row numbers and column letters, or null when there is none. */
  tab(name: string): SheetView | null {
    return captureSheet(this.emu, name);
  }

  tabHtml(name: string): string | null {
    const view = this.tab(name);
    return view ? renderTab(view, { headers: true, minRows: 40, minColumns: 8 }) : null;
  }

  /** The HTML the add-on passed to HtmlService for a dialog it showed. */
  dialogHtml(index: number): string | null {
    return this.emu.ui.dialogs[index]?.html ?? null;
  }
}
