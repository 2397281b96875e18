import type { CatalogDto, ColumnsDto, ResponseTabDto, SurveySummary } from '../../src/core/api';
import { server } from '../api';
import { el, errorText, option } from '../dom';
import { showStatus, withProgress } from '../status';

type ColumnDto = ColumnsDto['columns'][number];
type Scale = CatalogDto['scales'][number];

/** What the user chose, kept apart from the DOM so requests are built in one place. */
interface Choice {
  /** The source: a linked Form by id (survives renaming the tab), else the tab by name. */
  ref: { formId: string } | { tab: string } | null;
  columns: ColumnsDto | null;
  overrides: Record<string, string>;
}

interface ResultsForm {
  tab: HTMLSelectElement;
  settings: HTMLElement;
  reload: HTMLButtonElement;
  details: HTMLElement;
  columnsSummary: HTMLElement;
  columnList: HTMLElement;
  groupBy: HTMLSelectElement;
  minGroup: HTMLInputElement;
  onePerPerson: HTMLInputElement;
  waves: HTMLInputElement;
  wavesGroup: HTMLElement;
  notes: HTMLElement;
  preview: HTMLButtonElement;
  build: HTMLButtonElement;
  status: HTMLElement;
  output: HTMLElement;
}

const tabKey = (t: ResponseTabDto): string => (t.linked && t.formId ? `form:${t.formId}` : `tab:${t.name}`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function tabLabel(t: ResponseTabDto): string {
  const survey = t.surveyTitle ? ` — ${t.surveyTitle}` : '';
  const count = t.looksLikeResponses ? plural(t.rows, 'response') : plural(t.rows, 'row');
  return `${t.name}${survey} (${count})`;
}

function build(container: HTMLElement): ResultsForm {
  const f: ResultsForm = {
    tab: el('select', { id: 'res-tab' }),
    settings: el('div', { id: 'res-settings', hidden: true }),
    reload: el('button', { id: 'res-reload', type: 'button', title: 'Reload the list of tabs' }, 'Reload'),
    details: el('details', { id: 'res-columns', class: 'block' }),
    columnsSummary: el('summary', {}),
    columnList: el('div', { class: 'columns' }),
    groupBy: el('select', { id: 'res-group' }),
    minGroup: el('input', { id: 'res-min', type: 'number', min: '1', step: '1', value: '5' }),
    onePerPerson: el('input', { id: 'res-one', type: 'checkbox' }),
    waves: el('input', { id: 'res-waves', type: 'text', placeholder: '2025-01-15, 2025-06-01' }),
    wavesGroup: el('div', { class: 'form-group' }),
    notes: el('ul', { id: 'res-notes', class: 'notes' }),
    preview: el('button', { id: 'res-preview', type: 'button', disabled: true }, 'Preview'),
    build: el(
      'button',
      { id: 'res-build', class: 'action', type: 'button', disabled: true },
      'Build summary tab',
    ),
    status: el('div', { id: 'res-status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    output: el('div', { id: 'res-output' }),
  };
  f.details.append(f.columnsSummary, f.columnList);
  f.wavesGroup.append(
    el('label', { for: 'res-waves' }, 'Waves: cutoff dates (optional)'),
    f.waves,
    el('p', { class: 'secondary' }, 'YYYY-MM-DD, separated by commas. Waves replace the breakdown.'),
  );
  f.wavesGroup.hidden = true;
  f.settings.append(
    f.details,
    el('div', { class: 'block form-group' }, el('label', { for: 'res-group' }, 'Break down by'), f.groupBy),
    el(
      'div',
      { class: 'block form-group' },
      el('label', { for: 'res-min' }, 'Minimum group size'),
      f.minGroup,
      el('p', { class: 'secondary' }, 'Smaller groups are hidden to keep answers anonymous.'),
    ),
    el(
      'div',
      { class: 'block form-group' },
      el('label', { for: 'res-one' }, f.onePerPerson, ' One response per person'),
      el(
        'p',
        { class: 'secondary' },
        "When e-mail addresses are collected, count only each address's latest response.",
      ),
    ),
    f.wavesGroup,
    f.notes,
    el('div', { class: 'block buttons' }, f.preview, f.build),
  );
  container.append(
    el(
      'div',
      { class: 'block form-group' },
      el('label', { for: 'res-tab' }, 'Responses tab'),
      el('div', { class: 'row' }, f.tab, f.reload),
    ),
    f.settings,
    f.status,
    f.output,
  );
  return f;
}

function fillTabs(select: HTMLSelectElement, tabs: readonly ResponseTabDto[], keep: string): void {
  // Linked tabs first, then tabs headed like a responses export, then the rest.
  const rank = (t: ResponseTabDto) => (t.linked ? 0 : t.looksLikeResponses ? 1 : 2);
  const sorted = [...tabs].sort((a, b) => rank(a) - rank(b));
  const responses = sorted.filter((t) => t.looksLikeResponses);
  const others = sorted.filter((t) => !t.looksLikeResponses);
  select.textContent = '';
  select.append(
    option('', responses.length > 0 ? 'Choose a tab…' : 'No survey responses yet: choose a tab…'),
  );
  const group = (label: string, list: ResponseTabDto[]) => {
    if (list.length > 0)
      select.append(el('optgroup', { label }, ...list.map((t) => option(tabKey(t), tabLabel(t)))));
  };
  group('Survey responses', responses);
  group('Other tabs', others);
  select.value = tabs.some((t) => tabKey(t) === keep) ? keep : '';
}

function scaleText(id: string | null, scales: readonly Scale[]): string {
  if (id === 'choice') return 'single choice';
  if (id === 'checkbox') return 'checkboxes';
  return scales.find((s) => s.id === id)?.name ?? id ?? '';
}

const KINDS: Record<string, string> = {
  timestamp: 'Response time',
  email: 'E-mail address (never summarized)',
  date: 'Dates',
  number: 'Numbers',
  text: 'Text, not a question',
  empty: 'Empty',
  ignored: 'Not a question',
};
const ROLES: Record<string, string> = {
  role: "Respondent's role",
  school: 'School or office',
  timestamp: 'Response time',
  email: 'E-mail address (never summarized)',
};
const SOURCES: Record<string, string> = {
  schema: 'from the survey',
  form: 'from the form',
  override: 'your setting',
  detected: 'from the answers',
};
/** Kinds whose reason says more than the kind's name (why free text, why not a scale). */
const WITH_REASON = new Set(['text', 'number', 'date', 'empty', 'score', 'group']);

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "agreement scale (from the survey)", "single choice (from the form)", "Free text", "Respondent's role". */
function readAs(c: ColumnDto, scales: readonly Scale[]): string {
  let what: string;
  if (c.kind === 'item') {
    const reading = c.reading ?? c.scale;
    const kind = reading === 'choice' || reading === 'checkbox';
    const fit =
      c.source === 'detected' && c.share < 1 ? `, ${Math.round(c.share * 100)}% of answers fit` : '';
    const also =
      c.alternatives.length > 0
        ? `; also fits ${c.alternatives.map((a) => scaleText(a, scales)).join(', ')}`
        : '';
    what = `${scaleText(reading, scales)}${kind ? '' : ' scale'}${fit}${also}`;
  } else if (c.role && ROLES[c.role]) what = ROLES[c.role]!;
  else if (c.reason && WITH_REASON.has(c.kind)) what = capital(c.reason);
  else what = KINDS[c.kind] || c.kind;
  const source = c.source ? SOURCES[c.source] : undefined;
  return source ? `${what} (${source})` : what;
}

/** Timestamps and e-mail addresses are never questions: they get no setting. */
const settable = (c: ColumnDto) => c.kind !== 'timestamp' && c.kind !== 'email' && c.role !== 'email';

function scaleSelect(id: string, scales: readonly Scale[], value: string): HTMLSelectElement {
  const worded = scales.filter((s) => !s.id.startsWith('linear'));
  const linear = scales.filter((s) => s.id.startsWith('linear'));
  const select = el(
    'select',
    { id },
    option('', 'Auto'),
    el(
      'optgroup',
      { label: 'Scales' },
      ...worded.map((s) => option(s.id, `${s.name}: ${s.labels.join(', ')}`)),
    ),
    el(
      'optgroup',
      { label: 'Linear scales (numbers)' },
      ...linear.map((s) => option(s.id, `numbers ${s.labels[s.labels.length - 1]} to ${s.labels[0]}`)),
    ),
    el(
      'optgroup',
      { label: 'Other questions' },
      option('choice', 'Single choice: count each answer'),
      option('checkbox', 'Checkboxes: count each ticked choice'),
    ),
    option('ignore', 'Not a question'),
  );
  select.value = value;
  return select;
}

/**
 * One row per column: its header, how it is read, and a setting to read it otherwise.
 * Rebuilt only when the headers change, so a keyboard user keeps focus on the select.
 */
function renderColumns(
  f: ResultsForm,
  choice: Choice,
  scales: readonly Scale[],
  onOverride: (header: string, value: string) => void,
): void {
  const cols = choice.columns?.columns ?? [];
  const items = cols.filter((c) => c.kind === 'item').length;
  f.columnsSummary.textContent = `How the columns are read (${items} of ${plural(cols.length, 'column')} are questions)`;
  const same =
    f.columnList.childElementCount === cols.length &&
    cols.every((c, i) => (f.columnList.children[i] as HTMLElement).dataset.header === c.header);
  if (same) {
    cols.forEach((c, i) => {
      const note = f.columnList.children[i]?.querySelector('.read-as');
      if (note) note.textContent = readAs(c, scales);
    });
    return;
  }
  f.columnList.textContent = '';
  cols.forEach((c, i) => {
    const id = `res-col-${i}`;
    const row = el(
      'div',
      { class: 'column-row' },
      el(
        settable(c) ? 'label' : 'div',
        { class: 'column-header', title: c.header, ...(settable(c) ? { for: id } : {}) },
        c.header,
      ),
      el('div', { class: 'read-as secondary' }, readAs(c, scales)),
    );
    row.dataset.header = c.header;
    if (settable(c)) {
      const select = scaleSelect(id, scales, choice.overrides[c.header] ?? '');
      select.addEventListener('change', () => onOverride(c.header, select.value));
      row.append(select);
    }
    f.columnList.append(row);
  });
}

const waveDates = (raw: string): string[] => raw.split(/[\s,;]+/).filter((w) => w !== '');

/** Waves split the responses by date, so they take the breakdown's place. */
function syncWaves(f: ResultsForm): void {
  f.groupBy.disabled = waveDates(f.waves.value).length > 0;
}

function renderOptions(f: ResultsForm, columns: ColumnsDto): void {
  const keep = f.groupBy.value;
  f.groupBy.textContent = '';
  f.groupBy.append(option('', 'None'), ...columns.groupBy.map((h) => option(h, h)));
  f.groupBy.value = columns.groupBy.includes(keep) ? keep : '';
  f.wavesGroup.hidden = columns.timestamp === null;
  if (columns.timestamp === null) f.waves.value = '';
  syncWaves(f);
  f.notes.textContent = '';
  f.notes.append(...columns.messages.map((m) => el('li', {}, m)));
}

/** The request in the shape `parseSummarizeRequest` checks on the server. */
function summaryRequest(f: ResultsForm, choice: Choice): Record<string, unknown> {
  const waves = choice.columns?.timestamp ? waveDates(f.waves.value) : [];
  const min = f.minGroup.valueAsNumber;
  return {
    ...choice.ref,
    // With waves the server groups by a date column: the response time.
    groupBy: waves.length > 0 ? choice.columns?.timestamp : f.groupBy.value || null,
    ...(Number.isFinite(min) ? { minGroupSize: min } : {}),
    overrides: choice.overrides,
    ...(waves.length > 0 ? { waves } : {}),
    ...(f.onePerPerson.checked ? { onePerPerson: true } : {}),
  };
}

function cell(tag: 'td' | 'th', text: string, attrs: Record<string, string> = {}): HTMLTableCellElement {
  return el(tag, attrs, text);
}

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const mean = (x: number | null) => (x === null ? '–' : x.toFixed(1));

/** The preview: one compact row per item, then the groups and the server's notes. */
function renderPreview(out: HTMLElement, s: SurveySummary): void {
  out.textContent = '';
  const table = el(
    'table',
    { id: 'res-table', class: 'preview' },
    el('caption', {}, `${plural(s.responses, 'response')}, ${plural(s.items.length, 'question')}`),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        cell('th', 'Item', { scope: 'col' }),
        cell('th', 'n', { scope: 'col' }),
        cell('th', '% fav.', { scope: 'col', title: 'Percent favorable' }),
        cell('th', 'Mean', { scope: 'col' }),
      ),
    ),
    el(
      'tbody',
      {},
      ...s.items.map((i) =>
        el(
          'tr',
          {},
          cell('th', i.title, { scope: 'row', title: i.column }),
          cell('td', String(i.n)),
          cell('td', pct(i.favorable)),
          cell('td', mean(i.mean)),
        ),
      ),
    ),
  );
  out.append(table);
  if (s.groupBy !== null) {
    const hidden = s.groups.filter((g) => g.suppressed).length;
    const by = s.cutoffs ? 'Split into waves by date' : `Broken down by ${s.groupBy}`;
    out.append(
      el(
        'p',
        { id: 'res-groups', class: 'secondary' },
        `${by}: ${plural(s.groups.length - hidden, 'group')} shown, ${hidden} hidden ` +
          `(fewer than ${s.minGroupSize} respondents).`,
      ),
      el(
        'ul',
        { class: 'notes' },
        ...s.groups.map((g) =>
          el(
            'li',
            {},
            g.suppressed ? `${g.value}: hidden` : `${g.value}: ${plural(g.respondents, 'respondent')}`,
          ),
        ),
      ),
    );
  }
  const notes = [...s.messages];
  if (s.repeats && s.repeats.extra > 0) {
    notes.push(
      `${plural(s.repeats.addresses, 'address', 'addresses')} answered more than once (${plural(s.repeats.extra, 'extra response')})` +
        (s.repeats.latestOnly ? ': only the latest of each is counted.' : '.'),
    );
  }
  if (s.skipped.length > 0) {
    notes.push(`Not summarized: ${s.skipped.map((x) => `${x.column} (${x.reason})`).join('; ')}.`);
  }
  if (notes.length > 0) out.append(el('ul', { class: 'notes' }, ...notes.map((m) => el('li', {}, m))));
}

/**
 * The Results panel: choose a responses tab, check how its columns are read, choose the
 * breakdown, preview the figures, and build (or rebuild) the summary tab.
 */
export function mountResults(container: HTMLElement, catalog: CatalogDto): { reload(): Promise<void> } {
  const f = build(container);
  const choice: Choice = { ref: null, columns: null, overrides: {} };
  let tabs: ResponseTabDto[] = [];
  let seq = 0; // answers to an earlier choice of tab are dropped

  const describe = async () => {
    const mine = ++seq;
    if (choice.ref === null) return;
    f.preview.disabled = f.build.disabled = true;
    showStatus(f.status, { kind: 'progress', text: 'Reading the columns…' });
    try {
      const columns = await server.describeColumns({ ...choice.ref, overrides: choice.overrides });
      if (mine !== seq) return;
      choice.columns = columns;
      renderColumns(f, choice, catalog.scales, (header, value) => {
        if (value === '') delete choice.overrides[header];
        else choice.overrides[header] = value;
        void describe();
      });
      renderOptions(f, columns);
      f.settings.hidden = false;
      f.preview.disabled = f.build.disabled = false;
      showStatus(f.status, null);
    } catch (e) {
      if (mine === seq) showStatus(f.status, { kind: 'error', text: errorText(e) });
    }
  };

  /** Follows the tab select; false when the source is unchanged. */
  const choose = (): boolean => {
    const t = tabs.find((x) => tabKey(x) === f.tab.value);
    const ref = t ? (t.linked && t.formId ? { formId: t.formId } : { tab: t.name }) : null;
    const changed = JSON.stringify(ref) !== JSON.stringify(choice.ref);
    if (!changed) return false;
    ++seq;
    choice.ref = ref;
    choice.columns = null;
    choice.overrides = {};
    f.columnList.textContent = '';
    f.output.textContent = '';
    f.groupBy.value = '';
    f.waves.value = '';
    syncWaves(f);
    f.settings.hidden = true;
    showStatus(f.status, null);
    void describe();
    return true;
  };

  /** Reloads the list of tabs; `again` also re-reads the chosen tab's columns (new answers). */
  const reload = async (again = false) => {
    f.reload.disabled = true;
    try {
      tabs = await server.listResponseTabs();
      fillTabs(f.tab, tabs, f.tab.value);
      if (!choose() && again) void describe();
    } catch (e) {
      showStatus(f.status, { kind: 'error', text: errorText(e) });
    } finally {
      f.reload.disabled = false;
    }
  };

  // The new summary tab joins the list; the success message stays up.
  const listQuietly = () =>
    server.listResponseTabs().then(
      (list) => {
        tabs = list;
        fillTabs(f.tab, tabs, f.tab.value);
      },
      () => undefined, // the list is refreshed next time
    );

  f.tab.addEventListener('change', () => void choose());
  f.reload.addEventListener('click', () => void reload(true));
  f.waves.addEventListener('input', () => syncWaves(f));
  f.preview.addEventListener('click', () => {
    const mine = seq;
    f.output.textContent = '';
    void withProgress(
      f.status,
      f.preview,
      'Summarizing the responses…',
      () => server.summarizeSurvey(summaryRequest(f, choice)),
      (s) => `Preview of ${plural(s.responses, 'response')}.`,
    ).then((s) => {
      if (s && mine === seq) renderPreview(f.output, s);
    });
  });
  f.build.addEventListener('click', () => {
    void withProgress(
      f.status,
      f.build,
      'Building the summary tab…',
      () => server.buildSummary(summaryRequest(f, choice)),
      (r) =>
        `Built "${r.sheetName}": ${plural(r.responses, 'response')}, ${plural(r.charts, 'chart')}` +
        (r.hiddenGroups > 0 ? `, ${plural(r.hiddenGroups, 'group')} hidden.` : '.'),
    ).then((r) => {
      if (r) void listQuietly();
    });
  });
  void reload();
  return { reload: () => reload() };
}
