/**
 * Installable triggers: creating one after the checks and quotas real Apps Script applies (20 per
 * user per script; for add-ons one of each type per document, own file only, at most hourly),
 * finding the triggers an event fires, and the time-driven event object.
 */
import type { EventTypeName, TriggerSourceName } from '../state/enums';
import type { Runtime } from '../state/runtime';
import type { TriggerDraft, TriggerInfo, TriggerModel } from '../state/triggers';

export const MAX_TRIGGERS_PER_USER = 20;
/** Real message when a user's triggers for the script reach 20. */
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

const FILE_NOT_FOUND =
  'No item with the given ID could be found, or you do not have permission to access it.';

/**
 * The add-on's one-trigger-per-type-per-document error. Confirmed verbatim for time-based
 * triggers; the other kinds are worded the same way with their own name (assumed).
 */
export function tooManyAddonTriggers(eventType: EventTypeName): string {
  const kind: Record<string, string> = {
    CLOCK: 'time-based',
    ON_FORM_SUBMIT: 'form submit',
    ON_EDIT: 'edit',
    ON_CHANGE: 'change',
    ON_OPEN: 'open',
  };
  return `This add-on has created too many ${kind[eventType] ?? 'installable'} triggers in this document for this Google user account.`;
}

export function triggerInfo(t: TriggerModel): TriggerInfo {
  return {
    id: t.id,
    handler: t.handler,
    eventType: t.eventType,
    source: t.source,
    sourceId: t.sourceId,
    user: t.user,
    document: t.document,
    schedule: t.schedule ? { ...t.schedule } : null,
    fired: t.fired,
    disabled: t.disabled,
  };
}

/**
 * Creates a trigger after the checks real Apps Script makes (see the README for which texts are
 * real). One made from inside a trigger run is created but disabled: it is listed and never fires.
 * Reported of the V8 runtime ("Installed triggers are disabled when created from another trigger
 * function in V8", issuetracker.google.com/issues/150756612, cited in
 * github.com/ttsukagoshi/mail-merge-for-gmail/issues/242); no error is thrown.
 */
export function createTrigger(rt: Runtime, d: TriggerDraft): TriggerModel {
  // Message unconfirmed.
  if (!d.eventType) throw rt.error('The trigger has no event type: call onFormSubmit(), onEdit()... first.');
  if (d.source !== 'CLOCK' && d.sourceId !== null) {
    const known = d.source === 'FORMS' ? rt.forms.has(d.sourceId) : rt.spreadsheets.has(d.sourceId);
    if (!known) throw rt.error(FILE_NOT_FOUND);
  }
  const document = d.source === 'CLOCK' ? (rt.active?.id ?? null) : d.sourceId;
  const mine = rt.triggers.filter((t) => !t.deleted && t.user === rt.user);
  if (rt.addonTriggerRules) {
    if (d.source !== 'CLOCK' && d.sourceId !== rt.active?.id) {
      // The rule is documented; its error text is the emulator's own.
      throw rt.error('Add-ons can only create triggers for the file in which the add-on is used.');
    }
    if (d.schedule?.everyMinutes !== undefined) {
      // The rule is documented; its error text is the emulator's own.
      throw rt.error('Add-on time-driven triggers cannot run more frequently than once per hour.');
    }
    if (mine.some((t) => t.document === document && t.eventType === d.eventType)) {
      throw rt.error(tooManyAddonTriggers(d.eventType));
    }
  }
  if (mine.length >= MAX_TRIGGERS_PER_USER) throw rt.error(TOO_MANY_TRIGGERS);
  const model: TriggerModel = {
    id: `1${String(rt.next()).padStart(18, '0')}`,
    handler: d.handler,
    eventType: d.eventType,
    source: d.source,
    sourceId: d.sourceId,
    user: rt.user,
    document,
    schedule: d.schedule,
    createdAt: rt.now(),
    fired: 0,
    deleted: false,
    disabled: rt.running.length > 0,
  };
  rt.triggers.push(model);
  return model;
}

/** Live triggers of an event type for a source, in creation order (disabled ones never fire). */
export function triggersFor(
  rt: Runtime,
  eventType: EventTypeName,
  source: TriggerSourceName,
  sourceId: string | null,
): TriggerModel[] {
  return rt.triggers.filter(
    (t) =>
      !t.deleted &&
      !t.disabled &&
      t.eventType === eventType &&
      t.source === source &&
      t.sourceId === sourceId,
  );
}

/** The user's live triggers, optionally only those belonging to one file. */
export const triggersOfUser = (rt: Runtime, document?: string): TriggerModel[] =>
  rt.triggers.filter(
    (t) => !t.deleted && t.user === rt.user && (document === undefined || t.document === document),
  );

/** The one-off (`after`/`at`) triggers that are due and not yet run, and every recurring one. */
export const dueClockTriggers = (rt: Runtime): TriggerModel[] =>
  rt.triggers.filter(
    (t) =>
      !t.deleted &&
      !t.disabled &&
      t.eventType === 'CLOCK' &&
      (t.schedule?.runAt === undefined || (t.fired === 0 && rt.now() >= t.schedule.runAt)),
  );

/** The time-driven event object (fields as documented; values in UTC). */
export function clockEvent(rt: Runtime, t: TriggerModel): Record<string, unknown> {
  const d = new Date(rt.now());
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - start) / 86_400_000 + new Date(start).getUTCDay() + 1) / 7);
  return {
    authMode: 'FULL',
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid: t.id,
    'week-of-year': week,
    year: d.getUTCFullYear(),
  };
}
