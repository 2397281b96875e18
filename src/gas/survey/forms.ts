import type { FormItemPlan, FormPlan, FormQuestion } from '../../core/forms';

type Form = GoogleAppsScript.Forms.Form;

/**
 * Creates a published Form. `create(title, isPublished)` is documented for FormApp but not yet
 * in @types/google-apps-script; without it, forms made by scripts after June 2026 start out
 * unpublished and take no responses.
 */
export function createPublishedForm(title: string): Form {
  const app = FormApp as unknown as { create(title: string, isPublished: boolean): Form };
  return app.create(title, true);
}

/** Adds one planned item; returns its id for the schema. A few calls per item, none per row. */
function addItem(form: Form, item: FormItemPlan): number {
  switch (item.kind) {
    case 'grid': {
      const grid = form
        .addGridItem()
        .setTitle(item.title)
        .setRows([...item.rows])
        .setColumns([...item.columns])
        .setRequired(item.required);
      if (item.help) grid.setHelpText(item.help);
      return grid.getId();
    }
    case 'list': {
      const list = form
        .addListItem()
        .setTitle(item.title)
        .setChoiceValues([...item.choices])
        .setRequired(item.required);
      if (item.help) list.setHelpText(item.help);
      return list.getId();
    }
    case 'choice': {
      const choice = form
        .addMultipleChoiceItem()
        .setTitle(item.title)
        .setChoiceValues([...item.choices])
        .setRequired(item.required);
      if (item.help) choice.setHelpText(item.help);
      return choice.getId();
    }
    case 'section': {
      const section = form.addSectionHeaderItem().setTitle(item.title);
      if (item.help) section.setHelpText(item.help);
      return section.getId();
    }
    case 'page': {
      const page = form.addPageBreakItem().setTitle(item.title);
      if (item.help) page.setHelpText(item.help);
      return page.getId();
    }
  }
}

/** Applies a plan's settings and items to a new, empty Form; returns the item ids in plan order. */
export function fillForm(form: Form, plan: FormPlan): number[] {
  form
    .setDescription(plan.description)
    .setCollectEmail(plan.collectEmail)
    .setConfirmationMessage(plan.confirmation);
  return plan.items.map((item) => addItem(form, item));
}

type Item = GoogleAppsScript.Forms.Item;

const choiceValues = (choices: GoogleAppsScript.Forms.Choice[]): string[] => choices.map((c) => c.getValue());

/** What one item says about its responses column(s); null for items without a column (sections, images). */
function question(item: Item, recorded: ReadonlySet<number>): FormQuestion | null {
  const T = FormApp.ItemType;
  const type = item.getType();
  // Sections, page breaks, images and videos have no column: two calls saved per such item.
  if (type === T.SECTION_HEADER || type === T.PAGE_BREAK || type === T.IMAGE || type === T.VIDEO) return null;
  const base = { id: item.getId(), title: item.getTitle() };
  if (recorded.has(base.id)) {
    // The survey's record says what it is: its current grid rows are all that is read.
    return { ...base, type: 'recorded', rows: type === T.GRID ? item.asGridItem().getRows() : [] };
  }
  switch (type) {
    case T.GRID: {
      const g = item.asGridItem();
      return { ...base, type: 'grid', rows: g.getRows(), columns: g.getColumns() };
    }
    case T.CHECKBOX_GRID: {
      const g = item.asCheckboxGridItem();
      return { ...base, type: 'checkbox-grid', rows: g.getRows(), columns: g.getColumns() };
    }
    case T.MULTIPLE_CHOICE: {
      const m = item.asMultipleChoiceItem();
      return {
        ...base,
        type: 'multiple-choice',
        choices: choiceValues(m.getChoices()),
        other: m.hasOtherOption(),
      };
    }
    case T.LIST:
      return { ...base, type: 'list', choices: choiceValues(item.asListItem().getChoices()), other: false };
    case T.CHECKBOX: {
      const c = item.asCheckboxItem();
      return { ...base, type: 'checkbox', choices: choiceValues(c.getChoices()), other: c.hasOtherOption() };
    }
    case T.SCALE: {
      const sc = item.asScaleItem();
      return { ...base, type: 'scale', lower: sc.getLowerBound(), upper: sc.getUpperBound() };
    }
    case T.TEXT:
      return { ...base, type: 'text' };
    case T.PARAGRAPH_TEXT:
      return { ...base, type: 'paragraph' };
    case T.DATE:
      return { ...base, type: 'date' };
    case T.DATETIME:
      return { ...base, type: 'datetime' };
    case T.TIME:
      return { ...base, type: 'time' };
    case T.DURATION:
      return { ...base, type: 'duration' };
    case T.FILE_UPLOAD:
      return { ...base, type: 'file-upload' };
    default:
      return null;
  }
}

/**
 * The questions of a Form (type, title, rows, choices, bounds), or null when it cannot be opened
 * (deleted, trashed, or shared no more). One openById and one getItems, then a few calls per
 * item and one per choice: never one per response.
 */
export function readFormQuestions(
  formId: string,
  /** Item ids the survey's record describes (a Form the add-on made): not read again. */
  recorded: ReadonlySet<number> = new Set(),
): FormQuestion[] | null {
  let items: Item[];
  try {
    items = FormApp.openById(formId).getItems();
  } catch (e) {
    console.warn(`Form ${formId} could not be opened: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  return items.map((item) => question(item, recorded)).filter((q): q is FormQuestion => q !== null);
}

/** The title of a Form the add-on did not make (one call), or null when it cannot be opened. */
export function readFormTitle(formId: string): string | null {
  try {
    return FormApp.openById(formId).getTitle() || null;
  } catch (_e) {
    return null;
  }
}
