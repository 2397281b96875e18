import { FRAMES, ROLES, STANDARDS } from '../content';
import { LINEAR_SCALES, SCALES } from '../content/scales';
import type { CatalogDto } from '../core/api';
import { TEMPLATE_KINDS } from '../core/templates';

/** The slice of the catalog the sidebar needs for its pickers (ids and names only). */
export function catalogDto(): CatalogDto {
  return {
    frames: FRAMES.map((f) => ({ id: f.id, name: f.name })),
    roles: ROLES.map((r) => ({ id: r.id, name: r.name, heading: r.heading })),
    standards: STANDARDS.map((s) => ({ id: s.id, name: s.name, frame: s.frame })),
    scales: [...SCALES, ...LINEAR_SCALES].map((s) => ({
      id: s.id,
      name: s.name,
      labels: s.labels.map((l) => l.label),
    })),
    templates: TEMPLATE_KINDS.map((t) => ({
      kind: t.kind,
      label: t.label,
      description: t.description,
      needsRole: t.needsRole,
      needsRoles: t.needsRoles,
      frames: t.frames,
      needsOutcomes: t.needsOutcomes,
    })),
  };
}
