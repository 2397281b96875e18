import { UserError } from '../../src/core/errors';
import { parseResponsesRef, parseSummarizeRequest } from '../../src/core/forms';

describe('parseResponsesRef', () => {
  it('a tab name, { tab } or { formId } (the form wins)', () => {
    expect(parseResponsesRef('Form Responses 1')).toEqual({ tab: 'Form Responses 1' });
    expect(parseResponsesRef({ tab: 'Imported' })).toEqual({ tab: 'Imported' });
    expect(parseResponsesRef({ tab: 'Imported', formId: ' abc ' })).toEqual({ formId: 'abc' });
  });

  it.each([null, '', '  ', {}, { tab: 3 }, [], { formId: '' }])('refuses %j', (x) => {
    expect(() => parseResponsesRef(x)).toThrow(UserError);
    expect(() => parseResponsesRef(x)).toThrow(/Choose the tab/);
  });
});

describe('parseSummarizeRequest', () => {
  it('fills defaults', () => {
    expect(parseSummarizeRequest({ tab: 'T' })).toEqual({
      ref: { tab: 'T' },
      groupBy: null,
      overrides: {},
      waves: null,
    });
  });

  it('keeps group-by, minimum size, overrides and waves (blank cutoffs dropped)', () => {
    expect(
      parseSummarizeRequest({
        formId: 'f',
        groupBy: 'Your role',
        minGroupSize: 3,
        overrides: { Q1: 'agreement4', __proto__: 'ignore' },
        waves: [' 2025-01-15 ', ''],
      }),
    ).toEqual({
      ref: { formId: 'f' },
      groupBy: 'Your role',
      minGroupSize: 3,
      overrides: { Q1: 'agreement4' },
      waves: ['2025-01-15'],
    });
    const proto = parseSummarizeRequest(JSON.parse('{"tab":"T","overrides":{"__proto__":"ignore"}}'));
    expect(Object.keys(proto.overrides)).toEqual(['__proto__']);
    expect(parseSummarizeRequest({ tab: 'T', waves: [] }).waves).toBeNull();
  });

  it("keeps the breakdown's display name, trimmed; an empty one is left out", () => {
    expect(
      parseSummarizeRequest({ tab: 'T', groupBy: 'Your role', groupLabel: '  Job   title ' }).groupLabel,
    ).toBe('Job title');
    expect(parseSummarizeRequest({ tab: 'T', groupLabel: ' ' })).not.toHaveProperty('groupLabel');
    expect(parseSummarizeRequest({ tab: 'T', groupLabel: null })).not.toHaveProperty('groupLabel');
    expect(parseSummarizeRequest({ tab: 'T', groupLabel: 'x'.repeat(40) }).groupLabel).toHaveLength(40);
  });

  it.each<[unknown, RegExp]>([
    [{ tab: 'T', groupLabel: 7 }, /name of the breakdown must be text/],
    [{ tab: 'T', groupLabel: 'x'.repeat(41) }, /41 characters long; shorten it to 40 or fewer/],
    [{ tab: 'T', groupBy: 3 }, /column to break the results down by/],
    [{ tab: 'T', minGroupSize: '5' }, /whole number/],
    [{ tab: 'T', overrides: ['x'] }, /map column headers to scales/],
    [{ tab: 'T', overrides: { Q1: 4 } }, /setting for "Q1"/],
    [{ tab: 'T', waves: '2025-01-01' }, /Wave cutoffs must be a list/],
  ])('refuses %j', (x, message) => {
    expect(() => parseSummarizeRequest(x)).toThrow(UserError);
    expect(() => parseSummarizeRequest(x)).toThrow(message);
  });
});
