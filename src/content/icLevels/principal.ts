import type { IcLevelTable } from './types';

/**
 * IC level descriptions for the principal: the principal's own practice in and for the school
 * (schedules, team time, walk-throughs, feedback records, the school learning plan, staff
 * meetings, the principal's own learning). Written for this add-on, not taken from Learning
 * Forward's published IC maps. Level 1 (Ideal) first, Level 4 (Entry) last; the comment above
 * each row names what changes across it.
 */
export const PRINCIPAL_IC_LEVELS: IcLevelTable = {
  // Whom the principal hears from; who hears it next; whether routines change and are checked.
  'principal.rc.1': [
    'Meets students and families each term through listening sessions, home visits and surveys, seeking out groups the school hears from least; shares patterns with all staff, revises routines and professional learning, and checks survey and attendance data for change.',
    'Meets students and families twice a year through listening sessions and surveys; shares patterns with the leadership team, which adjusts some routines and professional learning topics, without comparing later survey or attendance data.',
    'Meets families at conferences and school events and reads enrollment reports; passes notable stories on to staff at meetings, and changes a routine when the same concern comes up again and again.',
    'Learns about students and families from enrollment forms, calls about incidents and the parents who come to events; deals with each concern as it arises, one family at a time.',
  ],
  // Place in the school plan; which staff learn and apply the practices; evidence reviewed.
  'principal.rc.2': [
    'Makes inclusive practices a standing goal of the school learning plan, gives every team regular time with specialists to learn and try them, and reviews walk-through notes and results for each student group each quarter.',
    'Names inclusive practices as one goal in the school learning plan, schedules sessions for all staff with specialist follow-up in some teams, and looks for the practices during walk-throughs.',
    'Arranges a staff session on inclusive practices when a need is raised, relies on specialists to support the classrooms whose teachers ask for help, and hears from the specialists how it is going.',
    "Makes sure the accommodations in students' individual plans are written up, meets with specialists and teachers when a student's placement or support is questioned, and checks that plan review dates are met.",
  ],
  // Part in curriculum decisions; whose evidence shapes them; how far learning follows the materials.
  'principal.rc.3': [
    'Sets school guidelines for using curriculum materials and common assessments with teacher teams, brings classroom evidence to district adoption committees, and ties professional learning to the adopted materials, checking classroom use and assessment results each term.',
    "Serves on district adoption or review committees, gathers teachers' views on materials before decisions are made, and plans some professional learning around the adopted materials and their assessments.",
    'Answers district surveys about curriculum materials, explains adoption decisions to staff, and leaves it to each team how closely to follow the materials and assessments.',
    'Passes district curriculum and assessment decisions on to staff, orders the required materials and student workbooks, and puts the assessment windows on the school calendar.',
  ],
  // Basis for choosing learning; who chooses; whether choices are reviewed for effect.
  'principal.rc.4': [
    "Chooses the school's professional learning with the leadership team by checking each option against professional and student standards and the studies behind it, explains the choice to staff, and drops options that show little effect on practice or results.",
    'Chooses professional learning with the leadership team by checking options against professional and student standards and published studies, tells staff which standard each session serves, and asks participants whether it was useful.',
    'Chooses professional learning from the district catalog and staff requests, mentions a related standard when introducing each session at a staff meeting, and repeats the sessions staff enjoyed.',
    'Schedules the professional learning the district requires, adds topics that staff or neighboring principals recommend, and announces the sessions on the staff calendar.',
  ],
  // How access is reviewed; which staff are reached; whether coaching goes where students need it most.
  'principal.tp.1': [
    "Reviews each term who takes part in and benefits from professional learning by role, schedule and assignment, removes barriers such as after-hours timing, gives teachers of underserved students first access to coaching, and tracks those students' results.",
    'Reviews participation in professional learning once a year, arranges coverage or repeat sessions so paraprofessionals and part-time staff can join, and asks staff which times and formats keep them out.',
    'Offers a second session time when staff raise conflicts, invites paraprofessionals to whole-staff sessions that touch their work, and assigns coaching to teachers who request it.',
    'Holds professional learning for teachers during staff meetings and in-service days, emails the slides to those who missed it, and assigns coaching to first-year teachers.',
  ],
  // Setting for the conversation; the principal's own reflection; evidence used and revisited.
  'principal.tp.2': [
    "Leads regular staff and team conversations, under agreed norms, on how educators' identities and assumptions shape expectations and teamwork; checks own decisions against data on referrals, grouping and who leads teams, and revisits the data with teams to see what changed.",
    'Schedules several staff sessions a year on bias and identity under agreed norms, reflects on own assumptions with a coach or fellow principal, and asks teams to look at referral or grouping data.',
    'Brings in a speaker or book study on bias after an incident or complaint, reads on the topic personally, and talks with the staff involved about what happened.',
    'Handles complaints of unfair treatment among colleagues or toward students one case at a time, through private conversations and the training the district requires.',
  ],
  // Who sets the goals; what evidence they come from; whether learning is matched and progress reviewed.
  'principal.tp.3': [
    'Sets school, team and individual learning goals with staff from their own analysis of student work and assessment data, selects or designs learning to match each goal, and reviews progress with teams at set points, revising goals as evidence shows.',
    'Sets school and team learning goals with teacher leaders from assessment data, matches most professional learning sessions to those goals, and checks progress with each team at mid-year.',
    "Writes the school's professional learning goals from last year's test results, asks staff for comments on the draft, and lets teachers choose individual goals for their evaluations.",
    "Collects the professional growth goals teachers write for their evaluations, signs off on them using the district's form and deadline, and files them until the end-of-year review.",
  ],
  // Kinds of evidence used; stages of the work it informs; who sees the findings.
  'principal.tp.4': [
    'Draws on student results, walk-through notes on classroom practice, staff surveys and coaching logs to plan professional learning, checks during the year whether practices are taking hold, and reports to staff which learning changed practice and results.',
    'Plans professional learning from student results and staff surveys, and evaluates it at year-end with walk-through notes and participant feedback, sharing the findings with the leadership team.',
    "Plans professional learning from last year's state test results, reviews end-of-session feedback forms to decide whether a session is worth repeating, and mentions the ratings to staff.",
    'Plans professional learning from district priorities and staff requests, keeps sign-in sheets and agendas as the record of what took place, and reports attendance to the district.',
  ],
  // How a change is rolled out; attention to staff concerns; how implementation is tracked.
  'principal.tp.5': [
    'Rolls out each new practice in planned phases, asks staff about their concerns at every phase and tailors support to them, and uses walk-through and student data to judge how fully the practice is in use and revise the plan.',
    'Rolls out each new practice with a timeline and training dates, checks staff concerns through a short survey or team check-ins, and adds support for teams that fall behind the timeline.',
    'Introduces a new practice at a staff meeting with a start date, answers questions as they come up, and follows up with teachers who are visibly struggling with it.',
    'Announces new district initiatives by email or at a staff meeting, hands out the materials the district provides, and confirms the required start date.',
  ],
  // How often follow-up is planned with coaches and team leads; kind of feedback; how it is reviewed.
  'principal.tp.6': [
    'Meets coaches and team leads weekly to plan practice, observation and feedback after each professional learning session, keeps a shared record of feedback given, and reviews it with them each month against classroom and student evidence.',
    'Meets coaches and team leads monthly to plan follow-up after sessions, arranges some peer visits and coaching, and gives teachers brief written feedback after walk-throughs.',
    'Asks the coach to follow up with teachers after major sessions, and comments on the new practices during walk-throughs when they happen to be seen.',
    'Provides professional learning on in-service days, expects teachers to apply it on their own, and comments on the new practices during formal evaluation observations.',
  ],
  // How learning is framed for staff; what student evidence is looked at; who acts on gaps.
  'principal.cs.1': [
    'Opens each professional learning session by naming the students whose access to challenging work it should widen, has teams bring class tasks and student work by student group to check that access, and lets teams lead changes where gaps appear.',
    'Links most professional learning sessions to raising expectations for students, and asks teams twice a year to review student work alongside group and course placements and propose changes.',
    'Tells staff that professional learning is meant to help students achieve, shows schoolwide test averages when introducing a new initiative, and decides next steps with the leadership team.',
    "Presents professional learning as part of contract and license renewal requirements, shares the district's achievement report once a year, and thanks individual teachers for their efforts at staff meetings.",
  ],
  // Who writes the vision; how closely it ties to school and district goals; whether it steers decisions.
  'principal.cs.2': [
    'Writes a statement of how professional learning serves school and district goals with staff, students and families, uses it to decide which learning goes ahead, and revisits it each year with evidence of progress on those goals.',
    'Drafts a statement of how professional learning serves school and district goals with the leadership team, shares it with staff, and refers to it when presenting the school learning plan.',
    'Writes a short paragraph in the school improvement plan on professional learning supporting school goals, and reads it to staff at the start of the year.',
    "Shares the district's mission and strategic plan with staff at the start of the year, and points out the professional learning days on the calendar.",
  ],
  // How often the time recurs; which staff it covers; whether it is protected and its use reviewed.
  'principal.cs.3': [
    'Builds the master schedule around weekly team learning time for every educator, including specialists and paraprofessionals, protects it from other business, and reviews team agendas and student results each quarter to see how the time is used.',
    'Schedules weekly common planning time for grade-level or subject teams, protects most of it from administrative tasks, and asks team leads to share their agendas or notes.',
    'Arranges common planning time for some grade levels or departments where the timetable allows, often shared with other duties, and leaves its use to each team.',
    'Relies on district in-service days and after-school staff meetings for professional learning, and covers classes so individual teachers can attend outside workshops.',
  ],
  // How the standards are used; whom the principal brings them to; whether results are shown.
  'principal.cs.4': [
    "Uses the Standards for Professional Learning with staff to plan and review the school's professional learning, explains them to the school council, and shares the school's results with other principals and district leaders to argue for their wider use.",
    'Uses the standards with the leadership team to review the school learning plan each year, explains to staff how each session reflects them, and mentions them at district principal meetings.',
    'Refers to the standards when introducing professional learning to staff, keeps copies where the leadership team can consult them, and mentions them to other principals when the topic comes up.',
    'Reads the standards when the district shares them, keeps them on file to consult when writing the school improvement plan, and cites them where the district template asks.',
  ],
  // What drives the principal's own learning; how visible it is to staff; whether feedback is sought.
  'principal.cs.5': [
    'Keeps a personal learning plan tied to school goals, learns in a principal network and alongside teachers in team sessions, tells staff openly what was tried and how it went, and asks staff for feedback on own leadership.',
    'Sets yearly learning goals with a supervisor, joins some team learning sessions alongside teachers, and tells staff what is being learned and tried, asking a few teachers for their views.',
    'Chooses conferences and readings on topics of personal interest, learns mostly away from the school, and mentions useful ideas from them to staff at meetings.',
    'Completes the leadership training the district requires, attends the opening of staff professional learning sessions before returning to other duties, and lists completed trainings in the annual evaluation.',
  ],
};
