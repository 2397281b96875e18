import fc from 'fast-check';
import { chartCategory, defaultGroupLabel, distinctShort, inSentence } from '../../src/core/summary/labels';

describe('defaultGroupLabel: a short display name for the breakdown column', () => {
  it.each([
    ['Your role', 'Role'],
    ['What is your role?', 'Role'],
    ["What's your school?", 'School'],
    ['Please select your grade band:', 'Grade band'],
    ['School or office', 'School or office'],
    ['  your   department ', 'Department'],
    ['Years of experience?', 'Years of experience'],
    ['Your', 'Your'],
    ['?', '?'],
  ])('%j -> %j', (header, label) => {
    expect(defaultGroupLabel(header)).toBe(label);
  });

  it('cuts a long header to 40 characters', () => {
    const label = defaultGroupLabel('In which of the district buildings do you spend most of your week');
    expect(label).toHaveLength(40);
    expect(label.endsWith('…')).toBe(true);
  });
});

describe('inSentence', () => {
  it('lower-cases a word, keeps an abbreviation', () => {
    expect(inSentence('Role')).toBe('role');
    expect(inSentence('School or office')).toBe('school or office');
    expect(inSentence('ELA team')).toBe('ELA team');
    expect(inSentence('K-5 band')).toBe('K-5 band');
    expect(inSentence('X')).toBe('X');
  });
});

describe('chart categories', () => {
  it('are numbered, at most 40 characters, and keep a note whole', () => {
    const long = 'Serve as school- or system-level resource to leverage inclusive professional learning';
    expect(chartCategory(4, long)).toBe('5. Serve as school- or system-level res…');
    expect(chartCategory(4, long)).toHaveLength(40);
    expect(chartCategory(11, long, ' (hidden)')).toBe('12. Serve as school- or system… (hidden)');
    expect(chartCategory(11, long, ' (hidden)')).toHaveLength(40);
    expect(chartCategory(0, 'Short')).toBe('1. Short');
  });

  it('differ for different items, however alike their text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { minLength: 1, maxLength: 120 }), (titles) => {
        const cats = titles.map((t, i) => chartCategory(i, t));
        expect(new Set(cats).size).toBe(titles.length);
        for (const c of cats) expect(c.length).toBeLessThanOrEqual(40);
      }),
    );
  });

  it('short choices stay as they are; cut ones that would read the same are numbered', () => {
    expect(distinctShort(['Coaching', 'Workshops'])).toEqual(['Coaching', 'Workshops']);
    const a = 'Professional learning communities that meet weekly at school';
    const b = 'Professional learning communities that meet monthly online';
    const [x, y] = distinctShort([a, b]);
    expect(x).not.toBe(y);
    expect(x!.startsWith('1. Professional learning')).toBe(true);
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 70 }), { minLength: 1, maxLength: 30 }), (labels) => {
        const short = distinctShort(labels);
        expect(new Set(short).size).toBe(labels.length);
      }),
    );
  });
});
