export const SIDEBAR_TITLE = 'Professional Learning Standards';

/** Sidebars are always 300 px wide in Sheets; the title is the only thing we choose. */
export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
