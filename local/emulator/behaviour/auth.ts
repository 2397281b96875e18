/** Authorization modes: what a call may reach in AuthMode.NONE / LIMITED / FULL. */
import { AUTH_RANK, type AuthMode, type Runtime } from '../state/runtime';

/** Throws like the real service when the current auth mode is below `min`. */
export function requireAuth(rt: Runtime, method: string, min: AuthMode): void {
  if (AUTH_RANK[rt.authMode] < AUTH_RANK[min]) {
    // Real text for missing authorization; the "Required permissions: ..." tail is left off.
    throw rt.error(`You do not have permission to call ${method}.`);
  }
}
