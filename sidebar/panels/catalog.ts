import type { CatalogDto } from '../../src/core/api';
import { byId, li } from '../dom';

/** Lists the standards under their frames, and the roles. */
export function renderCatalog(catalog: CatalogDto): void {
  const standards = byId<HTMLUListElement>('standards');
  standards.textContent = '';
  for (const frame of catalog.frames) {
    standards.appendChild(li(frame.name, 'frame'));
    catalog.standards.filter((s) => s.frame === frame.id).forEach((s) => standards.appendChild(li(s.name)));
  }
  const roles = byId<HTMLUListElement>('roles');
  roles.textContent = '';
  catalog.roles.forEach((r) => roles.appendChild(li(r.heading)));
}
