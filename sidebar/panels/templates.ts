import type { CatalogDto, TemplateKindDto } from '../../src/core/api';
import { server } from '../api';
import { el, errorText, fold, option } from '../dom';
import { withProgress } from '../status';
import { roleHelp } from './about';

interface TemplateForm {
  kind: HTMLSelectElement;
  description: HTMLParagraphElement;
  role: HTMLSelectElement;
  roleLabel: HTMLLabelElement;
  roleGroup: HTMLElement;
  others: HTMLInputElement[];
  othersGroup: HTMLElement;
  frames: HTMLInputElement[];
  framesGroup: HTMLDetailsElement;
  framesSummary: HTMLElement;
  framesHint: HTMLElement;
  outcomes: HTMLTextAreaElement;
  title: HTMLInputElement;
  outcomesGroup: HTMLElement;
  fromSelection: HTMLButtonElement;
  preview: HTMLParagraphElement;
  insert: HTMLButtonElement;
}

/**
 * Step 1's form: the template, the role when it needs one (with help choosing it), then the
 * insert button; the frames are folded, since all three is the usual choice.
 */
function build(container: HTMLElement, catalog: CatalogDto, status: HTMLElement): TemplateForm {
  const kind = el('select', { id: 'tpl-kind' });
  catalog.templates.forEach((t) => kind.append(option(t.kind, t.label)));
  const role = el('select', { id: 'tpl-role' });
  catalog.roles.forEach((r) => role.append(option(r.id, r.name)));
  const frames = catalog.frames.map((f) =>
    el('input', { type: 'checkbox', value: f.id, id: `tpl-frame-${f.id}`, checked: true }),
  );
  const others = catalog.roles.map((r) =>
    el('input', { type: 'checkbox', value: r.id, id: `tpl-other-${r.id}` }),
  );
  const roleLabel = el('label', { for: 'tpl-role' }, 'Role');
  const framesHint = el('p', { class: 'secondary' });
  const framesFold = fold(
    'tpl-frames',
    '',
    el(
      'fieldset',
      {},
      el('legend', {}, 'Standards frames'),
      ...catalog.frames.map((f, i) =>
        el('div', { class: 'check-row' }, frames[i]!, el('label', { for: `tpl-frame-${f.id}` }, f.name)),
      ),
      framesHint,
    ),
  );
  const f: TemplateForm = {
    kind,
    description: el('p', { class: 'secondary note', id: 'tpl-desc' }),
    role,
    roleLabel,
    roleGroup: el('div', { class: 'form-group' }, roleLabel, role, roleHelp(role, catalog, 'tpl-role-help')),
    others,
    othersGroup: el(
      'fieldset',
      { id: 'tpl-others' },
      el('legend', {}, 'Beside these roles'),
      ...catalog.roles.map((r, i) =>
        el('div', { class: 'check-row' }, others[i]!, el('label', { for: `tpl-other-${r.id}` }, r.name)),
      ),
    ),
    frames,
    framesGroup: framesFold.details,
    framesSummary: framesFold.summary,
    framesHint,
    outcomes: el('textarea', { id: 'tpl-outcomes', rows: '5', placeholder: 'One desired outcome per line' }),
    title: el('input', {
      id: 'tpl-title',
      type: 'text',
      maxlength: '100',
      placeholder: 'IC map - Our outcomes',
    }),
    outcomesGroup: el('div', { class: 'form-group' }),
    fromSelection: el('button', { id: 'tpl-from-selection', type: 'button' }, 'Use selected cells'),
    preview: el('p', { class: 'secondary', id: 'tpl-preview', 'aria-live': 'polite' }),
    insert: el('button', { id: 'tpl-insert', class: 'action', type: 'button' }, 'Insert template'),
  };
  f.outcomesGroup.append(
    el('label', { for: 'tpl-outcomes' }, 'Desired outcomes'),
    f.outcomes,
    el('div', { class: 'block' }, f.fromSelection),
    el('label', { for: 'tpl-title' }, 'Tab title (optional)'),
    f.title,
  );
  container.append(
    el('div', { class: 'form-group' }, el('label', { for: 'tpl-kind' }, 'Template'), kind, f.description),
    f.roleGroup,
    f.othersGroup,
    f.outcomesGroup,
    f.framesGroup,
    f.preview,
    el('div', { class: 'block' }, f.insert),
    status,
  );
  return f;
}

/** The request the form describes, in the shape `parseTemplateRequest` checks on the server. */
function request(f: TemplateForm): Record<string, unknown> {
  const frames = f.frames.filter((c) => c.checked).map((c) => c.value);
  const outcomes = f.outcomes.value.split('\n');
  const roles = f.others.filter((c) => c.checked).map((c) => c.value);
  return { kind: f.kind.value, role: f.role.value, roles, frames, outcomes, title: f.title.value };
}

/** "Standards frames: all three", "Standards frames: 2 of 3", so the fold shows the choice. */
function framesChoice(f: TemplateForm, info: TemplateKindDto | undefined): string {
  const ticked = f.frames.filter((c) => c.checked).length;
  const all = ticked === f.frames.length || (ticked === 0 && info?.frames === 'optional');
  return `Standards frames: ${all ? 'all three' : ticked === 0 ? 'none chosen' : `${ticked} of ${f.frames.length}`}`;
}

function showFieldsFor(f: TemplateForm, info: TemplateKindDto | undefined): void {
  f.description.textContent = info?.description ?? '';
  f.roleGroup.hidden = !info?.needsRole;
  f.roleLabel.textContent = info?.needsRoles ? 'Your role' : 'Role';
  f.othersGroup.hidden = !info?.needsRoles;
  // Your own role is already the first column: it cannot be ticked again.
  for (const box of f.others) box.disabled = box.value === f.role.value;
  f.framesGroup.hidden = info?.frames === 'none';
  f.framesSummary.textContent = framesChoice(f, info);
  f.framesHint.textContent = info?.frames === 'optional' ? 'Leave all unticked for all three frames.' : '';
  f.outcomesGroup.hidden = !info?.needsOutcomes;
}

/**
 * The Templates step (sidebar and menu dialog): choose the template, the role and frames,
 * see how many rows it will make, insert with progress and a clear result or error.
 */
export function mountTemplates(
  container: HTMLElement,
  catalog: CatalogDto,
  status: HTMLElement,
  onInserted?: (sheetName: string) => void,
): void {
  const f = build(container, catalog, status);
  let previewSeq = 0;
  const refresh = async () => {
    showFieldsFor(
      f,
      catalog.templates.find((t) => t.kind === f.kind.value),
    );
    const mine = ++previewSeq;
    try {
      const p = await server.previewTemplate(request(f));
      if (mine === previewSeq) f.preview.textContent = `Adds the tab "${p.title}" with ${p.rows} rows.`;
    } catch (e) {
      if (mine === previewSeq) f.preview.textContent = errorText(e);
    }
  };
  for (const input of [f.kind, f.role, ...f.others, ...f.frames])
    input.addEventListener('change', () => void refresh());
  f.outcomes.addEventListener('change', () => void refresh());
  f.title.addEventListener('change', () => void refresh());
  f.fromSelection.addEventListener('click', () => {
    void withProgress(
      status,
      f.fromSelection,
      'Reading the selected cells…',
      () => server.getSelectedOutcomes(),
      (r) => `Read ${r.outcomes.length} outcomes from ${r.from}.`,
    ).then((r) => {
      if (!r) return;
      f.outcomes.value = r.outcomes.join('\n');
      void refresh();
    });
  });
  f.insert.addEventListener('click', () => {
    void withProgress(
      status,
      f.insert,
      'Inserting the template…',
      () => server.insertTemplate(request(f)),
      (r) => `Added the tab "${r.sheetName}" (${r.rows} rows).`,
    ).then((r) => {
      if (r && onInserted) onInserted(r.sheetName);
    });
  });
  void refresh();
}
