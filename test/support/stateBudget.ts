/** The sidebar's state line (`getSpreadsheetState`), held to one budget by the bundle and browser tests. */

/**
 * Every call one read makes: 7 + tabs + 2 × linked tabs, and nothing else (no write, no lock).
 * The shared copy is each editor's own, kept in their user properties: the spreadsheet's id and
 * one read of those (3 calls) find it.
 */
export const stateReadBudget = (tabs: number, linked: number): Record<string, number> => ({
  'SpreadsheetApp.getActiveSpreadsheet': 1,
  'Spreadsheet.getSheets': 1,
  'Spreadsheet.getId': 1,
  'PropertiesService.getDocumentProperties': 1,
  'PropertiesService.getUserProperties': 1,
  'Properties.getProperties': 1,
  'Properties.getProperty': 1,
  'Sheet.getFormUrl': tabs,
  'Sheet.getName': linked,
  'Sheet.getLastRow': linked,
});
