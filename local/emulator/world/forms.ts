/**
 * The respondents' side of Google Forms (`emu.forms`): a submission is checked and written by
 * behaviour/responses.ts, then the installable form-submit triggers fire with the documented
 * event. Nothing here is counted as an add-on call: only the add-on's handlers run as counted code.
 *
 * The Sheets form-submit event is the documented one: { authMode: "FULL", namedValues: {header:
 * [value]}, range (the new row), triggerUid, values (the row as displayed, the Timestamp as
 * "M/d/yyyy H:mm:ss") } plus `source` (the spreadsheet), which real events carry though the table
 * leaves it out. A Forms-source trigger gets { authMode, response: FormResponse, source: Form,
 * triggerUid }.
 */
import { runOverlapping, runSequential, runTimeline } from '../behaviour/executions';
import {
  buildResponse,
  type FormAnswers,
  type FormInfo,
  formFor,
  formInfo,
  recordResponse,
  type SubmitOptions,
  type SubmitResult,
  submitResult,
  type Written,
} from '../behaviour/responses';
import { triggersFor } from '../behaviour/triggers';
import { make } from '../facades';
import type { FormModel } from '../state/forms';
import type { Runtime } from '../state/runtime';
import type { ExecutionSpec } from '../state/triggers';

/** The respondents' side of Forms. Not counted as add-on calls. */
export interface EmuForms {
  /** Submits one response: validates it, appends the row to the linked tab, fires form-submit triggers. */
  submit(formId: string, answers: FormAnswers, opts?: SubmitOptions): SubmitResult;
  /** Several responses at once: all rows first, then the trigger runs overlapping at lock acquisition. */
  submitConcurrently(
    formId: string,
    answersList: readonly FormAnswers[],
    opts?: SubmitOptions,
  ): SubmitResult[];
  /**
   * Responses arriving over time: the i-th at `start + i * intervalMs` (start: now). Forms writes
   * each row at its time and the trigger runs start then, overlapping in emulated time
   * (behaviour/executions.ts `runTimeline`): the way a room of 300 people answering a PD session's
   * survey within minutes reaches the add-on.
   */
  submitOverTime(
    formId: string,
    answersList: readonly FormAnswers[],
    opts: { intervalMs: number; start?: number },
  ): SubmitResult[];
  /** Every form the emulator made. */
  list(): FormInfo[];
  /** The Form facade (its calls are counted like the add-on's). */
  get(formId: string): GoogleAppsScript.Forms.Form;
}

/** The executions one written response causes: Sheets triggers of the linked spreadsheet, then Forms triggers. */
function specsFor(rt: Runtime, form: FormModel, w: Written): ExecutionSpec[] {
  const specs: ExecutionSpec[] = [];
  const d = form.liveDestination();
  if (d && w.row !== null) {
    const row = w.row;
    for (const t of triggersFor(rt, 'ON_FORM_SUBMIT', 'SPREADSHEETS', d.spreadsheet.id)) {
      const range = make.range(rt, {
        sheet: d.sheet,
        rect: { row, col: 1, numRows: 1, numCols: d.columns.length },
      });
      specs.push({
        functionName: t.handler,
        trigger: t,
        documentId: d.spreadsheet.id,
        event: {
          authMode: 'FULL',
          namedValues: Object.fromEntries(Object.entries(w.namedValues).map(([k, v]) => [k, v.slice()])),
          range,
          source: make.spreadsheet(d.spreadsheet),
          triggerUid: t.id,
          values: w.values.slice(),
        },
      });
    }
  }
  for (const t of triggersFor(rt, 'ON_FORM_SUBMIT', 'FORMS', form.id)) {
    specs.push({
      functionName: t.handler,
      trigger: t,
      event: {
        authMode: 'FULL',
        response: make.formResponse(rt, form, w.response),
        source: make.form(form),
        triggerUid: t.id,
      },
    });
  }
  return specs;
}

/** One response: row appended, then each matching trigger run in turn. */
export function submit(
  rt: Runtime,
  formId: string,
  answers: FormAnswers,
  opts: SubmitOptions = {},
): SubmitResult {
  const form = formFor(rt, formId);
  const w = recordResponse(form, buildResponse(rt, form, answers, opts));
  return submitResult(w, form, runSequential(rt, specsFor(rt, form, w)));
}

/**
 * Responses arriving at the same moment: every row is appended first (Forms writes independently
 * of scripts), then the trigger runs overlap at lock acquisition (behaviour/executions.ts).
 */
export function submitConcurrently(
  rt: Runtime,
  formId: string,
  answersList: readonly FormAnswers[],
  opts: SubmitOptions = {},
): SubmitResult[] {
  const form = formFor(rt, formId);
  const responses = answersList.map((a) => buildResponse(rt, form, a, opts));
  const written = responses.map((r) => recordResponse(form, r));
  const perRow = written.map((w) => specsFor(rt, form, w));
  const records = runOverlapping(rt, perRow.flat());
  let k = 0;
  return written.map((w, i) => {
    const n = perRow[i]?.length ?? 0;
    const mine = records.slice(k, k + n);
    k += n;
    return submitResult(w, form, mine);
  });
}

/** Responses spread over time, each written at its moment, their trigger runs overlapping in time. */
export function submitOverTime(
  rt: Runtime,
  formId: string,
  answersList: readonly FormAnswers[],
  opts: { intervalMs: number; start?: number },
): SubmitResult[] {
  const form = formFor(rt, formId);
  const start = opts.start ?? rt.now();
  const written: { w: Written; specs: ExecutionSpec[] }[] = [];
  const events = answersList.map((answers, i) => {
    const at = start + i * opts.intervalMs;
    return {
      at,
      happen: () => {
        const w = recordResponse(form, buildResponse(rt, form, answers, { timestamp: at }));
        const specs = specsFor(rt, form, w);
        written.push({ w, specs });
        return specs;
      },
    };
  });
  const records = runTimeline(rt, events);
  return written.map(({ w, specs }) =>
    submitResult(
      w,
      form,
      records.filter((r) => specs.some((s) => s.trigger?.id === r.triggerId && s.event === r.event)),
    ),
  );
}

export function emuForms(rt: Runtime): EmuForms {
  return {
    submit: (formId, answers, o) => submit(rt, formId, answers, o),
    submitConcurrently: (formId, list, o) => submitConcurrently(rt, formId, list, o),
    submitOverTime: (formId, list, o) => submitOverTime(rt, formId, list, o),
    list: () => [...rt.forms.values()].map(formInfo),
    get(formId) {
      const m = rt.forms.get(String(formId));
      if (!m) throw new Error(`emu.forms: no form with id "${formId}"`);
      return make.form(m);
    },
  };
}
