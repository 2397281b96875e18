/** What the editor UI showed: menus, alerts, prompts, sidebars, dialogs, toasts; and the log. */

export type ButtonName = 'ok' | 'cancel' | 'yes' | 'no' | 'close';

export type MenuEntry =
  | { readonly caption: string; readonly functionName: string }
  | { readonly separator: true }
  | { readonly submenu: MenuRecord };

export interface MenuRecord {
  readonly caption: string;
  /** True for `createAddonMenu()` (shown under Extensions), false for `createMenu(caption)`. */
  readonly addon: boolean;
  readonly items: readonly MenuEntry[];
}

export interface AlertRecord {
  readonly title?: string;
  readonly prompt: string;
  readonly buttons?: string;
}

export interface UiState {
  menus: MenuRecord[];
  alerts: AlertRecord[];
  prompts: AlertRecord[];
  sidebars: { title: string; html: string; width: number }[];
  dialogs: { title: string; html: string; width: number; height: number; modal: boolean }[];
  toasts: { message: string; title: string; timeoutSeconds: number | null }[];
  /** The button every `alert` returns. */
  alertResponse: ButtonName;
  /** Answers for `prompt`, taken in order; when empty a prompt is closed with no text. */
  promptResponses: { button: ButtonName; text: string }[];
}

export function emptyUi(): UiState {
  return {
    menus: [],
    alerts: [],
    prompts: [],
    sidebars: [],
    dialogs: [],
    toasts: [],
    alertResponse: 'ok',
    promptResponses: [],
  };
}

export interface LogEntry {
  readonly level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  readonly text: string;
  readonly args: readonly unknown[];
}
