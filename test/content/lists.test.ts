import {
  asPrinted,
  CHAIN_MONITORING,
  CHAIN_SENTENCE,
  CHAIN_SENTENCE_PRINTED_OPENING,
  CHAIN_STEPS,
  CHAIN_TITLE,
  CONTINUOUS_IMPROVEMENT_CYCLE,
  FOUNDATIONS,
  FOUNDATIONS_TITLE,
  FRAMES,
  getStandard,
  LEADER_ACTION_AREAS,
  LEADER_ACTIONS_INTRO,
  LEADER_ROLE_IDS,
  LEARNING_SYSTEM_ATTRIBUTES,
  LEARNING_SYSTEM_LISTS,
  LEARNING_SYSTEM_REQUIREMENTS,
  LEARNING_SYSTEM_TOOLS,
  LEARNING_SYSTEMS_CALL,
  RESPONSIBILITY_STANDARDS,
  ROLES,
  type SeedList,
  STANDARDS_RESOURCES,
  STANDARDS_RESOURCES_ACCESS,
  STANDARDS_RESOURCES_INTRO,
  standardOfResponsibility,
  VISION_INTO_REALITY,
} from '../../src/content';
import { flat, flatText, seedContaining, tableCells } from './seeds';

/** The seeds each list comes from, found by a phrase only that seed holds. */
const superintendentGuide = () => seedContaining('# Foundations for standards');
const learningSystemsText = () => seedContaining('WHERE ARE WE NOW?');
const leadersArticle = () => seedContaining('LEADERS PLAY KEY ROLES IN IMPLEMENTING STANDARDS');

const items = (list: SeedList) => list.items.map((i) => i.text);

describe('lists have stable, sequential ids and clean text', () => {
  const lists: [SeedList, string, number][] = [
    [FOUNDATIONS, 'foundation', 7],
    [LEARNING_SYSTEM_ATTRIBUTES, 'ls.attribute', 7],
    [LEARNING_SYSTEM_REQUIREMENTS, 'ls.requires', 4],
    [VISION_INTO_REALITY, 'ls.vision', 4],
    [CONTINUOUS_IMPROVEMENT_CYCLE, 'ls.cycle', 6],
  ];
  test.each(lists.map(([l, id, n]) => [id, l, n] as const))('%s', (id, list, n) => {
    expect(list.id).toBe(id);
    expect(list.items.map((i) => i.id)).toEqual(Array.from({ length: n }, (_, k) => `${id}.${k + 1}`));
    for (const t of [list.lead, ...items(list)]) {
      expect(t).toBe(flat(t));
      expect(t).not.toMatch(/\*\*|[;,]$|; and$/);
    }
  });

  test('tools and resources have stable ids', () => {
    expect(LEARNING_SYSTEM_TOOLS.map((t) => t.id)).toEqual(
      ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6'].map((n) => `tool.${n}`),
    );
    expect(STANDARDS_RESOURCES.map((r) => r.id)).toEqual([
      'resource.standards',
      'resource.action-guides',
      'resource.quick-start',
      'resource.research',
      'resource.policy',
    ]);
    expect(LEADER_ACTION_AREAS.map((a) => a.id)).toEqual([
      'leader.establish-expectations',
      'leader.engage-as-learners',
      'leader.provide-resources',
      'leader.address-learning-systemically',
    ]);
  });
});

describe('word for word against the seeds', () => {
  test('the seven foundations: heading, paragraph and list, and nothing else before the next heading', () => {
    const text = flatText(superintendentGuide());
    expect(text).toContain(
      flat([FOUNDATIONS_TITLE, FOUNDATIONS.lead, ...items(FOUNDATIONS), CHAIN_TITLE].join(' ')),
    );
  });

  test("the chain: the guide's sentences, less only the clause that points at its graphic", () => {
    const text = flatText(superintendentGuide());
    expect(text).toContain(
      `${CHAIN_TITLE} ${CHAIN_SENTENCE_PRINTED_OPENING}${CHAIN_SENTENCE} ${CHAIN_MONITORING}`,
    );
    expect(CHAIN_SENTENCE_PRINTED_OPENING).toMatch(/graphic above/);
    // The steps are the sentence's phrases, in order; each short name ends the phrase it labels.
    let from = 0;
    for (const step of CHAIN_STEPS) {
      const at = CHAIN_SENTENCE.indexOf(step.printed, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + step.printed.length;
      expect(step.printed.toLowerCase().endsWith(step.name.toLowerCase())).toBe(true);
    }
    expect(CHAIN_STEPS.map((s) => s.id)).toEqual([
      'chain.standards',
      'chain.professional-learning',
      'chain.educator-learning',
      'chain.educator-practice',
      'chain.student-results',
    ]);
  });

  /** Each list with the words that follow it in the seed, proving no item was left out at the end. */
  const FOLLOWED_BY: [SeedList, string][] = [
    [LEARNING_SYSTEM_ATTRIBUTES, 'The concept of schools as learning organizations is not new.'],
    [LEARNING_SYSTEM_REQUIREMENTS, 'This body of work'],
    [VISION_INTO_REALITY, 'Engage in continuous improvement'],
    [CONTINUOUS_IMPROVEMENT_CYCLE, 'Create alignment and accountability'],
  ];

  test.each(FOLLOWED_BY.map(([l, next]) => [l.lead, l, next] as const))(
    'learning systems: "%s ..." as printed, item by item',
    (_lead, list, next) => {
      const text = flatText(learningSystemsText(), ['pullQuote']);
      const printed = list.items.map((_, i) => asPrinted(list, i));
      const cited = list.citation ? [list.citation] : [];
      expect(text).toContain(flat([list.lead, ...printed, ...cited, next].join(' ')));
    },
  );

  test("learning-system lists: the seed's order, the series punctuation as printed", () => {
    expect(LEARNING_SYSTEM_LISTS).toEqual([
      LEARNING_SYSTEM_ATTRIBUTES,
      LEARNING_SYSTEM_REQUIREMENTS,
      VISION_INTO_REALITY,
      CONTINUOUS_IMPROVEMENT_CYCLE,
    ]);
    expect(asPrinted(LEARNING_SYSTEM_ATTRIBUTES, 0)).toBe(
      'Value adult learning as much as student learning;',
    );
    expect(asPrinted(LEARNING_SYSTEM_ATTRIBUTES, 5)).toBe('Are committed to innovating; and');
    expect(asPrinted(LEARNING_SYSTEM_ATTRIBUTES, 6)).toBe('Celebrate and honor success.');
    expect(asPrinted(CONTINUOUS_IMPROVEMENT_CYCLE, 5)).toBe(CONTINUOUS_IMPROVEMENT_CYCLE.items[5]!.text);
    expect(flatText(learningSystemsText())).toContain(LEARNING_SYSTEMS_CALL);
  });

  test('tools 2.1–2.6: the rows of the tools index', () => {
    const seed = learningSystemsText();
    const at = seed.lines.indexOf('TOOLS INDEX');
    expect(at).toBeGreaterThan(0);
    expect(tableCells(seed, at + 1)).toEqual([
      ['TOOL', 'TITLE', 'PURPOSE'],
      ...LEARNING_SYSTEM_TOOLS.map((t) => [t.number, t.title, t.purpose]),
    ]);
  });

  test("resources for standards: heading and description, in the guide's order", () => {
    const text = flatText(superintendentGuide());
    expect(text).toContain(`${STANDARDS_RESOURCES_INTRO} Resources include:`);
    expect(text).toContain(STANDARDS_RESOURCES_ACCESS);
    let from = text.indexOf(STANDARDS_RESOURCES_INTRO);
    for (const r of STANDARDS_RESOURCES) {
      const at = text.indexOf(`${r.title} ${r.description[0]}`, from);
      expect(at).toBeGreaterThan(from);
      for (const p of r.description) expect(text.indexOf(p, at)).toBeGreaterThanOrEqual(at);
      from = at;
    }
    expect(text.indexOf(STANDARDS_RESOURCES_ACCESS)).toBeGreaterThan(from);
  });

  test("the leaders' action areas: each heading and its paragraphs, back to back as printed", () => {
    const text = flatText(leadersArticle(), ['pageJump']);
    expect(text).toContain(LEADER_ACTIONS_INTRO[0]);
    expect(text).toContain(
      flat(
        [
          LEADER_ACTIONS_INTRO[1],
          ...LEADER_ACTION_AREAS.flatMap((a) => [a.name, ...a.paragraphs]),
          'Learning Forward is committed',
        ].join(' '),
      ),
    );
    expect(LEADER_ACTION_AREAS.map((a) => a.name)).toEqual([
      'Establish expectations',
      'Engage as learners',
      'Provide resources',
      'Address learning systemically',
    ]);
  });
});

describe('the standard each responsibility is placed under (our reading)', () => {
  test("one standard per responsibility, always a standard of the responsibility's own frame", () => {
    for (const role of ROLES) {
      for (const frame of FRAMES) {
        const inFrame = role.responsibilities.filter((r) => r.frame === frame.id);
        expect(RESPONSIBILITY_STANDARDS[role.id][frame.id]).toHaveLength(inFrame.length);
        for (const r of inFrame) expect(getStandard(standardOfResponsibility(r.id)).frame).toBe(frame.id);
      }
    }
  });

  test("a few placements a reader can check against the standards' constructs", () => {
    expect(standardOfResponsibility('coach.rc.1')).toBe('equity-practices');
    expect(standardOfResponsibility('principal.cs.3')).toBe('resources');
    expect(standardOfResponsibility('teacher.cs.6')).toBe('culture-of-collaborative-inquiry');
    expect(standardOfResponsibility('state-commissioner.rc.1')).toBe('equity-practices');
    expect(standardOfResponsibility('superintendent.tp.4')).toBe('evidence');
  });

  test('an unknown responsibility is an error', () => {
    expect(() => standardOfResponsibility('coach.rc.9')).toThrow(
      'No standard recorded for responsibility "coach.rc.9"',
    );
    expect(() => standardOfResponsibility('mayor.rc.1')).toThrow('No standard recorded');
    expect(() => standardOfResponsibility('coach.xx.1')).toThrow('No standard recorded');
  });
});

test('leaders are the roles the leaders article addresses', () => {
  expect(LEADER_ROLE_IDS).toEqual([
    'system-central-office',
    'superintendent',
    'principal',
    'state-commissioner',
  ]);
});
