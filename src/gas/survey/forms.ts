import type { FormItemInfo, FormItemPlan, FormPlan } from '../../core/forms';

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

/**
 * The current items of a Form (id, title, grid rows), or null when it cannot be opened
 * (deleted, trashed, or shared no more). One openById and one getItems; then a few calls per item.
 */
export function readFormItems(formId: string): FormItemInfo[] | null {
  let items: GoogleAppsScript.Forms.Item[];
  try {
    items = FormApp.openById(formId).getItems();
  } catch (e) {
    console.warn(`Form ${formId} could not be opened: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  return items.map((item) => ({
    id: item.getId(),
    title: item.getTitle(),
    rows: item.getType() === FormApp.ItemType.GRID ? item.asGridItem().getRows() : [],
  }));
}

/** The title of a Form the add-on did not make (one call), or null when it cannot be opened. */
export function readFormTitle(formId: string): string | null {
  try {
    return FormApp.openById(formId).getTitle() || null;
  } catch (_e) {
    return null;
  }
}
