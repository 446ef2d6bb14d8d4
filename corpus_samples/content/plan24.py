"""24: a young adult of 22 on a supported internship.  Heading 1 titles with a tab between
the letter and the title ("Section A<tab>About me"), Heading 2 sub-headings; outcomes "within
12 months" and by the end of the internship; H2 adult social care under the Care Act 2014 in
a table; K as a list.  Autism and a learning disability.  Entirely fictional."""

from ..dsl import parse
from ..model import P, Plan, Section

front = [
    P("Education, Health and Care Plan"),
    P("Penmarsh County Council – Preparing for Adulthood Team"),
    P("Name: Daniel Osei    Date of birth: 15 March 2003    Age: 22"),
    P("Education: Penmarsh College supported internship at Penmarsh General Hospital"),
    P("Date of plan: 9 January 2026    This plan is due to end: July 2026 (reviewed May 2026)"),
]

A = parse("""
? About me :: child
>c My name is Daniel. I am 22 and I live with my mum and my grandad. I love trains, timetables and maps, and I know every station on the line to London. I like swimming on Tuesdays and going to the disco at the Arc club on Fridays.
? My internship :: child
>c I am an intern at Penmarsh General Hospital. I work in the post room and in the stores, and I deliver parcels to the wards. I like it because everything has a place and I know where to go.
? What I want in the future :: child
>c I want a paid job at the hospital, in the post room or in stores. I want to live in a flat with my friend Sam one day, with a support worker. I want to go on a train to London on my own.
? How to help me :: child
>c Tell me what is happening today and write it on my phone. Show me how to do a new job, then let me practise. Talk to me in a calm voice. If I put my headphones on, give me some time on my own.
? What I find hard :: child
>c I find it hard when people change the plan. I don't like loud noises or people shouting. Money is hard for me and I don't know how much things cost.
? What my mum says :: parent
>p {t}Daniel is a gentle, reliable and honest young man, who takes great pride in his work. He has grown so much in confidence since starting the internship. He has never been late, and the staff in the post room say he is their most accurate sorter.
>p My biggest hope is that Daniel gets a paid job at the end of the internship, because he has worked so hard for it. I worry about what will happen if he doesn't, because he needs a routine. I am also getting older, and we need to start planning for him to live more independently.
? How this was written :: professional
>t Daniel wrote his views with his job coach on 4 December 2025. His mum, Abena, shared her views at the review on 11 December 2025.
""")

B = parse("""
## Communication and interaction
Daniel is autistic. He speaks in short sentences and uses a small number of familiar phrases. He understands short, concrete instructions, especially when they are shown to him or written down, and he finds abstract language, jokes and idioms confusing. He may repeat a question instead of answering it when he is unsure. He finds it hard to ask for help, to start conversations with people he does not know and to tell people how he is feeling.
Daniel uses a visual schedule on his phone for each working day and a written task list for each job.
## Cognition and learning
Daniel has a moderate learning disability. He reads familiar words, signs and labels confidently and uses this well at work, for example reading ward names and room numbers. He finds longer texts difficult. He can count and recognise numbers but finds money, time intervals and problem solving hard. He learns new tasks well through systematic instruction: being shown, practising with support and then practising alone, many times.
## Social, emotional and mental health
Daniel becomes anxious when routines change without warning and in noisy, busy places such as the hospital canteen. When anxious he paces, repeats phrases and may leave the area. He calms with time alone and with his headphones. He is sociable with people he knows and enjoys his social club.
## Sensory and/or physical needs
Daniel is sensitive to loud noise and bright lights. He wears ear defenders in noisy areas. He has good mobility and fitness.
## Independence and employment
Daniel travels independently to the hospital on one familiar bus route, which he learnt with travel training in 2024. He needs support to plan any new route, to handle problems such as a cancelled bus and to manage money. He can make a simple lunch and keep his room tidy. He has started using a banking app with his mum's help but does not yet check his balance or know how much he can spend each week.
""")

C = parse("""
Daniel is in good health. He has an annual health check with his GP, as a person with a learning disability, and has a health action plan. He sees the dentist every six months. He has no other health needs related to his special educational needs.
""")

D = parse("""
Daniel was assessed under the Care Act 2014 by adult social care in September 2025 and was found to have eligible needs for support with daily living, managing money, accessing the community and developing skills for independent living. His mother is his main carer and has had a carer's assessment. She has asked for help to plan for Daniel's future living arrangements, because she works full time and her father, who also lives with them, has health problems of his own. Daniel has said that he would like to live with his friend Sam, who he met at college, and the family would like this to be explored over the next two years.
""")

E = parse("""
These outcomes are for the end of the internship in July 2026, unless another date is given.
## Employment
O.n[smt] By the end of the internship (July 2026), Daniel will complete his post room and stores tasks for a full 6-hour shift with no more than two prompts from his job coach.
O.n[smt] Within 12 months, Daniel will be in paid employment of at least 16 hours a week.
O.n[smt] By April 2026, Daniel will complete a job application and an interview, with his job coach helping him to prepare.
## Independent living
O.n[smt] Within 12 months, Daniel will buy his lunch at the hospital shop using his bank card and check his receipt, every working day.
O.n[smt] By July 2026, Daniel will plan and make two new bus journeys on his own, using a journey planner app.
## Community participation and relationships
O.n[smt] By July 2026, Daniel will tell his manager or job coach when something at work is worrying him, using his "help" card or words, on each occasion.
O.n[] Daniel will make more friends.
## Health
O.n[smt] Daniel will attend his annual health check and dentist appointments, with his mum, within 12 months.
""")

F = parse("""
Penmarsh College will provide the supported internship until July 2026.
F.b[qw;;;-;college tutor] A supported internship at Penmarsh General Hospital: 4 days a week at the hospital for 36 weeks, and 1 day a week of college-based learning in employability, English and maths.
F.b[qw;1:1;;600;job coach] A job coach trained in systematic instruction, working 1:1 with Daniel for at least 10 hours a week until the end of the internship, with more at the start of each new placement task.
F.b[qw;small group of 8;;180;college tutor] Employability and functional skills teaching for 3 hours a week in a group of 8 interns, by the college tutor.
F.b[qw;1:1;;60;job coach] 1:1 travel and money skills sessions with his job coach for 1 hour a week, including practice at the hospital shop.
F.b[qw;;;-;job coach] A written task list with photographs for each job, updated by the job coach within one working day of any change to a task.
F.b[qw;;;-;supported employment officer] Support from the supported employment officer to apply for jobs, prepare for interviews and plan reasonable adjustments, with a meeting each month from February 2026.
F.b[;;as required;-;] Additional job coaching as required after the internship.
""")

G = parse("""
Annual health check with the GP and a health action plan, reviewed each year. Advice from the community learning disability team on managing anxiety, available to Daniel's family and job coach.
""")

H1 = parse("""
Not applicable: Daniel is over 18.
""")

H2 = parse("""
Daniel's care and support plan under the Care Act 2014 provides the following:
[table 3 header=1 widths=0.45,0.3,0.25]
Support | How much | Provided by
A personal assistant to support Daniel with community activities, money and independent living skills | 8 hours a week | Personal assistant through a direct payment
A place at the Arc social club | Every Friday evening, 3 hours | Penmarsh adult social care
Support to plan a move to supported living | Review meeting every 3 months | Adult social care worker
[/table]
""")

I_ = parse("""
Penmarsh College (general further education college): supported internship at Penmarsh General Hospital, until July 2026.
""")

J = parse("""
Daniel receives a direct payment for his personal assistant (Section H2). No personal budget has been requested for Section F.
""")

K = parse("""
## Advice and information gathered for this plan
* Daniel's views, 4 December 2025
* Parent's views, 11 December 2025
* Penmarsh College report, 1 December 2025
* Job coach report, 3 December 2025
* Care Act assessment, adult social care, 19 September 2025
* Health advice, community learning disability team, 28 November 2025
""")

LAYOUT = [
    ("A", "Section A\tAbout me", A),
    ("B", "Section B\tMy special educational needs", B),
    ("C", "Section C\tMy health needs", C),
    ("D", "Section D\tMy social care needs", D),
    ("E", "Section E\tMy outcomes", E),
    ("F", "Section F\tMy education and training provision", F),
    ("G", "Section G\tHealth provision", G),
    ("H1", "Section H1\tSocial care provision for children", H1),
    ("H2", "Section H2\tAdult social care provision", H2),
    ("I", "Section I\tPlacement", I_),
    ("J", "Section J\tPersonal budget", J),
    ("K", "Section K\tAdvice and information", K),
]

PLAN = Plan(
    file="24_young_adult.docx",
    description=(
        "Heading 1 with a tab between letter and title; a young adult of 22 on a supported "
        "internship; employment and independent living outcomes 'within 12 months'; H2 Care "
        "Act support as a Support | How much | Provided by table."
    ),
    child={"name": "Daniel Osei", "first_name": "Daniel", "age": 22, "year_group": None},
    front=front,
    sections=[Section(k, h, b) for k, h, b in LAYOUT],
    has_working_well=False,
    unexplained_acronyms=[],
    meta={"renderer": "docx_flow", "front_styles": {0: "Title"}},
)
