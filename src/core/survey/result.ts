/**
 * Failures the survey core reports instead of throwing: each carries a stable code for
 * programs and a message, naming what to fix, for people.
 */
export type ProblemCode =
  | 'no-header'
  | 'unknown-column'
  | 'bad-min-group-size'
  | 'bad-cutoff'
  | 'unknown-scale'
  | 'bad-group-by'
  | 'csv-unterminated-quote';

export interface Problem {
  readonly code: ProblemCode;
  readonly message: string;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: Problem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ProblemCode, message: string): Result<T> => ({
  ok: false,
  problem: { code, message },
});
