import { ENGLISH } from './en';
import { SPANISH } from './es';
import type { Language } from './types';

export type { LabelSets, Language } from './types';

/** Every language the add-on reads, English first. */
export const LANGUAGES: readonly Language[] = [ENGLISH, SPANISH];

/** Every header text, in any language, that Forms writes for a metadata column. */
export function headerTexts(kind: keyof Language['headers']): string[] {
  return LANGUAGES.flatMap((l) => l.headers[kind]);
}
