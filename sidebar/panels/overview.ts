import type { CatalogDto } from '../../src/core/api';
import { server } from '../api';
import { el, statusArea } from '../dom';
import type { StepId } from '../steps';
import { withProgress } from '../status';

/** "Insert standards overview", with its outcome right under the button. */
export function overviewButton(onInserted: () => void): HTMLElement {
  const insert = el('button', { id: 'insert-overview', type: 'button' }, 'Insert standards overview');
  const status = statusArea('overview-status');
  insert.addEventListener('click', () => {
    void withProgress(
      status,
      insert,
      'Inserting the standards overview…',
      () => server.insertStandardsOverview(),
      (r) => `Added the tab "${r.sheetName}" (${r.rows} rows).`,
    ).then((r) => {
      if (r) onInserted();
    });
  });
  return el('div', { class: 'block' }, insert, status);
}

/** A link to another step; the focus moves to that step's tab, since this button is hidden with step 1. */
const goTo = (
  label: string,
  name: string,
  step: StepId,
  show: (s: StepId, focus: boolean) => void,
): HTMLButtonElement => {
  const b = el('button', { type: 'button', class: 'link', 'aria-label': name }, label);
  b.addEventListener('click', () => show(step, true));
  return b;
};

/** What a new spreadsheet shows first: the three jobs in order, the overview's button in the first. */
export function startHere(
  catalog: CatalogDto,
  overview: HTMLElement,
  show: (s: StepId, focus: boolean) => void,
): HTMLElement {
  return el(
    'section',
    { id: 'start-here', class: 'card', 'aria-labelledby': 'h-start' },
    el('h2', { id: 'h-start' }, 'Start here'),
    el(
      'ol',
      { class: 'start-steps' },
      el('li', {}, `See the ${catalog.standards.length} standards in a tab of their own.`, overview),
      el('li', {}, 'Add a template for your role, below.'),
      el(
        'li',
        {},
        'Survey your staff in ',
        goTo('step 2', 'Go to step 2, Survey', 'survey', show),
        ', then summarize and share in ',
        goTo('step 3', 'Go to step 3, Results and sharing', 'results', show),
        '.',
      ),
    ),
  );
}

/** The overview's place once the spreadsheet is under way: after the template form. */
export function overviewSection(catalog: CatalogDto, overview: HTMLElement): HTMLElement {
  return el(
    'section',
    { class: 'section', 'aria-labelledby': 'h-overview' },
    el('h2', { id: 'h-overview' }, 'Standards overview'),
    el('p', { class: 'secondary' }, `A tab listing the ${catalog.standards.length} standards by frame.`),
    overview,
  );
}
