import { getRole } from '../../src/content';
import { levelDescriptionsFor } from '../../src/content/icLevels';
import { UserError } from '../../src/core/errors';
import {
  CHUNK_BYTES,
  decodeSchema,
  decodeSchools,
  decodeSurveyIndex,
  encodeSchema,
  encodeSchools,
  encodeSurveyIndex,
  MAX_VALUE_BYTES,
  parseSurveyRequest,
  propsBytes,
  type SurveySchema,
  schemaFromPlan,
  splitUtf8,
  surveyFormPlan,
  surveyRecord,
  utf8Bytes,
} from '../../src/core/forms';

import { legacyIcSchema } from '../support/legacyIc';

const FORM = '1FAIpQLSe_abcdefghijklmnopqrstuvwxyz0123';

function schemaFor(x: unknown, formId = FORM): SurveySchema {
  const req = parseSurveyRequest(x);
  const plan = surveyFormPlan(req);
  return schemaFromPlan(
    req,
    plan,
    formId,
    plan.items.map((_, i) => 1000 + i),
    '2025-03-01T12:00:00.000Z',
  );
}

/** A schema over 9 KB: many long rows with non-ASCII text (2-, 3- and 4-byte characters). */
function bigSchema(): SurveySchema {
  const s = schemaFor({ instrument: 'where-are-we-now' });
  const rows = Array.from(
    { length: 250 },
    (_, i) => `Énoncé ${i} — learning “together” 🙂 ${'x'.repeat(60)}`,
  );
  return { ...s, items: [{ ...s.items[0]!, rows }] };
}

const errorOf = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
};

describe('schemaFromPlan', () => {
  it('records each question with its choices and the level each stands for, and the role and school item ids', () => {
    const x = {
      instrument: 'ic-self-assessment',
      role: 'coach',
      askRole: true,
      askSchool: true,
      schools: ['A', 'B'],
    };
    const s = schemaFor(x);
    const plan = surveyFormPlan(parseSurveyRequest(x));
    expect(s.instrument).toBe('ic-self-assessment');
    expect(s.role).toBe('coach');
    const coach = getRole('coach');
    // Pages have no column and are not recorded; every question is, under its item id.
    const ids = plan.items.flatMap((item, i) => (item.kind === 'choice' && item.scored ? [1000 + i] : []));
    expect(s.items.map((i) => [i.itemId, i.key, i.title, i.scaleId])).toEqual(
      coach.responsibilities.map((r, k) => [ids[k], r.id, r.text, 'ic-levels']),
    );
    for (const item of s.items) {
      expect(item.rows).toEqual([]);
      expect(item.answers).toEqual([
        ...levelDescriptionsFor(item.key).map((choice, k) => ({ choice, label: `Level ${k + 1}` })),
        { choice: 'Not sure', label: 'Not sure' },
      ]);
    }
    const about = plan.items.findIndex((i) => i.key === 'about');
    expect(s.meta).toEqual({ roleItemId: 1000 + about + 1, schoolItemId: 1000 + about + 2 });
  });

  it('an IC survey recorded by an earlier version (grids of level numbers) still reads back', () => {
    const legacy = legacyIcSchema('coach', FORM, [1000, 1001, 1002]);
    expect(decodeSchema(encodeSchema(legacy), FORM)).toEqual(legacy);
  });

  it('where are we now: no role, no meta', () => {
    const s = schemaFor({ instrument: 'where-are-we-now' });
    expect(s).not.toHaveProperty('role');
    expect(s.meta).toEqual({});
    expect(s.items[0]!.rows).toHaveLength(5);
  });
});

describe('encodeSchema / decodeSchema', () => {
  it('round-trips a small schema in one chunk', () => {
    const s = legacyIcSchema('principal', FORM, [1000, 1001, 1002]);
    const props = encodeSchema(s);
    expect(Object.keys(props).sort()).toEqual([`survey:${FORM}`, `survey:${FORM}:0`]);
    expect(JSON.parse(props[`survey:${FORM}`]!)).toMatchObject({ chunks: 1 });
    expect(decodeSchema(props, FORM)).toEqual(s);
  });

  it('an IC self-assessment schema (every description recorded) spans chunks and reads back whole', () => {
    const s = schemaFor({ instrument: 'ic-self-assessment', role: 'teacher' });
    const props = encodeSchema(s);
    expect(utf8Bytes(JSON.stringify(s))).toBeGreaterThan(MAX_VALUE_BYTES);
    for (const v of Object.values(props)) expect(utf8Bytes(v)).toBeLessThanOrEqual(CHUNK_BYTES);
    expect(decodeSchema(props, FORM)).toEqual(s);
  });

  it('splits a schema over 9 KB into chunks of at most 9 KB each, and reads it back', () => {
    const s = bigSchema();
    expect(utf8Bytes(JSON.stringify(s))).toBeGreaterThan(MAX_VALUE_BYTES * 2);
    const props = encodeSchema(s);
    const chunks = Object.keys(props).filter((k) => /:\d+$/.test(k));
    expect(chunks.length).toBeGreaterThan(2);
    for (const v of Object.values(props)) {
      expect(utf8Bytes(v)).toBeLessThanOrEqual(CHUNK_BYTES);
      expect(Buffer.byteLength(v, 'utf8')).toBeLessThanOrEqual(MAX_VALUE_BYTES);
    }
    expect(decodeSchema(props, FORM)).toEqual(s);
  });

  it('null when nothing is recorded for the form', () => {
    expect(decodeSchema({}, FORM)).toBeNull();
    expect(
      decodeSchema(encodeSchema(schemaFor({ instrument: 'where-are-we-now' }, 'other-form-id-123')), FORM),
    ).toBeNull();
  });

  it.each<[string, (p: Record<string, string>) => void, RegExp]>([
    ['a missing chunk', (p) => delete p[`survey:${FORM}:1`], /part 2 of \d+ is missing/],
    ['a cut chunk', (p) => (p[`survey:${FORM}:1`] = p[`survey:${FORM}:1`]!.slice(5)), /do not add up/],
    [
      'an altered chunk',
      (p) => (p[`survey:${FORM}:0`] = `#${p[`survey:${FORM}:0`]!.slice(1)}`),
      /not readable/,
    ],
    ['an unreadable index', (p) => (p[`survey:${FORM}`] = 'chunks=3'), /index is not readable/],
    [
      'an index of 0 chunks',
      (p) => (p[`survey:${FORM}`] = '{"chunks":0,"length":0}'),
      /index is not readable/,
    ],
  ])('%s is a clear UserError', (_, damage, reason) => {
    const props = { ...encodeSchema(bigSchema()) };
    damage(props);
    const e = errorOf(() => decodeSchema(props, FORM));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(/record of the survey form .* is damaged/);
    expect(e.message).toMatch(reason);
  });

  it.each<[string, (s: Record<string, unknown>) => unknown, RegExp]>([
    ['another version', (s) => ({ ...s, version: 2 }), /version 2 is not known/],
    ['another form', (s) => ({ ...s, formId: 'zzz' }), /names another form/],
    [
      'an unknown scale',
      (s) => ({ ...s, items: [{ ...(s.items as object[])[0], scaleId: 'stars' }] }),
      /question is not readable/,
    ],
    [
      'a fractional item id',
      (s) => ({ ...s, items: [{ ...(s.items as object[])[0], itemId: 1.5 }] }),
      /question is not readable/,
    ],
    ['an unknown instrument', (s) => ({ ...s, instrument: 'pulse' }), /instrument is not known/],
    ['an unknown role', (s) => ({ ...s, role: 'janitor' }), /role is not known/],
    [
      'a bad meta',
      (s) => ({ ...s, meta: { roleItemId: 'x' } }),
      /role and school questions are not readable/,
    ],
    [
      'an unreadable choice',
      (s) => ({ ...s, items: [{ ...(s.items as object[])[0], answers: [{ choice: 3, label: 'Level 1' }] }] }),
      /question is not readable/,
    ],
    ['not a record', () => [1, 2], /not a record/],
  ])('a record with %s is refused', (_, change, reason) => {
    const s = schemaFor({ instrument: 'ic-self-assessment', role: 'coach' }) as unknown as Record<
      string,
      unknown
    >;
    const props = encodeSchema(change(s) as SurveySchema);
    // encodeSchema keys by the (possibly changed) formId: decode under the original one.
    const keyed = Object.fromEntries(
      Object.entries(props).map(([k, v]) => [k.replace(/^survey:[^:]+/, `survey:${FORM}`), v]),
    );
    expect(errorOf(() => decodeSchema(keyed, FORM)).message).toMatch(reason);
  });
});

describe('splitUtf8', () => {
  it('never splits a surrogate pair and keeps every piece within the limit', () => {
    const text = `${'🙂'.repeat(10)}${'é'.repeat(7)}abc`;
    for (const max of [4, 5, 6, 7, 9]) {
      const parts = splitUtf8(text, max);
      expect(parts.join('')).toBe(text);
      for (const p of parts) {
        expect(utf8Bytes(p)).toBeLessThanOrEqual(max);
        expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      }
    }
    expect(splitUtf8('')).toEqual(['']);
  });

  it('utf8Bytes agrees with Node', () => {
    for (const s of ['', 'abc', 'é', '—', '🙂', 'a🙂é—\uD800x']) {
      expect(utf8Bytes(s)).toBe(Buffer.byteLength(s, 'utf8'));
    }
  });
});

describe('survey index and schools', () => {
  it('adds a form id once', () => {
    const one = encodeSurveyIndex(undefined, 'a');
    const two = encodeSurveyIndex(one, 'b');
    expect(decodeSurveyIndex(encodeSurveyIndex(two, 'a'))).toEqual(['a', 'b']);
    expect(decodeSurveyIndex('not json')).toEqual([]);
    expect(decodeSurveyIndex('{"a":1}')).toEqual([]);
  });

  it('round-trips a long schools list in chunks', () => {
    const schools = Array.from(
      { length: 300 },
      (_, i) => `École élémentaire numéro ${i} — ${'x'.repeat(60)}`,
    );
    const props = encodeSchools(schools);
    expect(Object.keys(props).length).toBeGreaterThan(3);
    for (const v of Object.values(props)) expect(Buffer.byteLength(v)).toBeLessThanOrEqual(MAX_VALUE_BYTES);
    expect(decodeSchools(props)).toEqual(schools);
    expect(decodeSchools({})).toEqual([]);
    expect(decodeSchools({ schools: 'junk' })).toEqual([]);
  });

  it('surveyRecord writes schema, index and schools together, blanking stale school chunks', () => {
    const long = encodeSchools(Array.from({ length: 300 }, (_, i) => `School ${i} ${'y'.repeat(80)}`));
    const before = { ...long, surveys: '["old"]', other: 'kept' };
    const s = schemaFor({ instrument: 'where-are-we-now', askSchool: true, schools: ['A', 'B'] });
    const out = surveyRecord(before, s, ['A', 'B']);
    expect(JSON.parse(out.surveys!)).toEqual(['old', FORM]);
    expect(out).not.toHaveProperty('other');
    const after: Record<string, string> = { ...before, ...out };
    expect(decodeSchools(after)).toEqual(['A', 'B']);
    expect(after['schools:3']).toBe('');
    expect(decodeSchema(after, FORM)).toEqual(s);
    expect(surveyRecord({}, s, null)).not.toHaveProperty('schools');
  });

  it('surveyRecord refuses to overflow the 500 KB store', () => {
    const full = { filler: 'z'.repeat(500 * 1024 - 2000) };
    expect(propsBytes(full)).toBeLessThan(500 * 1024);
    const e = errorOf(() => surveyRecord(full, bigSchema(), null));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(/storage in this spreadsheet is full/);
  });
});
