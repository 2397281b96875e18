/** The add-on menu. Item captions name the action; each maps to a top-level entry point in main.ts. */
export const MENU_ITEMS: readonly ({ caption: string; fn: string } | 'separator')[] = [
  { caption: 'Open sidebar', fn: 'showSidebar' },
  'separator',
  { caption: 'Insert standards overview', fn: 'menuInsertStandardsOverview' },
  { caption: 'Insert template…', fn: 'menuInsertTemplate' },
  { caption: 'IC map from selected outcomes', fn: 'menuIcMapFromSelection' },
  'separator',
  { caption: 'Build summary…', fn: 'menuBuildSummary' },
  { caption: 'Refresh summaries', fn: 'menuBuildSummaries' },
  { caption: 'Update IC map from survey', fn: 'menuUpdateIcMap' },
];

/**
 * Builds the add-on menu and touches nothing else: in AuthMode.NONE (before the add-on is
 * enabled in this document) any access to the spreadsheet or properties would throw.
 */
export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.caption, item.fn);
  }
  menu.addToUi();
}
