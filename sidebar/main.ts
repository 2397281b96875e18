import type { CatalogDto } from '../src/core/api';
import { server } from './api';
import { byId, errorText } from './dom';
import { renderCatalog } from './panels/catalog';
import { mountTemplates } from './panels/templates';
import { showStatus, withProgress } from './status';

declare const google: { script: { host: { close(): void } } };

/** The same bundle serves the sidebar and the menu's template dialog; `data-mode` tells which. */
const isDialog = document.body.dataset.mode === 'dialog';

function mountOverview(status: HTMLElement, catalog: CatalogDto): void {
  renderCatalog(catalog);
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
  // A dialog has done its job once the tab is in: close it so the user sees the new tab.
  const onInserted = isDialog ? () => google.script.host.close() : undefined;
  mountTemplates(byId('templates-panel'), catalog, status, onInserted);
  if (!isDialog) mountOverview(status, catalog);
}

void start();
