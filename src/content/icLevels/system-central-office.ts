import type { IcLevelTable } from './types';

/**
 * IC level descriptions for the system/central office role: the practice of the central office's
 * professional learning leaders (directors of professional learning, equity and curriculum,
 * assistant superintendents of teaching and learning or talent development) across the system.
 * Written for this add-on, not taken from Learning Forward's Innovation Configuration maps.
 * Level 1 (Ideal) first, Level 4 (Entry) last.
 */
export const SYSTEM_CENTRAL_OFFICE_IC_LEVELS: IcLevelTable = {
  'system-central-office.rc.1': [
    'Each semester, central office learning leaders hold listening sessions with students and families in every school, study attendance, discipline and climate data with principals, revise session content and examples to match, and check whether classroom interactions change.',
    'Each year, central office learning leaders review attendance, discipline and climate survey data with principals, talk with students during visits to some schools, and adjust examples in system-led sessions to reflect what they find.',
    'Once a year, central office learning leaders read the district demographic profile and climate survey summary, and facilitators add a short segment on student populations to the opening of system professional learning days.',
    'Central office learning leaders learn about students from enrollment reports and from stories principals tell at monthly meetings, and system sessions use the same content and examples in every school.',
  ],
  'system-central-office.rc.2': [
    "Inclusive practices such as co-teaching, flexible grouping and accessible materials are a required strand in every school's learning plan, with classroom coaching, shared walk-through look-fors, and twice-yearly review of progress for students with disabilities and multilingual learners.",
    'Inclusive practices are a strand for general and special education teachers in most schools, with coaching available on request and walk-through notes reviewed once a year to see which practices teachers use.',
    'Inclusive practices are offered as elective catalog sessions for any interested teacher, led by special education and multilingual staff, with attendance recorded and any follow-up left to participants.',
    'Inclusive education training is given by the special education and multilingual departments to their own staff only, covering legal requirements, accommodations and how to write individual education plans.',
  ],
  'system-central-office.rc.3': [
    'Curriculum and professional learning staff run year-round, unit-by-unit learning in the adopted materials for teachers, coaches and principals, with lesson rehearsal in team meetings, and adjust it each quarter from classroom observations and common assessment results.',
    "Curriculum and professional learning staff run a launch institute on the adopted materials plus sessions before each major unit for teachers and coaches, and adjust the next year's plan from a spring implementation survey.",
    "Curriculum staff arrange a publisher-led launch training when new materials are adopted and answer teachers' questions on request, while later professional learning days return to general instructional strategies.",
    'Professional learning days offer general strategy sessions chosen by request, and teachers learn the adopted materials and aligned assessments on their own from teacher guides and publisher videos.',
  ],
  'system-central-office.rc.4': [
    'Learning leaders build role-specific pathways for teachers, coaches, principals, support staff and their own team, each tied to the relevant professional standards and research summaries, and each year compare participation with practice and student data to revise them.',
    "Learning leaders build separate strands for teachers, coaches and principals tied to the state's professional standards, cite the research behind each strand, and choose their own team's learning individually.",
    'Learning leaders tag each catalog session with the teaching standard it addresses, offer principals and coaches the same sessions as teachers, and pick their own learning from conference programs.',
    'Learning leaders schedule the trainings state guidelines require, such as safety and compliance, fill remaining days with speakers requested by schools for all roles alike, and learn mainly while preparing sessions for others.',
  ],
  'system-central-office.tp.1': [
    'Each term, learning leaders compare participation and coaching time by school and staff group, work with staff in schools that have historically received less to remove barriers such as timing, travel and substitute coverage, and check that gaps close.',
    'Each year, learning leaders review participation by school and role, then move some sessions to school sites, post recordings and pay for substitutes so staff in high-need schools can take part.',
    'When a principal reports that staff could not attend, learning leaders solve the problem for that school alone, adding an evening session, a second location or a recording, and then close the request.',
    "Learning leaders post one catalog of sessions held at the central office on set dates, filled first come, first served, with substitute costs paid from each school's own budget.",
  ],
  'system-central-office.tp.2': [
    'Learning leaders train facilitators so every school team and central office department holds regular, structured conversations about identity, bias and assumptions, linked to their own student data and team norms, and review climate and grading data for change.',
    'Learning leaders run a yearlong series on identity and bias for principals and central office staff, who use its discussion protocols with some school teams, and share staff climate survey results at year end.',
    'Learning leaders offer an elective workshop or book study on bias each year for interested staff, with a discussion guide, and leave any follow-up with colleagues to participants.',
    'Learning leaders include a required one-time session on anti-discrimination policy, harassment and reporting procedures in new-staff orientation, completed online by each new hire and tracked in the training system for compliance.',
  ],
  'system-central-office.tp.3': [
    "Central office planners write each offering's learning goal first, draw on adult learning theory to choose the design that fits it, such as modeling, practice with feedback, lesson study or coaching cycles, and check classroom evidence that the design worked.",
    'Central office planners write learning goals for major offerings, choose from a short list of designs such as workshops with follow-up coaching or lesson study, and use participant feedback to adjust designs the next year.',
    'Central office planners use one session template (opening, presentation, practice activity, exit ticket) for every offering whatever its goal, and adjust pacing and activities for the next session from participant satisfaction surveys.',
    'Central office planners book internal or outside presenters for large-group sessions on fixed days, leave the format to each presenter, and keep sign-in sheets as the only record.',
  ],
  'system-central-office.tp.4': [
    'Learning leaders keep a yearly evaluation plan for each priority initiative, using student results, classroom observations, educator surveys and implementation logs to plan it, design it and adjust it during implementation, and publish an impact report for schools and the board.',
    'Learning leaders use student assessment results and needs surveys to plan priority initiatives, and collect observation and survey data at midyear and year end to report whether teachers use the practices.',
    'Learning leaders use teacher needs surveys to choose session topics, and evaluate sessions with participant satisfaction forms and attendance counts, summarized in a year-end report to cabinet.',
    "Learning leaders plan offerings by repeating last year's calendar and adding principals' requests, and keep attendance records so educators can claim hours toward license renewal.",
  ],
  'system-central-office.tp.5': [
    'For each major initiative, leaders use change management tools to plan for how staff concerns will shift, check concerns and classroom use each term with short surveys and walk-throughs, and change support by school and role in response.',
    'For major initiatives, leaders write an implementation timeline with communication steps, survey staff concerns at the start and end of the year, and add support where concerns run highest.',
    'For new initiatives, leaders prepare a rollout calendar and a communication plan with answers to common questions, and respond to problems as principals raise them.',
    'New initiatives are announced at a leadership meeting and a launch training, and schools are expected to put them fully in place from the first day.',
  ],
  'system-central-office.tp.6': [
    'Every system initiative includes scheduled practice, coaching cycles and feedback for teachers and principals; school and leader coaches learn alongside participants, keep a shared coaching log, and meet with central office monthly to adjust follow-up by school.',
    'Major initiatives include follow-up sessions and classroom practice tasks; school coaches receive the session materials, are asked to support teachers, and meet with central office each quarter.',
    'Sessions end with a practice task and an offer of optional follow-up; coaches learn the content from teachers or posted slides and decide on their own whether to support it.',
    'Learning happens in one-day sessions with no planned follow-up; school and leader coaches set their work with schools on a plan separate from the professional learning calendar.',
  ],
  'system-central-office.cs.1': [
    'Each system learning plan names which students need more access to grade-level and advanced work; learning leaders and principals review student tasks and course enrollment by student group each term, and redesign sessions when gaps persist.',
    'The system learning plan links priority learning to goals for access to grade-level work; learning leaders review course enrollment and samples of student tasks by student group once a year with principals.',
    "Sessions open with the system's equity statement and examples of rigorous tasks for participants to try; access data are reported separately by the research office and seldom used in planning.",
    'Session topics are chosen for teacher interest and compliance needs; rigorous coursework is discussed mainly with honors and advanced placement teachers in their own department meetings.',
  ],
  'system-central-office.cs.2': [
    'Learning leaders write, with teachers, principals and families, a vision and a one-page map showing how each kind of professional learning serves each system goal, use it to approve or drop offerings, and revisit it yearly with results.',
    'Learning leaders draft, with cabinet and principals, a vision linking professional learning to strategic plan goals, present it at the start of the year, and refer to it when choosing major initiatives.',
    'Learning leaders write a department mission statement for the web page and handbook, with general aims such as growth for all staff, and repeat it at opening-day sessions.',
    'Learning leaders describe professional learning through the yearly calendar and session catalog, and each department explains the purpose of its own offerings in its own way.',
  ],
  'system-central-office.cs.3': [
    'Learning leaders build one professional learning budget across all funding sources that assigns time, coaches, money and technology to system learning goals, track use by school each quarter, and shift funds toward what evidence shows is working.',
    'Learning leaders set the professional learning budget and calendar around priority goals, combine some grant and general funds, and compare spending with planned activities at year end.',
    "Learning leaders build the professional learning budget by adding department and school requests to last year's amounts, and track spending by account code for a year-end report to the finance office.",
    'Each department and school spends its own professional learning funds and days as it chooses, while the central office pays for districtwide days and required trainings.',
  ],
  'system-central-office.cs.4': [
    'A cross-department professional learning council, including curriculum, special education, multilingual, human resources, technology and outside partners, builds one plan and calendar, approves offerings against shared goals and standards, and reviews overlap and teacher workload each semester.',
    'Curriculum, special education and multilingual departments plan major offerings together each summer on a common calendar, while technology, human resources and outside partners schedule their own sessions.',
    'Departments post their sessions on a shared online calendar and meet to sort out conflicts when two events collide, each keeping its own goals, vendors and sign-up system.',
    'Each department and outside provider plans and schedules its own professional learning, and principals receive separate emails from each asking to release staff, often for overlapping dates.',
  ],
  'system-central-office.cs.5': [
    'Learning leaders propose a board policy adopting the Standards for Professional Learning, use the standards to review every system plan, vendor contract and school learning plan, and report to the board and staff how practice changes.',
    'Learning leaders present the standards to cabinet and principals, use them to review major initiatives and vendor proposals, and share a yearly summary of how offerings measure up.',
    "Learning leaders use the standards as a checklist for their own department's session plans, and share a one-page summary of them with principals at a fall leadership meeting.",
    'Learning leaders know the standards from conferences or their own reading, keep a copy on the office shelf, and draw on them informally when planning their own sessions.',
  ],
  'system-central-office.cs.6': [
    'Central office learning leaders keep a team learning plan tied to system goals, study and practice together monthly, join school teams in inquiry cycles, and share what they learned and how it changed their support to schools.',
    'Central office learning leaders set individual learning goals tied to system priorities, meet as a department each quarter to discuss readings or school visits, and share some of their learning at principal meetings.',
    'Central office learning leaders each attend conferences and webinars of their own choice during the year, and email useful articles and slides to colleagues afterward.',
    'Central office learning leaders plan and lead sessions for others all year, and their own learning is limited to the hours and courses required for license renewal.',
  ],
  'system-central-office.cs.7': [
    "Central office leaders work with principals, human resources and the teachers' association to build weekly job-embedded team learning time into every school's schedule, train team facilitators, supply inquiry protocols, and review team logs and student results each quarter.",
    'Central office leaders provide a model master schedule with weekly team time that most schools adopt, offer protocols and facilitator training, and collect team agendas twice a year.',
    'Central office leaders set aside monthly early-release afternoons for school teams and suggest agenda topics, leaving each school to decide how to use the time.',
    'Central office leaders schedule team collaboration on the few districtwide professional learning days, and teams that want more time together meet voluntarily after school.',
  ],
};
