/**
 * The script's clock. Apps Script code reads the time with `new Date()` and `Date.now()`; in the
 * emulator both read the emulated clock (`emu.now()`: the fixed start or real time, plus what
 * sleeps, lock waits and, with quotas on, service calls added), so that times the add-on records
 * and compares agree with the emulator's own (trigger runs, locks, quotas). Everything else about
 * `Date` is the host's: `new Date(ms)`, `Date.UTC`, `Date.parse`, and dates are host Dates, so
 * `instanceof Date` holds for them in the add-on and in the test.
 */
import type { Runtime } from '../state/runtime';

/** A `Date` global whose `new Date()`, `Date()` and `Date.now()` read `rt.now()`. */
export function emulatedDate(rt: Runtime): DateConstructor {
  const Host = Date;
  function EmuDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new Host(rt.now()).toString();
    return args.length === 0 ? new Host(rt.now()) : new (Host as new (...a: unknown[]) => Date)(...args);
  }
  EmuDate.prototype = Host.prototype;
  EmuDate.now = () => rt.now();
  EmuDate.parse = Host.parse.bind(Host);
  EmuDate.UTC = Host.UTC.bind(Host);
  return EmuDate as unknown as DateConstructor;
}
