import type { CatalogDto } from '../src/core/api';
import { server } from './api';
import { byId, errorText } from './dom';
import { renderCatalog } from './panels/catalog';
import { mountIcMapUpdate } from './panels/icMap';
import { mountKeepFresh, mountShare } from './panels/share';
import { mountResults } from './panels/summary';
import { mountSurveys } from './panels/surveys';
import { mountTemplates } from './panels/templates';
import { showStatus, withProgress } from './status';

declare const google: { script: { host: { close(): void } } };

/**
 * The same bundle serves three pages; `data-mode` tells which: the sidebar (every panel),
 * the menu's template dialog (templates) and its summary dialog (results).
 */
type Mode = 'sidebar' | 'dialog' | 'summary-dialog';
const mode = (document.body.dataset.mode ?? 'sidebar') as Mode;

/** The overview's outcome shows under its button: the sidebar scrolls, and the top may be out of view. */
function mountOverview(catalog: CatalogDto): void {
  renderCatalog(catalog);
  const status = byId('overview-status');
  const insert = byId<HTMLButtonElement>('insert-overview');
  insert.disabled = false;
  insert.addEventListener('click', () => {
    void withProgress(
      status,
      insert,
      'Inserting the standards overview…',
      () => server.insertStandardsOverview(),
      (r) => `Added the tab "${r.sheetName}" (${r.rows} rows).`,
    );
  });
}

function mountPanels(status: HTMLElement, catalog: CatalogDto): void {
  switch (mode) {
    case 'dialog':
      // A dialog has done its job once the tab is in: close it so the user sees the new tab.
      mountTemplates(byId('templates-panel'), catalog, status, () => google.script.host.close());
      return;
    case 'summary-dialog':
      mountResults(byId('results-panel'), catalog);
      return;
    default: {
      mountTemplates(byId('templates-panel'), catalog, status);
      const results = mountResults(byId('results-panel'), catalog);
      mountSurveys(byId('surveys-panel'), catalog, () => void results.reload());
      mountIcMapUpdate(byId('icmap-panel'));
      mountKeepFresh(byId('fresh-panel'));
      mountShare(byId('share-panel'));
      mountOverview(catalog);
    }
  }
}

async function start(): Promise<void> {
  const status = byId('status');
  showStatus(status, { kind: 'progress', text: 'Loading the standards…' });
  let catalog: CatalogDto;
  try {
    catalog = await server.getCatalog();
  } catch (e) {
    showStatus(status, { kind: 'error', text: errorText(e) });
    return;
  }
  showStatus(status, null);
  mountPanels(status, catalog);
}

void start();
