import type { Instrument } from './types';

/** The "Where are we now?" self-assessment from the learning systems seed; statements word for word. */
export const WHERE_ARE_WE_NOW = {
  id: 'where-are-we-now',
  title: 'Where are we now?',
  description:
    'Indicate how strongly you agree or disagree with each statement about professional learning in our school district.',
  scale: 'agreement5',
  statements: [
    {
      id: 'wawn.1',
      text: 'Our school district has embraced a vision and mission for professional learning.',
    },
    { id: 'wawn.2', text: 'Our school district has adopted a formal definition of professional learning.' },
    {
      id: 'wawn.3',
      text: 'Our school district leaders align their advocacy and practice to the district vision, mission, and definition of professional learning.',
    },
    {
      id: 'wawn.4',
      text: 'Every educator in our district engages in effective professional learning every day so that every student achieves.',
    },
    {
      id: 'wawn.5',
      text: 'Professional learning in our schools occurs primarily within learning communities committed to continuous improvement.',
    },
  ],
} as const satisfies Instrument;
