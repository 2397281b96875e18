/** Sheets API v4 batchUpdate requests built from plans (pure; sent by the `Sheets` advanced service). */
export {
  BORDER_COLOR,
  chartRequest,
  DEFAULT_COLUMNS,
  DEFAULT_ROWS,
  extendedValue,
  type GridRange,
  gridRange,
  numberFormat,
  planToSheetRequests,
  type RgbColor,
  rgb,
  type SheetsRequest,
} from './requests';
