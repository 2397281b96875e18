import { FRAME_CODES } from './frames';
import type { StandardId } from './standards';
import type { FrameId, RoleId } from './types';

/*
 * THE STANDARD EACH KEY RESPONSIBILITY MOST SERVES: our reading, not Learning Forward's.
 *
 * The action guides group a role's responsibilities by frame only. To put several roles side
 * by side, this add-on places each responsibility under the one standard of its frame whose
 * constructs it most directly carries out (e.g. "Learn about student contexts ..." under Equity
 * Practices: "understand their students' historical, cultural, and societal contexts"). The
 * cross-role template says so on the tab. Lists follow each role's responsibilities in seed
 * order, frame by frame.
 */

type ByFrame = { readonly [F in FrameId]: readonly StandardId[] };

const EP = 'equity-practices';
const CAI = 'curriculum-assessment-instruction';
const PE = 'professional-expertise';
const ED = 'equity-drivers';
const EV = 'evidence';
const LD = 'learning-designs';
const IM = 'implementation';
const EF = 'equity-foundations';
const CCI = 'culture-of-collaborative-inquiry';
const LE = 'leadership';
const RE = 'resources';

export const RESPONSIBILITY_STANDARDS: { readonly [R in RoleId]: ByFrame } = {
  'system-central-office': {
    'rigorous-content': [EP, EP, CAI, PE],
    'transformational-processes': [ED, ED, LD, EV, IM, IM],
    'conditions-for-success': [EF, LE, RE, LE, LE, LE, CCI],
  },
  superintendent: {
    'rigorous-content': [EP, EP, CAI, PE],
    // Learning strategies tied to learner outcomes are learning goals (Learning Designs); tracking
    // impact is Evidence; sustaining investment is Implementation ("implement and sustain").
    'transformational-processes': [ED, LD, EV, EV, IM],
    'conditions-for-success': [EF, LE, RE, LE, LE, LE, CCI],
  },
  principal: {
    'rigorous-content': [EP, EP, CAI, PE],
    'transformational-processes': [ED, ED, LD, EV, IM, IM],
    // Schedules with time for job-embedded learning allocate time, a resource.
    'conditions-for-success': [EF, LE, RE, LE, LE],
  },
  coach: {
    'rigorous-content': [EP, EP, CAI, PE],
    'transformational-processes': [ED, ED, LD, EV, IM, IM],
    'conditions-for-success': [EF, LE, RE, LE, LE, CCI],
  },
  teacher: {
    'rigorous-content': [EP, EP, CAI, PE],
    'transformational-processes': [ED, ED, LD, EV, IM, IM],
    // Knowing and advocating the standards, demanding high-quality learning and leading from the
    // classroom are the advocacy and modelling of Leadership; learning with peers is collaborative inquiry.
    'conditions-for-success': [EF, LE, RE, LE, LE, CCI, LE],
  },
  'external-partner': {
    'rigorous-content': [EP, EP, CAI, PE],
    'transformational-processes': [ED, ED, LD, EV, IM, IM],
    'conditions-for-success': [EF, LE, RE, LE, LE, CCI],
  },
  'state-commissioner': {
    'rigorous-content': [EP, CAI, PE],
    // Tracking the impact of investments is measuring impact (Evidence) in this frame.
    'transformational-processes': [ED, LD, EV, EV, IM],
    // Advocating for, allocating and requiring documentation of resources all serve Resources.
    'conditions-for-success': [EF, LE, RE, RE, RE, LE, LE],
  },
};

/**
 * The standard a responsibility is placed under, from its id "<role>.<rc|tp|cs>.<n>".
 * @throws Error for an id that names no responsibility.
 */
export function standardOfResponsibility(responsibilityId: string): StandardId {
  const [role, code, n] = responsibilityId.split('.');
  const frame = (Object.keys(FRAME_CODES) as FrameId[]).find((f) => FRAME_CODES[f] === code);
  const list = frame ? RESPONSIBILITY_STANDARDS[role as RoleId]?.[frame] : undefined;
  const standard = list?.[Number(n) - 1];
  if (!standard) throw new Error(`No standard recorded for responsibility "${responsibilityId}".`);
  return standard;
}
