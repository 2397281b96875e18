/**
 * The sidebar's three steps as tabs (the WAI-ARIA tabs pattern): one tab stop for the strip,
 * arrow keys, Home and End move between steps and show them. The tabs and panels are in the
 * HTML shell; this wires them.
 */
export const STEPS = ['templates', 'survey', 'results'] as const;
export type StepId = (typeof STEPS)[number];

export interface Steps {
  show(step: StepId, focus?: boolean): void;
  current(): StepId;
}

export function mountSteps(tabs: Record<StepId, HTMLElement>, panels: Record<StepId, HTMLElement>): Steps {
  let current: StepId = 'templates';
  const show = (step: StepId, focus = false) => {
    current = step;
    for (const s of STEPS) {
      const on = s === step;
      tabs[s].setAttribute('aria-selected', String(on));
      tabs[s].tabIndex = on ? 0 : -1;
      panels[s].hidden = !on;
    }
    if (focus) tabs[step].focus();
  };
  STEPS.forEach((step, i) => {
    tabs[step].addEventListener('click', () => show(step));
    tabs[step].addEventListener('keydown', (e) => {
      const last = STEPS.length - 1;
      const to =
        e.key === 'ArrowRight'
          ? (i + 1) % STEPS.length
          : e.key === 'ArrowLeft'
            ? (i + last) % STEPS.length
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? last
                : -1;
      if (to < 0) return;
      e.preventDefault();
      show(STEPS[to]!, true);
    });
  });
  show(current);
  return { show, current: () => current };
}
