import type { IcLevelTable } from './types';

/**
 * IC level descriptions for the superintendent role: the system's practice under the
 * superintendent's leadership, and what the superintendent personally does (board agendas and
 * policy, the strategic plan and budget, cabinet meetings, the superintendent's own learning).
 * Written for this add-on, not taken from Learning Forward's Innovation Configuration maps.
 * Level 1 (Ideal) first, Level 4 (Entry) last.
 */
export const SUPERINTENDENT_IC_LEVELS: IcLevelTable = {
  'superintendent.rc.1': [
    'The superintendent holds student and family listening sessions in every part of the district each semester, reviews what is heard with cabinet alongside survey and attendance data, uses it to set learning priorities, and reports back to families.',
    'The superintendent meets with a student advisory council and parent groups several times a year and shares themes with cabinet, which weighs them in some professional learning and school improvement decisions.',
    'The superintendent learns about students and families through school visits, community events and the annual demographic report, and refers to what was learned in speeches and board updates.',
    'The superintendent hears about student and family concerns mainly through board members, complaints and news coverage, and passes each one to the relevant department to resolve.',
  ],
  'superintendent.rc.2': [
    'The strategic plan and budget fund inclusive practices such as co-teaching and accessible materials in every school; the superintendent learns alongside principals, visits classrooms, and reports results for students with disabilities and multilingual learners to the board each semester.',
    'The strategic plan names inclusive practices as a priority and funds training in most schools; the superintendent attends key sessions and reviews data on students with disabilities and multilingual learners with cabinet yearly.',
    "Inclusive practices appear as a special education department goal; the superintendent approves that department's training requests and raises inclusion with principals during evaluations when complaints arise.",
    'Inclusive education is left to the special education and multilingual directors; the superintendent forwards their annual compliance reports to the board, which accepts them without discussion.',
  ],
  'superintendent.rc.3': [
    'Board policy drafted with teachers and families requires every core subject to use materials chosen through a published quality review, with aligned assessments and funded professional learning; the superintendent reports implementation and student results yearly and proposes revisions.',
    "Board policy sets an adoption cycle with a teacher review committee and quality criteria for core materials; the superintendent's budget funds launch training, and implementation is reviewed at the next adoption.",
    'Board policy sets a textbook adoption calendar; the superintendent approves committee choices based mainly on cost and teacher preference, while assessments are bought separately by the testing office.',
    "Schools and teachers choose their own materials and assessments within their budgets; the superintendent's office handles only the purchase approvals and the adoption paperwork the state requires.",
  ],
  'superintendent.rc.4': [
    'The superintendent requires every professional learning proposal to name the standards it serves and the research behind it, has cabinet review each year whether funded programs delivered results, and ends those that did not.',
    'The superintendent asks cabinet to cite standards and research when proposing major initiatives, and gives the board a summary of the evidence before it approves large contracts.',
    'The superintendent shares research briefs with cabinet and principals and encourages them to weigh research when choosing programs, leaving final decisions to each department.',
    "The superintendent approves professional learning programs brought by vendors, neighboring districts' recommendations or staff requests whenever funds allow, judging each on its cost and popularity.",
  ],
  'superintendent.tp.1': [
    'The superintendent writes equitable access to professional learning into policy, principal evaluations and the budget, funds substitutes and stipends for schools that have historically received less, and reviews participation by school with the board each semester.',
    'The superintendent states in the strategic plan that all staff have equal access to priority learning, directs extra coaching to high-need schools, and reviews participation data in cabinet once a year.',
    'The superintendent speaks about equitable access at opening-day events, asks departments to keep it in mind, and steps in when a principal or the union reports unequal access.',
    "The superintendent approves the sessions and calendar each department proposes, and access to professional learning follows each school's budget, schedule and substitute supply.",
  ],
  'superintendent.tp.2': [
    'Every school, department and cabinet plan names specific student outcomes and the teacher and leader learning meant to produce them, and the superintendent reviews progress on both in quarterly data meetings with principals.',
    "School improvement plans name student outcome targets and the teacher learning to reach them; the superintendent reviews the plans with principals at midyear, while leaders' own learning is planned separately.",
    'The strategic plan lists student achievement goals and, on a separate page, professional learning initiatives; principals choose which initiatives their schools join and report participation.',
    'Professional learning is planned each year by topic and department, and the superintendent discusses student results with the board when state test scores are released.',
  ],
  'superintendent.tp.3': [
    'The superintendent expects data and evidence at every step of professional learning, from needs analysis to design and evaluation, funds data coaches and protocols for every team, and asks for evidence in each cabinet and board decision on learning.',
    'The superintendent expects major initiatives to show needs data and year-end evaluation results, funds a research office to support them, and asks for results before renewing large contracts.',
    'The superintendent asks departments for attendance and satisfaction figures for the annual report, and leaves any use of data in planning to each department.',
    'The superintendent decides on professional learning requests from departments and principals based on cost, staff interest and calendar space, with attendance the only figure collected.',
  ],
  'superintendent.tp.4': [
    "The superintendent's yearly impact report traces each major investment through changes in educator practice, retention and student results, using observation, survey and assessment data gathered each term; cabinet uses it to continue, revise or end programs.",
    'Cabinet reviews observation and survey data at midyear and year end on whether educators use practices from major initiatives, and the superintendent presents these with test results to the board.',
    "The superintendent receives a year-end summary of attendance, hours and participant satisfaction for each initiative and presents it to the board as the system's record of professional learning.",
    'The system counts professional learning hours for recertification, and the superintendent points to overall test score changes when asked whether training worked.',
  ],
  'superintendent.tp.5': [
    'The superintendent keeps priority professional learning in a multi-year budget paid largely from general funds, protects it during cuts, plans ahead for grant endings, and shows the board yearly how steady funding relates to growth in practice and results.',
    'The superintendent funds priority initiatives for three years in the strategic plan from grants and some general funds, and asks the board to renew them based on implementation reports.',
    'The superintendent funds professional learning year to year from grants and leftover funds, so initiatives change when a grant ends or a new priority arrives.',
    'Professional learning is among the first budget lines cut when money is tight, and new initiatives are added each year as funding and state requirements change.',
  ],
  'superintendent.cs.1': [
    "The superintendent sets board goals for each student group's access to grade-level and advanced coursework, aligns policy, scheduling and professional learning to them, and reviews enrollment, task and outcome data with principals each term to redirect support.",
    'The superintendent includes access to advanced coursework in the strategic plan, funds teacher learning on grade-level tasks in most schools, and reviews enrollment by student group with cabinet each year.',
    'The superintendent speaks about high expectations for all students and supports individual schools that open advanced courses, with professional learning offered to teachers who volunteer.',
    "Course placement and expectations follow each school's long-standing practice and prior test scores, and the superintendent reports overall enrollment in advanced courses to the board once a year.",
  ],
  'superintendent.cs.2': [
    'The superintendent leads staff, board and community in shaping a professional learning vision within the strategic plan, refers to it in every budget, hiring and initiative decision, and reports progress toward it each year.',
    'The superintendent presents a professional learning vision linked to strategic plan goals at opening day, board and principal meetings, and cabinet uses it when selecting major initiatives.',
    'The strategic plan includes a sentence on staff development, and the superintendent mentions professional learning in back-to-school remarks and the yearly community newsletter.',
    'The superintendent speaks about professional learning when new programs or state requirements arise, and each department explains the purpose of its own offerings.',
  ],
  'superintendent.cs.3': [
    'Each budget cycle, the superintendent presents the board and community a professional learning request grounded in needs and impact data, secures coaching positions and protected time, seeks outside funds for priorities, and reports what the resources produced.',
    'Each budget cycle, the superintendent includes professional learning staff and funds in the budget presentation, explains how they serve strategic goals, and pursues grants for major initiatives.',
    "Each budget cycle, the superintendent carries professional learning forward at about last year's level and approves extra requests when departments find funds or grants.",
    "Each budget cycle, professional learning is funded mostly from state and federal grants that departments manage, outside the superintendent's budget presentation to the board.",
  ],
  'superintendent.cs.4': [
    'The superintendent organizes cabinet around one system plan for professional learning, holds monthly cross-department reviews of initiatives, calendars and demands on schools, retires overlapping initiatives, and surveys principals and teachers yearly on whether support feels connected.',
    'The superintendent asks department heads to align their professional learning to strategic plan goals and reviews a combined calendar in cabinet each quarter, resolving conflicts as they appear.',
    "Cabinet members report on their own departments' work in turn at weekly meetings, and the superintendent settles scheduling conflicts between departments when principals raise them.",
    'Each department reports to the superintendent separately and runs its own initiatives, trainings and school requests on its own timeline and budget, leaving schools to sort out the overlap.',
  ],
  'superintendent.cs.5': [
    "The superintendent leads the board to adopt the Standards for Professional Learning in policy, writes them into agreements with the teachers' association and vendors, promotes them with peer superintendents and state officials, and reports yearly on their use.",
    "The superintendent presents the standards at a board work session and a principals' meeting, and directs cabinet to use them when reviewing professional learning plans and vendor contracts.",
    'The superintendent endorses the standards when the professional learning director proposes them, and mentions them once in a staff newsletter or a board update.',
    'The superintendent knows the standards from association conferences and leaves any use of them to the professional learning department, which applies them in its own planning.',
  ],
  'superintendent.cs.6': [
    'The superintendent keeps a public learning plan tied to system goals, leads cabinet as a learning team monthly, joins teacher and principal sessions as a participant, and tells staff and the board what was learned and changed.',
    'The superintendent sets personal learning goals with the board, studies a shared book or problem of practice with cabinet each quarter, and attends some system sessions alongside principals.',
    'The superintendent attends state and national conferences and meets with a peer network of superintendents during the year, and shares highlights and articles in staff newsletters.',
    'The superintendent opens system professional learning days with welcome remarks before leaving for other duties, and completes the learning hours required for license renewal.',
  ],
  'superintendent.cs.7': [
    "The superintendent negotiates weekly learning community time into the contract and calendar for every educator, funds facilitators, joins team meetings on school visits, and reviews with principals each quarter how teams' work is changing practice and student learning.",
    'The superintendent secures board approval for a calendar with regular early-release days for team learning in all schools, and asks principals to report each year on how the time is used.',
    "The superintendent approves waivers for schools that request late-start or early-release time for teams, and highlights those schools' team work at monthly principal meetings.",
    "Collaborative learning time depends on each school's schedule and what the contract allows after school, and the superintendent approves the standard district calendar each year.",
  ],
};
