"""19: a case-management export (PDF): "OFFICIAL-SENSITIVE" and the council name in the page
header, "EHC Plan | Page x of y" and the marking again in the footer, and the current section
heading repeated as "... (continued)" at the top of pages that open mid-section.  Bold
headings "Section B: Special educational needs".  Year 7, visual impairment.  Outcomes as
bullets under area sub-headings; provision in prose.  Entirely fictional."""

from ..dsl import parse
from ..model import P, Plan, Section

front = [
    P("Education, Health and Care Plan"),
    P("Child or young person: Priya Nair"),
    P("Date of birth: 27 June 2013. Year group: Year 7."),
    P("Current setting: Holm Park School"),
    P("Plan status: Final. Issued: 2 February 2026. Case officer: Martin Greaves."),
]

A = parse("""
? What people like and admire about me :: mixed
>p {t}Priya is bright, funny and brave, and she is always the first to try something new. She is a loyal friend and a brilliant storyteller.
>c My friends say I am good at making people laugh and that I never give up.
>t {c}When she started braille lessons, Priya said, "Braille is like a secret code." {c}"Nobody else in my class can read it!"
? What is important to me :: child
>c My family is the most important thing to me. I live with my mum, my dad, my grandma and my brother Arjun. I love music, and I play the keyboard and sing in the school choir. I like listening to audiobooks, especially fantasy stories with dragons. I want to be independent and not always have an adult next to me.
? What I find difficult :: child
>c I find it hard to see the board and to read normal-size print. Finding my way around the new school was scary at first, and I still get lost in the science block. I don't like it when people move my things, because then I can't find them. Crowded corridors are hard, because people bump into me.
? My hopes and aspirations for the future :: child
>c I want to be a music producer or a radio presenter. I want to go to university. I would like to learn to use a long cane properly so I can go to town with my friends.
? How best to support me :: child
>c Please tell me who you are when you talk to me. Give me my own copy of what is on the board in large print or on my tablet. Let me sit where I can see best, near the front and away from the window. Don't grab my arm to guide me; let me take your elbow.
? My parents' views and aspirations :: parent
>p We are very proud of how Priya has coped with the move to secondary school. She is determined and independent and does not like to be treated differently. We were worried about how she would manage in such a big building, but the mobility training she had last summer has helped a lot.
>p Our main concern is that Priya gets all her work in a format she can read, on time, in every lesson, because when she does not she falls behind and gets very tired. We would like her to keep learning braille, because her sight may get worse as she gets older, and we want her to have choices.
>p {t}At home Priya is very independent in familiar places, but she needs help in new places and with some everyday tasks, such as pouring hot drinks and choosing clothes that match.
? Who contributed to this section :: professional
>t This section was completed by Priya and her parents, Anjali and Suresh, with the qualified teacher of children with vision impairment, on 14 January 2026.
""")

B = parse("""
## Sensory and/or physical needs
Priya has oculocutaneous albinism with nystagmus and reduced visual acuity in both eyes. Her distance vision is 6/60 and her near vision allows her to read print of N24 at a close working distance. She is very sensitive to glare and bright light. Her visual field is full, but her vision fluctuates and she tires quickly when reading.
Priya is registered as severely sight impaired. She uses large print (N24, bold, on cream paper), a tablet with zoom and text-to-speech, and a desktop video magnifier in some lessons. She is learning to read and write contracted braille, which she reads at about 30 words a minute.
Priya cannot see detail on the board, in diagrams or in practical demonstrations unless she is close to them or has her own copy. She needs extra time to locate and read information, and she has difficulty with maps, graphs and fine visual work in science, art, technology and mathematics.
Priya has had mobility training with a long cane and is independent on familiar routes around the main school building. She needs further training for new routes, for the science block and for travelling in the community, and she needs support in poor light and in crowded places.
## Communication and interaction
Priya is an articulate and confident speaker. Because she cannot see facial expressions or gestures across a room, she can miss non-verbal cues in group conversations and may not know who is speaking or whether someone is talking to her. She sometimes interrupts without realising that someone else is speaking.
## Cognition and learning
Priya's cognitive ability is in the above-average range, and her listening comprehension is excellent. She is working at the expected level in English and above it in music. In mathematics and science she is working slightly below the expected level, mainly because of difficulty accessing visual information such as graphs, diagrams and measuring equipment.
Her reading speed in large print is slow, about 60 words a minute, and she tires quickly. This affects her ability to complete reading-heavy tasks within lesson time and to keep up with homework.
## Social, emotional and mental health
Priya has a good group of friends and is well liked. She is sensitive about using equipment in front of other students and sometimes chooses not to use her magnifier or cane, which makes tasks harder and can put her at risk. She has said that she sometimes feels left out in PE and at break times, when games depend on seeing a ball.
Priya becomes very tired by the end of the day because of the effort needed to see, and her mood and concentration can dip in the afternoons.
## Independence and self-care
Priya is independent in personal care at school. She needs support to organise her equipment and to find her way in new places. She needs to develop skills in using public transport, handling money and using technology for independent living.
""")

C = parse("""
Priya is under the care of the ophthalmology department at Otterburn Vale Hospital, which reviews her vision once a year. She wears tinted glasses and needs sun protection outdoors because her skin and eyes are sensitive to sunlight: she should wear a hat, sunglasses and sunscreen for outdoor activities. She has no other health needs.
""")

D = parse("""
Priya is known to the Sensory Impairment Social Care Team as a child with a disability. She needs support to develop her independence in the community, and the family has asked for help with Priya's travel skills outside school.
""")

E = parse("""
The outcomes below are for the end of Year 8 (July 2027) unless another date is given.
## Sensory and/or physical needs
O.b[smt] By July 2027, Priya will travel independently with her long cane between all of her lessons, including the science block, arriving on time on 9 out of 10 occasions.
O.b[smt] By July 2027, Priya will read contracted braille at 60 words a minute with 95% accuracy.
O.b[smt] By the end of the autumn term 2026, Priya will set up her tablet and video magnifier herself at the start of each lesson, within 3 minutes.
## Cognition and learning
O.b[smt] By July 2027, Priya will read and interpret tactile and enlarged graphs and diagrams in maths and science, answering 8 out of 10 questions about them correctly.
O.b[sm] Priya will complete 90% of her homework on time using her tablet and accessible online resources.
## Social, emotional and mental health
O.b[smt] By the end of the summer term 2026, Priya will take part in an adapted team game in PE or at break time at least once a week.
O.b[st] Priya will explain her vision and what helps her to a new teacher by July 2027.
## Independence and self-care
O.b[smt] By July 2027, Priya will make a bus journey from home to the town centre using her cane and a travel app, with an instructor following at a distance, on 3 occasions.
O.b[] Priya will become more independent.
""")

F = parse("""
## Sensory and/or physical needs
F[qw;1:1;;90;qualified teacher of children with vision impairment] A qualified teacher of children with vision impairment (QTVI) will teach Priya braille for two 45-minute 1:1 sessions each week during the school year, and will visit once each half term for 2 hours to advise staff, review her equipment and check that resources are accessible.
F[qw;;;60;habilitation specialist] A qualified habilitation specialist will provide mobility and independence training for 1 hour each week during term time, including new routes in school, and in the community from the summer term 2026.
F[qw;;;-;specialist teaching assistant] All written material used in lessons, homework and assessments will be provided in Priya's preferred format (N24 bold on cream paper, electronic copy or braille) at the same time as it is given to other students, prepared by a specialist teaching assistant for vision impairment.
F[qw;;;-;specialist teaching assistant] Diagrams, maps and graphs will be provided in tactile or enlarged form for every lesson that uses them, prepared by the specialist teaching assistant.
F[qw;;;600;specialist teaching assistant] Priya will have the support of a specialist teaching assistant trained in vision impairment for 10 hours a week, in practical lessons (science, technology, art and PE) and in maths.
F[q;;;-;] Priya will be seated near the front of the class, away from windows, with her back to the light, in every lesson.
## Cognition and learning
F[qw;1:1;;60;specialist teaching assistant] Two 30-minute 1:1 sessions a week of touch-typing and tablet skills with the specialist teaching assistant until she types at 30 words a minute.
F[qw;;;-;special educational needs co-ordinator] Access arrangements for all tests and examinations, including modified enlarged papers, 50% extra time, a reader where needed and rest breaks, agreed by the special educational needs co-ordinator (SENCo) by September 2026.
## Social, emotional and mental health
F[qw;small group of 4;;30;learning mentor] A weekly 30-minute peer group session with the learning mentor and three friends of Priya's choice, to build confidence in talking about her vision and using her equipment.
F[qw;;;-;PE teacher] The PE teacher will adapt games using audible and high-contrast balls in every PE lesson, following the advice of the QTVI.
F[w;;regular;-;form tutor] Regular rest breaks arranged with her form tutor.
""")

G = parse("""
Annual review by the paediatric ophthalmology team at Otterburn Vale Hospital, with a written update of Priya's visual functioning sent to the school and the QTVI within 4 weeks of each appointment.
An individual healthcare plan for sun protection on trips and outdoor activities, written by the school nurse by 31 March 2026.
""")

H1 = parse("""
Following a child in need assessment under section 17 of the Children Act 1989, Priya will receive support under section 2 of the Chronically Sick and Disabled Persons Act 1970: 2 hours a week of community support from a rehabilitation worker, in school holidays, to practise travel routes and everyday living skills.
""")

H2 = parse("""
No other social care provision is required.
""")

I_ = parse("""
Holm Park School, Otterburn Vale (mainstream secondary academy with a resourced provision for vision impairment).
""")

J = parse("""
No personal budget has been requested. The family have been told how to request one at the annual review.
""")

K = parse("""
* Views of Priya and her parents, 14 January 2026
* Educational advice from Holm Park School, 9 January 2026
* Advice from the qualified teacher of children with vision impairment, 12 January 2026
* Habilitation assessment, 7 January 2026
* Educational psychology advice, 16 January 2026
* Health advice, paediatric ophthalmology, 5 January 2026
* Social care advice, Sensory Impairment Social Care Team, 13 January 2026
""")

LAYOUT = [
    ("A", "Section A: Views, interests and aspirations", A),
    ("B", "Section B: Special educational needs", B),
    ("C", "Section C: Health needs", C),
    ("D", "Section D: Social care needs", D),
    ("E", "Section E: Outcomes", E),
    ("F", "Section F: Special educational provision", F),
    ("G", "Section G: Health provision", G),
    ("H1", "Section H1: Social care provision under the 1970 Act", H1),
    ("H2", "Section H2: Other social care provision", H2),
    ("I", "Section I: Placement", I_),
    ("J", "Section J: Personal budget", J),
    ("K", "Section K: Advice and information", K),
]

PLAN = Plan(
    file="19_case_export.pdf",
    description=(
        "Case-management PDF export: OFFICIAL-SENSITIVE and council name in the header, "
        "'EHC Plan | Page x of y' and the marking in the footer, '(continued)' headings on "
        "pages that open mid-section; bold section headings; outcomes as bullets under area "
        "sub-headings; provision in prose."
    ),
    child={"name": "Priya Nair", "first_name": "Priya", "age": 12, "year_group": 7},
    front=front,
    sections=[Section(k, h, b) for k, h, b in LAYOUT],
    has_working_well=False,
    unexplained_acronyms=[],
    meta={
        "renderer": "pdf_case_export",
        "council": "Otterburn Vale Council",
        "continued": True,
        "body_size": 11.5,
    },
)
