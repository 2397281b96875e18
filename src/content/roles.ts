import { FRAME_CODES, FRAME_IDS } from './frames';
import type { FrameId, Responsibility, Role, RoleId } from './types';

interface RoleSource {
  readonly id: RoleId;
  readonly name: string;
  readonly heading: string;
  readonly description: string;
  /** Responsibilities as printed under each frame heading, in seed order. */
  readonly byFrame: { readonly [F in FrameId]: readonly string[] };
}

/** Builds a role, numbering its responsibilities per frame: "<role>.<rc|tp|cs>.<n>" (1-based). */
function role({ id, name, heading, description, byFrame }: RoleSource): Role {
  const responsibilities: Responsibility[] = [];
  for (const frame of FRAME_IDS) {
    byFrame[frame].forEach((text, i) => {
      responsibilities.push({ id: `${id}.${FRAME_CODES[frame]}.${i + 1}`, role: id, frame, text });
    });
  }
  return { id, name, heading, description, responsibilities };
}

/**
 * How seed 002 advises choosing a role, word for word: start with your own role, read the others
 * too, and (its parenthetical note) the role most relevant to your work might not be your title.
 */
export const ROLE_GUIDANCE = {
  recommendation:
    'We recommend starting with the key responsibilities for your role, then considering those of other roles to see how the responsibilities complement and support each other and how collaboration is embedded throughout.',
  note: 'Note that the role most relevant to your work might not match your job title. For example, an assistant principal may fill the role of a coach or a head of school might fulfill the role we refer to as principal.',
} as const;

/**
 * The seven roles of "What's your role in implementing standards?" (Learning Forward), in the
 * article's order. Descriptions and key responsibilities are word for word from the article.
 */
export const ROLES: readonly Role[] = [
  role({
    id: 'system-central-office',
    name: 'System/central office',
    heading: 'System/central office leaders',
    description:
      'System-level leaders of professional learning include but are not limited to directors of professional learning, directors of equity, curriculum directors or coordinators, assistant superintendents of teaching and learning, and assistant superintendents of talent development. They typically have primary responsibility for both the long-term planning and day-to-day implementation of professional learning in their contexts and are the go-to professional learning experts in their systems. They support educators at the school level, advocate for high-quality professional learning resources, and educate stakeholders about the importance of professional learning.',
    byFrame: {
      'rigorous-content': [
        'Learn about student contexts and life experiences and their potential impact on teaching, learning, and interactions at school.',
        'Prioritize understanding and applying inclusive education practices across the system or district.',
        'Focus professional learning on how to implement high-quality curriculum and instructional materials and aligned assessments.',
        'Focus professional learning for self and others on relevant and role-specific standards, guidelines, and research.',
      ],
      'transformational-processes': [
        'Leverage inclusive professional learning practices across the system, removing barriers that result from historical or systemic inequities.',
        'Address how bias, assumptions, and beliefs about aspects of educator identity impact teaching and learning and collaboration with colleagues.',
        'Use learning theory in the design of professional learning and match appropriate learning designs with educator learning goals.',
        'Use multiple types of data and evidence to plan, design, implement, and evaluate professional learning.',
        'Apply change management theories and tools as part of the learning process.',
        'Sustain learning with opportunities for practice, feedback, and follow-up in coordination with human resources such as leader and school coaches.',
      ],
      'conditions-for-success': [
        "Create and support a culture where professional learning connects to each student's opportunity for and access to rigorous learning.",
        'Create a vision for how professional learning enables educators to achieve system goals.',
        'Allocate resources, particularly time, money, people, and technology, to achieve system learning goals.',
        'Design structural coherence across all entities that provide leader and educator professional learning services across the system.',
        'Advocate for adoption of Standards for Professional Learning.',
        'Prioritize and model learning as a leader.',
        "Embed continuous collaborative learning in each educator's workday.",
      ],
    },
  }),
  role({
    id: 'superintendent',
    name: 'Superintendent',
    heading: 'Superintendents',
    description:
      'Superintendents are critical to establishing and sustaining powerful learning in school systems, including high-quality professional learning systems for educators. Superintendents — and those in similar roles — are responsible for advocating for, allocating resources to, and aligning other systems with professional learning. Standards for Professional Learning help superintendents understand and advocate for critical aspects of high-quality professional learning. Superintendents build this knowledge, in part, by applying standards to build their own capacity as they create a vision and provide resources for a systemwide professional learning system.',
    byFrame: {
      'rigorous-content': [
        'Learn about student and family contexts and life experiences and their potential impact on teaching, learning, and interactions at school.',
        'Prioritize understanding and applying inclusive education practices across the system or district.',
        'Develop policies to provide high-quality curriculum and instructional materials and aligned assessments.',
        'Focus professional learning on standards and research.',
      ],
      'transformational-processes': [
        'Set expectations for inclusive professional learning practices across the system, removing barriers that result from historical or systemic inequities.',
        'Support and connect educator and leader learning strategies to specific desired learner outcomes.',
        'Embed use of data and evidence in all aspects of professional learning.',
        'Track impact of professional learning on educators and students.',
        'Sustain investment in professional learning for long-term change and growth.',
      ],
      'conditions-for-success': [
        'Create a context so professional learning leads to each student having access and opportunity for rigorous learning.',
        'Establish and share a vision for how professional learning enables educators to achieve system goals.',
        'Provide and advocate for sufficient human and fiscal resources.',
        'Ensure structural coherence across the multiple departments or offices that support educators and teaching and learning.',
        'Advocate for adoption of Standards for Professional Learning.',
        'Prioritize and model learning as a leader.',
        "Embed continuous collaborative learning in each educator's workday.",
      ],
    },
  }),
  role({
    id: 'principal',
    name: 'Principal',
    heading: 'Principals',
    description:
      "Principals, in many ways, are the keystones of effective professional learning systems because the vision for high-impact professional learning must be enacted with coherence and intention at the school level as part of educators' daily work. As used here, the role of principal includes assistant principals, heads of school, deans of students, and other school-level leadership roles. These leaders work closely with other instructional leaders to ensure equity of access to timely, relevant, and powerful professional learning for each educator, guided by Standards for Professional Learning.",
    byFrame: {
      'rigorous-content': [
        'Learn about student and family contexts and life experiences and their potential impact on teaching, learning, and interactions at school.',
        'Prioritize understanding and applying inclusive education practices across the school.',
        'Develop or contribute to policies to provide high-quality curriculum and instructional materials and aligned assessments.',
        'Focus professional learning on standards and research.',
      ],
      'transformational-processes': [
        'Leverage inclusive professional learning practices in the school, removing barriers that result from historical or systemic inequities.',
        'Address how bias, assumptions, and beliefs about aspects of educator identity impact teaching and learning and collaboration with colleagues.',
        'Set professional learning goals with staff tied to student needs to engage in or create aligned professional learning.',
        'Use multiple types of data and evidence to plan, design, implement, and evaluate professional learning.',
        'Apply change management theories and tools as part of the learning process.',
        'Sustain learning with opportunities for practice, feedback, and follow-up with coaches and team leads.',
      ],
      'conditions-for-success': [
        "Create a school culture where professional learning connects to each student's opportunity for and access to rigorous learning.",
        'Create a vision for how professional learning enables educators to achieve school and system goals.',
        'Create schedules that include time for job-embedded learning for all educators in a school.',
        'Advocate for adoption of Standards for Professional Learning.',
        'Prioritize and model learning as a leader.',
      ],
    },
  }),
  role({
    id: 'coach',
    name: 'Coach',
    heading: 'Coaches',
    description:
      "Coaches deploy job-embedded professional learning that supports educators in their daily work in close collaboration with system and school leaders. They maintain an awareness of educator needs for professional learning and help build educators' individual and collective knowledge. They use standards to help educators set professional learning goals, advocate for equitable learning, and leverage multiple types of data to inform teaching and learning. They model use of the standards by building their own capacity through continuous learning and improvement.",
    byFrame: {
      'rigorous-content': [
        'Learn about student contexts and life experiences and their potential impact on teaching, learning, and interactions at school.',
        'Support educators and self to apply inclusive education practices at the school or system level.',
        'Facilitate and support professional learning on how to implement high-quality curriculum and instructional materials and aligned assessments.',
        'Focus professional learning for self and others on relevant and role-specific standards, guidelines, and research.',
      ],
      'transformational-processes': [
        'Serve as school- or system-level resource to leverage inclusive professional learning practices in the school, removing or mitigating barriers that result from historical or systemic inequities.',
        'Serve as school- or system-level resource to address how bias, assumptions, and beliefs about aspects of educator identity impact teaching and learning and collaboration with colleagues.',
        'Help staff members set professional learning goals tied to student needs to engage in or create aligned professional learning.',
        'Serve as school- or system-level resource to use multiple types of data and evidence to plan, design, implement, and evaluate professional learning.',
        'Apply change management theories and tools as part of the learning process.',
        'Support sustained learning for educators with opportunities for practice, feedback, and follow-up in concert with principals and team leads.',
      ],
      'conditions-for-success': [
        "Contribute to a school or system culture where professional learning connects to each student's opportunity for and access to rigorous learning.",
        'Share and support a vision of how professional learning enables educators to achieve school and system goals.',
        'Help educators get maximum use out of professional learning resources, particularly time and technology.',
        'Advocate for adoption of Standards for Professional Learning.',
        'Prioritize and model learning as a leader.',
        'Support continuous collaborative learning for all educators.',
      ],
    },
  }),
  role({
    id: 'teacher',
    name: 'Teacher',
    heading: 'Teachers',
    description:
      'Teachers actively engage in professional learning to refine knowledge, attitudes, skills, aspirations, and beliefs into practice that enhances the richness of student learning. Teachers use Standards for Professional Learning to advocate for access to high-impact professional learning for themselves and their peers. They also use standards to guide their own instructional, disciplinary, and classroom management practices, and encourage colleagues and leaders to adhere to the standards to ensure stability and consistency in times of constant change.',
    byFrame: {
      'rigorous-content': [
        'Learn about student and family contexts and life experiences and their potential impact on teaching, learning, and interactions in class and at school.',
        'Prioritize understanding and applying inclusive education practices at the school level.',
        'Engage regularly with colleagues in professional learning on how to implement high-quality curriculum and instructional materials and aligned assessments.',
        'Focus professional learning on relevant and role-specific standards and research.',
      ],
      'transformational-processes': [
        'Participate in and contribute to inclusive professional learning practices in the school, recognizing how historical or systemic inequities have created barriers.',
        'Address how bias, assumptions, and beliefs about aspects of educator identity impact teaching and learning and collaboration with colleagues.',
        'Set professional learning goals with colleagues tied to student needs to engage in aligned professional learning.',
        'Use multiple types of data and evidence to plan, design, implement, and evaluate professional learning.',
        'Develop awareness about change processes and what they mean for professional learning.',
        'Engage in processes to sustain professional learning, including opportunities for practice, feedback, and follow-up.',
      ],
      'conditions-for-success': [
        "Expect and contribute to a school culture where professional learning connects to each student's opportunity for and access to rigorous learning.",
        'Understand school and system vision for how professional learning enables educators to achieve school and system goals.',
        'Maximize use of job-embedded and out-of-school professional learning time.',
        'Become familiar with Standards for Professional Learning and advocate their use in school and system professional learning.',
        'Create and embrace opportunities to demand high-quality professional learning.',
        'Engage in continuous learning with peers.',
        'Model "leading from the classroom" for peers and novice teachers.',
      ],
    },
  }),
  role({
    id: 'external-partner',
    name: 'External partner',
    heading: 'External partners',
    description:
      'External partners, or technical assistance providers, offer essential expertise and support as educators seek to leverage professional learning for maximum impact. Their roles and tasks vary widely depending on the purpose of the partnership, but they are often responsible for helping leaders establish and sustain learning systems that lead to improvement for every educator and student. Standards offer external partners guidance in implementing evidence-based professional learning approaches and a common framework and language for conversations with clients.',
    byFrame: {
      'rigorous-content': [
        'Help clients understand student and family contexts and life experiences and their potential impact on teaching, learning, and interactions at school.',
        'Help clients and self apply inclusive education practices.',
        'Support clients in using professional learning to implement high-quality curriculum and instructional materials and aligned assessments.',
        'Focus professional learning for self and clients on relevant and role-specific standards, guidelines, and research.',
      ],
      'transformational-processes': [
        'Help clients leverage inclusive professional learning practices in the school, removing barriers that result from historical or systemic inequities.',
        'Address with clients how bias, assumptions, and beliefs about aspects of educator identity impact teaching and learning and collaboration with colleagues.',
        'Help clients set professional learning goals tied to student needs to engage in or create aligned professional learning.',
        'Help clients use multiple types of data and evidence to plan, design, implement, and evaluate professional learning.',
        'Apply change management theories and tools as part of the learning process with clients.',
        'Sustain learning with clients, supporting processes for practice, feedback, and follow-up.',
      ],
      'conditions-for-success': [
        "Help clients connect professional learning to each student's opportunity for and access to rigorous learning.",
        'Help clients create a vision for how professional learning enables educators to achieve system goals.',
        'Help clients maximize use of professional learning resources, particularly time, money, people, and technology.',
        'Advocate for adoption of Standards for Professional Learning.',
        'Prioritize and model learning in the presence of clients.',
        "Help clients embed continuous collaborative learning in each educator's workday.",
      ],
    },
  }),
  role({
    id: 'state-commissioner',
    name: 'State commissioner',
    heading: 'State commissioners/ministers of education',
    description:
      'State commissioners or ministers of education set the strategic vision for education and professional learning in their state, province, or region. They use Standards for Professional Learning to ensure an integrated, aligned system of evidence-based, high-quality professional learning that leads to improved and equitable outcomes for each and every educator and student. For standards to have their intended impact, state commissioners and ministers of education serve as lead learners, building their own capacity to create a vision and provide resources for a comprehensive professional learning system.',
    byFrame: {
      'rigorous-content': [
        'Advocate for inclusive learning practices for each learner in any learning environment within the system.',
        'Develop state and system policies to provide high-quality curriculum and instructional materials and aligned assessments.',
        'Establish expectations that professional learning for each educator is aligned to role- and content-specific standards, guidelines, and research.',
      ],
      'transformational-processes': [
        'Set expectations for inclusive professional learning practices across the system, removing barriers that result from historical or systemic inequities.',
        'Create expectations that learning theory informs the design of professional learning.',
        'Create expectations and structures that require the use of multiple types of evidence to plan, design, and evaluate professional learning.',
        'Analyze and track the impact of investments in professional learning on teacher and leader growth, retention, and student outcomes.',
        'Ground actions in understanding that professional learning is a change process that requires alignment across the whole system and sustained investment and implementation support.',
      ],
      'conditions-for-success': [
        'Set expectations that professional learning ensures all students have access to rigorous learning, inclusive of their race, gender, ethnicity, language, ability, and other assets of identity.',
        'Establish a vision for how high-quality professional learning enables educators to achieve system-level goals, priorities, and outcomes.',
        'Advocate for professional learning resources with policymakers at local, state, provincial, regional, and federal levels.',
        'Allocate resources to establish and sustain high-quality professional learning systems as outlined by Standards for Professional Learning.',
        'Require local systems to document the use and impact of professional learning resources.',
        'Advocate for adoption of Standards for Professional Learning.',
        'Model the importance of learning as a leader.',
      ],
    },
  }),
];
