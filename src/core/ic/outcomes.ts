import { getFrame, ROLES, type Responsibility } from '../../content';
import { type LevelDescriptions, levelDescriptionsFor } from '../../content/icLevels';
import type { ColumnMapping } from '../forms/mapping';
import type { SurveySchema } from '../forms/schema';
import type { SurveySummary } from '../survey/summary';
import { normalizeText } from '../survey/values';
import { LEVEL_LABELS } from './median';

/**
 * What the add-on knows about each IC outcome of a survey, beyond its figures: which key
 * responsibility it is, its standards frame, and the words of its four levels. The summary
 * shows the levels' descriptions and groups outcomes by frame; "Update IC map from survey"
 * finds the outcome's row in a map by any of its wordings.
 */
export interface IcOutcome {
  /** The catalog responsibility ("coach.tp.3"), or null for an outcome the catalog lacks. */
  readonly id: string | null;
  /** The standards frame's name, or the grid question's title, or null. */
  readonly frame: string | null;
  /** The four level descriptions, Level 1 (Ideal) first; null when none are known. */
  readonly levels: LevelDescriptions | null;
  /**
   * True when respondents chose among these very descriptions. False for surveys made by
   * earlier versions, which offered "Level 1 (Ideal)" ... "Level 4 (Entry)" without them.
   */
  readonly chosenFrom: boolean;
  /** Every wording the outcome goes by: the question now, as created, in the catalog. */
  readonly wordings: readonly string[];
}

/** By summary column header. */
export type IcOutcomes = Readonly<Record<string, IcOutcome>>;

const ALL = ROLES.flatMap((r) => r.responsibilities);

/** The catalog responsibility with this text, within a role when one is known; null if none or several. */
function byText(text: string, role: string | undefined): Responsibility | null {
  const key = normalizeText(text);
  const found = ALL.filter((r) => (role === undefined || r.role === role) && normalizeText(r.text) === key);
  return found.length === 1 ? found[0]! : null;
}

const byId = (id: string): Responsibility | null => ALL.find((r) => r.id === id) ?? null;

function fromCatalog(r: Responsibility | null, wordings: readonly string[], frame: string | null): IcOutcome {
  return r
    ? {
        id: r.id,
        frame: getFrame(r.frame).name,
        levels: levelDescriptionsFor(r.id),
        chosenFrom: false,
        wordings: [...new Set([...wordings, r.text])],
      }
    : { id: null, frame, levels: null, chosenFrom: false, wordings };
}

/**
 * The IC outcomes of a summary: every item on the 'ic-levels' scale, described from the
 * survey's record (the descriptions respondents chose among), else from the catalog by the
 * question's wording (for surveys made before the add-on offered descriptions, and for IC
 * columns found by their answers).
 */
export function icOutcomes(
  summary: SurveySummary,
  mapping: ColumnMapping | null,
  schema: SurveySchema | null,
): IcOutcomes {
  const out: Record<string, IcOutcome> = {};
  const recorded = new Map((schema?.items ?? []).map((i) => [i.itemId, i]));
  for (const item of summary.items) {
    if (item.scaleId !== 'ic-levels') continue;
    const choice = mapping?.choices[item.column];
    const grid = mapping?.columns[item.column];
    const asCreated = recorded.get(choice?.itemId ?? grid?.itemId ?? Number.NaN);
    if (choice && asCreated?.answers) {
      const text = (label: string) => asCreated.answers!.find((a) => a.label === label)?.choice;
      const words = LEVEL_LABELS.map(text);
      const r = byId(asCreated.key);
      out[item.column] = {
        id: r?.id ?? null,
        frame: r ? getFrame(r.frame).name : null,
        levels: words.every((w) => w !== undefined) ? (words as unknown as LevelDescriptions) : null,
        chosenFrom: true,
        wordings: [...new Set([item.title, asCreated.title, ...(r ? [r.text] : [])])],
      };
    } else if (grid && asCreated) {
      const created = asCreated.rows[grid.rowIndex] ?? grid.row;
      const wordings = [...new Set([item.title, created])];
      out[item.column] = fromCatalog(byText(created, schema?.role), wordings, grid.title);
    } else {
      out[item.column] = fromCatalog(byText(item.title, schema?.role), [item.title], item.grid);
    }
  }
  return out;
}
