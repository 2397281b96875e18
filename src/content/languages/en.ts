import type { Language } from './types';

/** English: Forms' own headers; the labels are the scales' own (content/scales.ts). */
export const ENGLISH: Language = {
  code: 'en',
  name: 'English',
  headers: {
    // "Submitted at" and "Submission time" are what other form tools export.
    timestamp: ['Timestamp', 'Submitted at', 'Submission time'],
    // Older forms wrote the signed-in "Username" instead of "Email Address".
    email: ['Email Address', 'Email', 'E-mail', 'E-mail address', 'Username'],
    score: ['Score'],
  },
  labels: null,
};
