import {
  CHAIN_MONITORING,
  CHAIN_SENTENCE,
  CONTINUOUS_IMPROVEMENT_CYCLE,
  FOUNDATIONS,
  FRAME_IDS,
  LEADER_ACTION_AREAS,
  LEARNING_SYSTEM_ATTRIBUTES,
  LEARNING_SYSTEM_REQUIREMENTS,
  LEARNING_SYSTEM_TOOLS,
  ROLES,
  type SeedList,
  VISION_INTO_REALITY,
} from '../../src/content';
import { standardsOverviewPlan } from '../../src/core/overview';
import type { SheetPlan } from '../../src/core/plan';
import {
  parseTemplateRequest,
  planTemplate,
  TEMPLATE_KINDS,
  type TemplateKindInfo,
  type TemplateRequest,
} from '../../src/core/templates';

/**
 * What the gallery inserts: every template kind of the catalog, for every role when it takes a
 * role, through the same parser as the sidebar (roles side by side, given only a role, puts it
 * beside every other role).
 */
function galleryRequests(info: TemplateKindInfo): TemplateRequest[] {
  const base: Record<string, unknown> = { kind: info.kind };
  if (info.needsOutcomes) base.outcomes = ['Teachers plan lessons together every week.'];
  if (info.frames === 'required') base.frames = [...FRAME_IDS];
  const raw = info.needsRole ? ROLES.map((r) => ({ ...base, role: r.id })) : [base];
  return raw.map((r) => parseTemplateRequest(r));
}

const tabs = new Map<string, SheetPlan>(
  TEMPLATE_KINDS.flatMap(galleryRequests).map((req) => {
    const plan = planTemplate(req);
    // Tabs of the same title (roles side by side, all roles) get distinct names, as in Sheets.
    return [`${plan.title} ${JSON.stringify(req)}`, plan] as const;
  }),
);
const overview = standardsOverviewPlan();

/** The tabs whose cells hold `text` word for word (within a cell). */
function tabsHolding(text: string, plans: ReadonlyMap<string, SheetPlan>): string[] {
  return [...plans.values()]
    .filter((p) => p.values.some((row) => row.some((c) => typeof c === 'string' && c.includes(text))))
    .map((p) => p.title);
}

const ITEMS: [string, string, string][] = [
  ...(
    [
      [FOUNDATIONS, 'Logic model'],
      [LEARNING_SYSTEM_ATTRIBUTES, 'Learning-system reflection'],
      [LEARNING_SYSTEM_REQUIREMENTS, 'Learning-system reflection'],
      [CONTINUOUS_IMPROVEMENT_CYCLE, 'Learning-system reflection'],
      [VISION_INTO_REALITY, 'Learning-system reflection'],
    ] as [SeedList, string][]
  ).flatMap(([list, home]) => list.items.map((i) => [i.id, i.text, home] as [string, string, string])),
  ...LEARNING_SYSTEM_TOOLS.flatMap((t): [string, string, string][] => [
    [`${t.id} title`, t.title, 'Resources'],
    [`${t.id} purpose`, t.purpose, 'Resources'],
  ]),
  ...LEADER_ACTION_AREAS.flatMap((a): [string, string, string][] => [
    [`${a.id} name`, a.name, 'First actions - Principal'],
    ...a.paragraphs.map((p, k): [string, string, string] => [
      `${a.id} paragraph ${k + 1}`,
      p,
      'First actions - Principal',
    ]),
  ]),
];

describe('every item of the new lists lands word for word in a tab the gallery inserts', () => {
  test.each(ITEMS)('%s', (_id, text, home) => {
    expect(tabsHolding(text, tabs)).toContain(home);
  });

  test("the leaders' action areas are in every leader's first-actions tab", () => {
    const holding = tabsHolding(LEADER_ACTION_AREAS[3]!.paragraphs[1]!, tabs);
    expect(holding.sort()).toEqual(
      [
        'First actions - Principal',
        'First actions - Superintendent',
        'First actions - System/central office',
        'First actions - State commissioner',
      ].sort(),
    );
  });
});

describe('the standards overview holds the foundations and the chain', () => {
  const only = new Map([[overview.title, overview]]);
  test.each(FOUNDATIONS.items.map((i) => [i.id, i.text] as const))('%s', (_id, text) => {
    expect(tabsHolding(text, only)).toEqual(['Standards overview']);
  });
  test("the chain, in the guide's words", () => {
    expect(tabsHolding(CHAIN_SENTENCE, only)).toEqual(['Standards overview']);
    expect(tabsHolding(CHAIN_MONITORING, only)).toEqual(['Standards overview']);
  });
});
