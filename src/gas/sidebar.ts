export const SIDEBAR_TITLE = 'Professional Learning Standards';

/** Sidebars are always 300 px wide in Sheets; the title is the only thing we choose. */
export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The short dialog behind the menu's "Insert template…": the sidebar's template panel alone. */
export function openTemplateDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('Dialog').setWidth(420).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, 'Insert a template');
}

/** The dialog behind the menu's "Build summary…": the sidebar's Results panel alone. */
export function openSummaryDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('SummaryDialog').setWidth(480).setHeight(600);
  SpreadsheetApp.getUi().showModalDialog(html, 'Build a summary');
}
