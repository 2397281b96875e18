import type { CatalogDto, SpreadsheetStateDto } from '../src/core/api';
import { server } from './api';
import { byId, errorText, statusArea } from './dom';
import { aboutStandards } from './panels/about';
import { mountIcMapUpdate } from './panels/icMap';
import { overviewButton, overviewSection, startHere } from './panels/overview';
import { mountKeepFresh, mountShare } from './panels/share';
import { mountResults } from './panels/summary';
import { mountSurveys } from './panels/surveys';
import { mountTemplates } from './panels/templates';
import { firstStep, isNew, startPolling, stateLine } from './state';
import { showStatus } from './status';
import { mountSteps } from './steps';

declare const google: { script: { host: { close(): void } } };

/**
 * The same bundle serves three pages; `data-mode` tells which: the sidebar (three steps),
 * the menu's template dialog (step 1's form) and its summary dialog (step 3's summary form).
 */
type Mode = 'sidebar' | 'dialog' | 'summary-dialog';
const mode = (document.body.dataset.mode ?? 'sidebar') as Mode;

/** How often an open sidebar re-reads the spreadsheet's state: one cheap call (see gas/status.ts). */
const POLL_MS = 30_000;

function mountSidebar(catalog: CatalogDto, initial: SpreadsheetStateDto | null): void {
  const steps = mountSteps(
    { templates: byId('step-templates'), survey: byId('step-survey'), results: byId('step-results') },
    { templates: byId('panel-templates'), survey: byId('panel-survey'), results: byId('panel-results') },
  );
  // Every action ends by asking for the state, so the line at the top follows at once.
  let poll = { now: () => {} };
  const refresh = () => poll.now();

  mountTemplates(byId('templates-panel'), catalog, statusArea('status'), refresh);
  const overview = overviewButton(refresh);
  if (initial && isNew(initial)) byId('start-slot').append(startHere(catalog, overview, steps.show));
  else byId('templates-more').append(overviewSection(catalog, overview));
  byId('templates-more').append(aboutStandards(catalog));

  const results = mountResults(byId('results-panel'), catalog, { state: initial, onBuilt: refresh });
  mountSurveys(byId('surveys-panel'), catalog, () => {
    void results.reload();
    refresh();
  });
  mountIcMapUpdate(byId('icmap-panel'));
  const fresh = mountKeepFresh(byId('fresh-panel'), initial?.autoRefresh ?? null, refresh);
  const share = mountShare(byId('share-panel'), refresh);

  const line = byId('state-line');
  const apply = (s: SpreadsheetStateDto) => {
    const text = stateLine(s);
    // Only a change is announced: the line is a polite live region.
    if (line.textContent !== text) line.textContent = text;
    fresh.show(s.autoRefresh);
    share.show(s);
    results.onState(s);
  };
  if (initial) apply(initial);
  else line.textContent = '';
  steps.show(firstStep(initial));
  poll = startPolling(apply, POLL_MS);
}

async function start(): Promise<void> {
  const status = byId('app-status');
  showStatus(status, { kind: 'progress', text: 'Loading…' });
  // The state only chooses defaults: without it the sidebar still works.
  const state = mode === 'dialog' ? Promise.resolve(null) : server.getSpreadsheetState().catch(() => null);
  let catalog: CatalogDto;
  try {
    catalog = await server.getCatalog();
  } catch (e) {
    showStatus(status, { kind: 'error', text: errorText(e) });
    return;
  }
  const initial = await state;
  showStatus(status, null);
  switch (mode) {
    case 'dialog': {
      // A dialog has done its job once the tab is in: close it so the user sees the new tab.
      const panel = byId('templates-panel');
      mountTemplates(panel, catalog, statusArea('status'), () => google.script.host.close());
      return;
    }
    case 'summary-dialog':
      mountResults(byId('results-panel'), catalog, { state: initial });
      return;
    default:
      mountSidebar(catalog, initial);
  }
}

/** Loaded and wired: assistive technology (and the browser tests) may read the page now. */
const ready = () => document.body.setAttribute('aria-busy', 'false');

void start().finally(ready);
