import { ROLES } from '../../src/content';
import { IC_LEVELS_BY_ROLE, levelDescriptionsFor, OWN_OUTCOME_PROMPTS } from '../../src/content/icLevels';

/**
 * The shape of the authored IC level descriptions, so a later edit cannot bring back a grid of
 * one sentence wrapped in fixed phrases. Quality is for reading; these hold what can be counted.
 */
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const words = (s: string) => s.trim().split(/\s+/).length;
const all = ROLES.flatMap((role) => role.responsibilities.map((r) => ({ role, r })));

describe('authored IC level descriptions', () => {
  it('cover every responsibility of every role, and nothing else', () => {
    expect(all).toHaveLength(112);
    for (const role of ROLES) {
      expect(Object.keys(IC_LEVELS_BY_ROLE[role.id])).toEqual(role.responsibilities.map((r) => r.id));
    }
  });

  it.each(all.map(({ r }) => [r.id, r.text]))(
    '%s has four distinct full-sentence descriptions',
    (id, text) => {
      const levels = levelDescriptionsFor(id);
      expect(levels).toHaveLength(4);
      expect(new Set(levels.map(norm)).size).toBe(4);
      const outcome = norm(text).replace(/\.$/, '');
      for (const cell of levels) {
        expect(cell).toMatch(/^[A-Z"'].*[.]$/s);
        expect(words(cell)).toBeGreaterThanOrEqual(15);
        expect(words(cell)).toBeLessThanOrEqual(60);
        expect(norm(cell)).not.toContain(outcome);
        expect(norm(cell)).not.toMatch(/\bnot yet\b/);
      }
    },
  );

  it('never repeats a description, within a role or across roles', () => {
    const cells = all.flatMap(({ r }) => levelDescriptionsFor(r.id).map(norm));
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('has no two rows alike once the outcome is taken out (no fixed phrase around the outcome)', () => {
    const skeletons = all.map(({ r }) => {
      const outcome = norm(r.text).replace(/\.$/, '');
      return levelDescriptionsFor(r.id)
        .map((c) => norm(c).split(outcome).join('…'))
        .join(' | ');
    });
    expect(new Set(skeletons).size).toBe(skeletons.length);
    // No opening words shared by every row of a level either: a template would show up here.
    for (let level = 0; level < 4; level++) {
      const openings = new Set(
        all.map(({ r }) => norm(levelDescriptionsFor(r.id)[level]!).split(' ').slice(0, 3).join(' ')),
      );
      expect(openings.size).toBeGreaterThan(all.length / 3);
    }
  });

  it('refuses an id with no descriptions', () => {
    expect(() => levelDescriptionsFor('coach.tp.99')).toThrow('No IC level descriptions');
  });

  it('gives own-outcome maps prompts, not content', () => {
    expect(OWN_OUTCOME_PROMPTS).toHaveLength(4);
    for (const p of OWN_OUTCOME_PROMPTS) expect(p).toMatch(/^(Write|What|How|Who)\b/);
  });
});
