"""18: a PDF saved from Word (a plan-title header line and "Page N" footer): a young person
of 18 at college, written in the first person, with outcomes under the four Preparing for
Adulthood headings, in the present tense; provision bullets with ranges ("between 2 and 3
hours a week").  Moderate learning difficulties and epilepsy.  Entirely fictional."""

from ..dsl import parse
from ..model import P, Plan, Section

front = [
    P("Education, Health and Care Plan"),
    P("Wyvern Hills Council – 16 to 25 Special Educational Needs Team"),
    P("Young person: Jordan Ashby. Date of birth: 4 September 2007. Age 18."),
    P("College: Greywell College, Supported Learning Department, second year"),
    P("Date of this plan: 12 February 2026. Review due by: February 2027."),
]

A = parse("""
? About me :: child
>c My name is Jordan and I am 18. I live with my mum and my stepdad in Greywell. I am in my second year at Greywell College on the Pathways to Work course. I love football, I support Wyvern Rovers and I go to every home game with my stepdad. I also like cooking, especially curries.
? What is important to me :: child
>c My friends at college are important to me, and my girlfriend Leah. I want people to treat me like an adult. It is important that I get my own money and can choose what I buy.
? What I want for my future :: child
>c I want to get a job in a kitchen, in a café or a hotel. One day I want to live in my own flat with a friend, near my mum. I want to learn to travel to new places on my own.
? What is hard for me :: child
>c Reading and maths are hard for me, especially money and time. I get worried when things change at the last minute. I have seizures sometimes and I hate it when people fuss over me afterwards.
? How to support me :: child
>c Explain things to me in short steps and show me. Give me time to think. Let me try things myself first. Talk to me, not to my mum.
? My family's views :: parent
>p We are really proud of how much Jordan has grown up at college. He is more confident, he travels to college on the bus with a friend, and he has started cooking a family meal on Sundays. We want him to have real work experience in a kitchen and to learn to manage his money, because people could take advantage of him.
>p {t}Jordan's epilepsy is mostly controlled, but he still has a seizure every few weeks, usually when he is tired or stressed. We would like the plan to help him learn to manage his own medication.
? Who completed this section :: professional
>t Jordan wrote this section with his personal tutor on 15 January 2026. His mum and stepdad added their views at the planning meeting.
""")

B = parse("""
## Cognition and learning
Jordan has moderate learning difficulties. His most recent cognitive assessment places his overall abilities in the extremely low range, with verbal skills a relative strength. He reads at about the level of an 8-year-old: he can read familiar signs, simple texts and recipes with pictures, but he finds longer texts and forms very difficult. He is working towards Entry Level 2 in English and Entry Level 1 in maths.
Jordan's understanding of money, time and measures is limited. He can recognise coins and notes but cannot yet work out change or budget for a week. He can read the time on a digital clock. He learns best through practical, real-life tasks that are repeated often, and he needs information broken into small steps.
## Communication and interaction
Jordan communicates well in everyday conversation. He may not understand complex or abstract language, and he can agree to things he has not fully understood. He benefits from instructions being checked back with him.
## Social, emotional and mental health
Jordan is friendly, polite and well liked, and he works hard to please staff. He has a small, stable group of friends from his course. He can be anxious about new situations and about change, and he is vulnerable to being influenced by others because he wants to be liked. He has had some difficulties online, when he shared personal information with people he did not know.
## Sensory and/or physical needs
Jordan has no sensory needs. His epilepsy is described in Section C. After a seizure he is very tired and may need to sleep for one to two hours.
## Independence and preparing for adulthood
Jordan can prepare simple meals by following a picture recipe. He can travel on two familiar bus routes with a friend. He needs support to manage money, to make appointments, to plan a new journey and to keep himself safe online. He has not yet used a cash machine or a contactless card on his own, and he relies on his mum to remind him about his medication and appointments. He has said that he would like to practise these things away from home, with someone who is not his parent.
""")

C = parse("""
Jordan has epilepsy (focal seizures with impaired awareness, which sometimes become tonic-clonic seizures). He takes anti-seizure medication twice a day and has rescue medication for prolonged seizures. He is seen by the neurology team at Wyvern General Hospital every year and by the epilepsy specialist nurse every six months. His seizures are more likely when he is tired, unwell or anxious. An individual healthcare plan is in place at college.
""")

D = parse("""
Jordan needs support to develop his independent living skills, to manage money and to stay safe in the community. An assessment under the Care Act 2014 was completed by adult social care in November 2025, which found that he has eligible needs.
""")

E = parse("""
The outcomes below are for July 2027, the end of Jordan's course, unless another date is given.
## Employment
O.b[smt] Jordan completes a supported work placement in a commercial kitchen for one day a week for at least 10 weeks by July 2027.
O.b[smt] Jordan follows a food hygiene routine and earns his Level 1 food hygiene certificate by December 2026.
## Independent living
O.b[smt] Jordan plans, shops for and cooks a two-course meal for four people within a £15 budget by July 2027, checking his change at the till.
O.b[smt] By July 2027, Jordan takes his morning and evening medication at the right times using his phone reminders, with a weekly check by his mum, for 4 weeks in a row.
## Friends, relationships and community inclusion
O.b[smt] Jordan travels independently by bus to three new places in Greywell, having planned the route with a journey app, by the end of the summer term 2026.
O.b[smt] By July 2027, Jordan explains three rules for keeping safe online and shows his tutor how he uses the privacy settings on his phone.
## Good health
O.b[smt] By July 2027, Jordan tells a member of staff when he feels a seizure warning, on each occasion he has one.
O.b[] Jordan will be healthier.
O.b[mt] By July 2027, Jordan will make good progress in 4 of his 6 personal learning targets.
""")

F = parse("""
Greywell College will provide the following for the 2025 to 2027 academic years.
F.b[qw;small group of 8;;960;lecturer] Study programme: Pathways to Work, 16 hours a week, 36 weeks a year, in a group of 8 students, taught by a lecturer experienced in supported learning.
F.b[q;small group of 8;;150;] English and maths: Entry Level functional skills for 2.5 hours a week, in the same group, with practical money and time tasks.
F.b[qw;;;120;job coach] A job coach for between 2 and 3 hours a week during his work placement, reducing as he becomes independent, to support him on site.
F.b[qw;1:1;;60;learning support assistant] 1:1 support from a learning support assistant for 1 hour a week to practise budgeting and shopping in the community.
F.b[qw;1:1;;15;personal tutor] A 30-minute 1:1 tutorial with his personal tutor every two weeks to review his targets, travel and online safety.
F.b[qw;small group of 6;;60;youth worker] A weekly 1-hour online safety session for 6 weeks in the spring term 2026, in a group of 6, led by the college youth worker.
F.b[;;as required;-;] Additional support as required.
F.b[w;;access to;-;careers adviser] Access to the careers adviser.
""")

G = parse("""
* Neurology review once a year at Wyvern General Hospital.
* Epilepsy specialist nurse review every six months, including training for college staff in giving rescue medication each September.
* Individual healthcare plan at college, reviewed each September by the epilepsy specialist nurse and the college.
""")

H1 = parse("""
Not applicable: Jordan is over 18, so his social care provision is set out in Section H2.
""")

H2 = parse("""
Jordan's care and support plan under the Care Act 2014 provides 6 hours a week of support from a personal assistant, through a direct payment, to develop his independent living skills at home and in the community. The adult social care team will review this plan in November 2026.
""")

I_ = parse("""
Greywell College (general further education college), Supported Learning Department.
""")

J = parse("""
Jordan's personal assistant hours are funded through a direct payment from adult social care (see Section H2). No personal budget has been requested for the provision in Section F.
""")

K = parse("""
* Jordan's views, 15 January 2026, and his family's views
* Educational advice, Greywell College, 20 January 2026
* Educational psychology advice, 8 January 2026
* Health advice from the epilepsy specialist nurse, 13 January 2026
* Care Act assessment, adult social care, 28 November 2025
* Careers guidance report, 10 December 2025
""")

LAYOUT = [
    ("A", "Section A – All about me", A),
    ("B", "Section B – My special educational needs", B),
    ("C", "Section C – My health needs", C),
    ("D", "Section D – My social care needs", D),
    (
        "E",
        "Section E – The outcomes sought for the young person, including outcomes for adult "
        "life, and the arrangements for setting shorter-term targets by the college",
        E,
    ),
    ("F", "Section F – The help I will get at college", F),
    (
        "G",
        "Section G – Any health provision reasonably required by the learning difficulties or "
        "disabilities which result in the young person having SEN, and where an individual "
        "health care plan is made, that plan",
        G,
    ),
    ("H1", "Section H1 – Social care provision (Chronically Sick and Disabled Persons Act)", H1),
    ("H2", "Section H2 – Other social care provision", H2),
    ("I", "Section I – My college", I_),
    ("J", "Section J – Personal budget", J),
    ("K", "Section K – Advice and information", K),
]

PLAN = Plan(
    file="18_word_export_pfa.pdf",
    description=(
        "PDF saved from Word (header line, 'Page N' footer); E and G headed with long Code of "
        "Practice sentences; a young person of 18 at college "
        "in the first person; outcomes in the present tense under the four Preparing for "
        "Adulthood headings; provision with ranges; H2 adult social care."
    ),
    child={"name": "Jordan Ashby", "first_name": "Jordan", "age": 18, "year_group": None},
    front=front,
    sections=[Section(k, h, b) for k, h, b in LAYOUT],
    has_working_well=False,
    unexplained_acronyms=["SEN"],
    meta={"renderer": "pdf_word_export", "page_header": "EHC Plan – Jordan Ashby – Final"},
)
