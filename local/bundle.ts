import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { Emulator } from './emulator';

export const DIST = join(__dirname, '..', 'dist');

export interface LoadedBundle {
  /** The vm context the bundle runs in: the emulator's services, and nothing from Node. */
  readonly context: vm.Context;
  /** Calls a top-level function of dist/Code.js, as Apps Script would. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** Whether dist/Code.js declares `name` at top level. */
  has(name: string): boolean;
}

export function readDist(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/**
 * Runs the built bundle the way Apps Script's V8 runtime does: one script in a global scope
 * holding only the services (no require, process, setTimeout, fetch or URL).
 */
export function loadBundle(emu: Emulator, code = readDist('Code.js')): LoadedBundle {
  const context = vm.createContext({ ...emu.globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  const has = (name: string) => vm.runInContext(`typeof ${name} === 'function'`, context) === true;
  const call = <T>(name: string, ...args: unknown[]): T => {
    if (!/^[A-Za-z_$][\w$]*$/.test(name) || !has(name))
      throw new Error(`dist/Code.js has no entry point ${name}`);
    const fn = vm.runInContext(name, context) as (...a: unknown[]) => T;
    return fn(...args);
  };
  // Exceptions are made in the script's realm, and installable triggers call its top-level functions.
  emu.bindContext(context);
  emu.setTriggerTarget((name, event) => call(name, event));
  return {
    context,
    has,
    call,
  };
}
