/**
 * Apps Script's execution quotas, as data: the limits of an account kind and what each user has
 * used. The rules (what a call costs, when a run is refused or stopped) are behaviour/quotas.ts.
 */

export type AccountKind = 'consumer' | 'workspace';

export interface QuotaLimits {
  /** Triggers' total runtime per user per day. */
  readonly triggerRuntimeMsPerDay: number;
  /** Executions of one user running at the same moment. */
  readonly simultaneousPerUser: number;
  /** One execution's longest run. */
  readonly maxExecutionMs: number;
}

const MINUTE = 60_000;

/**
 * From developers.google.com/apps-script/guides/services/quotas: "Triggers total runtime 90 min /
 * day" (consumer) and "6 hr / day" (Google Workspace); "Simultaneous executions per user 30 /
 * user"; "Script runtime 6 min / execution" (both kinds).
 */
export const LIMITS: Readonly<Record<AccountKind, QuotaLimits>> = {
  consumer: { triggerRuntimeMsPerDay: 90 * MINUTE, simultaneousPerUser: 30, maxExecutionMs: 6 * MINUTE },
  workspace: { triggerRuntimeMsPerDay: 360 * MINUTE, simultaneousPerUser: 30, maxExecutionMs: 6 * MINUTE },
};

/** One user's trigger runtime in the current quota window ("reset 24 hours after the first request"). */
export interface RuntimeUsage {
  windowStart: number;
  usedMs: number;
}

export class QuotaState {
  readonly limits: QuotaLimits;
  readonly usage = new Map<string, RuntimeUsage>();
  constructor(readonly account: AccountKind) {
    this.limits = LIMITS[account];
  }
}
