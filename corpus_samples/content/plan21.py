"""21: tables broken across pages (PDF): Section E as Outcome | Steps towards it | By when,
and a long Section F table Area | Provision | How often and for how long | Who, whose rows
run over a page break with no repeated header (rows may also split mid-cell); footer
"<council> | Final plan | <name>  Page x of y".  "Section A. About me" headings.  Year 9,
developmental co-ordination disorder and ADHD; "Yr 10" timeframes.  Entirely fictional."""

from ..dsl import parse
from ..model import P, Plan, Section

front = [
    P("Education, Health and Care Plan"),
    P("Brackenmoor Council"),
    P("Name: Callum Reid. Date of birth: 17 April 2011. School year: Year 9."),
    P("School: Fellside Academy. Plan issued: 19 January 2026."),
]

A = parse("""
? About me :: child
>c I'm Callum, I'm 14 and I live with my dad and my older sister Kayleigh. I'm into mountain biking, gaming and anything to do with cars. I help my uncle at his garage on Saturdays, and I can already change a tyre and check the oil.
? What's going well :: child
>c I'm doing well in science and PE. I like my form tutor, Mr Hale, because he gets me. I've got a good group of mates.
? What's hard :: child
>c Writing is the worst, my hand aches and nobody can read it. I can't sit still for a whole lesson, and I get in trouble for fidgeting and talking. I forget my stuff all the time and then I get detentions.
? My future :: child
>c I want to be a mechanic or maybe an engineer for a racing team. I'd like to do an apprenticeship after Year 11.
? How to help me :: child
>c Let me use my laptop for everything. Don't make me copy off the board. Give me a job to do if I'm getting fidgety, like handing stuff out. Tell me quietly if I'm doing something wrong, not in front of everyone. Remind me about homework before the bell goes.
? My dad's views :: parent
>p Callum is a practical, funny and generous lad who would do anything for anyone. He has struggled at school since primary, and things got worse when he started secondary, because there is so much writing and so much to organise.
>p {t}Callum's confidence has taken a knock this year because of the number of detentions he has had. I want the school to understand his ADHD and his dyspraxia and to help him get organised, instead of punishing him for things he can't help.
? Who completed this :: professional
>t Callum and his dad completed this section with the special educational needs co-ordinator (SENCo) at a meeting on 2 December 2025.
""")

B = parse("""
## Sensory and/or physical needs
Callum has developmental co-ordination disorder (DCD), also known as dyspraxia, diagnosed by the children's occupational therapy service in 2020. His fine motor control is significantly below that expected for his age. His handwriting is slow (about 9 words a minute), large and often illegible, and he experiences pain in his hand after 10 minutes of writing. He finds it difficult to use a ruler, compass and protractor, and practical tasks in science and technology take him longer than his peers.
Callum's gross motor skills are less affected. He enjoys sport, although he can appear clumsy and bumps into things when he is tired or rushing.
## Cognition and learning
Callum has attention deficit hyperactivity disorder (ADHD), diagnosed in 2022. He has difficulty sustaining attention in lessons, especially during long explanations and written tasks, and he is easily distracted by noise and movement around him. He finds it hard to plan and organise his work, to remember equipment and homework, and to manage his time.
Callum's cognitive ability is in the average range, with strengths in practical reasoning and problem solving. His reading is age-appropriate. His written work does not reflect his knowledge because of his handwriting, his organisation and his attention.
## Social, emotional and mental health
Callum is sociable and popular, but he can be impulsive, calling out in lessons and acting without thinking. He had 23 detentions in the autumn term 2025, most of them for missing equipment, late homework and talking in class. His self-esteem has fallen, and he has said that "teachers think I'm just bad".
Callum responds well to adults who are calm, consistent and have a sense of humour, and to being given responsibility. He is much more settled in practical lessons and in PE, where he can move around and where his skills are valued. In the afternoons, when his medication has worn off, he finds it much harder to concentrate and to manage his behaviour.
Callum's friendships are mostly positive, but he can be drawn into silly behaviour by others, and he has sometimes been blamed for incidents because he is the one who gets caught.
## Communication and interaction
No needs identified in this area.
""")

C = parse("""
Callum takes medication for ADHD each morning, prescribed by the community paediatrician, who reviews him every six months. The medication wears off by mid-afternoon, and it can reduce his appetite at lunchtime, so the paediatrician has asked that he is encouraged to eat a snack at break. Callum's sleep is sometimes poor, and he has been given advice about a regular bedtime routine and about limiting gaming late at night. He has no other health needs.
""")

D = parse("""
Callum has no social care needs related to his special educational needs. His dad works shifts, and Callum's older sister helps to get him to school on the mornings when their dad is at work.
""")

E = parse("""
[table 3 header=1 widths=0.45,0.37,0.18]
Outcome | Steps towards it | By when
O[smt] Callum will produce a typed piece of extended writing of at least 400 words in a 50-minute lesson. | T[smt] Touch-type at 25 words a minute by Easter 2026; 35 by December 2026 | End of Yr 10 (July 2027)
O[smt] Callum will bring the right equipment and his planner to 9 out of 10 lessons, using his checklist. | T[smt] Pack his bag with his dad each evening using the checklist | July 2026
O[smt] Callum will hand in 90% of his homework on time, recorded on the online planner. | T[smt] Set a phone reminder for each homework on the day it is set | End of the spring term 2026
O[smt] Callum will use an agreed movement break instead of calling out, in 4 out of 5 lessons. | T[st] Learn his two movement break options with his key adult | Summer term 2026
O[smt] Callum will use a ruler, compass and protractor accurately enough to complete his maths and science practical tasks with no more than one adult prompt. | T[tp] Weekly practice in his occupational therapy programme | July 2027
O[] Callum will get fewer detentions. | | Ongoing
O[smt] Callum will complete a week's work experience at a garage or engineering firm and get a written reference. | T[st] Plan the placement with the careers adviser | July 2027
[/table]
""")

F = parse("""
Fellside Academy will arrange the following provision, overseen by the SENCo.
[table 4 header=1 widths=0.18,0.42,0.22,0.18 repeat=0 split=1]
Area | Provision | How often and for how long | Who
Physical | F[qw;1:1;;60;teaching assistant] Touch-typing programme and laptop skills, until Callum types at 35 words a minute | Two 30-minute 1:1 sessions a week | Teaching assistant
Physical | F[qw;;;-;SENCo] A school laptop for all written work, with spell-check and speech-to-text, set up by the IT technician and checked each half term | Every lesson; checked each half term | SENCo
Physical | F[qw;;;75;teaching assistant] Fine motor and equipment-use programme written by the occupational therapist, including ruler, compass and protractor practice | 15 minutes a day | Teaching assistant trained by the occupational therapist
Physical | F[qw;;;-;occupational therapist] Review of the programme and advice to staff | Once a term, 1 hour | Occupational therapist
Physical | F[qw;;;-;exams officer] Access arrangements for tests and examinations: use of a word processor, 25% extra time and supervised rest breaks, assessed by the exams officer | For all tests and examinations | Exams officer
Cognition and learning | F[qw;;;50;teaching assistant] A daily 10-minute organisation check at the start of the day with his key adult, a teaching assistant, to go through his planner, equipment and homework | Daily, 10 minutes | Key adult (teaching assistant)
Cognition and learning | F[qw;;;-;subject teachers] Instructions broken into short steps, given in writing as well as spoken, with a copy of the lesson slides on his laptop | Every lesson | Subject teachers
Cognition and learning | F[qw;;;-;subject teachers] Homework set on the online planner, never only spoken at the end of the lesson | Every homework | Subject teachers
Social, emotional and mental health | F[qw;;;30;learning mentor] ADHD coaching sessions on planning, self-monitoring and managing impulsivity, following a structured programme | One 30-minute session a week | Learning mentor
Social, emotional and mental health | F[qw;;;-;class teachers] Two agreed movement breaks per lesson (taking a message, fetching equipment), and a fidget tool | Every lesson | Class teachers
Social, emotional and mental health | F[w;;should,where possible;-;head of year] Detentions for missing equipment should be avoided where possible | | Head of year
Preparing for adulthood | F[qw;;;-;careers adviser] Careers guidance interviews to plan an engineering or motor vehicle pathway and a work experience placement | Two 45-minute interviews a year | Careers adviser
Preparing for adulthood | F[w;;opportunities for;-;SENCo] Opportunities for work-related learning | | SENCo
[/table]
""")

G = parse("""
* Review by the community paediatrician every six months, including his medication.
* A block of 6 occupational therapy sessions at the child development centre in the spring term 2026, then a termly review in school (see Section F).
""")

H = parse("""
No social care provision is required.
""")

I_ = parse("""
Fellside Academy, Brackenmoor (mainstream secondary academy, 11 to 16).
""")

J = parse("""
No personal budget has been requested.
""")

K = parse("""
* Callum's and his dad's views, 2 December 2025
* Educational advice from Fellside Academy, 28 November 2025
* Occupational therapy advice, 24 November 2025
* Educational psychology advice, 1 December 2025
* Medical advice from the community paediatrician, 20 November 2025
* Social care advice, 25 November 2025 (not known)
""")

LAYOUT = [
    ("A", "Section A. About me", A),
    ("B", "Section B. Special educational needs", B),
    ("C", "Section C. Health needs", C),
    ("D", "Section D. Social care needs", D),
    ("E", "Section E. Outcomes", E),
    ("F", "Section F. Special educational provision", F),
    ("G", "Section G. Health provision", G),
    ("H", "Section H. Social care provision", H),
    ("I", "Section I. Placement", I_),
    ("J", "Section J. Personal budget", J),
    ("K", "Section K. Advice and information", K),
]

PLAN = Plan(
    file="21_table_across_pages.pdf",
    description=(
        "PDF with tables broken across pages: E as Outcome | Steps towards it | By when; a "
        "long F table Area | Provision | How often | Who running over a page break without a "
        "repeated header; 'Section A. About me' headings; 'Yr 10'."
    ),
    child={"name": "Callum Reid", "first_name": "Callum", "age": 14, "year_group": 9},
    front=front,
    sections=[Section(k, h, b) for k, h, b in LAYOUT],
    unexplained_acronyms=["ADHD"],
    meta={"renderer": "pdf_young_person", "council": "Brackenmoor Council"},
)
