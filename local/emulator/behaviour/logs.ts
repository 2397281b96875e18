/** The execution log: `%s`-style substitution as Logger.log and console.log do it, recorded in `emu.logs`. */
import { inspect } from 'node:util';
import type { Runtime } from '../state/runtime';
import type { LogEntry } from '../state/ui';
import { isDate } from './dates';

export function formatMessage(args: readonly unknown[]): string {
  const text = (v: unknown) =>
    typeof v === 'string' ? v : isDate(v) ? v.toString() : inspect(v, { depth: 4 });
  const [first, ...rest] = args;
  if (typeof first !== 'string' || !/%[sdifoOj%]/.test(first)) return args.map(text).join(' ');
  let i = 0;
  const out = first.replace(/%([sdifoOj%])/g, (m, k: string) => {
    if (k === '%') return '%';
    if (i >= rest.length) return m;
    const v = rest[i++];
    if (k === 'd' || k === 'i') return String(Math.trunc(Number(v)));
    if (k === 'f') return String(Number(v));
    return text(v);
  });
  return [out, ...rest.slice(i).map(text)].join(' ');
}

/** Records one log line (echoed to the host console when asked) and returns its text. */
export function record(rt: Runtime, level: LogEntry['level'], args: readonly unknown[]): string {
  const text = formatMessage(args);
  rt.logs.push({ level, text, args });
  if (rt.echoLogs) {
    const out = level === 'Logger' ? 'log' : level;
    console[out](text);
  }
  return text;
}
