import { server } from './api';
import { byId } from './dom';
import { renderCatalog } from './panels/catalog';
import { showStatus, withProgress } from './status';

async function start(): Promise<void> {
  const status = byId('status');
  const insert = byId<HTMLButtonElement>('insert-overview');
  insert.addEventListener('click', () => {
    void withProgress(
      status,
      insert,
      'Inserting the standards overview…',
      () => server.insertStandardsOverview(),
      (r) => `Added the tab "${r.sheetName}" (${r.rows} rows).`,
    );
  });
  showStatus(status, { kind: 'progress', text: 'Loading the standards…' });
  try {
    renderCatalog(await server.getCatalog());
    showStatus(status, null);
    insert.disabled = false;
  } catch (e) {
    showStatus(status, { kind: 'error', text: e instanceof Error ? e.message : String(e) });
  }
}

void start();
