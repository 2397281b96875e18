import type { IcLevelTable } from './types';

/**
 * Innovation Configuration level descriptions for the external partner's key responsibilities.
 * The map describes the partner's work with client systems and schools: engagement agreements,
 * needs assessments, session designs, follow-up coaching, reports to clients and the partner's
 * own learning. Level 1 (Ideal) first, Level 4 (Entry) last. The text was written for this
 * add-on, not taken from Learning Forward's maps.
 */
export const EXTERNAL_PARTNER_IC_LEVELS: IcLevelTable = {
  'external-partner.rc.1': [
    'Builds each needs assessment around student and family voices from focus groups, surveys, and community meetings, helps client teams work out with local data what they mean for teaching and school routines, and checks on follow-up visits whether classroom and school interactions change.',
    'Builds each needs assessment to include student and family voices from surveys or focus groups, helps client teams discuss what they mean for teaching and school routines, and notes agreed changes in the report to the client.',
    "Adds a segment on student and family context to session designs, drawing on the client's demographic data and examples from other districts, and answers participants' questions about it.",
    "Reviews the client's demographic profile before an engagement, mentions student and family background during sessions when participants raise it, and moves on to the planned content.",
  ],
  'external-partner.rc.2': [
    "Models inclusive practices in every session design, such as accessible materials and varied ways to take part, coaches client teams to use them in classrooms, and reviews classroom and student evidence with clients to refine both parties' practice.",
    'Models inclusive practices in most session designs, such as accessible materials and varied ways to take part, coaches client teams to plan their use in upcoming lessons, and asks afterward how those lessons went.',
    "Presents inclusive practices as session content with slides and examples, provides accessible materials or other formats when a client requests them, and collects participants' questions for the next session.",
    "Summarizes the client's policy on inclusive education during sessions, adapts handouts or seating for participants who ask for an accommodation, and leaves classroom use to the client's specialists.",
  ],
  'external-partner.rc.3': [
    "Plans the learning sequence with client leaders around the adopted curriculum's units and assessments, coaches teachers through unit study and lesson rehearsal, and reviews classroom observations and assessment results with leaders to adjust support.",
    "Plans sessions with client leaders around the adopted curriculum's units, walks teachers through upcoming lessons and their assessments, and asks leaders for classroom feedback on how units are going.",
    "Delivers an overview of the adopted curriculum's structure and components at launch, demonstrates a sample lesson, and answers teachers' follow-up questions by e-mail.",
    "Delivers the publisher's standard launch training on the curriculum materials, follows the same slides for every client, and leaves a copy of the deck for teachers who missed it.",
  ],
  'external-partner.rc.4': [
    "Builds each client's learning plan on the standards and guidelines for the roles involved and on current studies, cites sources in session designs, follows a yearly learning plan of their own, and reviews with clients whether the focus fit their work.",
    "Matches session content to participants' roles and the standards and guidelines that apply to them, cites sources in session designs, and reads in their own field each year to update materials.",
    'Draws session content from their own established workshops, adds references to standards when clients ask, and attends a conference in their own field every few years.',
    'Delivers the same workshop content to teachers, coaches, and principals, uses examples from their own past school experience, and keeps up with the field through newsletters.',
  ],
  'external-partner.tp.1': [
    'Analyzes with school leaders who gets access to learning by role, schedule, language, and assignment, co-designs changes such as paid time and rotating session times, and tracks participation and practice data with them to confirm barriers fall.',
    'Analyzes with school leaders who attends learning and who does not, recommends changes such as paid time or rotating session times, and checks participation records afterward.',
    "Recommends inclusive practices such as varied session times in the final report, based on the partner's experience in other schools rather than this school's data.",
    'Delivers sessions to the groups the client invites at the times the client sets, opens each session with a statement about equity, and reports attendance numbers afterward.',
  ],
  'external-partner.tp.2': [
    'Plans with client leaders a series of facilitated conversations on identity and bias, uses school evidence such as team participation patterns and student outcomes, examines their own assumptions alongside the leaders, and revisits team norms and practices months later.',
    'Facilitates one planned conversation with client teams on identity and bias, uses school evidence such as team participation patterns, and helps teams revise their norms afterward.',
    'Leads a one-time session on bias with published readings and reflection prompts, invites participants to share reactions, and answers their questions before moving to the next topic.',
    'Refers clients to a specialist provider when bias or identity comes up in a session, notes the concern in the session log, and keeps their own sessions on the contracted content.',
  ],
  'external-partner.tp.3': [
    'Guides client teams through student data to write learning goals for educators, maps every service in the engagement agreement to those goals, and reviews student and educator measures with them at each milestone to reset the goals.',
    'Guides client teams through student data to write learning goals for educators, aligns the sessions in the engagement agreement to those goals, and reviews progress with them at the close of the year.',
    "Suggests learning goals drawn from the client's stated priorities, ties the proposed sessions to them in the proposal, and reports the sessions delivered.",
    'Accepts the learning goals the client lists in the request for services, delivers the sessions named there, and invoices against the agreed schedule.',
  ],
  'external-partner.tp.4': [
    'Builds an evaluation plan with client leaders at the start, drawing on student results, classroom observations, educator surveys, and implementation logs, coaches them to collect and read the data, and reports findings at each stage for decisions.',
    'Builds an evaluation plan with client leaders, drawing on student results and classroom observations, collects the data for them, and reports findings at the midpoint and close of the engagement.',
    'Collects participant satisfaction surveys and one set of student results from the client, and summarizes both in the final report with a few recommendations.',
    'Collects end-of-session satisfaction surveys from participants, and sends the client a table of average ratings and sample comments after each session.',
  ],
  'external-partner.tp.5': [
    "Uses a change model, such as stages of concern, with client leaders to plan the rollout, gathers educators' concerns at set points by survey or interviews, and adjusts support and pacing with leaders as the data show.",
    "Uses a change model, such as stages of concern, with client leaders to plan the rollout, gathers educators' concerns once by survey, and shapes the next round of support with them.",
    "Explains a change model to client leaders in a leadership session, hears educators' concerns informally during visits, and leaves planning of the rollout and its pacing to leaders.",
    "Delivers the contracted content on the client's schedule, hears frustration when it surfaces in sessions, and reassures participants that change takes time.",
  ],
  'external-partner.tp.6': [
    'Writes follow-up coaching, classroom practice tasks, and feedback cycles into the engagement agreement, coaches school coaches and team leads to run them, and reviews implementation and student evidence with leaders until the practice holds without the partner.',
    'Writes follow-up coaching and classroom practice tasks into the engagement agreement, gives feedback on practice in scheduled visits or virtual check-ins, and reviews implementation notes with leaders.',
    'Offers one follow-up session a few weeks after training, answers questions from participants by e-mail, and sends practice resources for teams to use on their own.',
    'Delivers the contracted training days, leaves participants slides and handouts for later use, and returns when the client books another training.',
  ],
  'external-partner.cs.1': [
    'Helps client leaders review which student groups get grade-level work and advanced courses, ties each learning design to widening that access, and tracks assignment quality and course enrollment data with them across the engagement.',
    'Helps client leaders review which student groups get grade-level work, ties most learning designs to widening that access, and checks enrollment data with them at the end of the year.',
    'Includes examples of grade-level tasks for every student group in session designs, mentions access gaps the client has already named, and leaves tracking to the client.',
    'Delivers the requested session topics as scoped, states in each opening that the learning is meant to benefit every student, and reports attendance to the client.',
  ],
  'external-partner.cs.2': [
    'Facilitates a process with system leaders, teachers, and community members to draft a written vision and logic model tying professional learning to strategic goals, helps leaders share it, and checks yearly with them whether plans and budgets follow it.',
    'Facilitates a process with system and school leaders to draft a written vision linking professional learning to strategic goals, and helps leaders plan how to share it with staff.',
    "Reviews the client's existing strategic plan alone, suggests wording that names professional learning as a strategy for reaching its goals, and sends the edits to the superintendent's office.",
    "Reads the client's mission statement before an engagement, quotes it at the start of sessions to frame the training, and links each session topic to one of its phrases.",
  ],
  'external-partner.cs.3': [
    'Maps with client leaders how time, funds, staff roles, and technology are spent on professional learning, helps redesign schedules, budgets, or coach roles toward priorities, and reviews use and results with them each year.',
    'Maps with client leaders how time and funds are spent on professional learning, and recommends shifts toward priorities such as collaborative planning time or school-based coaching.',
    "Suggests in the final report ways to use the client's existing learning days and online tools more fully, within the partner's own scope of work.",
    'Fits contracted services into the days and budget the client has set, and posts materials on whatever platform the client already uses.',
  ],
  'external-partner.cs.4': [
    'Uses the Standards for Professional Learning as the shared language in proposals, engagement agreements, and reports, helps client leaders adopt them in policy or plans, and shows with client evidence how standards-based learning changed practice.',
    'Uses the Standards for Professional Learning as the shared language in proposals and reports, and recommends in writing that client leaders adopt them in their professional learning plans.',
    "Mentions the Standards for Professional Learning in marketing materials and some session openings as the basis of the partner's approach, and leaves their use in planning to clients.",
    "Knows the Standards for Professional Learning, points clients to the published standards when they ask how to judge quality, and uses the partner's own terms in proposals.",
  ],
  'external-partner.cs.5': [
    'Names their own learning goals for each engagement with clients, asks for their feedback after every session and shows how it shaped the next design, and joins client teams as a fellow learner in their inquiry work.',
    'Names their own learning goals at the start of an engagement, asks clients for feedback after sessions and tells them what will change, and attends client sessions led by others.',
    'Sets their own learning goals privately, collects session feedback forms and adjusts future workshops without telling clients, and mentions recent conferences when introducing themselves.',
    "Presents as the expert in every session, reviews session feedback at the end of the contract, and answers participants' questions from past experience.",
  ],
  'external-partner.cs.6': [
    "Helps client leaders build weekly collaborative learning time into every school's schedule, trains team facilitators to run inquiry cycles with protocols, and reviews team meeting records and student results with leaders to strengthen the teams.",
    'Helps client leaders build collaborative learning time into most school schedules, trains team facilitators to run inquiry cycles with protocols, and checks in with facilitators during visits.',
    'Models a team protocol during a training day, suggests that schools set aside time for teams to use it, and sends a copy afterward.',
    'Delivers whole-group training on scheduled learning days, shares team protocols as handouts, and leaves scheduling of team time to the client.',
  ],
};
