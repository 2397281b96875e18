import type { AutoRefreshState, ShareResult, SpreadsheetStateDto } from '../../src/core/api';
import { server } from '../api';
import { el, errorText, statusArea } from '../dom';
import { showStatus, withProgress } from '../status';
import { when } from '../text';
import { checkbox, externalLink } from './surveys';

const OUTCOMES: Record<NonNullable<AutoRefreshState['last']>['outcome'], string> = {
  refreshed: 'Refreshed',
  'up-to-date': 'Already up to date',
  busy: 'Skipped (the spreadsheet was busy)',
  failed: 'Failed',
  'trigger-missing': 'Needs attention',
};

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
 * "Keep summaries fresh": a switch for the form-submit trigger that rebuilds summaries as
 * responses arrive, with what the last automatic refresh did. `show` follows the polled state,
 * so a refresh that runs while the sidebar is open shows up; `onChanged` asks for that state.
 */
export function mountKeepFresh(
  container: HTMLElement,
  initial: AutoRefreshState | null,
  onChanged: () => void,
): { show(state: AutoRefreshState): void } {
  const toggle = checkbox('auto-refresh', 'Refresh summaries as responses arrive');
  const note = el('p', { id: 'auto-refresh-note', class: 'secondary note' });
  const status = statusArea('fresh-status');
  let busy = false;
  toggle.box.disabled = true;
  container.append(
    toggle.row,
    el('p', { class: 'secondary note' }, 'Summary tabs you built are rebuilt after each new response.'),
    note,
    status,
  );
  const show = (state: AutoRefreshState) => {
    if (busy) return; // the switch shows what the user just asked for until the server answers
    toggle.box.checked = state.on;
    toggle.box.disabled = false;
    note.textContent = lastRefresh(state);
  };
  toggle.box.addEventListener('change', () => {
    const on = toggle.box.checked;
    busy = toggle.box.disabled = true;
    showStatus(status, { kind: 'progress', text: on ? 'Turning automatic refresh on…' : 'Turning it off…' });
    server
      .setAutoRefresh(on)
      .then(
        (state) => {
          busy = false;
          show(state);
          showStatus(status, {
            kind: 'ok',
            text: state.on ? 'Summaries now refresh as responses arrive.' : 'Automatic refresh is off.',
          });
          onChanged();
        },
        (e) => {
          toggle.box.checked = !on;
          showStatus(status, { kind: 'error', text: errorText(e) });
        },
      )
      .finally(() => {
        busy = toggle.box.disabled = false;
      });
  });
  if (initial) show(initial);
  else server.getAutoRefresh().then(show, (e) => showStatus(status, { kind: 'error', text: errorText(e) }));
  return { show };
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

/**
 * "Share": a separate spreadsheet with the summary tabs only, shared as view-only. Once a copy
 * exists its link shows here, and sharing again updates that copy.
 */
export function mountShare(
  container: HTMLElement,
  onShared: () => void,
): { show(s: SpreadsheetStateDto): void } {
  const emails = el('textarea', { id: 'share-emails', rows: '2', placeholder: 'principal@district.org' });
  const button = el('button', { id: 'share-go', type: 'button' }, 'Share summary');
  const status = statusArea('share-status');
  const existing = el('p', { id: 'share-existing', class: 'secondary note', hidden: true });
  const result = el('div', { id: 'share-result', class: 'result' });
  container.append(
    el(
      'div',
      { class: 'form-group' },
      el('label', { for: 'share-emails' }, 'E-mail addresses to share with'),
      emails,
      el(
        'p',
        { class: 'secondary note' },
        'They can view a separate spreadsheet with the summary tabs: no responses, no e-mail addresses.',
      ),
    ),
    el('div', { class: 'block' }, button),
    status,
    result,
    existing,
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
      if (r?.kind === 'shared') {
        showShared(result, r);
        onShared();
      } else if (r?.kind === 'others-copy') {
        // Another editor made the copy: only they can update it; offer this user one of their own.
        const own = el('button', { id: 'share-own', type: 'button' }, 'Make my own copy and share it');
        own.addEventListener('click', () => share(true));
        result.append(el('p', { id: 'share-others' }, r.message), own);
      }
    });
  };
  button.addEventListener('click', () => share(false));
  return {
    show(s) {
      // After sharing, the result names the link; before, an earlier copy's link is offered.
      existing.hidden = s.sharedCopyUrl === null || result.childElementCount > 0;
      existing.textContent = '';
      if (s.sharedCopyUrl)
        existing.append(
          'A summary-only copy exists: ',
          externalLink(s.sharedCopyUrl, 'open it'),
          '. Sharing again updates it.',
        );
    },
  };
}
