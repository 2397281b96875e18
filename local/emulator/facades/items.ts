/**
 * Form items. `Form.getItems()` gives generic Items; `asGridItem()` and the other conversions give
 * the typed item, and throw the real "Invalid conversion for item type: X" for the wrong type.
 * Every typed class has exactly the methods this emulator supports of its real interface, each
 * counted under the real class name (e.g. "GridItem.setRows").
 */
import { addItem, formChanged, INVALID_FORM_DATA } from '../behaviour/forms';
import type { ItemTypeName } from '../state/enums';
import { ChoiceModel, type ItemModel } from '../state/forms';
import type { Runtime } from '../state/runtime';
import { provide } from './factory';
import { instrument, instrumentWithInherited } from './instrument';

export class Choice implements GoogleAppsScript.Forms.Choice {
  constructor(
    readonly rt: Runtime,
    readonly model: ChoiceModel,
  ) {}
  getValue(): string {
    return this.model.value;
  }
  isCorrectAnswer(): boolean {
    return this.model.isCorrect;
  }
  /** Page navigation is not emulated. */
  getGotoPage(): GoogleAppsScript.Forms.PageBreakItem {
    return null as unknown as GoogleAppsScript.Forms.PageBreakItem;
  }
  getPageNavigationType(): GoogleAppsScript.Forms.PageNavigationType {
    return null as unknown as GoogleAppsScript.Forms.PageNavigationType;
  }
}

function uniqueStrings(rt: Runtime, values: unknown): string[] {
  if (!Array.isArray(values)) throw rt.error(INVALID_FORM_DATA);
  const list = values.map(String);
  if (new Set(list).size !== list.length) throw rt.error(INVALID_FORM_DATA);
  return list;
}

/** Methods every item has. Not instrumented itself: each concrete class gets copies (see below). */
class ItemBase {
  constructor(
    readonly rt: Runtime,
    readonly model: ItemModel,
  ) {}

  getId(): number {
    return this.model.id;
  }
  getIndex(): number {
    return this.model.index;
  }
  getTitle(): string {
    return this.model.title;
  }
  setTitle(title: string): this {
    this.model.title = String(title);
    formChanged(this.model.form);
    return this;
  }
  getHelpText(): string {
    return this.model.helpText;
  }
  setHelpText(text: string): this {
    this.model.helpText = String(text);
    return this;
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    return this.model.type as unknown as GoogleAppsScript.Forms.ItemType;
  }
  /** A copy appended at the end of the form, as the real method does. */
  duplicate(): this {
    const m = this.model;
    const copy = addItem(m.form, m.type);
    Object.assign(copy, {
      title: m.title,
      helpText: m.helpText,
      required: m.required,
      choices: m.choices.slice(),
      otherOption: m.otherOption,
      rows: m.rows.slice(),
      columns: m.columns.slice(),
      lowerBound: m.lowerBound,
      upperBound: m.upperBound,
      leftLabel: m.leftLabel,
      rightLabel: m.rightLabel,
      includesYear: m.includesYear,
    });
    formChanged(m.form);
    const Ctor = this.constructor as new (rt: Runtime, model: ItemModel) => this;
    return new Ctor(this.rt, copy);
  }
}

class QuestionBase extends ItemBase {
  isRequired(): boolean {
    return this.model.required;
  }
  setRequired(enabled: boolean): this {
    this.model.required = Boolean(enabled);
    return this;
  }
}

class ChoiceBase extends QuestionBase {
  createChoice(value: string, isCorrect?: unknown): GoogleAppsScript.Forms.Choice {
    return new Choice(this.rt, new ChoiceModel(String(value), isCorrect === true));
  }
  getChoices(): GoogleAppsScript.Forms.Choice[] {
    return this.model.choices.map((c) => new Choice(this.rt, c));
  }
  setChoiceValues(values: string[]): this {
    this.model.choices = uniqueStrings(this.rt, values).map((v) => new ChoiceModel(v));
    return this;
  }
  setChoices(choices: GoogleAppsScript.Forms.Choice[]): this {
    if (!Array.isArray(choices) || !choices.every((c) => c instanceof Choice))
      throw this.rt.error(INVALID_FORM_DATA);
    const models = (choices as unknown as Choice[]).map((c) => c.model);
    uniqueStrings(
      this.rt,
      models.map((m) => m.value),
    );
    this.model.choices = models;
    return this;
  }
}

class OtherOptionBase extends ChoiceBase {
  hasOtherOption(): boolean {
    return this.model.otherOption;
  }
  showOtherOption(enabled: boolean): this {
    this.model.otherOption = Boolean(enabled);
    return this;
  }
}

class GridBase extends QuestionBase {
  getRows(): string[] {
    return this.model.rows.slice();
  }
  setRows(rows: string[]): this {
    this.model.rows = uniqueStrings(this.rt, rows);
    formChanged(this.model.form);
    return this;
  }
  getColumns(): string[] {
    return this.model.columns.slice();
  }
  setColumns(columns: string[]): this {
    this.model.columns = uniqueStrings(this.rt, columns);
    return this;
  }
}

export class GridItem extends GridBase {}
export class CheckboxGridItem extends GridBase {}
export class ListItem extends ChoiceBase {}
export class MultipleChoiceItem extends OtherOptionBase {}
export class CheckboxItem extends OtherOptionBase {}
export class TextItem extends QuestionBase {}
export class ParagraphTextItem extends QuestionBase {}
export class SectionHeaderItem extends ItemBase {}
export class PageBreakItem extends ItemBase {}

export class DateItem extends QuestionBase {
  includesYear(): boolean {
    return this.model.includesYear;
  }
  setIncludesYear(enableYear: boolean): this {
    this.model.includesYear = Boolean(enableYear);
    return this;
  }
}

export class ScaleItem extends QuestionBase {
  getLowerBound(): number {
    return this.model.lowerBound;
  }
  getUpperBound(): number {
    return this.model.upperBound;
  }
  /** Lower 0 or 1, upper 3 to 10, as documented. */
  setBounds(lower: number, upper: number): this {
    const lo = Math.trunc(Number(lower));
    const hi = Math.trunc(Number(upper));
    if (!(lo === 0 || lo === 1) || !(hi >= 3 && hi <= 10)) throw this.rt.error(INVALID_FORM_DATA);
    this.model.lowerBound = lo;
    this.model.upperBound = hi;
    return this;
  }
  getLeftLabel(): string {
    return this.model.leftLabel;
  }
  getRightLabel(): string {
    return this.model.rightLabel;
  }
  setLabels(lower: string, upper: string): this {
    this.model.leftLabel = String(lower);
    this.model.rightLabel = String(upper);
    return this;
  }
}

type ItemClass = new (rt: Runtime, model: ItemModel) => ItemBase;

/** The typed class for each item type the emulator supports, with its conversion method. */
const TYPED: Partial<Record<ItemTypeName, { cls: ItemClass; as: string }>> = {
  GRID: { cls: GridItem, as: 'asGridItem' },
  CHECKBOX_GRID: { cls: CheckboxGridItem, as: 'asCheckboxGridItem' },
  LIST: { cls: ListItem, as: 'asListItem' },
  MULTIPLE_CHOICE: { cls: MultipleChoiceItem, as: 'asMultipleChoiceItem' },
  CHECKBOX: { cls: CheckboxItem, as: 'asCheckboxItem' },
  TEXT: { cls: TextItem, as: 'asTextItem' },
  PARAGRAPH_TEXT: { cls: ParagraphTextItem, as: 'asParagraphTextItem' },
  SCALE: { cls: ScaleItem, as: 'asScaleItem' },
  SECTION_HEADER: { cls: SectionHeaderItem, as: 'asSectionHeaderItem' },
  PAGE_BREAK: { cls: PageBreakItem, as: 'asPageBreakItem' },
  DATE: { cls: DateItem, as: 'asDateItem' },
};

/** The generic Item of Form.getItems(). */
export class Item extends ItemBase {
  asGridItem(): GoogleAppsScript.Forms.GridItem {
    return this._as('GRID');
  }
  asCheckboxGridItem(): GoogleAppsScript.Forms.CheckboxGridItem {
    return this._as('CHECKBOX_GRID');
  }
  asListItem(): GoogleAppsScript.Forms.ListItem {
    return this._as('LIST');
  }
  asMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this._as('MULTIPLE_CHOICE');
  }
  asCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this._as('CHECKBOX');
  }
  asTextItem(): GoogleAppsScript.Forms.TextItem {
    return this._as('TEXT');
  }
  asParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this._as('PARAGRAPH_TEXT');
  }
  asScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this._as('SCALE');
  }
  asSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this._as('SECTION_HEADER');
  }
  asPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this._as('PAGE_BREAK');
  }
  asDateItem(): GoogleAppsScript.Forms.DateItem {
    return this._as('DATE');
  }

  /** The real message for a conversion to the wrong type. */
  _as<T>(type: ItemTypeName): T {
    const typed = TYPED[type];
    if (this.model.type !== type || !typed) {
      throw this.rt.error(`Invalid conversion for item type: ${this.model.type}`);
    }
    return new typed.cls(this.rt, this.model) as unknown as T;
  }
}

/** A typed item for `model` (what Form.addGridItem() etc. return). */
function typedItemOf<T>(rt: Runtime, model: ItemModel): T {
  const typed = TYPED[model.type];
  if (!typed) throw new Error(`forms: no emulated item class for ${model.type}`);
  return new typed.cls(rt, model) as unknown as T;
}

instrumentWithInherited(Item, 'Item', 'forms');
for (const [cls, name] of [
  [GridItem, 'GridItem'],
  [CheckboxGridItem, 'CheckboxGridItem'],
  [ListItem, 'ListItem'],
  [MultipleChoiceItem, 'MultipleChoiceItem'],
  [CheckboxItem, 'CheckboxItem'],
  [TextItem, 'TextItem'],
  [ParagraphTextItem, 'ParagraphTextItem'],
  [ScaleItem, 'ScaleItem'],
  [SectionHeaderItem, 'SectionHeaderItem'],
  [PageBreakItem, 'PageBreakItem'],
  [DateItem, 'DateItem'],
] as const) {
  instrumentWithInherited(cls, name, 'forms');
}
instrument(Choice, 'Choice', 'forms');

provide(
  { item: (rt, m) => new Item(rt, m) as unknown as GoogleAppsScript.Forms.Item, typedItem: typedItemOf },
  { item: (v) => (v instanceof ItemBase ? v.model : null) },
);
