"""07: a deliberately poor plan.  Template leftovers, an empty section, a
"To be completed" section, Section J missing, Section A mostly third person,
another child's name pasted in, vague outcomes and provision, unexplained
acronyms.  Year 3.  Entirely fictional."""

from ..model import F, H, P, Plan, Section, child, lp, outcome, q, target, third

NAME = "Jayden"

front = [
    P("EDUCATION HEALTH AND CARE PLAN"),
    P("Ridgemoor City Council"),
    P("Name: Jayden Price"),
    P("DOB: 3 April 2018"),
    P("School: Kestrel Way Junior School"),
    P("Year: 3"),
    P("Date of plan: <insert date>"),
    P("Review date: TBC"),
]

section_a = Section(
    "A",
    "Section A - Views, interests and aspirations",
    [
        q(
            "About Jayden",
            "professional",
            lp(
                "third",
                "Jayden is a 7 year old boy who lives with his mum and his older sister.",
                "Jayden likes football, Lego and playing on his mum's phone.",
                "Jayden likes going to his dad's at weekends.",
                "Kacey enjoys the sensory room.",
            ),
            lp(
                "third",
                "Jayden has a dog called Tyson.",
                "Jayden likes watching YouTube videos about football and likes Manchester United.",
                "Jayden does not like writing or reading.",
                "Jayden likes school dinners, especially pizza.",
            ),
        ),
        q(
            "What is important to Jayden",
            "mixed",
            lp(
                "third",
                "Jayden likes to have his own space.",
                "It is important to Jayden that he gets his golden time on Fridays.",
                "Jayden likes it when adults give him a job to do.",
                child('Jayden said "I like football."'),
            ),
        ),
        q(
            "What is working well",
            "professional",
            lp(
                "third",
                "Jayden is doing well with his SALT targets.",
                "Jayden responds well to the ELSA.",
            ),
        ),
        q(
            "What is not working well",
            "professional",
            lp(
                "third",
                "Jayden finds it hard to manage his behaviour in class.",
                "He can be disruptive and refuses to do his work.",
                "He struggles at playtimes and lunchtimes.",
                "He has poor listening skills.",
                "Jayden does not like it when he has to stop playing on the computer.",
                "Jayden gets upset when he loses at football at lunchtime and this often "
                "leads to arguments.",
                "He does not always tell adults when something has gone wrong.",
            ),
        ),
        q(
            "Jayden's views",
            "professional",
            lp(
                "third",
                "Jayden was spoken to about school by his TA.",
                "Jayden said that he likes football, golden time and his friends Tyler and Mason.",
                "Jayden said that he does not like maths or writing because it is hard.",
                "Jayden said that he does not like it when people shout at him.",
                "Jayden said that he wants to be good.",
                "Jayden did not want to say anything else.",
            ),
        ),
        q(
            "Parent's views",
            "parent",
            lp(
                "parent",
                "I want Jayden to get the help he needs.",
                "He is a good boy at home but school are always ringing me.",
                "I think he needs more support in class.",
                third("He has had a lot of changes this year and he misses his dad."),
                "I would like to know what is happening at school, not just when he has "
                "been in trouble.",
            ),
        ),
        q(
            "Who completed this section?",
            "professional",
            lp("third", "This section was completed by the SENCo."),
        ),
    ],
)

section_b = Section(
    "B",
    "Section B - Special educational needs",
    [
        P(
            "Background: Jayden has attended Kestrel Way Junior School since September "
            "2025. Before this he attended the infant school next door. There were "
            "concerns about his speech, attention and behaviour from Reception. He has "
            "had support from the SENCo and a TA in class. An EP assessment was carried "
            "out in Year 2. The school applied for an assessment in July 2025."
        ),
        H("Communication and interaction"),
        P(
            "[CHILD'S NAME] has difficulties with speech and language. He has been seen "
            "by SALT who said that his understanding of language is delayed. He finds it "
            "hard to follow instructions and to explain himself. He can get frustrated "
            "when he is not understood."
        ),
        P(
            "Information from the SALT report: Jayden was assessed using standardised "
            "assessments. His receptive language scores were in the low range and his "
            "expressive language scores were in the below average range. He has "
            "difficulty with following instructions containing three or more "
            "information-carrying words and with understanding concepts such as before "
            "and after. His vocabulary is limited. He would benefit from a language rich "
            "environment and from visual supports. Targets have been given to school."
        ),
        H("Cognition and learning"),
        P(
            "Jayden is working below age related expectations in reading, writing and "
            "maths. He finds it hard to concentrate and needs adult support to complete "
            "tasks. He has difficulty remembering what he has been taught. He is on the "
            "SEN register and has an IEP."
        ),
        P(
            "Information from the EP report: Jayden's scores on the cognitive assessment "
            "were in the low average range. His working memory and processing speed were "
            "relative weaknesses. He was observed in class and was off task for much of "
            "the lesson. He needed repeated prompts from the TA. He responded well to "
            "praise and to 1:1 attention. The EP recommended a range of strategies which "
            "are listed in the report."
        ),
        P(
            "Jayden is reading at a level well below his age. He knows some of his phase "
            "3 sounds but is not able to blend them consistently. His writing is limited "
            "to a few words and he does not use full stops. In maths he can count to 20 "
            "and add single digit numbers with objects. He is unable to tell the time."
        ),
        P(
            "Information from school: Jayden is a lively member of the class who enjoys "
            "PE and practical activities. He finds it very difficult to sit and listen "
            "during carpet sessions and will often roll around, talk to other children or "
            "make noises. He needs an adult sitting next to him in most lessons in order "
            "to complete any written work. When he is given work he finds difficult he "
            "will often put his head on the table or say that it is boring. He is "
            "currently working on the Year 1 curriculum in English and maths. He "
            "has a small number of friends but these relationships often break down. He "
            "enjoys being given responsibilities such as taking messages to the office. "
            "The school has put in place a range of strategies including a reward chart, "
            "a visual timetable, movement breaks and a quiet area but these have had "
            "limited impact. The school feels that Jayden needs a high level of adult "
            "support throughout the day in order to make progress and to keep himself "
            "and others safe."
        ),
        H("Social, emotional and mental health"),
        P(
            "Jayden has difficulty regulating his emotions. He can become angry and has "
            "hit other children on XXX occasions. He has been referred to CAMHS. He finds "
            "it hard to make and keep friends. He has low self-esteem and poor "
            "concentration. He is unable to sit still on the carpet and fails to follow "
            "class rules."
        ),
        P(
            "There have been a number of incidents this year where Jayden has left the "
            "classroom without permission, thrown equipment and refused to follow "
            "instructions from adults. He has had two fixed term exclusions. Incidents "
            "mostly happen at lunchtimes and in the afternoons. Jayden finds it hard to "
            "accept responsibility for his actions and often blames others. He can be "
            "very loving towards adults he trusts. He has had sessions with the ELSA "
            "which he enjoyed."
        ),
        H("Sensory and/or physical"),
        P("No needs identified in this area."),
    ],
)

section_c = Section(
    "C",
    "Section C - Health needs",
    [
        P(
            "Jayden is awaiting an assessment for ADHD. He has no other health needs. "
            "Referral to CAMHS made, awaiting outcome."
        ),
        P(
            "Jayden's mum has been told that the ADHD assessment waiting list is long. "
            "The school has completed the questionnaire for the assessment. There are no "
            "medical needs that affect Jayden in school at present."
        ),
        P(
            "Jayden has had his hearing and vision checked and these were fine. He is up "
            "to date with his immunisations. Mum reports that he does not sleep well and "
            "often goes to bed late. He is a fussy eater. TBC whether paediatric advice "
            "has been received."
        ),
    ],
)

section_d = Section(
    "D",
    "Section D - Social care needs",
    [
        P("Not known to social care."),
        P(
            "Jayden lives with his mum and his sister who is 12. His parents separated "
            "last year and he sees his dad every other weekend. Mum works full time and "
            "Jayden goes to his nan's after school. Early Help involvement was offered but "
            "mum declined."
        ),
    ],
)

section_e = Section(
    "E",
    "Section E - Outcomes",
    [
        outcome("Jayden will improve his communication skills.", "", style="bullet"),
        outcome("Jayden will be more confident.", "", style="bullet"),
        outcome("Jayden will develop his reading and writing.", "", style="bullet"),
        outcome(
            "By the end of Key Stage 2, Jayden will be able to read.",
            "tg",
            style="bullet",
        ),
        outcome("Jayden will make friends.", "", style="bullet"),
        outcome(
            "Jayden will understand the importance of following instructions.",
            "",
            style="bullet",
        ),
        outcome(
            "Jayden will be supported to manage his emotions.",
            "",
            style="bullet",
        ),
        outcome(
            "Jayden will continue to work on his behaviour targets.",
            "",
            style="bullet",
        ),
        outcome("Jayden will receive 5 hours of TA support.", "p", style="bullet"),
        target(
            "Jayden will sit on the carpet for 10 minutes.",
            "sm",
            style="bullet",
        ),
    ],
)

section_f = Section(
    "F",
    "Section F - Special educational provision",
    [
        F(
            "Access to small group work as required.",
            "",
            "small group",
            ("access to", "small group", "as required"),
            style="bullet",
        ),
        F("Regular support from a key adult.", "", None, ("regular", "key adult"), style="bullet"),
        F(
            "Opportunities for social skills sessions where appropriate.",
            "",
            None,
            ("opportunities for", "where appropriate"),
            style="bullet",
        ),
        F("SALT input as advised.", "w", None, ("as advised",), style="bullet"),
        F("ELSA sessions.", "w", style="bullet"),
        F("XXX hours of TA support per week.", "w", style="bullet"),
        F(
            "Jayden should have a visual timetable.",
            "",
            None,
            ("should",),
            style="bullet",
        ),
        F(
            "Sensory breaks e.g. trampoline, etc.",
            "",
            None,
            ("e.g.", "etc."),
            style="bullet",
        ),
        F("Up to 10 hours of 1:1 support.", "", "1:1", ("up to",), style="bullet"),
        F(
            "Support from outside agencies may be needed.",
            "",
            None,
            ("may",),
            style="bullet",
        ),
        F(
            "Jayden would benefit from a reward system.",
            "",
            None,
            ("would benefit from",),
            style="bullet",
        ),
        F(
            "Differentiated work in all lessons.",
            "q",
            style="bullet",
        ),
    ],
)

section_g = Section("G", "Section G - Health provision", [])

section_h = Section(
    "H",
    "Section H - Social care provision",
    [P("None identified.")],
)

section_i = Section(
    "I",
    "Section I - Placement",
    [P("To be completed")],
)

section_k = Section(
    "K",
    "Section K - Advice and information",
    [
        P("Parent views", style="bullet"),
        P("School advice", style="bullet"),
        P("EP report dated TBC", style="bullet"),
        P("SALT report", style="bullet"),
        P("Medical advice - not received", style="bullet"),
        P("Social care - not known", style="bullet"),
    ],
)

PLAN = Plan(
    file="07_poor_plan.docx",
    description=(
        "Poor-quality Word plan (Heading 1 'Section A - ...'): template leftovers, "
        "empty Section G, Section I 'To be completed', no Section J, third-person "
        "Section A with no aspirations, another child's name, vague outcomes and "
        "provision, unexplained acronyms."
    ),
    child={"name": "Jayden Price", "first_name": NAME, "age": 7, "year_group": 3},
    front=front,
    sections=[
        section_a,
        section_b,
        section_c,
        section_d,
        section_e,
        section_f,
        section_g,
        section_h,
        section_i,
        section_k,
    ],
    has_aspirations=False,
    has_working_well=True,
    placeholders=["<insert date>", "TBC", "[CHILD'S NAME]", "XXX", "To be completed"],
    other_child_names=["Kacey"],
    unexplained_acronyms=["SALT", "ELSA", "SENCo", "SEN", "IEP", "CAMHS", "ADHD", "TA", "EP"],
    meta={
        "renderer": "docx_flow",
        "section_style": "Heading 1",
        "sub_styles": {2: "Heading 2", 3: "Heading 3"},
        "front_styles": {0: "Title"},
    },
)
