/**
 * How Range's format setters read their arguments, as Apps Script does: colors in any CSS form,
 * null to reset, and names checked against a fixed set (messages unconfirmed).
 */
import { normalizeColor } from '../behaviour/colors';
import { signatureError } from '../behaviour/geometry';
import type { ValidationRule } from '../state/cells';
import { WrapStrategy } from '../state/enums';
import type { Runtime } from '../state/runtime';
import { modelOf } from './factory';

/** An argument as stored; undefined resets the cell to its default. */
export type Converter<T> = (v: unknown) => T | undefined;

const H_ALIGN = ['left', 'center', 'right', 'normal', 'general'];
export const V_ALIGN = ['top', 'middle', 'bottom'];

export const toColor: Converter<string> = (v) =>
  v === null || v === undefined || v === '' ? undefined : normalizeColor(String(v));
export const toText: Converter<string> = (v) => (v === null || v === undefined ? undefined : String(v));
export const toNote: Converter<string> = (v) =>
  v === null || v === undefined || v === '' ? undefined : String(v);
export const toNumber: Converter<number> = (v) => (v === null || v === undefined ? undefined : Number(v));
export const toWrap: Converter<string> = (v) =>
  v === null || v === undefined ? undefined : v ? WrapStrategy.WRAP : WrapStrategy.OVERFLOW;

/** Rejects values outside a fixed set (message unconfirmed against the real service). */
export function oneOf(rt: Runtime, name: string, allowed: readonly string[]): Converter<string> {
  return (v) => {
    if (v === null || v === undefined) return undefined;
    const s = String(v);
    if (!allowed.includes(s)) throw rt.error(`Invalid argument: ${name}`);
    return s;
  };
}

export const fontLine = (rt: Runtime): Converter<string> =>
  oneOf(rt, 'fontLine', ['none', 'underline', 'line-through']);

/** "normal" resets to the default (general) alignment. */
export function hAlign(rt: Runtime): Converter<string> {
  const check = oneOf(rt, 'alignment', H_ALIGN);
  return (v) => {
    const s = check(v);
    return s === 'normal' || s === 'general' ? undefined : s;
  };
}

/** A built DataValidation (or null to clear); anything else is refused like a wrong signature. */
export function validationArg(rt: Runtime, method: string): Converter<ValidationRule> {
  return (v) => {
    if (v === null || v === undefined) return undefined;
    const rule = modelOf.dataValidation(v);
    if (!rule) throw signatureError(rt, v, method);
    return rule;
  };
}
