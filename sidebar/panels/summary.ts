import type {
  CatalogDto,
  ColumnsDto,
  ResponseTabDto,
  SpreadsheetStateDto,
  SurveySummary,
} from '../../src/core/api';
import { medianLevel } from '../../src/core/ic/median';
import { server } from '../api';
import { el, errorText, fold, option, statusArea } from '../dom';
import { showStatus, withProgress } from '../status';
import { plural } from '../text';
import { checkbox } from './surveys';

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
  empty: HTMLElement;
  settings: HTMLElement;
  reload: HTMLButtonElement;
  options: HTMLDetailsElement;
  optionsSummary: HTMLElement;
  columns: HTMLDetailsElement;
  columnsSummary: HTMLElement;
  columnList: HTMLElement;
  groupBy: HTMLSelectElement;
  /** The breakdown's name on the tab ("Role" for "Your role"), prefilled, editable. */
  groupLabel: HTMLInputElement;
  groupLabelGroup: HTMLElement;
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

/** "Where are we now? — Form Responses 1 (12 responses)": the survey first, as people know it. */
function tabLabel(t: ResponseTabDto): string {
  const count = t.looksLikeResponses ? plural(t.rows, 'response') : plural(t.rows, 'row');
  return `${t.surveyTitle ? `${t.surveyTitle} — ` : ''}${t.name} (${count})`;
}

/**
 * Step 3's summary form: which responses, then "Build summary tab" and "Preview". The
 * breakdown and privacy options are folded before the buttons (their summary line says what
 * is chosen); how each column is read is folded after them.
 */
function build(container: HTMLElement): ResultsForm {
  const options = fold('res-options', '');
  const columns = fold('res-columns', '');
  const onePerPerson = checkbox('res-one', 'One response per person');
  const f: ResultsForm = {
    tab: el('select', { id: 'res-tab' }),
    empty: el(
      'p',
      { id: 'res-empty', class: 'secondary note', hidden: true },
      'No survey responses here yet. Create a Form in step 2 (or link one of yours): its responses tab shows up here.',
    ),
    settings: el('div', { id: 'res-settings', hidden: true }),
    reload: el('button', { id: 'res-reload', type: 'button', title: 'Reload the list of tabs' }, 'Reload'),
    options: options.details,
    optionsSummary: options.summary,
    columns: columns.details,
    columnsSummary: columns.summary,
    columnList: el('div', { class: 'columns' }),
    groupBy: el('select', { id: 'res-group' }),
    groupLabel: el('input', { id: 'res-group-label', type: 'text', maxlength: '40' }),
    groupLabelGroup: el('div', { class: 'form-group' }),
    minGroup: el('input', { id: 'res-min', type: 'number', min: '1', step: '1', value: '5' }),
    onePerPerson: onePerPerson.box,
    waves: el('input', { id: 'res-waves', type: 'text', placeholder: '2025-01-15, 2025-06-01' }),
    wavesGroup: el('div', { class: 'form-group' }),
    notes: el('ul', { id: 'res-notes', class: 'notes' }),
    preview: el('button', { id: 'res-preview', type: 'button', disabled: true }, 'Preview'),
    build: el(
      'button',
      { id: 'res-build', class: 'action', type: 'button', disabled: true },
      'Build summary tab',
    ),
    status: statusArea('res-status'),
    output: el('div', { id: 'res-output' }),
  };
  f.columns.append(f.columnList);
  f.wavesGroup.append(
    el('label', { for: 'res-waves' }, 'Waves: cutoff dates (optional)'),
    f.waves,
    el('p', { class: 'secondary' }, 'YYYY-MM-DD, separated by commas. Waves replace the breakdown.'),
  );
  f.wavesGroup.hidden = true;
  f.groupLabelGroup.append(
    el('label', { for: 'res-group-label' }, 'Name it on the summary as'),
    f.groupLabel,
    el('p', { class: 'secondary' }, 'A short name for the breakdown in headings and charts, e.g. "Role".'),
  );
  f.groupLabelGroup.hidden = true;
  f.options.append(
    el('div', { class: 'form-group' }, el('label', { for: 'res-group' }, 'Break down by'), f.groupBy),
    f.groupLabelGroup,
    el(
      'div',
      { class: 'form-group' },
      el('label', { for: 'res-min' }, 'Minimum group size'),
      f.minGroup,
      el('p', { class: 'secondary' }, 'Smaller groups are hidden to keep answers anonymous.'),
    ),
    el(
      'div',
      { class: 'form-group' },
      onePerPerson.row,
      el(
        'p',
        { class: 'secondary note' },
        "When e-mail addresses are collected, count only each address's latest response.",
      ),
    ),
    f.wavesGroup,
  );
  f.settings.append(f.options, el('div', { class: 'block buttons' }, f.build, f.preview));
  container.append(
    el(
      'div',
      { class: 'form-group' },
      el('label', { for: 'res-tab' }, 'Survey responses'),
      el('div', { class: 'row' }, f.tab, f.reload),
      f.empty,
    ),
    f.settings,
    f.status,
    f.output,
    f.columns,
    f.notes,
  );
  f.columns.hidden = true;
  return f;
}

/** Linked tabs first, then tabs headed like a responses export, then the rest. */
function sortTabs(tabs: readonly ResponseTabDto[]): ResponseTabDto[] {
  const rank = (t: ResponseTabDto) => (t.linked ? 0 : t.looksLikeResponses ? 1 : 2);
  return [...tabs].sort((a, b) => rank(a) - rank(b));
}

function fillTabs(f: ResultsForm, tabs: readonly ResponseTabDto[], keep: string): void {
  const select = f.tab;
  const sorted = sortTabs(tabs);
  const responses = sorted.filter((t) => t.looksLikeResponses);
  const others = sorted.filter((t) => !t.looksLikeResponses);
  f.empty.hidden = responses.length > 0;
  select.textContent = '';
  select.append(option('', 'Choose a tab…'));
  const group = (label: string, list: ResponseTabDto[]) => {
    if (list.length > 0)
      select.append(el('optgroup', { label }, ...list.map((t) => option(tabKey(t), tabLabel(t)))));
  };
  group('Survey responses', responses);
  group('Other tabs', others);
  select.value = tabs.some((t) => tabKey(t) === keep) ? keep : '';
}

/**
 * The source to pre-select when the user has chosen none: the only survey there is; else the
 * one summarized most recently; else the linked Form with the most responses. Null when no
 * tab looks like responses at all.
 */
function defaultSource(tabs: readonly ResponseTabDto[], state: SpreadsheetStateDto | null): string | null {
  const surveys = sortTabs(tabs).filter((t) => t.looksLikeResponses);
  if (surveys.length === 1) return tabKey(surveys[0]!);
  const keys = new Set(surveys.map(tabKey));
  const recent = state?.summaries.find((s) => keys.has(s.key));
  if (recent) return recent.key;
  const linked = surveys.filter((t) => t.linked);
  if (linked.length === 0) return null;
  return tabKey(linked.reduce((best, t) => (t.rows > best.rows ? t : best)));
}

/** The question kinds that are not scales, in words. */
const READINGS = { choice: 'Single choice', checkbox: 'Checkboxes' } as const;

/** How a column is read, as people say it: a scale's title, or the kind of question. */
function readingText(id: string | null, scales: readonly Scale[]): string {
  if (id === 'choice' || id === 'checkbox') return READINGS[id];
  return scales.find((s) => s.id === id)?.title ?? 'a scale';
}

/** Every column kind and known role in words: a new kind without words fails to compile. */
const KINDS: Record<Exclude<ColumnDto['kind'], 'item'>, string> = {
  timestamp: 'Response time',
  email: 'E-mail address (never summarized)',
  date: 'Dates',
  number: 'Numbers',
  text: 'Text, not a question',
  empty: 'Empty',
  ignored: 'Not a question',
  score: 'Quiz score',
  group: 'The column the results are broken down by',
};
const ROLES: Record<NonNullable<ColumnDto['role']>, string> = {
  role: "Respondent's role",
  school: 'School or office',
  timestamp: 'Response time',
  email: 'E-mail address (never summarized)',
};
const SOURCES: Record<NonNullable<ColumnDto['source']>, string> = {
  schema: 'from the survey',
  form: 'from the form',
  override: 'your setting',
  detected: 'from the answers',
};
/** Kinds whose reason says more than the kind's name (why free text, why not a scale). */
const WITH_REASON: ReadonlySet<ColumnDto['kind']> = new Set([
  'text',
  'number',
  'date',
  'empty',
  'score',
  'group',
]);

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * "5-point agreement with “No opinion” (from the survey)", "Single choice (from the form)",
 * "Free text", "Respondent's role".
 */
function readAs(c: ColumnDto, scales: readonly Scale[]): string {
  let what: string;
  if (c.kind === 'item') {
    const fit =
      c.source === 'detected' && c.share < 1 ? `, ${Math.round(c.share * 100)}% of answers fit` : '';
    const also =
      c.alternatives.length > 0
        ? `; also fits ${c.alternatives.map((a) => readingText(a, scales)).join(', ')}`
        : '';
    what = `${readingText(c.reading ?? c.scale, scales)}${fit}${also}`;
  } else if (c.role) what = ROLES[c.role];
  else if (c.reason && WITH_REASON.has(c.kind)) what = capital(c.reason);
  else what = KINDS[c.kind];
  const source = c.source ? SOURCES[c.source] : undefined;
  return source ? `${what} (${source})` : what;
}

/** Timestamps and e-mail addresses are never questions: they get no setting. */
const settable = (c: ColumnDto) => c.kind !== 'timestamp' && c.kind !== 'email' && c.role !== 'email';

/** A column's setting: Auto, a scale by the name people use, or "Not a question". */
function scaleSelect(id: string, scales: readonly Scale[], value: string): HTMLSelectElement {
  const worded = scales.filter((s) => !s.id.startsWith('linear'));
  const linear = scales.filter((s) => s.id.startsWith('linear'));
  const select = el(
    'select',
    { id },
    option('', 'Auto'),
    el('optgroup', { label: 'Scales' }, ...worded.map((s) => option(s.id, s.title))),
    el('optgroup', { label: 'Linear scales (numbers)' }, ...linear.map((s) => option(s.id, s.title))),
    el(
      'optgroup',
      { label: 'Other questions' },
      option('choice', `${READINGS.choice}: count each answer`),
      option('checkbox', `${READINGS.checkbox}: count each ticked choice`),
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

/**
 * Waves split the responses by date, so they take the breakdown's place; the options' fold line
 * says what is chosen.
 */
function syncOptions(f: ResultsForm, columns: ColumnsDto | null = null): void {
  const waves = waveDates(f.waves.value);
  f.groupBy.disabled = waves.length > 0;
  // The name field follows the chosen column's default until the user types their own.
  const source = waves.length > 0 ? columns?.timestamp : f.groupBy.value;
  f.groupLabelGroup.hidden = !source;
  if (columns && f.groupLabel.dataset.edited !== 'true') {
    f.groupLabel.value = source ? (columns.groupLabels[source] ?? '') : '';
  }
  const by = waves.length > 0 ? `${plural(waves.length + 1, 'wave')} by date` : f.groupBy.value;
  const min = f.minGroup.valueAsNumber;
  f.optionsSummary.textContent =
    `Options: ${by ? `broken down by ${by}` : 'no breakdown'}` +
    (Number.isFinite(min) ? `; groups under ${min} hidden` : '') +
    (f.onePerPerson.checked ? '; one response per person' : '');
}

function renderOptions(f: ResultsForm, columns: ColumnsDto): void {
  const keep = f.groupBy.value;
  f.groupBy.textContent = '';
  f.groupBy.append(option('', 'None'), ...columns.groupBy.map((h) => option(h, h)));
  f.groupBy.value = columns.groupBy.includes(keep) ? keep : '';
  f.wavesGroup.hidden = columns.timestamp === null;
  if (columns.timestamp === null) f.waves.value = '';
  delete f.groupLabel.dataset.edited;
  syncOptions(f, columns);
  f.notes.textContent = '';
  f.notes.append(...columns.messages.map((m) => el('li', {}, m)));
}

/** The request in the shape `parseSummarizeRequest` checks on the server. */
function summaryRequest(f: ResultsForm, choice: Choice): Record<string, unknown> {
  const waves = choice.columns?.timestamp ? waveDates(f.waves.value) : [];
  const min = f.minGroup.valueAsNumber;
  const groupBy = waves.length > 0 ? choice.columns?.timestamp : f.groupBy.value || null;
  const groupLabel = f.groupLabel.value.trim();
  return {
    ...choice.ref,
    // With waves the server groups by a date column: the response time.
    groupBy,
    ...(groupBy && groupLabel ? { groupLabel } : {}),
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

/**
 * An IC level is a place on a path, not a score to average: IC items show their median level,
 * as the IC summary tab does; other items their mean.
 */
const isIc = (i: SurveySummary['items'][number]) => i.scaleId === 'ic-levels';
const middle = (i: SurveySummary['items'][number]) =>
  isIc(i) ? String(medianLevel(i.counts) ?? '–') : mean(i.mean);

/** The preview: one compact row per item, then the groups and the server's notes. */
function renderPreview(out: HTMLElement, s: SurveySummary): void {
  out.textContent = '';
  const ic = s.items.length > 0 && s.items.every(isIc);
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
        ...(ic
          ? [
              cell('th', '% L1–2', { scope: 'col', title: 'Share at Level 1 or 2' }),
              cell('th', 'Level', { scope: 'col', title: 'Median level' }),
            ]
          : [
              cell('th', '% fav.', { scope: 'col', title: 'Percent favorable' }),
              cell('th', 'Mean', {
                scope: 'col',
                title: 'Mean of the scored answers; No opinion and other neutral answers are left out',
              }),
            ]),
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
          cell('td', middle(i)),
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

export interface ResultsPanel {
  /** Re-reads the list of tabs (after a survey is made). */
  reload(): Promise<void>;
  /** Follows the spreadsheet's state: new responses or Forms re-read the list of tabs. */
  onState(state: SpreadsheetStateDto): void;
}

/**
 * The Results panel: choose a responses tab (the likely one is chosen already), check how its
 * columns are read, choose the breakdown, preview the figures, and build (or rebuild) the
 * summary tab. `onBuilt` lets the sidebar's state line catch up.
 */
export function mountResults(
  container: HTMLElement,
  catalog: CatalogDto,
  opts: { state?: SpreadsheetStateDto | null; onBuilt?: () => void } = {},
): ResultsPanel {
  const f = build(container);
  const choice: Choice = { ref: null, columns: null, overrides: {} };
  let tabs: ResponseTabDto[] = [];
  let state = opts.state ?? null;
  let seq = 0; // answers to an earlier choice of tab are dropped
  let seen = ''; // the surveys and their counts as last listed

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
      f.columns.hidden = false;
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
    f.columns.hidden = true;
    f.notes.textContent = '';
    f.output.textContent = '';
    f.groupBy.value = '';
    f.waves.value = '';
    syncOptions(f);
    f.settings.hidden = true;
    showStatus(f.status, null);
    void describe();
    return true;
  };

  /** Shows the list; with nothing chosen yet, chooses the likely survey. */
  const list = (next: ResponseTabDto[]) => {
    tabs = next;
    seen = JSON.stringify(tabs.filter((t) => t.linked).map((t) => [tabKey(t), t.rows]));
    fillTabs(f, tabs, f.tab.value || choiceKey() || defaultSource(tabs, state) || '');
  };
  const choiceKey = () => {
    const ref = choice.ref;
    return ref === null ? '' : 'formId' in ref ? `form:${ref.formId}` : `tab:${ref.tab}`;
  };

  /** Reloads the list of tabs; `again` also re-reads the chosen tab's columns (new answers). */
  const reload = async (again = false) => {
    f.reload.disabled = true;
    try {
      list(await server.listResponseTabs());
      if (!choose() && again) void describe();
    } catch (e) {
      showStatus(f.status, { kind: 'error', text: errorText(e) });
    } finally {
      f.reload.disabled = false;
    }
  };

  // The counts change in the list; the success message and the chosen settings stay.
  const listQuietly = () =>
    server.listResponseTabs().then(
      (next) => {
        list(next);
        choose();
      },
      () => undefined, // the list is refreshed next time
    );

  f.tab.addEventListener('change', () => void choose());
  f.reload.addEventListener('click', () => void reload(true));
  f.waves.addEventListener('input', () => syncOptions(f, choice.columns));
  f.groupBy.addEventListener('change', () => {
    delete f.groupLabel.dataset.edited;
    syncOptions(f, choice.columns);
  });
  f.groupLabel.addEventListener('input', () => {
    f.groupLabel.dataset.edited = 'true';
  });
  f.minGroup.addEventListener('input', () => syncOptions(f));
  f.onePerPerson.addEventListener('change', () => syncOptions(f));
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
      if (!r) return;
      void listQuietly();
      opts.onBuilt?.();
    });
  });
  syncOptions(f);
  void reload();
  return {
    reload: () => reload(),
    onState(next) {
      state = next;
      // Before the first list arrives there is nothing to compare: that list is on its way.
      const now = JSON.stringify(next.surveys.map((s) => [s.key, s.responses]));
      if (seen !== '' && now !== seen) void listQuietly();
    },
  };
}
