import {
  CHAIN_STEPS,
  FOUNDATIONS,
  FRAMES,
  type FrameId,
  getFrame,
  getReflectionSet,
  getRole,
  getStandard,
  isFrameId,
  isRoleId,
  LEADER_ACTION_AREAS,
  LEARNING_SYSTEM_LISTS,
  LEARNING_SYSTEM_TOOLS,
  printedText,
  REFLECTION_SETS,
  ROLES,
  responsibilitiesFor,
  STANDARD_STEM,
  STANDARDS,
  STANDARDS_RESOURCES,
  standardsByFrame,
  WHERE_ARE_WE_NOW,
} from '../src/content';
import { BULLET, seedContaining, seeds, tableRows } from './content/seeds';

const FRAME_CODE: Record<FrameId, string> = {
  'rigorous-content': 'rc',
  'transformational-processes': 'tp',
  'conditions-for-success': 'cs',
};

/** Expected [rc, tp, cs] responsibility counts per role, from the "What's your role" seed. */
const ROLE_COUNTS: ReadonlyArray<readonly [string, number, number, number]> = [
  ['system-central-office', 4, 6, 7],
  ['superintendent', 4, 5, 7],
  ['principal', 4, 6, 5],
  ['coach', 4, 6, 6],
  ['teacher', 4, 6, 7],
  ['external-partner', 4, 6, 6],
  ['state-commissioner', 3, 5, 7],
];

describe('frames', () => {
  test('three frames in order, with names and descriptions', () => {
    expect(FRAMES.map((f) => f.id)).toEqual([
      'rigorous-content',
      'transformational-processes',
      'conditions-for-success',
    ]);
    expect(FRAMES.map((f) => f.name)).toEqual([
      'Rigorous Content for Each Learner',
      'Transformational Processes',
      'Conditions for Success',
    ]);
    for (const f of FRAMES) expect(f.description.startsWith(`The ${f.name} standards describe `)).toBe(true);
  });
});

describe('standards', () => {
  test('eleven standards with the expected ids, 3/4/4 per frame', () => {
    expect(STANDARDS.map((s) => s.id)).toEqual([
      'equity-practices',
      'curriculum-assessment-instruction',
      'professional-expertise',
      'equity-drivers',
      'evidence',
      'learning-designs',
      'implementation',
      'equity-foundations',
      'culture-of-collaborative-inquiry',
      'leadership',
      'resources',
    ]);
    const byFrame = standardsByFrame();
    expect(Object.keys(byFrame)).toEqual(FRAMES.map((f) => f.id));
    expect(FRAMES.map((f) => byFrame[f.id].length)).toEqual([3, 4, 4]);
    expect(Object.values(byFrame).flat()).toEqual([...STANDARDS]);
  });

  test('each standard has three non-empty constructs that make up its description', () => {
    for (const s of STANDARDS) {
      expect(s.constructs).toHaveLength(3);
      for (const c of s.constructs) {
        expect(c.trim()).toBe(c);
        expect(c.length).toBeGreaterThan(0);
        expect(s.description).toContain(c);
      }
      const [a, b, c] = s.constructs;
      expect(s.description).toBe(`${STANDARD_STEM} ${a}, ${b}, and ${c}.`);
    }
  });

  test('names are in title case', () => {
    const minor = new Set(['and', 'of', 'for']);
    for (const s of STANDARDS) {
      for (const word of s.name.split(' ')) {
        if (!minor.has(word)) expect(word[0]).toBe(word[0]?.toUpperCase());
      }
    }
    expect(getStandard('curriculum-assessment-instruction').name).toBe(
      'Curriculum, Assessment, and Instruction',
    );
    expect(getStandard('culture-of-collaborative-inquiry').name).toBe('Culture of Collaborative Inquiry');
  });
});

describe('roles', () => {
  test('seven roles in the seed order', () => {
    expect(ROLES.map((r) => r.id)).toEqual(ROLE_COUNTS.map(([id]) => id));
    expect(getRole('system-central-office').name).toBe('System/central office');
    expect(getRole('system-central-office').heading).toBe('System/central office leaders');
    expect(getRole('state-commissioner').name).toBe('State commissioner');
    expect(getRole('state-commissioner').heading).toBe('State commissioners/ministers of education');
  });

  test.each(ROLE_COUNTS)('%s has %i/%i/%i responsibilities per frame', (id, rc, tp, cs) => {
    const role = getRole(id);
    const counts = FRAMES.map((f) => role.responsibilities.filter((r) => r.frame === f.id).length);
    expect(counts).toEqual([rc, tp, cs]);
  });

  test('responsibilities are grouped in frame order and numbered per frame', () => {
    for (const role of ROLES) {
      expect(role.description.length).toBeGreaterThan(0);
      const frameOrder = role.responsibilities.map((r) => FRAMES.findIndex((f) => f.id === r.frame));
      expect(frameOrder).toEqual([...frameOrder].sort((a, b) => a - b));
      for (const f of FRAMES) {
        role.responsibilities
          .filter((r) => r.frame === f.id)
          .forEach((r, i) => {
            expect(r.id).toBe(`${role.id}.${FRAME_CODE[f.id]}.${i + 1}`);
            expect(r.role).toBe(role.id);
          });
      }
    }
  });

  test('keeps the seed punctuation', () => {
    expect(getRole('teacher').responsibilities.at(-1)?.text).toBe(
      'Model "leading from the classroom" for peers and novice teachers.',
    );
    expect(getRole('coach').responsibilities.find((r) => r.id === 'coach.tp.3')?.text).toBe(
      'Help staff members set professional learning goals tied to student needs to engage in or create aligned professional learning.',
    );
  });
});

describe('reflection sets and instrument', () => {
  test('reflection sets have 4 / 9 / 6 questions with sequential ids', () => {
    expect(REFLECTION_SETS.map((s) => [s.id, s.questions.length])).toEqual([
      ['first-actions', 4],
      ['superintendent-first-actions', 9],
      ['learning-system', 6],
    ]);
    for (const set of REFLECTION_SETS) {
      expect(set.title.length).toBeGreaterThan(0);
      expect(new Set(set.questions.map((q) => q.text)).size).toBe(set.questions.length);
      set.questions.forEach((q, i) => {
        expect(q.id).toBe(`${set.id}.${i + 1}`);
        expect(q.text).not.toMatch(/<\/?\w+>/);
      });
    }
    expect(getReflectionSet('first-actions').instructions.length).toBeGreaterThan(0);
    expect(getReflectionSet('superintendent-first-actions').instructions.length).toBeGreaterThan(0);
  });

  test('"Where are we now?" has five statements on the agreement5 scale', () => {
    expect(WHERE_ARE_WE_NOW.id).toBe('where-are-we-now');
    expect(WHERE_ARE_WE_NOW.title).toBe('Where are we now?');
    expect(WHERE_ARE_WE_NOW.scale).toBe('agreement5');
    expect(WHERE_ARE_WE_NOW.description.length).toBeGreaterThan(0);
    expect(WHERE_ARE_WE_NOW.statements.map((s) => s.id)).toEqual([
      'wawn.1',
      'wawn.2',
      'wawn.3',
      'wawn.4',
      'wawn.5',
    ]);
  });
});

describe('catalog integrity', () => {
  test('every id is unique across the whole catalog', () => {
    const ids = [
      ...FRAMES.map((f) => f.id),
      ...STANDARDS.map((s) => s.id),
      ...ROLES.flatMap((r) => [r.id, ...r.responsibilities.map((x) => x.id)]),
      ...REFLECTION_SETS.flatMap((s) => [s.id, ...s.questions.map((q) => q.id)]),
      WHERE_ARE_WE_NOW.id,
      ...WHERE_ARE_WE_NOW.statements.map((s) => s.id),
      ...[FOUNDATIONS, ...LEARNING_SYSTEM_LISTS].flatMap((l) => [l.id, ...l.items.map((i) => i.id)]),
      ...CHAIN_STEPS.map((s) => s.id),
      ...LEARNING_SYSTEM_TOOLS.map((t) => t.id),
      ...STANDARDS_RESOURCES.map((r) => r.id),
      ...LEADER_ACTION_AREAS.map((a) => a.id),
    ];
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
    expect(ids.length).toBe(3 + 11 + 7 + 112 + 3 + 19 + 1 + 5 + (1 + 7) + (4 + 21) + 5 + 6 + 5 + 4);
  });

  test('every reference resolves', () => {
    for (const s of STANDARDS) expect(getFrame(s.frame).id).toBe(s.frame);
    for (const role of ROLES) {
      for (const r of role.responsibilities) {
        expect(getRole(r.role)).toBe(role);
        expect(getFrame(r.frame).id).toBe(r.frame);
      }
    }
    for (const set of REFLECTION_SETS) {
      for (const q of set.questions) expect(getReflectionSet(q.set)).toBe(set);
    }
  });

  test('no stray whitespace or markup in catalog text', () => {
    const texts = [
      ...FRAMES.flatMap((f) => [f.name, f.description]),
      ...STANDARDS.flatMap((s) => [s.name, s.description, ...s.constructs]),
      ...ROLES.flatMap((r) => [r.name, r.heading, r.description, ...r.responsibilities.map((x) => x.text)]),
      ...REFLECTION_SETS.flatMap((s) => [s.title, ...s.questions.map((q) => q.text)]),
      ...WHERE_ARE_WE_NOW.statements.map((s) => s.text),
    ];
    for (const t of texts) {
      expect(t).toBe(t.trim());
      expect(t).not.toMatch(/\s{2}|\*\*|<\/?p>/);
    }
  });
});

describe('lookups', () => {
  test('throw a clear error for unknown ids', () => {
    expect(() => getFrame('nope')).toThrow('Unknown frame id "nope"');
    expect(() => getRole('janitor')).toThrow('Unknown role id "janitor"');
    expect(() => getStandard('equity')).toThrow('Unknown standard id "equity"');
    expect(() => getReflectionSet('x')).toThrow('Unknown reflection set id "x"');
    expect(() => responsibilitiesFor('janitor', ['rigorous-content'])).toThrow('Unknown role id');
    expect(() => responsibilitiesFor('coach', ['bogus' as FrameId])).toThrow('Unknown frame id "bogus"');
  });

  test('responsibilitiesFor returns frame order then seed order, whatever the order asked', () => {
    const coach = getRole('coach');
    const got = responsibilitiesFor('coach', ['conditions-for-success', 'rigorous-content']);
    expect(got.map((r) => r.id)).toEqual([
      ...['1', '2', '3', '4'].map((n) => `coach.rc.${n}`),
      ...['1', '2', '3', '4', '5', '6'].map((n) => `coach.cs.${n}`),
    ]);
    expect(
      responsibilitiesFor(
        'coach',
        FRAMES.map((f) => f.id),
      ),
    ).toEqual(coach.responsibilities);
    expect(responsibilitiesFor('coach', [])).toEqual([]);
  });

  test('type guards', () => {
    expect(isRoleId('coach')).toBe(true);
    expect(isRoleId('Coach')).toBe(false);
    expect(isRoleId(3)).toBe(false);
    expect(isRoleId(undefined)).toBe(false);
    expect(isFrameId('transformational-processes')).toBe(true);
    expect(isFrameId('rc')).toBe(false);
    expect(isFrameId(null)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Word-for-word checks against the seed documents themselves (helpers in ./content/seeds).

describe('transcription matches the seeds word for word', () => {
  test('the seed folder is present', () => {
    expect(seeds().length).toBeGreaterThan(0);
  });

  test('responsibilities equal the bullets of "What\'s your role", in order', () => {
    const seed = seedContaining("What's your role in implementing standards?");
    const bullets = seed.lines.map((l) => BULLET.exec(l)?.[1]).filter((b): b is string => b !== undefined);
    const catalog = ROLES.flatMap((r) => r.responsibilities.map((x) => x.text));
    expect(catalog).toEqual(bullets);
  });

  test('each responsibility sits under its role heading and frame label in the seed', () => {
    const seed = seedContaining("What's your role in implementing standards?");
    const headings = new Map(ROLES.map((r) => [r.heading, r.id]));
    const frameLabels = new Map(FRAMES.map((f) => [f.name.toUpperCase(), f.id]));
    const parsed: string[] = [];
    let role: string | undefined;
    let frame: string | undefined;
    for (const line of seed.lines) {
      if (headings.has(line)) role = headings.get(line);
      else if (frameLabels.has(line)) frame = frameLabels.get(line);
      const bullet = BULLET.exec(line)?.[1];
      if (bullet !== undefined) parsed.push(`${role} | ${frame} | ${bullet}`);
    }
    const catalog = ROLES.flatMap((r) => r.responsibilities.map((x) => `${x.role} | ${x.frame} | ${x.text}`));
    expect(catalog).toEqual(parsed);
  });

  test('role headings and descriptions appear as printed', () => {
    const seed = seedContaining("What's your role in implementing standards?");
    for (const role of ROLES) {
      const at = seed.lines.indexOf(role.heading);
      expect(at).toBeGreaterThanOrEqual(0);
      const next = seed.lines.slice(at + 1).find((l) => l.trim() !== '');
      expect(next).toBe(role.description);
    }
  });

  test('the superintendent action guide lists the same superintendent responsibilities', () => {
    const seed = seedContaining('# Identifying the superintendent');
    const bullets = seed.lines.map((l) => BULLET.exec(l)?.[1]).filter((b): b is string => b !== undefined);
    expect(getRole('superintendent').responsibilities.map((r) => r.text)).toEqual(bullets);
  });

  test('frame descriptions appear as printed', () => {
    const seed = seedContaining('standards describe');
    for (const f of FRAMES) {
      const line = seed.lines.find((l) => l.startsWith(`- The **${f.name}** standards describe`));
      expect(line?.replace(/^- /, '').replace(/\*\*/g, '')).toBe(f.description);
    }
  });

  test('standards: names, clauses and frames as printed (frame label follows its standards)', () => {
    const seed = seedContaining(`*${STANDARD_STEM} ...*`);
    const frameLabels = new Map(FRAMES.map((f) => [f.name.toUpperCase(), f.id]));
    const parsed: Array<{ name: string; clause: string; frame?: string }> = [];
    let pending: Array<{ name: string; clause: string; frame?: string }> = [];
    seed.lines.forEach((line, i) => {
      const heading = /^## \*\*(.+)\*\*$/.exec(line)?.[1];
      if (heading !== undefined) {
        const clause = seed.lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
        const entry = { name: heading, clause };
        parsed.push(entry);
        pending.push(entry);
      } else if (frameLabels.has(line) && pending.length > 0) {
        for (const entry of pending) entry.frame = frameLabels.get(line);
        pending = [];
      }
    });
    expect(parsed).toHaveLength(11);
    expect(
      STANDARDS.map((s) => ({ name: s.name.toUpperCase(), clause: s.description, frame: s.frame })),
    ).toEqual(parsed.map((p) => ({ ...p, clause: p.clause.replace(/^\.\.\. /, `${STANDARD_STEM} `) })));
  });

  test('"Where are we now?" statements appear verbatim in a seed', () => {
    const seed = seedContaining('WHERE ARE WE NOW?');
    for (const s of WHERE_ARE_WE_NOW.statements) expect(seed.text).toContain(s.text);
  });

  test('"Identifying first actions" questions: the seed table, de-duplicated', () => {
    const seed = seedContaining("What's your role in implementing standards?");
    const at = seed.lines.indexOf('Identifying first actions');
    expect(at).toBeGreaterThanOrEqual(0);
    const rows = tableRows(seed, at + 1);
    expect(rows).toHaveLength(5);
    const set = getReflectionSet('first-actions');
    expect(set.questions.map((q) => printedText(q.text, q.adaptation))).toEqual([...new Set(rows)]);
    expect(seed.lines).toContain(set.instructions);
  });

  test('superintendent first-actions questions: both seed tables, tags stripped', () => {
    const seed = seedContaining("# Identifying the superintendent's first actions");
    const at = seed.lines.indexOf("# Identifying the superintendent's first actions");
    const set = getReflectionSet('superintendent-first-actions');
    expect(set.questions.map((q) => printedText(q.text, q.adaptation))).toEqual(tableRows(seed, at + 1));
    expect(seed.lines).toContain(printedText(set.instructions, set.instructionsAdaptation));
  });

  test("the only changes to the seeds' questions replace a printed page reference, once", () => {
    const adapted = REFLECTION_SETS.flatMap((set) => [
      ...(set.instructionsAdaptation ? [{ text: set.instructions, a: set.instructionsAdaptation }] : []),
      ...set.questions.flatMap((q) => (q.adaptation ? [{ text: q.text, a: q.adaptation }] : [])),
    ]);
    expect(adapted.map(({ a }) => [a.printed, a.here])).toEqual([
      ['on the preceding pages', 'above'],
      ['below and on p. 7', 'below'],
      ['on p. 5', 'above'],
    ]);
    for (const { text, a } of adapted) {
      expect(a.printed).toMatch(/\bp\. \d|pages/);
      expect(text.split(a.here)).toHaveLength(2);
      expect(text).not.toContain(a.printed);
    }
  });

  test('no question or instruction points at a page of a printed guide', () => {
    const texts = REFLECTION_SETS.flatMap((s) => [s.instructions, ...s.questions.map((q) => q.text)]);
    for (const t of texts) expect(t).not.toMatch(/\bp\.\s*\d|\bpages?\b|preceding/i);
  });

  test('learning-system questions: the bullets under "Reflection questions"', () => {
    const seed = seedContaining('WHERE ARE WE NOW?');
    const at = seed.lines.indexOf('Reflection questions');
    expect(at).toBeGreaterThanOrEqual(0);
    const bullets: string[] = [];
    for (const line of seed.lines.slice(at + 1)) {
      if (line.startsWith('- ')) bullets.push(line.slice(2));
      else if (line.trim() !== '' && bullets.length > 0) break;
    }
    expect(getReflectionSet('learning-system').questions.map((q) => q.text)).toEqual(bullets);
  });
});
