"""23: headings as bold 14 pt Normal text (no Word heading styles), "Section A - My views,
interests and aspirations" with a hyphen; sub-headings bold Normal.  Year 11 (age 16) in
alternative provision, social, emotional and mental health needs; Preparing for Adulthood
outcomes with "Yr 11", "Y12" and "by the end of the autumn term" timeframes.
Entirely fictional."""

from ..dsl import parse
from ..model import P, Plan, Section, T, cell

front = [
    P("EDUCATION, HEALTH AND CARE PLAN", style="bold"),
    P("Stanwick Moor Council"),
    P("Young person: Mason Hughes    Date of birth: 30 January 2010    Year 11"),
    P("Education setting: Riverside Learning Centre (pupil referral unit)"),
    P("Date of this plan: 26 February 2026"),
    P("Abbreviations used in this plan", style="bold"),
    T(
        [
            [cell("CAMHS"), cell("Child and adolescent mental health service")],
            [cell("PRU"), cell("Pupil referral unit")],
            [cell("GCSE"), cell("General Certificate of Secondary Education")],
        ],
        2,
        widths=(0.25, 0.75),
    ),
]

A = parse("""
? About me :: child
>c I'm Mason. I'm 16 and I live with my mum and my two little brothers. I'm into boxing, I train three nights a week at the club in town. I like fixing things, I rebuilt a bike from scrap last summer. I don't like school much but Riverside is better than my old school.
? What matters to me :: child
>c My family and my boxing. Being respected. I want people to stop judging me on what happened in Year 9.
? What I want to do next :: child
>c I want to go to college and do a construction course, bricklaying or carpentry. Then I want to get an apprenticeship and earn proper money. Maybe have my own business one day.
? What helps me and what doesn't :: child
>c Small groups help. Staff who talk to me like a normal person help. Shouting doesn't work, I just walk off. I need to know what's happening and why.
? What I'm good at :: child
>c I'm good with my hands and I can work out how things go together without instructions. I'm loyal to my mates and I look after my brothers. My coach says I've got a good work ethic.
? My mum's views :: parent
>p Mason has had a really hard few years, and I'm proud of how he has turned things around since going to Riverside. He was permanently excluded from Stanwick High in Year 9 after a lot of incidents, and for a long time he wouldn't leave his room.
>p I want Mason to get to college and to have the support to stay there, because I'm scared that without it he will drop out. {t}He is a good lad with a big heart who needs people to believe in him.
? How this was put together :: professional
>t Mason and his mum, Dawn, met with the plan co-ordinator and Mason's key worker at Riverside on 3 February 2026 to write this section.
""")

B = parse("""
** Social, emotional and mental health
Mason has experienced significant anxiety and low mood since Year 8, following a number of difficult experiences in his family. He was assessed by CAMHS in 2024. He finds it hard to trust adults, and he can react strongly when he feels he is being disrespected, blamed or cornered. In the past this has led to verbal aggression and leaving the classroom or the building.
Since joining Riverside in September 2024 Mason's attendance has risen from 48% to 86%, and serious incidents have fallen from weekly to fewer than one a term. He has built positive relationships with two members of staff. He still finds changes of staff, large groups and unstructured times hard, and he can withdraw or become angry when he feels anxious.
Mason's sleep is poor, and he can be tired and irritable in the mornings. He uses boxing to manage his stress and is proud of his fitness. His boxing coach is a positive role model, and Mason has said that the club is "the one place nobody judges me". Mason is worried about starting college, where he will not know the staff, and he has said he would like to visit several times before he starts.
** Cognition and learning
Mason has significant gaps in his learning because of missed education in Years 8 and 9. His reading age is about 12 years, and his writing is brief and avoids spelling words he is unsure of. He is predicted grade 3 in English and grade 4 in maths, and he is studying a construction skills qualification at Riverside, where he is doing well. He is a practical learner who learns best by doing. He concentrates well on hands-on tasks for an hour or more, but his concentration on written tasks is short, and he gives up quickly if he thinks he will fail. He benefits from short tasks with clear goals, worked examples and immediate feedback, and from seeing how his learning links to his plans for construction.
** Communication and interaction
Mason's speech and language skills are within the typical range. He may not say when he does not understand, and he can give short, closed answers when anxious.
** Sensory and/or physical needs
No needs identified in this area.
""")

C = parse("""
Mason has anxiety and low mood. He is on the waiting list for a further assessment by CAMHS and has been offered support from the school nurse in the meantime. He has no physical health needs. He is fit and well, and his GP has given his mum advice on helping him to improve his sleep routine, including keeping his phone out of his bedroom at night.
""")

D = parse("""
The family have had support from the early help team since 2024, and this is due to end in April 2026. Mason has no other social care needs related to his special educational needs.
""")

E = parse("""
The outcomes below run to the end of Mason's first year at college, unless another date is given.
** Employment and further education
O.b[smt] By the end of Yr 11 (July 2026), Mason will achieve a grade 4 in GCSE maths and his Level 1 construction skills qualification.
O.b[smt] By the end of Y12 (July 2027), Mason will complete the first year of a Level 1 bricklaying course at college with 90% attendance.
O.b[smt] By the end of the autumn term 2026, Mason will attend a construction taster week and a one-week work placement with a local builder.
** Independent living
O.b[smt] By July 2027, Mason will travel to college by bus on his own every day, using a bus pass he has applied for himself.
O.b[smt] By July 2027, Mason will manage a weekly budget for lunch and travel, without running out of money before the end of the week, for 8 weeks in a row.
** Community inclusion and relationships
O.b[smt] By July 2026, Mason will use his agreed time-out card and return to the lesson within 10 minutes, instead of leaving the building, on 9 out of 10 occasions when he feels angry.
O.b[] Mason will have better relationships with staff.
** Health
O.b[smt] By the end of the autumn term 2026, Mason will name three strategies he uses to manage stress and describe when he uses each one, at a review meeting.
""")

F = parse("""
** Education provision at Riverside Learning Centre (until July 2026)
F.b[qw;group of no more than 6;;1500;qualified teachers] Full-time education (25 hours a week) in groups of no more than 6 students, taught by qualified teachers, including GCSE English and maths and a construction skills course.
F.b[qw;1:1;;90;key worker] A named key worker who will meet Mason at the start of each day for 10 minutes and hold a 40-minute 1:1 mentoring session once a week.
F.b[qw;small group of 3;;60;teaching assistant] Literacy intervention: two 30-minute sessions a week in a group of 3, with a teaching assistant, focusing on spelling and extended writing.
F.b[qw;;;-;exams officer] Access arrangements for GCSE exams: a separate room and 25% extra time, agreed by the exams officer by March 2026.
** Transition to college (from May 2026)
F.b[qw;;;-;key worker] Four transition visits to Stanwick College in the summer term 2026, accompanied by his key worker.
F.b[qw;;;-;college additional learning support team] A transition meeting with the college's additional learning support team before the end of June 2026, and a support plan in place by his first day.
** Education provision at Stanwick College (from September 2026)
F.b[qw;;;180;learning mentor] A college learning mentor for between 3 and 4 hours a week in the first term, reducing to 1 hour a week by the spring term if Mason agrees.
F.b[qw;1:1;;30;learning mentor] A 30-minute 1:1 check-in with his learning mentor each week throughout the year.
F.b[;;access to;-;] Access to a quiet space at college.
F.b[w;;regular;-;personal tutor] Regular reviews with his personal tutor.
""")

G = parse("""
Mason will be offered six sessions of support for anxiety and low mood from the school nurse, fortnightly, in the spring term 2026. He will have an assessment by CAMHS, expected by June 2026.
""")

H1 = parse("""
No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is required.
""")

H2 = parse("""
The early help team will continue to support the family until April 2026, with a closing meeting to which Mason's key worker will be invited.
""")

I_ = parse("""
Until July 2026: Riverside Learning Centre (PRU). From September 2026: Stanwick College (general further education college).
""")

J = parse("""
No personal budget has been requested.
""")

K = parse("""
* Mason's views and his mum's views, 3 February 2026
* Educational advice, Riverside Learning Centre, 29 January 2026
* Educational psychology advice, 22 January 2026
* Health advice, school nurse, 20 January 2026
* Social care advice, early help team, 27 January 2026
* Careers guidance, 14 January 2026
""")

LAYOUT = [
    ("A", "Section A - My views, interests and aspirations", A),
    ("B", "Section B - My special educational needs", B),
    ("C", "Section C - My health needs", C),
    ("D", "Section D - My social care needs", D),
    ("E", "Section E - My outcomes", E),
    ("F", "Section F - Special educational provision", F),
    ("G", "Section G - Health provision", G),
    ("H1", "Section H1 - Social care provision (CSDPA 1970)", H1),
    ("H2", "Section H2 - Other social care provision", H2),
    ("I", "Section I - Placement", I_),
    ("J", "Section J - Personal budget", J),
    ("K", "Section K - Advice and information", K),
]

PLAN = Plan(
    file="23_bold_headings_pfa.docx",
    description=(
        "Headings in bold 14 pt Normal text, no heading styles, hyphen after the letter; a "
        "glossary table of abbreviations in the front matter (CAMHS, PRU used undefined); bold "
        "sub-headings; Year 11 in a pupil referral unit moving to college; Preparing for "
        "Adulthood outcomes with 'Yr 11', 'Y12' and 'by the end of the autumn term'."
    ),
    child={"name": "Mason Hughes", "first_name": "Mason", "age": 16, "year_group": 11},
    front=front,
    sections=[Section(k, h, b) for k, h, b in LAYOUT],
    has_working_well=False,
    unexplained_acronyms=["CSDPA"],
    meta={"renderer": "docx_flow", "section_style": "bold14", "sub_styles": {2: "bold", 3: "bold"}},
)
