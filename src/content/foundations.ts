import { type SeedList, seedList } from './lists';

/** "Foundations for standards", from the superintendent action guide; word for word. */
export const FOUNDATIONS_TITLE = 'Foundations for standards';

/** The paragraph the guide prints above the foundations. */
export const FOUNDATIONS_INTRO =
  'Several foundations underlie Standards for Professional Learning. Understanding these foundations is critical to understanding the standards as well as the contexts and support within which they can flourish.';

/** The seven foundations, in the guide's order ("foundation.1" ... "foundation.7"). */
export const FOUNDATIONS: SeedList = seedList(
  'foundation',
  FOUNDATIONS_INTRO,
  [
    'High-quality professional learning improves educator practice and student results.',
    'Professional learning systems drive high-quality professional learning.',
    'Equity is both an outcome of and focus threaded throughout learning.',
    'High-quality curriculum and instructional materials are a critical priority for professional learning.',
    'Educators are responsible for leading learning for self and others.',
    'Policy guides practice.',
    'Research informs revised Standards for Professional Learning.',
  ],
  'as-printed',
);
