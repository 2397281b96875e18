import type { CatalogDto } from '../../src/core/api';
import { el, fold, li } from '../dom';

type Role = CatalogDto['roles'][number];

/**
 * "Which role is mine?" under a role picker: the seed's note that the role most relevant to your
 * work might not match your job title, the chosen role's description (following the picker),
 * and the seed's advice to read the other roles too. One click to unfold.
 */
export function roleHelp(select: HTMLSelectElement, catalog: CatalogDto, id: string): HTMLElement {
  const heading = el('strong', {});
  const text = el('span', {});
  const show = () => {
    const role: Role | undefined = catalog.roles.find((r) => r.id === select.value);
    heading.textContent = role ? `${role.heading}: ` : '';
    text.textContent = role?.description ?? '';
  };
  select.addEventListener('change', show);
  show();
  return fold(
    id,
    'Which role is mine?',
    el('p', { class: 'callout' }, catalog.roleGuidance.note),
    el('p', { class: 'role-desc' }, heading, text),
    el('p', { class: 'secondary' }, catalog.roleGuidance.recommendation),
    el('p', { class: 'secondary' }, 'Choose another role above to read about it.'),
  ).details;
}

/** The standards by frame and every role with its description, folded at the end of step 1. */
export function aboutStandards(catalog: CatalogDto): HTMLElement {
  const standards = el('ul', { id: 'standards', class: 'list' });
  for (const frame of catalog.frames) {
    standards.append(li(frame.name, 'frame'));
    for (const s of catalog.standards.filter((x) => x.frame === frame.id)) standards.append(li(s.name));
  }
  const roles = el(
    'ul',
    { id: 'roles', class: 'list plain' },
    ...catalog.roles.map((r, i) =>
      el(
        'li',
        {},
        fold(`about-role-${i}`, r.heading, el('p', { class: 'role-desc' }, r.description)).details,
      ),
    ),
  );
  return el(
    'div',
    { class: 'about' },
    fold(
      'about-standards',
      `The ${catalog.standards.length} standards`,
      el('p', { class: 'secondary' }, 'Standards for Professional Learning, grouped by frame.'),
      standards,
    ).details,
    fold(
      'about-roles',
      `The ${catalog.roles.length} roles`,
      el('p', { class: 'callout' }, catalog.roleGuidance.note),
      roles,
    ).details,
  );
}
