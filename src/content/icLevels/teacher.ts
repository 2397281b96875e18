import type { IcLevelTable } from './types';

/**
 * Innovation Configuration level descriptions for the teacher's key responsibilities. The map
 * describes the teacher's own practice, in class and with colleagues: what one teacher does with
 * students, families, a grade or course team and the school, never a whole system. Level 1 (Ideal)
 * first, Level 4 (Entry) last. The text was written for this add-on, not taken from Learning
 * Forward's maps.
 */
export const TEACHER_IC_LEVELS: IcLevelTable = {
  'teacher.rc.1': [
    "Learns each student's home languages, interests, and family circumstances through conversations, family contacts, and a student survey each term; adjusts examples, groupings, and routines with that knowledge; and reviews with colleagues whether students' participation and work change.",
    "Learns most students' home languages, interests, and family circumstances through a student survey and family conferences twice a year; adjusts examples and routines with that knowledge; and talks with colleagues about students whose work puzzles them.",
    "Learns students' interests and family situations from a start-of-year survey and the school records; adjusts examples or deadlines for a few students; and asks a colleague for background when a student's behavior or work raises concern.",
    "Reads the school records and the notes passed on by last year's teacher; adjusts seating or deadlines for a student whose family situation comes up; and turns to the counselor when home life affects a student's attendance or work.",
  ],
  'teacher.rc.2': [
    'Plans every unit with several ways for students to take in content and show learning, co-plans with special education and language specialists, shares tested strategies at school sessions, and checks work samples of students with disabilities and multilingual learners for progress.',
    "Plans most units with several ways for students to take in content and show learning, co-plans with specialists for shared students, and shares strategies with the grade-level or department team, checking those students' work samples.",
    'Adds supports such as visuals, sentence frames, or extra time to some lessons after a school session on inclusive practice, asks a specialist for ideas when a student falls behind, and keeps the strategies within their own class.',
    "Provides the accommodations listed in students' individual plans as written, asks the specialist to adapt materials when a task is out of reach, and attends the school's required sessions on inclusive practice.",
  ],
  'teacher.rc.3': [
    "Meets weekly with the grade or course team to study upcoming units of the adopted curriculum and rehearse key lessons, scores common assessments together, and uses the student results to adjust teaching and choose the team's next study focus.",
    'Meets every two weeks with the grade or course team to study upcoming units of the adopted curriculum, compares scored common assessments, and adjusts their own lessons when student results show a gap.',
    'Meets colleagues on district curriculum days a few times a year to preview units of the adopted curriculum, gives the unit assessments as scheduled, and records the scores for report cards.',
    'Prepares alone from the teacher guide of the adopted curriculum before each unit, follows the pacing calendar, and gives the required unit assessments alongside their own familiar tests.',
  ],
  'teacher.rc.4': [
    'Chooses workshops, readings, and courses for their fit with the content standards of their own subject and grade and with studies of teaching that subject, tries the ideas in class, and reports to the team what changed in student work.',
    'Chooses workshops, readings, and courses that match the content standards of their own subject and grade, tries the ideas in class, and tells colleagues at team meetings how the lessons went.',
    "Picks the school's offered sessions labeled for their own subject or grade, uses ready-made activities from them when they fit a current unit, and passes the useful ones on to a colleague.",
    'Attends the sessions the school assigns, whatever their subject or grade focus, files the handouts that might suit a later unit, and signs the attendance sheet for certification hours.',
  ],
  'teacher.tp.1': [
    'Takes part in every school learning session and helps plan some, draws paraprofessionals, specialists, and new staff into discussion, names barriers such as course placement or meeting times, and tracks with the team whether agreed changes reach students.',
    'Takes part in school learning sessions with examples from their own classroom, draws quieter colleagues and support staff into discussion, and raises barriers such as course placement patterns with the session planners.',
    'Takes part in small-group discussion at school learning sessions, listens as colleagues describe barriers that past practices created for some students, and connects one or two of them to their own class.',
    'Attends required school learning sessions and completes the assigned activities, sits with familiar colleagues, and follows the discussion of barriers and inequities when the facilitator raises them.',
  ],
  'teacher.tp.2': [
    "Examines their own assumptions each term with a trusted peer, using classroom evidence such as who is called on, grading patterns, and discipline referrals; changes routines that favor some students; and starts team conversations about how colleagues' identities shape who speaks and whose ideas count.",
    "Examines their own assumptions twice a year with a trusted peer, using classroom evidence such as who is called on; changes one routine that favors some students; and joins team conversations about how colleagues' identities shape who speaks and whose ideas count.",
    'Reflects in writing on their own assumptions after staff sessions on bias, drawing on memory rather than classroom evidence; adjusts an approach with one student; and discusses identity with colleagues when a session asks for it.',
    "Completes the required training on bias and files its reflection sheet; explains classroom patterns by individual students' circumstances; and talks about identity with colleagues during the session's structured activity.",
  ],
  'teacher.tp.3': [
    'Sets a learning goal with the team each cycle from current student work and assessment results, chooses learning that serves it, such as peer observation or lesson study, and reviews student results with the team to set the next goal.',
    'Sets a learning goal with the team each semester from assessment results, picks sessions and readings that match it, and revisits progress on it with the team at mid-year.',
    "Writes an individual learning goal at the start of the year from general impressions of students' needs, attends some sessions related to it, and reviews it at the end-of-year evaluation.",
    "Fills in the learning goal the evaluation form requires, borrowing wording from the school's priorities, attends the sessions the school schedules, and returns to the goal when the next form is due.",
  ],
  'teacher.tp.4': [
    'Brings student work, assessment results, peer observation notes, and student feedback to team planning of each learning cycle, then compares before-and-after evidence from their own classroom to judge whether the learning changed practice and student results.',
    'Brings student work and assessment results to team planning of each learning cycle, then compares the same sources at the end of the cycle to judge whether student results improved.',
    'Brings the latest test scores to team planning when the team picks a learning topic, then judges the learning afterward by how useful the sessions felt.',
    'Looks at school test results when they are presented at a staff meeting, then completes the feedback survey handed out at the end of each learning session.',
  ],
  'teacher.tp.5': [
    'Expects a dip in results when trying a new practice, plans several rounds of practice and feedback before judging it, tracks their own progress with a simple implementation checklist, and helps colleagues name their concerns during a change.',
    'Expects a dip in results when trying a new practice, plans a few rounds of practice before judging it, and talks through concerns about the change with colleagues at team meetings.',
    'Notices afterward that a new practice felt awkward at first, gives it a second try when a coach or colleague encourages it, and shares frustrations about the change informally.',
    'Tries a new practice once after a training, returns to familiar methods when the first lessons go poorly, and voices worries about the change to colleagues in the staff room.',
  ],
  'teacher.tp.6': [
    'Practices each new strategy across several weeks of lessons, invites a coach or peer to observe at least monthly with an agreed focus, and uses their notes and student work at follow-up meetings to refine the strategy.',
    'Practices each new strategy across several lessons, invites a coach or peer to observe each quarter, and discusses their notes and next steps at follow-up meetings with the team.',
    'Tries a new strategy in a few lessons, accepts an observation when the coach offers one, and brings questions to follow-up sessions when they are scheduled.',
    'Tries a new strategy in a lesson soon after training, receives feedback through formal evaluation visits, and attends the follow-up sessions that are required.',
  ],
  'teacher.cs.1': [
    'Asks in every team learning cycle which students get grade-level tasks, checks their own assignments and course recommendations against that question, and brings access evidence by student group to school planning so learning targets the gaps.',
    'Asks in team learning cycles which students get grade-level tasks, checks their own assignments for challenge across student groups, and suggests learning topics to the team that would widen access.',
    'Raises access to challenging work when a colleague mentions a struggling group, gives more grade-level tasks to some students after a session on the topic, and judges the change by impressions of how those students cope.',
    'Attends school learning sessions on raising expectations, offers extension work to students who finish early or ask for more challenge, and relies on the start-of-year ability groups to decide who gets harder work.',
  ],
  'teacher.cs.2': [
    "Explains in their own words how this year's learning cycles serve the school improvement plan and district goals, links their own learning goal to both, and shows colleagues and new staff how the team's work contributes.",
    "Explains how this year's learning cycles serve the school improvement plan, links their own learning goal to one school goal, and refers to the plan in team discussions.",
    "Names the school's main goals when asked, writes their own learning goal around a personal interest, and attends the learning sessions the plan lists.",
    'Reads the school improvement plan when it is shared at the start of the year, notes the dates of required learning days, and attends them.',
  ],
  'teacher.cs.3': [
    'Arrives at every collaborative planning period with student work and a question, follows agreed protocols, chooses out-of-school courses that extend the team goal, and checks with the team which uses of time changed classroom practice.',
    "Arrives at collaborative planning periods with student work, follows the team's agenda, chooses out-of-school courses that fit the team goal, and tells the team afterward which ideas proved useful in class.",
    'Attends collaborative planning periods and joins the discussion, spends part of the time on grading or logistics, and takes out-of-school courses for credit or personal interest.',
    'Attends collaborative planning periods as scheduled, uses most of the time for individual tasks, and takes out-of-school courses when required for license renewal.',
  ],
  'teacher.cs.4': [
    'Checks the learning the team plans and the sessions it attends against the Standards for Professional Learning, sends specific suggestions to school and district planners or serves on a planning committee, and helps colleagues use the standards in their choices.',
    'Checks the learning the team plans and the sessions it attends against the Standards for Professional Learning, and raises specific suggestions with the principal or school leadership team.',
    'Has read a summary of the Standards for Professional Learning, recognizes some standards in school sessions, and mentions them when colleagues discuss what makes learning worthwhile.',
    "Has heard the Standards for Professional Learning introduced at a staff meeting, and rates sessions on the school's feedback forms by how practical they seemed.",
  ],
  'teacher.cs.5': [
    "Serves on the school's planning group for professional learning, proposes designs with classroom follow-up backed by team evidence, and volunteers for demanding options such as lesson study or peer observation cycles.",
    'Tells the principal or team leader in specific terms what learning the team needs and why, and accepts invitations to demanding options such as peer observation cycles.',
    'Writes comments on session feedback forms about what would be more useful in class, and signs up for optional learning when trusted colleagues are going too.',
    'Completes the rating scales on end-of-session feedback forms, leaving the comment box blank, and takes part in the learning the school offers to all staff on scheduled days.',
  ],
  'teacher.cs.6': [
    "Learns with a peer team all year through a shared inquiry cycle, visits colleagues' classrooms and hosts visits, trades feedback on lessons, and reviews with the team what changed in practice and student work.",
    "Learns with a peer team through a shared inquiry cycle each semester, visits a colleague's classroom once a term, and trades feedback on lessons afterward.",
    'Swaps lesson ideas and materials with friendly colleagues, discusses a shared reading when the team agenda includes one, and describes their own lessons at team meetings.',
    'Talks with grade-level or department colleagues about upcoming events and logistics, shares materials when asked, and works on lesson planning alone.',
  ],
  'teacher.cs.7': [
    'Opens their own classroom to peers and novice teachers for planned visits, mentors a new colleague through weekly debriefs, leads a team inquiry or demonstration lesson, and asks mentees what changed in their practice.',
    'Opens their own classroom to peers and novice teachers when asked, mentors a new colleague through regular debriefs, and shares tested lessons at team meetings.',
    "Answers novice teachers' questions and shares materials when they ask, and describes a successful lesson at a team meeting when invited.",
    'Welcomes a visitor into the classroom when the principal arranges it, and offers copies of their own materials to a new teacher on the team.',
  ],
};
