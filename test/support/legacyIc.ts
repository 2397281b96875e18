import type { Emulator } from '../../local/emulator';
import { FRAMES, type FrameId, getRole, type RoleId } from '../../src/content';
import {
  encodeSchema,
  encodeSurveyIndex,
  type FormPlan,
  IC_COLUMNS,
  type SurveySchema,
  SURVEYS_KEY,
} from '../../src/core/forms';

/**
 * The IC self-assessment as earlier versions of the add-on made it: one grid per frame, rows the
 * responsibilities, columns "Level 1 (Ideal)" .. "Level 4 (Entry)" and "Not sure". Schemas of such
 * forms are stored in documents already, and must still summarize and update IC maps.
 */
export function legacyIcPlan(role: RoleId, frames: readonly FrameId[] = FRAMES.map((f) => f.id)): FormPlan {
  const r = getRole(role);
  return {
    title: `IC self-assessment - ${r.name}`,
    description: 'Choose the level that best describes your practice now.',
    collectEmail: false,
    confirmation: 'Thank you.',
    items: FRAMES.filter((f) => frames.includes(f.id)).map((frame) => ({
      kind: 'grid' as const,
      key: `ic.${frame.id}`,
      title: frame.name,
      help: frame.description,
      rows: r.responsibilities.filter((x) => x.frame === frame.id).map((x) => x.text),
      columns: [...IC_COLUMNS],
      scaleId: 'ic-levels' as const,
      required: true,
    })),
  };
}

/** The schema an earlier version recorded for `legacyIcPlan` (item ids given in plan order). */
export function legacyIcSchema(
  role: RoleId,
  formId: string,
  itemIds: readonly number[],
  frames?: readonly FrameId[],
): SurveySchema {
  const plan = legacyIcPlan(role, frames);
  return {
    version: 1,
    formId,
    title: plan.title,
    instrument: 'ic-self-assessment',
    role,
    createdIso: '2025-09-01T12:00:00.000Z',
    items: plan.items.map((item, i) => {
      if (item.kind !== 'grid') throw new Error('legacy IC plans hold grids only');
      return {
        itemId: itemIds[i]!,
        key: item.key,
        title: item.title,
        rows: item.rows,
        scaleId: item.scaleId,
      };
    }),
    meta: {},
  };
}

/**
 * In the emulator: a legacy IC form made with FormApp, linked to the spreadsheet, and its schema
 * stored in the document as the earlier version stored it. Returns the form id.
 */
export function createLegacyIcSurvey(emu: Emulator, role: RoleId, frames?: readonly FrameId[]): string {
  const plan = legacyIcPlan(role, frames);
  const form = FormApp.create(plan.title);
  const ids = plan.items.map((item) => {
    if (item.kind !== 'grid') throw new Error('legacy IC plans hold grids only');
    return form
      .addGridItem()
      .setTitle(item.title)
      .setRows([...item.rows])
      .setColumns([...item.columns])
      .getId();
  });
  form.setDestination(FormApp.DestinationType.SPREADSHEET, emu.spreadsheet.getId());
  const props = PropertiesService.getDocumentProperties();
  props.setProperties({
    ...encodeSchema(legacyIcSchema(role, form.getId(), ids, frames)),
    [SURVEYS_KEY]: encodeSurveyIndex(props.getProperty(SURVEYS_KEY), form.getId()),
  });
  return form.getId();
}
