import type { AutoRefreshState, ShareResult } from '../../src/core/api';
import { server } from '../api';
import { el, errorText } from '../dom';
import { showStatus, withProgress } from '../status';
import { checkbox, externalLink } from './surveys';

const OUTCOMES: Record<string, string> = {
  refreshed: 'Refreshed',
  'up-to-date': 'Already up to date',
  busy: 'Skipped (the spreadsheet was busy)',
  failed: 'Failed',
  'trigger-missing': 'Needs attention',
};

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "Last refresh, Mar 3, 2026, 2:05 PM: Refreshed "Summary - …"." */
function lastRefresh(state: AutoRefreshState): string {
  const last = state.last;
  if (!last) return state.on ? 'No response has arrived since this was turned on.' : '';
  const outcome = OUTCOMES[last.outcome] ?? last.outcome;
  // A success's message says it all ("Refreshed …"); a failure is named before its reason.
  const quiet = last.outcome === 'refreshed' || last.outcome === 'up-to-date';
  const text = !last.message ? `${outcome}.` : quiet ? last.message : `${outcome}: ${last.message}`;
  return `Last refresh, ${when(last.iso)}: ${text}`;
}

/**
 * "Keep fresh": a switch for the form-submit trigger that rebuilds summaries as responses
 * arrive, with what the last automatic refresh did.
 */
export function mountKeepFresh(container: HTMLElement): void {
  const toggle = checkbox('auto-refresh', 'Refresh summaries as responses arrive');
  const note = el('p', { id: 'auto-refresh-note', class: 'secondary note', 'aria-live': 'polite' });
  const status = el('div', { id: 'fresh-status', class: 'status', role: 'status', 'aria-live': 'polite' });
  toggle.box.disabled = true;
  container.append(
    el('div', { class: 'block' }, toggle.row),
    el('p', { class: 'secondary' }, 'Summary tabs you built are rebuilt after each new response.'),
    note,
    status,
  );
  const show = (state: AutoRefreshState) => {
    toggle.box.checked = state.on;
    note.textContent = lastRefresh(state);
  };
  toggle.box.addEventListener('change', () => {
    const on = toggle.box.checked;
    toggle.box.disabled = true;
    showStatus(status, { kind: 'progress', text: on ? 'Turning automatic refresh on…' : 'Turning it off…' });
    server
      .setAutoRefresh(on)
      .then(
        (state) => {
          show(state);
          showStatus(status, {
            kind: 'ok',
            text: state.on ? 'Summaries now refresh as responses arrive.' : 'Automatic refresh is off.',
          });
        },
        (e) => {
          toggle.box.checked = !on;
          showStatus(status, { kind: 'error', text: errorText(e) });
        },
      )
      .finally(() => {
        toggle.box.disabled = false;
      });
  });
  server.getAutoRefresh().then(
    (state) => {
      show(state);
      toggle.box.disabled = false;
    },
    (e) => showStatus(status, { kind: 'error', text: errorText(e) }),
  );
}

type Shared = Extract<ShareResult, { kind: 'shared' }>;

function showShared(result: HTMLElement, r: Shared): void {
  result.textContent = '';
  result.append(
    el('p', {}, externalLink(r.url, 'Open the summary-only copy', 'share-link')),
    el('p', { class: 'secondary', id: 'share-who' }, `Shared with ${r.sharedWith.join(', ')}.`),
    el('p', { class: 'secondary' }, `In the copy: ${r.tabs.map((t) => `"${t}"`).join(', ')}`),
  );
}

/** "Share": a separate spreadsheet with the summary tabs only, shared as view-only. */
export function mountShare(container: HTMLElement): void {
  const emails = el('textarea', { id: 'share-emails', rows: '3', placeholder: 'principal@district.org' });
  const button = el('button', { id: 'share-go', type: 'button' }, 'Share summary');
  const status = el('div', { id: 'share-status', class: 'status', role: 'status', 'aria-live': 'polite' });
  const result = el('div', { id: 'share-result', class: 'result' });
  container.append(
    el(
      'div',
      { class: 'block form-group' },
      el('label', { for: 'share-emails' }, 'Share a summary-only copy with (e-mail addresses)'),
      emails,
      el(
        'p',
        { class: 'secondary' },
        'They can view a separate spreadsheet with the summary tabs: no responses, no e-mail addresses.',
      ),
    ),
    el('div', { class: 'block' }, button),
    status,
    result,
  );
  const share = (ownCopy: boolean) => {
    result.textContent = '';
    void withProgress(
      status,
      button,
      'Sharing the summary…',
      () => server.shareSummary(ownCopy ? { emails: emails.value, ownCopy: true } : emails.value),
      (r) =>
        r.kind === 'others-copy'
          ? 'The copy there is another editor’s.'
          : `Shared ${r.tabs.length === 1 ? 'the summary' : `${r.tabs.length} summaries`} with ${r.sharedWith.length === 1 ? 'one person' : `${r.sharedWith.length} people`}.`,
    ).then((r) => {
      if (r?.kind === 'shared') showShared(result, r);
      else if (r?.kind === 'others-copy') {
        // Another editor made the copy: only they can update it; offer this user one of their own.
        const own = el('button', { id: 'share-own', type: 'button' }, 'Make my own copy and share it');
        own.addEventListener('click', () => share(true));
        result.append(el('p', { id: 'share-others' }, r.message), own);
      }
    });
  };
  button.addEventListener('click', () => share(false));
}
