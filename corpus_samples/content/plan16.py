"""16: capitalised Heading 2 titles "SECTION A: VIEWS, INTERESTS AND ASPIRATIONS"; Section E
as a table Area of need | Outcome | By when | How we will know (the By-when column makes a
row time-bound, "Ongoing" does not); a noun-phrase outcome and a resource written as an
outcome.  Year 7, deafness (hearing aids and a radio aid).  Entirely fictional."""

from ..dsl import parse
from ..model import P, Plan, Section

front = [
    P("Education, Health and Care Plan"),
    P("Eastwold County Council – Children's Services"),
    P("Name: Oscar Lindqvist    Date of birth: 2 November 2014    Year 7"),
    P("School: Kingsmead Academy    Date of plan: 13 February 2026"),
]

A = parse("""
? About me :: child
>c My name is Oscar. I am 11 and I am deaf. I wear two hearing aids, and in lessons the teacher wears a radio aid microphone. I like rugby, Lego Technic and playing the drums, which I can feel through the floor.
? What is important to me :: child
>c I want to be treated the same as everyone else. It is important that teachers remember to turn the microphone on and face the class when they talk. My friends from primary school are important to me, especially Will and Jamal.
? What I find hard :: child
>c The canteen and the sports hall are really hard because of the noise and the echo. I can't follow when lots of people talk at once in group work. When a teacher talks while writing on the board, I miss what they say. I get really tired by the end of the day.
? My hopes and dreams :: child
>c I want to be a sound engineer or a mechanic. I want to take music GCSE and play in a band.
? How to help me :: child
>c Make sure I can see your face when you talk to me, and don't cover your mouth. Say my name before you ask me something. Write homework on the board or on the online planner, because I often miss it at the end of the lesson. If I look confused, ask me to tell you what I have to do, not just "do you understand?"
>c Please don't make a big thing of my hearing aids in front of the class.
? What my parents say :: parent
>p {t}Oscar is a confident, sporty and determined boy who has never let his deafness hold him back. He moved to Kingsmead in September and has coped well, but he comes home shattered and sometimes in tears because he has missed things in lessons.
>p We want to make sure every teacher understands his needs, uses the radio aid properly and checks that he has understood. We would also like him to meet other deaf young people, because he is the only deaf student in his year.
? Who contributed :: professional
>t Oscar's views were recorded by the teacher of the deaf during a visit on 20 January 2026. His parents, Karin and Paul, wrote their views at home.
""")

B = parse("""
## Communication and interaction
Oscar has a severe bilateral sensorineural hearing loss, identified through newborn hearing screening. He wears two behind-the-ear hearing aids and uses a radio aid in lessons. With his aids and in quiet conditions, he can follow most conversation one-to-one and in small groups, and he relies on lip-reading as well as listening.
In noisy rooms, when people talk at the same time or when the speaker is not facing him, Oscar misses a large part of what is said. He often nods to show he has understood when he has not. His vocabulary is below that of his hearing peers, especially for subject-specific words in science, geography and history, and he may mishear new words.
Oscar's spoken language is clear and he is a confident communicator with familiar people. He finds it harder to join in group discussions, to follow quick changes of topic and to understand jokes or idioms that depend on tone of voice.
## Cognition and learning
Oscar's non-verbal reasoning is in the high-average range. His reading accuracy is age-appropriate, but his reading comprehension is about 18 months below, mainly because of gaps in vocabulary and in understanding complex sentences. His written work is well organised but uses a limited range of vocabulary. In mathematics he is working at the expected level, although he can miss verbal instructions and the explanation of new methods when these are given quickly. He learns best when new ideas are introduced with visual support, worked examples and key words displayed.
## Social, emotional and mental health
Oscar is sociable and well liked. He can become frustrated and withdrawn when he misses information, and he sometimes avoids asking for help because he does not want to stand out. He experiences listening fatigue, which affects his concentration and mood in the afternoons. Oscar has told staff that he sometimes feels lonely at lunchtime, when it is too noisy to follow what his friends are saying, and he has started to spend lunchtimes in the library. He has a good relationship with his form tutor and with the teaching assistant who supports him, and he responds well to being trusted with responsibility for his own equipment.
## Sensory and/or physical needs
Oscar's hearing loss is described above. He has no other sensory or physical needs. His vision is normal.
""")

C = parse("""
Oscar's hearing is monitored by the paediatric audiology service at Eastwold Hospital, which reviews his hearing and his hearing aids every six months. He has had recurrent ear infections, which can make wearing his aids uncomfortable. He has no other health needs. His parents take him to the ear, nose and throat clinic when infections recur, and his GP prescribes treatment.
""")

D = parse("""
Oscar does not have social care needs. His parents would like information about local activities for deaf young people.
""")

E = parse("""
The outcomes below are for the end of Year 8 unless another date is given. Kingsmead will set termly steps towards them.
[table 4 header=1 widths=0.2,0.42,0.15,0.23]
Area of need | Outcome | By when | How we will know
Communication and interaction | O[smt] Oscar will tell a teacher when he has not heard or understood, using his agreed signal, in at least 4 lessons a week. | July 2026 | Teacher of the deaf observation each half term
Communication and interaction | O[smt] Oscar will explain the meaning of 20 key words for each science and geography topic, using them correctly in a sentence. | July 2027 | Pre-teaching word lists checked at the end of each topic
Communication and interaction | O[smt] Oscar will check his radio aid and hearing aids at the start of each day and report any fault to the learning support base himself. | December 2026 | Daily equipment log
Cognition and learning | O[smt] Oscar will raise his reading comprehension age to within 6 months of his chronological age. | July 2027 | Standardised reading test each summer
Cognition and learning | O[] Improved vocabulary. | Ongoing | Teacher assessment
Communication and interaction | O[smtg] Oscar will give a 3-minute talk to his class, using his radio aid and slides, and answer two questions from classmates. | End of Key Stage 3 | Teacher observation
Social, emotional and mental health | O[smt] Oscar will attend the regional deaf youth group at least 6 times during the year. | July 2027 | Attendance register
Social, emotional and mental health | O[smt] Oscar will use his rest-break card to take a 5-minute listening break when he is tired, at least once a day, rather than switching off in lessons. | Spring term 2027 | Rest-break card record
Sensory and/or physical needs | O[p] Daily use of a radio aid in all lessons. | Ongoing | Equipment log
[/table]
""")

F = parse("""
## Communication and interaction
F.b[qw;;;-;qualified teacher of the deaf] A qualified teacher of the deaf will visit Kingsmead twice each half term for 2 hours to observe Oscar in lessons, check his equipment, advise staff and work with him directly.
F.b[qw;1:1;;60;teaching assistant] Pre-teaching and post-teaching of subject vocabulary: two 30-minute 1:1 sessions a week with a teaching assistant trained by the teacher of the deaf.
F.b[qw;;;-;teacher of the deaf] Deaf awareness training for all staff who teach Oscar, delivered by the teacher of the deaf in September each year, lasting one hour.
F.b[qw;;;-;teacher] In every lesson: the teacher wears the radio aid, faces the class when speaking, repeats other students' answers, and provides key vocabulary and instructions in writing.
F.b[w;;where possible;-;form tutor] Seating near the front, away from windows and noise, where possible, arranged by his form tutor.
F.b[q;;;-;] Subtitles on all video clips used in lessons.
## Cognition and learning
F.b[qw;small group of 4;;90;teaching assistant] Reading comprehension intervention: three 30-minute sessions a week in a group of 4, delivered by a teaching assistant, using a structured programme with a vocabulary focus.
## Social, emotional and mental health
F.b[qw;;;15;learning mentor] A 15-minute check-in with the learning mentor each Friday to talk about the week and anything he has missed.
F.b[q;;;-;] A rest-break card he can use once in each lesson to take a 5-minute break in the learning support base.
F.b[;;opportunities for;-;] Opportunities for Oscar to meet other deaf young people.
""")

G = parse("""
Audiology reviews every six months at Eastwold Hospital, including replacement ear moulds as needed. The audiology service will provide replacement radio aid parts within 5 school days of a fault being reported.
""")

H = parse("""
No social care provision is required. Information about the regional deaf youth group has been shared with Oscar's parents, who will contact the group leader directly.
""")

I_ = parse("""
Kingsmead Academy, Marsh Road, Eastwold (mainstream academy, 11 to 18).
""")

J = parse("""
No personal budget has been requested.
""")

K = parse("""
* Oscar's views and his parents' views, January 2026
* Advice from Kingsmead Academy, 16 January 2026
* Advice from the teacher of the deaf, Eastwold Sensory Support Service, 20 January 2026
* Educational psychology advice, 27 January 2026
* Health advice from paediatric audiology, 9 January 2026
* Social care advice: not known to the service
""")

LAYOUT = [
    ("A", "SECTION A: VIEWS, INTERESTS AND ASPIRATIONS", A),
    ("B", "SECTION B: SPECIAL EDUCATIONAL NEEDS", B),
    ("C", "SECTION C: HEALTH NEEDS", C),
    ("D", "SECTION D: SOCIAL CARE NEEDS", D),
    ("E", "SECTION E: OUTCOMES", E),
    ("F", "SECTION F: SPECIAL EDUCATIONAL PROVISION", F),
    ("G", "SECTION G: HEALTH PROVISION", G),
    ("H", "SECTION H: SOCIAL CARE PROVISION", H),
    ("I", "SECTION I: PLACEMENT", I_),
    ("J", "SECTION J: PERSONAL BUDGET", J),
    ("K", "SECTION K: ADVICE AND INFORMATION", K),
]

PLAN = Plan(
    file="16_outcome_by_when.docx",
    description=(
        "Capitalised Heading 2 titles; Section E as an Area of need | Outcome | By when | "
        "How we will know table (By when makes a row time-bound; 'Ongoing' does not); a "
        "noun-phrase outcome and a resource written as an outcome."
    ),
    child={"name": "Oscar Lindqvist", "first_name": "Oscar", "age": 11, "year_group": 7},
    front=front,
    sections=[Section(k, h, b) for k, h, b in LAYOUT],
    has_working_well=False,
    unexplained_acronyms=[],
    meta={
        "renderer": "docx_flow",
        "section_style": "Heading 2",
        "sub_styles": {2: "Heading 3", 3: "Heading 4"},
        "front_styles": {0: "Title"},
    },
)
