import type { CatalogDto, CreatedSurveyDto } from '../../src/core/api';
import { server } from '../api';
import { el, fold, option, statusArea } from '../dom';
import { withProgress } from '../status';
import { roleHelp } from './about';

/**
 * A link that opens in a new tab. Only https addresses become links: a server value is
 * never trusted to be a safe URL (a `javascript:` one would run on click).
 */
export function externalLink(url: string, text: string, id?: string): HTMLElement {
  if (!/^https:\/\//i.test(url)) return el('span', id ? { id } : {}, text);
  return el('a', { href: url, target: '_blank', rel: 'noopener', ...(id ? { id } : {}) }, text);
}

/** A checkbox with its label on one line; the label is the box's accessible name. */
export function checkbox(
  id: string,
  label: string,
  checked = false,
  value = 'on',
): { row: HTMLElement; box: HTMLInputElement } {
  const box = el('input', { type: 'checkbox', id, value, checked });
  return { row: el('div', { class: 'check-row' }, box, el('label', { for: id }, label)), box };
}

interface SurveyForm {
  instrument: HTMLSelectElement;
  description: HTMLElement;
  role: HTMLSelectElement;
  icGroup: HTMLElement;
  frames: HTMLInputElement[];
  framesGroup: HTMLElement;
  title: HTMLInputElement;
  askRole: HTMLInputElement;
  askSchool: HTMLInputElement;
  collectEmail: HTMLInputElement;
  schools: HTMLTextAreaElement;
  schoolsGroup: HTMLElement;
  optionsSummary: HTMLElement;
  create: HTMLButtonElement;
  status: HTMLElement;
  result: HTMLElement;
}

const DESCRIPTIONS: Record<string, string> = {
  'where-are-we-now':
    'Five statements about professional learning in the district, answered from Strongly agree to Strongly disagree.',
  'ic-self-assessment':
    "A role's key responsibilities, each answered by choosing the description of practice people recognise (four levels, written for this add-on).",
};

/** Step 2's form: which survey (and role), then "Create Google Form"; the options are folded. */
function build(container: HTMLElement, catalog: CatalogDto): SurveyForm {
  const instrument = el(
    'select',
    { id: 'srv-instrument' },
    option('where-are-we-now', 'Where are we now?'),
    option('ic-self-assessment', 'IC self-assessment'),
  );
  const role = el('select', { id: 'srv-role' }, ...catalog.roles.map((r) => option(r.id, r.name)));
  const frameBoxes = catalog.frames.map((f) => checkbox(`srv-frame-${f.id}`, f.name, true, f.id));
  const askRole = checkbox('srv-ask-role', "Ask the respondent's role", true);
  const askSchool = checkbox('srv-ask-school', 'Ask their school or office');
  const collectEmail = checkbox('srv-collect-email', 'Collect e-mail addresses');
  const options = fold('srv-options', '');
  const f: SurveyForm = {
    instrument,
    description: el('p', { class: 'secondary note' }),
    role,
    icGroup: el(
      'div',
      { class: 'form-group' },
      el('label', { for: 'srv-role' }, 'Role'),
      role,
      roleHelp(role, catalog, 'srv-role-help'),
    ),
    frames: frameBoxes.map((b) => b.box),
    framesGroup: el('fieldset', {}, el('legend', {}, 'Standards frames'), ...frameBoxes.map((b) => b.row)),
    title: el('input', { id: 'srv-title', type: 'text', maxlength: '150' }),
    askRole: askRole.box,
    askSchool: askSchool.box,
    collectEmail: collectEmail.box,
    schools: el('textarea', {
      id: 'srv-schools',
      rows: '4',
      placeholder: 'Lincoln Elementary\nCentral Office',
    }),
    schoolsGroup: el('div', { class: 'form-group indent' }),
    optionsSummary: options.summary,
    create: el('button', { id: 'srv-create', class: 'action', type: 'button' }, 'Create Google Form'),
    status: statusArea('srv-status'),
    result: el('div', { id: 'srv-result', class: 'result', 'aria-live': 'polite' }),
  };
  f.schoolsGroup.append(el('label', { for: 'srv-schools' }, 'Schools or offices, one per line'), f.schools);
  options.details.append(
    el(
      'fieldset',
      {},
      el('legend', {}, 'Questions'),
      askRole.row,
      askSchool.row,
      f.schoolsGroup,
      collectEmail.row,
    ),
    f.framesGroup,
    el('div', { class: 'form-group' }, el('label', { for: 'srv-title' }, 'Form title (optional)'), f.title),
  );
  container.append(
    el(
      'div',
      { class: 'form-group' },
      el('label', { for: 'srv-instrument' }, 'Survey'),
      instrument,
      f.description,
    ),
    f.icGroup,
    options.details,
    el('div', { class: 'block' }, f.create),
    f.status,
    f.result,
    el(
      'p',
      { class: 'secondary note' },
      'Already have a Google Form? In the form, open Responses and choose "Link to Sheets" with this spreadsheet; step 3 then summarizes it.',
    ),
  );
  return f;
}

/** The request in the shape `parseSurveyRequest` checks on the server. */
function request(f: SurveyForm): Record<string, unknown> {
  const ic = f.instrument.value === 'ic-self-assessment';
  return {
    instrument: f.instrument.value,
    ...(ic ? { role: f.role.value, frames: f.frames.filter((c) => c.checked).map((c) => c.value) } : {}),
    title: f.title.value,
    askRole: f.askRole.checked,
    askSchool: f.askSchool.checked,
    schools: f.askSchool.checked ? f.schools.value.split('\n') : [],
    collectEmail: f.collectEmail.checked,
  };
}

/** "Options: asks role and school, all three frames": the fold says what the form will ask. */
function optionsChoice(f: SurveyForm): string {
  const asks = [
    f.askRole.checked && 'role',
    f.askSchool.checked && 'school',
    f.collectEmail.checked && 'e-mail',
  ];
  const chosen = asks.filter((a): a is string => typeof a === 'string');
  const parts = [chosen.length > 0 ? `asks ${chosen.join(', ')}` : 'no extra questions'];
  if (f.instrument.value === 'ic-self-assessment') {
    const n = f.frames.filter((c) => c.checked).length;
    parts.push(n === f.frames.length ? 'all three frames' : `${n} of ${f.frames.length} frames`);
  }
  return `Options: ${parts.join('; ')}`;
}

function showFields(f: SurveyForm): void {
  const ic = f.instrument.value === 'ic-self-assessment';
  f.icGroup.hidden = !ic;
  f.framesGroup.hidden = !ic;
  f.description.textContent = DESCRIPTIONS[f.instrument.value] ?? '';
  const roleName = f.role.selectedOptions[0]?.textContent ?? '';
  f.title.placeholder = ic ? `IC self-assessment - ${roleName}` : 'Where are we now?';
  f.schoolsGroup.hidden = !f.askSchool.checked;
  f.optionsSummary.textContent = optionsChoice(f);
}

function showCreated(result: HTMLElement, s: CreatedSurveyDto): void {
  result.textContent = '';
  result.append(
    el('p', {}, `The form "${s.title}" is ready.`),
    el(
      'ul',
      { class: 'links' },
      el('li', {}, externalLink(s.publishedUrl, 'Link to send respondents', 'srv-published')),
      el('li', {}, externalLink(s.editUrl, 'Edit the form', 'srv-edit')),
    ),
    el(
      'p',
      { class: 'secondary', id: 'srv-tab' },
      s.responsesTab
        ? `Responses arrive in the tab "${s.responsesTab}".`
        : 'The responses tab will appear in this spreadsheet within moments.',
    ),
  );
}

/**
 * The Survey step: builds a Google Form from an instrument, linked to this spreadsheet,
 * and shows the link to send and the edit link. `onCreated` lets the other steps catch up.
 */
export function mountSurveys(
  container: HTMLElement,
  catalog: CatalogDto,
  onCreated?: (survey: CreatedSurveyDto) => void,
): void {
  const f = build(container, catalog);
  for (const input of [f.instrument, f.role, f.askRole, f.askSchool, f.collectEmail, ...f.frames])
    input.addEventListener('change', () => showFields(f));
  showFields(f);
  // The schools typed for the last survey, so a second survey offers the same list.
  void server.getSchools().then(
    (schools) => {
      if (f.schools.value.trim() === '' && schools.length > 0) f.schools.value = schools.join('\n');
    },
    () => undefined, // no saved list: the user types one
  );
  f.create.addEventListener('click', () => {
    f.result.textContent = '';
    void withProgress(
      f.status,
      f.create,
      'Creating the Google Form…',
      () => server.createSurvey(request(f)),
      (s) => `Created the form "${s.title}".`,
    ).then((s) => {
      if (!s) return;
      showCreated(f.result, s);
      onCreated?.(s);
    });
  });
}
