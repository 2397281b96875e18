/**
 * Innovation Configuration level descriptions for the state commissioner / minister of education.
 * The map describes the state education agency's practice under the commissioner's leadership,
 * and the commissioner's own. Written for this add-on, not taken from Learning Forward's maps.
 */
import type { IcLevelTable } from './types';

export const STATE_COMMISSIONER_IC_LEVELS: IcLevelTable = {
  // Reach of settings; how far guidance and grant conditions spell the practice out; use of data.
  'state-commissioner.rc.1': [
    "The commissioner and agency call for inclusive practice in every setting the state oversees, from virtual schools to juvenile justice programs; all guidance and grant conditions describe it, and each learner group's access and results are reviewed twice a year to steer support.",
    "The commissioner and agency call for inclusive practice in district and charter schools; most guidance and grant conditions describe it, and a yearly report on each learner group's access and results goes to the state board.",
    'The commissioner calls for inclusive practice in speeches and the annual address; the special education and English learner offices each issue their own guidance, and results by learner group are cited when a complaint or news story arises.',
    "Inclusive practice appears in the agency's mission statement; the special education office issues guidance on it as legal compliance notices, and results by learner group appear only in required accountability tables.",
  ],
  // Depth of the materials policy; ties to funding, professional learning and tests; what drives revision.
  'state-commissioner.rc.2': [
    'State policy runs a public review of curriculum materials against quality criteria, funds districts that adopt top-rated materials together with curriculum-based professional learning, matches state tests to the same standards, and is revised each cycle using classroom-use and student-result data.',
    'State policy runs a public review of curriculum materials against quality criteria and funds districts that adopt top-rated materials; state tests match the same standards, and revisions draw on district adoption rates rather than on classroom use.',
    'State policy publishes a list of reviewed materials that districts may consult; no funding or professional learning is tied to it, state tests are built by a separate office, and revisions follow the statutory calendar.',
    'State policy lists textbooks whose publishers attest to standards alignment; districts choose materials on their own, the assessment office works apart from curriculum staff, and the list changes when publishers submit new editions.',
  ],
  // Which educator roles the rule covers; how district plans are reviewed; whether effect is checked.
  'state-commissioner.rc.3': [
    "State rules require every educator's learning plan, from paraprofessionals to principals, to connect to the standards for that role and subject; the agency reviews each district's plan yearly, returns written feedback, and checks educator practice and student data for effect.",
    "State rules require teachers' and principals' learning plans to connect to the standards for their role and subject; the agency reviews each district's plan yearly and returns written feedback, checking only that plans are complete.",
    "State guidance recommends that teachers' learning relate to the standards for their subject; the agency looks at a few district plans during monitoring visits and notes gaps, with no expectation for other roles.",
    'State rules set license-renewal hours for teachers and principals; districts report hours completed, and the agency counts them without asking what the learning covered or which standards it served.',
  ],
  // What guidance asks of districts; how participation is tracked; what the agency does about gaps.
  'state-commissioner.tp.1': [
    'Agency guidance requires districts to show how every educator group can join professional learning; the agency tracks participation by district poverty, rurality and role, funds substitutes, travel or regional options where gaps appear, and checks yearly whether practice and results improve there.',
    'Agency guidance asks districts to describe how educators get access to professional learning; the agency tracks participation by district size, adds regional sessions where gaps appear, and reviews the pattern every three years.',
    'Agency guidance states a general commitment to equitable access; the agency keeps no record of who takes part, and moves some sessions online or to regional centers after small or rural districts complain.',
    'State professional learning is offered at the capital on weekdays, first come, first served; only total attendance is counted, and districts that cannot send staff because of distance, cost or substitute shortages have no other option.',
  ],
  // What approval criteria require of designs; the agency's own sessions; evidence that practice changed.
  'state-commissioner.tp.2': [
    'State approval criteria for providers and grant-funded learning require designs with modeling, practice, feedback and follow-up spread over months; agency staff use the same designs in their own sessions, and classroom observation and student work show whether teaching changed.',
    'State approval criteria for providers and grant-funded learning require designs with practice and follow-up over time; agency staff use them in most of their own sessions, and participants report what they applied in their classrooms.',
    'State approval criteria ask providers to state session objectives and activities; a few agency offices add practice or follow-up to their own sessions, and participants rate usefulness on an end-of-session form.',
    'State approval of providers and grant-funded learning rests on agenda, presenter credentials and seat time; agency sessions are mostly one-day presentations, and a sign-in sheet is the only record kept.',
  ],
  // Kinds of evidence the plan template asks for; data and help the agency supplies; how evaluation is done.
  'state-commissioner.tp.3': [
    'District plan templates require student results, educator practice data and educator input to set professional learning priorities and plan evaluation; the state data system links these sources, and agency analysts help districts read them and report effects on educators and students yearly.',
    'District plan templates require student results and educator survey data to set priorities and name an evaluation method; the state data system supplies student results, and agency staff answer district questions about data on request.',
    "District plan templates ask for a needs statement citing student test scores; the agency publishes test results in a yearly report, and whether to evaluate professional learning is each district's choice.",
    'District plan templates ask for a list of planned sessions and hours; the agency supplies no data for planning, and evaluation means districts submit attendance and satisfaction totals.',
  ],
  // Which outcomes spending is linked to; who sees the findings; whether funding decisions follow them.
  'state-commissioner.tp.4': [
    'Each year agency analysts link professional learning spending, program by program, to educator evaluation growth, teacher and principal retention and student results; the commissioner reports findings to the board and legislature, and programs are ended, expanded or redesigned on that basis.',
    'Each year agency analysts link spending for the largest professional learning programs to teacher retention and student results; findings go to the state board and inform some renewal decisions, and principal growth is left out.',
    'Agency program offices report spending on their own professional learning grants alongside participant counts and end-of-session surveys; the figures appear in annual reports, and renewal decisions rest on past funding levels.',
    'The agency tracks professional learning spending as budget lines spent or unspent; no one connects the dollars to changes in educators or students, and grants are renewed whenever funds remain available.',
  ],
  // Length of the funding horizon; how many agency offices plan together; how implementation is followed.
  'state-commissioner.tp.5': [
    'Each major state initiative has a three- to five-year plan that funds training, coaching and follow-up; curriculum, assessment, licensure and federal-program offices plan it together, and district data on implementation and student results are reviewed twice a year to adjust support.',
    'Each major state initiative has a two-year plan that funds training, plus coaching in pilot districts; curriculum and federal-program offices coordinate on it, and district implementation reports are reviewed once a year.',
    'Major state initiatives are funded one year at a time for launch training; the lead office plans alone and informs other offices, and implementation is checked only when districts ask for help.',
    'New state initiatives open with a kickoff conference, a guidance document and a single-year grant; each office launches its own without consulting others, and a new priority often replaces the last before schools have put it in place.',
  ],
  // Which student groups and what level of work the criteria name; data kept; the agency's response.
  'state-commissioner.cs.1': [
    'State professional learning criteria require that learning prepare educators to teach grade-level and advanced work to every student group; the agency tracks advanced-course enrollment and grade-level results by race, language, disability and gender, and directs support where gaps persist.',
    'State professional learning criteria require that learning address grade-level work for English learners and students with disabilities; the agency reports advanced-course enrollment by student group yearly and discusses gaps with districts during plan reviews.',
    'State guidance encourages districts to include differentiation in professional learning; advanced-course enrollment by student group appears on school report cards, and any response is left to districts.',
    'State expectations about student groups in professional learning cover required sessions on special education and English learner law; course-taking data by group are compiled for federal reporting only, and districts report attendance at the sessions.',
  ],
  // Who writes the vision; which agency documents cite it; how progress toward it is reviewed.
  'state-commissioner.cs.2': [
    'A written state vision, drafted with district leaders, teachers and families, shows how professional learning leads to each strategic-plan goal; grant criteria and budget requests cite it, and the agency reviews progress against it yearly using educator and student data.',
    "A written state vision, drafted by agency leaders with a district advisory group, links professional learning to the strategic plan's goals; most grant criteria cite it, and progress is reviewed when the strategic plan is renewed.",
    'The state strategic plan, written by agency staff, names professional learning as one strategy without showing how it leads to goals; some grant notices mention it, and progress is reported as the number of educators trained.',
    'Professional learning is described office by office in program brochures and license-renewal rules; no shared statement links it to state goals, and reports cover only what each program spent.',
  ],
  // Which policymakers the commissioner reaches and how often; what evidence the case rests on.
  'state-commissioner.cs.3': [
    "Every budget cycle the commissioner briefs legislators, the governor's office, federal representatives and local boards on professional learning needs, bringing data on educator practice and student results and district leaders who describe what past funding achieved.",
    'Every budget cycle the commissioner includes professional learning in the request and testimony to the legislature, citing participation and educator survey data, and meets federal or local officials when a specific grant is at stake.',
    'The commissioner mentions professional learning in budget testimony when a new initiative needs training funds, citing examples from a few districts, and leaves contact with federal and local officials to program staff.',
    "Professional learning reaches policymakers as one line in the agency budget request, carried forward at last year's level; the request cites no evidence, and the commissioner discusses it only when a legislator asks.",
  ],
  // How funds are awarded (criteria, length, weighting by need); how their use and effect are reviewed.
  'state-commissioner.cs.4': [
    'State and federal professional learning funds go to multi-year district plans that meet standards-based criteria for coaching, team learning time and follow-up, weighted toward high-need districts; the agency reviews spending and effects on educators and students each year and shifts funds accordingly.',
    'State and federal professional learning funds go to district plans scored on standards-based criteria, with extra points for high-need districts; awards run one or two years, and the agency reviews spending each year.',
    'State and federal professional learning funds go out by enrollment formula with a checklist that mentions the standards; districts choose uses, and the agency confirms the money went to allowable costs.',
    'Professional learning money is split among program offices, each buying workshops and conference seats for its own priorities; no criteria tie spending to the standards, and unspent funds return to the general budget.',
  ],
  // Which districts report; what the reports contain; what the agency does with them.
  'state-commissioner.cs.5': [
    'Every district files a yearly report in the state data system showing professional learning spending by purpose, who took part, changes in educator practice and student results; the agency returns feedback, publishes summaries and uses the reports in funding decisions.',
    'Every district files a yearly report showing professional learning spending by purpose, participation and educator survey results; the agency checks each report for completeness and publishes statewide totals.',
    'Districts holding state professional learning grants file end-of-grant reports on spending and number of participants; the agency stores them, and program staff read a sample.',
    'Districts report professional learning spending only within general budget codes and certify license-renewal hours; the agency cannot tell what the money bought or whether educators or students gained from it.',
  ],
  // Formal standing of the standards; which agency documents use them; what reaches districts.
  'state-commissioner.cs.6': [
    "At the commissioner's urging the state board has written the Standards for Professional Learning into rule; grant, licensure and plan-review criteria use them, and the agency checks yearly how districts apply them and what changes for educators and students.",
    "At the commissioner's request the state board has endorsed the Standards for Professional Learning by resolution; grant and plan-review criteria refer to them, and the agency runs introductory sessions for district leaders each year.",
    'The commissioner names the Standards for Professional Learning in speeches and the agency website links to them; one or two offices use them to plan their own sessions, and districts hear of them by chance.',
    'Some agency staff know the Standards for Professional Learning from past jobs; no state document names them, and districts follow whatever professional learning guidance their regional centers or vendors supply.',
  ],
  // How the commissioner's own learning is planned; peer learning; visible participation and sharing.
  'state-commissioner.cs.7': [
    'The commissioner keeps a written learning plan tied to state priorities, meets monthly with a network of peer commissioners, joins district learning sessions each quarter, and tells staff and the board what was learned and which agency practices will change.',
    'The commissioner sets yearly learning goals tied to state priorities, meets a network of peer commissioners a few times a year, joins district learning sessions twice a year, and shares what was learned in staff meetings.',
    'The commissioner attends national conferences chosen by staff, joins peer commissioner meetings when the calendar allows, opens district learning events with remarks, and staff hear about the learning only through travel reports.',
    "The commissioner's learning consists of staff briefings before public appearances; no peer network is in place, and the commissioner welcomes participants at agency and district learning sessions and leaves before the work begins.",
  ],
};
