import type { IcLevelTable } from './types';

/**
 * IC level descriptions for the coach: the coach's own work with teachers, teams and leaders in
 * the school (coaching cycles, modeled and co-taught lessons, co-planning, data conversations,
 * feedback logs, team facilitation, the coach's own learning). Written for this add-on, not
 * taken from Learning Forward's published IC maps. Level 1 (Ideal) first, Level 4 (Entry) last;
 * the comment above each row names what changes across it.
 */
export const COACH_IC_LEVELS: IcLevelTable = {
  // How the coach learns about students; how it enters coaching; whether the effect is checked.
  'coach.rc.1': [
    "Shadows students, talks with them and with family liaisons about their lives and interests, brings what is learned into co-planning so lessons build on students' strengths, and checks with teachers whether those students take part more.",
    "Talks with students during classroom visits, reviews class profiles with teachers, and raises students' interests and backgrounds when co-planning lessons, asking teachers afterward how students responded.",
    'Learns about students from what teachers share in coaching conversations and from classroom observation, and speaks up when a lesson seems to leave some students out.',
    'Reads class lists, support plans and teacher notes before a coaching cycle, and keeps the cycle on the goal the teacher has named.',
  ],
  // The coach's own practice; the kind of support teachers get; evidence on students.
  'coach.rc.2': [
    'Practices inclusive strategies in own demonstration lessons, co-teaches with special education and language specialists, runs coaching cycles in which teachers try the strategies, and tracks how students with disabilities and language learners take part and progress.',
    "Learns inclusive strategies alongside teachers, models them in demonstration lessons, coaches the teachers who ask for help, and collects teachers' notes on how students responded.",
    'Attends workshops on inclusive practices, passes the strategies and resources on to teachers in planning meetings, and asks teachers later whether they tried them.',
    'Looks up accommodation checklists and strategy lists, sends them to teachers who ask how to support a student with an individual plan, and answers follow-up questions.',
  ],
  // Depth of work with the materials; format of support; use of unit assessment results.
  'coach.rc.3': [
    'Leads teams in studying each upcoming unit of the adopted materials before teaching it, models and co-teaches key lessons, and reviews student work from the unit assessments with teams to decide what needs reteaching or added support.',
    'Co-plans units with teams using the adopted materials, models the lessons teachers find hardest, and asks teams afterward how students did on the unit assessments.',
    'Walks teachers through the parts of the adopted materials at the start of the year, answers questions about pacing as they come up, and shares the assessment schedule.',
    "Hands out the curriculum materials, points teachers to the publisher's training videos and teacher guides, and forwards the district's assessment calendar.",
  ],
  // Source of the coach's own learning; grounding of sessions for others; check on effect.
  'coach.rc.4': [
    "Chooses own learning from standards for coaches and recent studies, grounds each session for teachers in the standards for their subject and role, and checks with teachers afterward whether the learning changed their practice and students' work.",
    "Chooses own learning from standards for coaches, links each session for teachers to the subject standards they teach, and shares short studies that fit the team's focus.",
    'Picks up coaching ideas at conferences and coach networks, lists the related subject standard on handouts for teacher sessions, and asks for ratings at the end.',
    "Draws on own classroom experience when coaching, uses the district's session materials for teachers as they are provided, and notes attendance for the district.",
  ],
  // Whether access to coaching is tracked; how many ways in there are; advice given to the principal.
  'coach.tp.1': [
    'Tracks which staff receive coaching and attend sessions, plans learning at several times and in several formats so paraprofessionals and new staff can join, and advises the principal on shifting coaching toward classrooms of underserved students, checking their progress.',
    'Keeps a log of who receives coaching, offers sessions at two times or online, and tells the principal when some staff groups are missing from learning.',
    'Invites paraprofessionals and specialists to team sessions when the topic concerns them, coaches the teachers who sign up, and passes on staff complaints about session times to the principal.',
    'Coaches the teachers who request support or whom the principal assigns, runs sessions in the time slots the schedule provides, and reports the number of teachers coached.',
  ],
  // Evidence that opens the conversation; reach from one teacher to teams and the principal.
  'coach.tp.2': [
    'Reflects with a peer coach on how own identity shapes coaching relationships, uses classroom data on who is called on and praised to help teachers examine assumptions, helps teams and the principal set norms for talking about bias, and checks later data for change.',
    'Collects classroom data on who is called on and praised during coaching cycles, discusses the patterns with teachers, and suggests norms for talking about identity when team conflict arises.',
    'Asks reflective questions about expectations for particular students when a teacher raises a concern, and shares readings on bias with interested teachers.',
    'Keeps coaching conversations on lesson plans and materials, and refers teachers to the principal or district training when questions of bias come up.',
  ],
  // Evidence the goals come from; how learning is built around them; whether progress resets them.
  'coach.tp.3': [
    'Meets each teacher or team to study student work and assessment data, helps them write a learning goal for a specific student need, builds a coaching cycle or team study around it, and reviews student progress with them to reset the goal.',
    'Helps teachers and teams write learning goals from assessment data at the start of the year, suggests sessions or resources that fit each goal, and checks in with them at mid-year.',
    "Reviews teachers' professional growth goals when asked, suggests ways to tie them to classroom data, and sends a list of workshops that match each goal.",
    'Gives teachers the goal-setting template with sample goals from past years, answers questions about completing it, and reminds them of the due date.',
  ],
  // Kinds of evidence brought to teams; who uses it with the coach; whether effect is reported.
  'coach.tp.4': [
    'Leads team data conversations using student work, assessment results and observation notes, uses them with the principal to plan and adjust professional learning, and reports to staff how coaching and sessions changed practice and student results.',
    'Leads data conversations with teams using assessment results and observation notes, and uses them with the principal to choose coaching focuses and to evaluate sessions.',
    'Prepares charts of assessment results for team meetings, collects feedback forms after sessions, and uses the ratings to plan the next session with the principal.',
    'Keeps a log of coaching visits and session attendance for the principal, and plans sessions from topics teachers request in a survey.',
  ],
  // Attention to each teacher's concerns; choice of support; how use of the practice is tracked.
  'coach.tp.5': [
    "Opens coaching on a new practice by learning each teacher's worries and questions, matches the next step to them, tracks progress against a shared description of what full use looks like, and adjusts support when student work shows it stalling.",
    'Asks teachers about their worries when a new practice starts, offers a choice of support such as modeling or co-teaching, and uses a checklist of the practice during classroom visits.',
    'Offers extra help to teachers who resist or struggle with a new practice, and encourages early adopters to share what worked for them.',
    'Explains each new practice to every teacher in the same way, using the training materials provided, and repeats the explanation when teachers have questions.',
  ],
  // Who plans the follow-up; kind and record of feedback; how progress is reviewed with leaders.
  'coach.tp.6': [
    'Plans follow-up for every professional learning session with the principal and team leads, runs practice-and-feedback cycles with each participating teacher, keeps a feedback log, and reviews it with them monthly alongside student work to set next steps.',
    'Schedules follow-up visits after major sessions, gives teachers written feedback on what they practiced, and updates the principal and team leads on progress each month.',
    'Visits classrooms after sessions when teachers invite it, gives spoken feedback on what was tried, and tells the principal about successes when they meet.',
    'Presents at professional learning sessions, emails the follow-up materials to participants, and answers the questions teachers bring afterward by email or in passing.',
  ],
  // Focus of coaching and team talk; student evidence used; whether patterns reach the principal.
  'coach.cs.1': [
    'Centers every coaching cycle and team meeting on whether each student group gets grade-level tasks and the support to do them, brings student work samples to check, and shares patterns with the principal to shape school priorities.',
    'Asks about the level of challenge in class tasks during most coaching cycles, has teams look at work from the students who struggle most, and mentions what they find to the principal.',
    'Mentions high expectations for all students in coaching conversations, shares examples of challenging tasks with teachers who ask, and tells success stories at staff meetings.',
    "Focuses coaching on the teaching strategy each teacher chooses to improve, leaves tasks and student work to the teacher, and celebrates teachers' efforts in the staff newsletter.",
  ],
  // The coach's part in the vision; how coaching is tied to goals; what is reported back.
  'coach.cs.2': [
    "Helps the principal draft and revise the school's statement of how professional learning serves its goals, links each coaching cycle and team focus to one of those goals, and reports to staff on progress toward them.",
    "Explains the school's view of professional learning to new staff, names a school goal on each coaching plan, and shares stories of progress at staff meetings.",
    "Refers to the school's goals when introducing sessions, writes each coaching focus in the terms the teacher requests, and describes completed cycles in the coaching newsletter.",
    'Reads the school and district goals in the improvement plan, offers teachers a menu of coaching topics to choose from, and lists the topics chosen in a year-end summary.',
  ],
  // How team time is structured; how technology is used; whether use is reviewed with teams.
  'coach.cs.3': [
    'Helps teams plan agendas and protocols for their learning time, sets up video and online tools for lesson study and feedback between visits, and reviews with teams each quarter whether the time and tools are improving practice.',
    'Provides agenda templates and protocols for team learning time, shows teachers how to use video and shared folders in coaching, and asks teams which tools are helping.',
    'Sends teams links to online courses and resources, suggests topics for planning meetings when asked, and hears from teachers which links they found helpful.',
    'Helps teachers log in to district learning platforms, signs them up for the sessions they want during release time, and sorts out login problems as they come up.',
  ],
  // How the standards shape the coach's work; whom the coach brings them to; evidence shared.
  'coach.cs.4': [
    'Plans and reviews own coaching against the Standards for Professional Learning, shows teams how to judge their learning by them, and shares examples with the principal and the coaching network to make the case for using them in more schools.',
    'Uses the standards to plan coaching sessions, explains to teams which standards their learning reflects, and suggests to the principal where school plans could draw on them.',
    'Names the standards when introducing coaching to new teachers, links to them on the coaching web page, and mentions them at coach network meetings.',
    'Knows the standards from coach orientation, cites them when the district asks for a coaching plan or report, and keeps the orientation binder for reference.',
  ],
  // What drives the coach's own learning; how openly it is shown; feedback sought on it.
  'coach.cs.5': [
    'Follows a learning plan for own coaching, records and reviews coaching conversations with a peer coach, teaches demonstration lessons as open trials for teachers to critique, and uses teacher feedback and student results to revise own practice.',
    'Sets yearly goals for own coaching with a peer coach, asks teachers for feedback after each cycle, and tells teams what is being learned and tried.',
    'Attends coach network meetings and workshops of own choosing, shares useful ideas with teachers in sessions, and notes in a journal what went well.',
    "Goes to the trainings required for coaches and takes part in the school's staff sessions, drawing mainly on own teaching experience when coaching.",
  ],
  // How often teams learn together; which teams; who facilitates and whether team records are reviewed.
  'coach.cs.6': [
    'Helps every team, including specialists and support staff, meet weekly in a cycle of studying data, trying practices and reviewing results, coaches team leads to facilitate, and reviews team records with them to strengthen teams that stall.',
    'Co-facilitates weekly meetings for most grade-level or subject teams using inquiry protocols, shares facilitation with team leads, and sets up some peer observations.',
    "Facilitates a team meeting when invited, bringing a protocol or activity, and connects teachers working on similar goals so they can visit each other's classrooms.",
    'Attends team meetings to share resources and district updates, answers questions about the materials the team is using, and leaves the agenda to the team lead.',
  ],
};
