/**
 * The editor UI from SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs, all
 * recorded in `emu.ui`. Alerts and prompts answer with what the test configured.
 */
import { Button, ButtonSet } from '../state/enums';
import type { Runtime } from '../state/runtime';
import type { ButtonName, MenuEntry, MenuRecord } from '../state/ui';
import { provide } from './factory';
import { facadeCache, instrument } from './instrument';

type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;
type GButton = GoogleAppsScript.Base.Button;
type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

/** Sidebars are always 300 px wide in Sheets, whatever the output's width. */
export const SIDEBAR_WIDTH = 300;

const BUTTONS: Record<ButtonName, string> = {
  ok: Button.OK,
  cancel: Button.CANCEL,
  yes: Button.YES,
  no: Button.NO,
  close: Button.CLOSE,
};

export class Menu implements GMenu {
  readonly items: MenuEntry[] = [];

  constructor(
    readonly rt: Runtime,
    readonly caption: string,
    readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): GMenu {
    if (typeof functionName !== 'string' || functionName === '') {
      throw this.rt.error(
        "The parameters (String,Object) don't match the method signature for Menu.addItem.",
      );
    }
    this.items.push({ caption: String(caption), functionName });
    return this;
  }
  addSeparator(): GMenu {
    this.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: GMenu): GMenu {
    if (!(menu instanceof Menu))
      throw this.rt.error("The parameters (Object) don't match the method signature for Menu.addSubMenu.");
    this.items.push({ submenu: menu._record() });
    return this;
  }
  /** Adding the same menu again replaces its earlier record, as re-adding updates the real menu. */
  addToUi(): void {
    const menus = this.rt.ui.menus;
    const i = menus.findIndex((m) => m.caption === this.caption && m.addon === this.addon);
    if (i >= 0) menus.splice(i, 1, this._record());
    else menus.push(this._record());
  }

  _record(): MenuRecord {
    return {
      caption: this.caption,
      addon: this.addon,
      items: this.items.map((e) => ('submenu' in e ? { submenu: e.submenu } : { ...e })),
    };
  }
}

export class PromptResponse implements GoogleAppsScript.Base.PromptResponse {
  constructor(
    readonly rt: Runtime,
    private readonly text: string,
    private readonly button: string,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): GButton {
    return this.button as unknown as GButton;
  }
}

/** Splits (prompt), (prompt, buttons) and (title, prompt, buttons). */
function dialogArgs(
  a: string,
  b?: unknown,
  c?: unknown,
): { title?: string; prompt: string; buttons?: string } {
  if (c !== undefined) return { title: String(a), prompt: String(b), buttons: String(c) };
  if (b !== undefined) return { prompt: String(a), buttons: String(b) };
  return { prompt: String(a) };
}

export class Ui
  implements
    Pick<
      GUi,
      | 'alert'
      | 'prompt'
      | 'createAddonMenu'
      | 'createMenu'
      | 'showSidebar'
      | 'showModalDialog'
      | 'showModelessDialog'
    >
{
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;

  constructor(
    readonly rt: Runtime,
    readonly addonName: string,
  ) {}

  alert(a: string, b?: unknown, c?: unknown): GButton {
    this.rt.ui.alerts.push(dialogArgs(a, b, c));
    return BUTTONS[this.rt.ui.alertResponse] as unknown as GButton;
  }
  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    this.rt.ui.prompts.push(dialogArgs(a, b, c));
    const answer = this.rt.ui.promptResponses.shift() ?? { button: 'close', text: '' };
    return new PromptResponse(this.rt, answer.text, BUTTONS[answer.button]);
  }
  createAddonMenu(): GMenu {
    return new Menu(this.rt, this.addonName, true);
  }
  createMenu(caption: string): GMenu {
    return new Menu(this.rt, String(caption), false);
  }
  showSidebar(userInterface: GHtmlOutput): void {
    const html = this._html(userInterface, 'showSidebar');
    this.rt.ui.sidebars.push({ title: html.getTitle(), html: html.getContent(), width: SIDEBAR_WIDTH });
  }
  showModalDialog(userInterface: GHtmlOutput, title: string): void {
    this._dialog(userInterface, title, true);
  }
  showModelessDialog(userInterface: GHtmlOutput, title: string): void {
    this._dialog(userInterface, title, false);
  }

  _dialog(userInterface: GHtmlOutput, title: string, modal: boolean): void {
    const html = this._html(userInterface, modal ? 'showModalDialog' : 'showModelessDialog');
    this.rt.ui.dialogs.push({
      title: String(title),
      html: html.getContent(),
      width: html.getWidth(),
      height: html.getHeight(),
      modal,
    });
  }
  _html(v: unknown, method: string): GHtmlOutput {
    const o = v as Partial<GHtmlOutput> | null;
    if (!o || typeof o.getContent !== 'function' || typeof o.getTitle !== 'function') {
      throw this.rt.error(`The parameters (${typeof v}) don't match the method signature for Ui.${method}.`);
    }
    return o as GHtmlOutput;
  }
}

instrument(Ui, 'Ui', 'ui');
instrument(Menu, 'Menu', 'ui');
instrument(PromptResponse, 'PromptResponse', 'ui');

/** One Ui per emulator; the add-on menu is captioned with the add-on's name. */
provide({ ui: facadeCache((rt: Runtime) => new Ui(rt, rt.addonName) as unknown as GUi) });
