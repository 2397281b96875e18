/**
 * Why a column is not summarized, in words a person understands. Every column of a responses
 * table is either a question in the summary or listed with one of these (summary.json `skipped`,
 * and the summary tab's data-quality section).
 */
export const skipReason = {
  timestamp: 'timestamp (when each response was sent)',
  email: 'e-mail addresses (never summarized)',
  score: 'quiz score',
  dates: 'dates',
  numbers: 'numbers that are not a scale',
  freeText: 'free text',
  fewRepeats: 'text that fits no known scale and repeats too little to be a list of choices',
  sameAnswer: 'the same answer in every response: nothing to compare',
  empty: 'no answers yet',
  setting: 'left out by a column setting',
  groupBy: 'the column the results are broken down by',
  role: "the respondent's role (used to break the results down)",
  school: 'school or office (used to break the results down)',
  fileUpload: 'file uploads',
  times: 'times',
  /** `other`% of the answers are not labels of the best-fitting scale (named as people say it). */
  partialFit: (other: number, fit: number, scale: string): string =>
    `fewer than 80% of answers on any known scale: ${other}% are other answers (such as "Other:" text), ` +
    `${fit}% are on the closest one (${scale})`,
} as const;
