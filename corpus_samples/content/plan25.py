"""25: Section A where the parents' sub-headings follow the child's own, mirroring them
("What is important to me" ... then "What is important to Alfie (parents' views)" ...), so
the parents' sentences must not count in the child's share.  Heading 1 "Section A –
Views, interests and aspirations".  Outcomes each followed by "Step:" short-term targets;
a lead-in line before the provision.  Year 4, autism and anxiety.  Entirely fictional."""

from ..dsl import parse
from ..model import P, Plan, Section

front = [
    P("Education, Health and Care Plan"),
    P("Saltmarsh and Dene Council"),
    P("Name: Alfie Whitmore. Date of birth: 28 February 2017. Year 4."),
    P("School: Dene Valley Primary School"),
    P("Final plan issued: 20 January 2026. Annual review by: January 2027."),
]

A = parse("""
? What is important to me :: child
>c My dinosaur collection is important to me, I have 64 dinosaurs and I know all their names. My mum and dad and my dog Rex are important. I like things to happen in the same order every day.
? What I am good at :: child
>c I am good at remembering facts, especially about dinosaurs and space. I am good at Minecraft and at building with Lego. I can read really hard books.
? What I find hard :: child
>c I find it hard when it is noisy and everyone is talking. I don't like it when the plan changes or when we have a supply teacher. I find it hard to play with other children because they don't play the right way. Writing makes my hand hurt.
? My hopes for the future :: child
>c I want to be a palaeontologist and find a new dinosaur. I want to go to a museum in America.
? What is important to Alfie (parents' views) :: parent
>p {t}Alfie needs to know what is happening and when, and he becomes very anxious if things change without warning. His special interests, dinosaurs and space, are a huge source of comfort and joy to him. We have learnt that giving him time with his collection after school helps him to recover from the day.
? What Alfie is good at (parents' views) :: parent
>p {t}Alfie has an incredible memory and a wide vocabulary. He is honest, kind to animals and very funny once you get to know him. He taught himself to read before he started school.
? What Alfie finds hard (parents' views) :: parent
>p {t}Alfie holds things together at school and then melts down at home, sometimes for an hour or more. He finds friendships confusing and often plays alone. Mornings are very difficult, and some days it takes us over an hour to get him into school.
>p We feel that the school sees a calmer child than the one we see at home, and we want that to be understood.
? Our hopes for Alfie's future :: parent
>p We hope Alfie will have at least one good friend and that he will feel understood at school. We would love him to go on to study science, because he is so passionate about it. Most of all we want him to be happy and to feel good about being autistic.
? The school's views :: professional
>t Alfie is a bright and curious pupil who contributes brilliant facts to lessons. Staff have noticed that he is often tense, that he avoids the playground and that he rarely eats his lunch. He has had four meltdowns at school this term, all after unexpected changes.
? Who completed this section :: professional
>t Alfie's views were recorded by his class teacher using a talking mat. His parents, Gemma and Rob, wrote their views at home in December 2025.
""")

B = parse("""
## Communication and interaction
Alfie was diagnosed with autism in March 2024. His vocabulary and grammar are advanced for his age, and he talks at length about his interests. He finds the social use of language difficult: he may not notice when others want to change the topic, he takes language literally, and he finds it hard to understand jokes, sarcasm and implied meanings. He has difficulty recognising how other people feel and predicting what they might do, and he can be upset when other children do not follow the rules of a game as he understands them.
Alfie prefers to play alone or with one adult. He would like to have friends but does not know how to join in, and he has said that other children are "confusing".
## Social, emotional and mental health
Alfie experiences high levels of anxiety, particularly about change, noise, unstructured times and being asked to do things he has not prepared for. He masks his anxiety at school, appearing calm, but his parents report that he is often very distressed after school. He has had four meltdowns at school this term, when he shouted, hid under a table and could not be calmed for 20 to 40 minutes.
Alfie finds it very hard to go into school in the mornings, and his attendance this term has been 88%, with several late arrivals.
## Cognition and learning
Alfie is working above the expected level in reading and science and at the expected level in maths. His written work is much shorter than his spoken ideas, because of his handwriting and his difficulty getting started on open-ended tasks. He works best with clear instructions, a model of what is expected and a checklist, and he is motivated when tasks link to his interests.
## Sensory and/or physical needs
Alfie is very sensitive to noise, particularly the dining hall and assemblies, and to certain food textures. He is under-responsive to some body signals, and he does not always notice that he is hungry, thirsty or needs the toilet. His handwriting is slow and tiring.
""")

C = parse("""
Alfie is healthy. He is seen by the community paediatrician every year. He eats a limited range of foods, and his weight is monitored. He finds it hard to get to sleep and takes melatonin, prescribed by the paediatrician. His parents have been referred to a sleep workshop for parents of autistic children, and the school nurse has given advice about his limited diet, including small tastes of new foods at home without pressure.
""")

D = parse("""
Alfie has no social care needs relating to his special educational needs at this time. The family have been given information about the local parent carer forum and about autism-friendly activities in the holidays.
""")

E = parse("""
Alfie's outcomes are for the end of Year 5 (July 2027). Each outcome is followed by a step for this school year.
## Social communication and friendship
O.n[smt] By July 2027, Alfie will join a structured game with two other children at lunchtime, following the rules agreed at the start, on 3 days a week.
T[smt]{Step:} By the end of the spring term 2026, Alfie will take part in a weekly Lego club with two other children for 30 minutes.
## Emotional wellbeing
O.n[smt] By July 2027, Alfie will use his "worry scale" and his calm box to tell an adult when his anxiety is rising, before a meltdown, on 4 out of 5 occasions.
T[smt]{Step:} By Easter 2026, Alfie will point to his worry scale when an adult asks, at his morning and lunchtime check-ins.
O.n[smt] By July 2027, Alfie will come into school by 8.50am on 9 out of 10 days, using his morning routine cards.
## Learning
O.n[smt] By July 2027, Alfie will write a non-fiction report of at least 200 words on a laptop, using a planning frame, without adult help.
T[smt]{Step:} By July 2026, Alfie will type at 15 words a minute.
O.n[] Alfie will be less anxious about writing.
""")

F = parse("""
Below is the help the school will give Alfie. It will be overseen by the special educational needs co-ordinator (SENCo).
## Social communication and friendship
F.b[qw;small group of 3;;30;teaching assistant] A weekly 30-minute Lego-based social skills group with two other children, led by a teaching assistant trained in the approach.
F.b[qw;;;60;teaching assistant] A structured lunchtime game, set up and supported by a teaching assistant, for 15 minutes on four days a week.
## Emotional wellbeing
F.b[qw;1:1;;50;teaching assistant] Two 5-minute 1:1 check-ins each day, on arrival and after lunch, with his key adult, a named teaching assistant, using his worry scale.
F.b[qw;;;-;class teacher] A visual timetable on his desk, and warning of any change to the day (supply teachers, trips, assemblies) given to Alfie and his parents at least one day ahead, by the class teacher, whenever it is possible to know.
F.b[q;;;-;] A calm space with his calm box, available to him at any time.
F.b[qw;;;-;specialist autism teacher] Advice from the specialist autism teacher: a 90-minute visit each term to observe Alfie and review his support plan with staff and his parents.
F.b[;;should;-;] Staff should use Alfie's interests to motivate him.
## Learning and sensory needs
F.b[qw;;;60;teaching assistant] Touch-typing: three 20-minute sessions a week with a teaching assistant, until he types at 15 words a minute, and a laptop for extended writing.
F.b[q;;;-;] Ear defenders, and lunch in a quiet room with one friend, every day.
""")

G = parse("""
Annual review by the community paediatrician, including his sleep, diet and weight. Melatonin as prescribed.
""")

H = parse("""
None required at present.
""")

I_ = parse("""
Dene Valley Primary School (mainstream community primary school).
""")

J = parse("""
No personal budget has been requested.
""")

K = parse("""
* Views of Alfie and his parents, December 2025
* Educational advice, Dene Valley Primary School, 24 November 2025
* Educational psychology advice, 2 December 2025
* Specialist autism teacher advice, 26 November 2025
* Medical advice, community paediatrician, 18 November 2025
* Social care advice, 21 November 2025 (not known to the service)
""")

LAYOUT = [
    ("A", "Section A – Views, interests and aspirations", A),
    ("B", "Section B – Special educational needs", B),
    ("C", "Section C – Health needs", C),
    ("D", "Section D – Social care needs", D),
    ("E", "Section E – Outcomes", E),
    ("F", "Section F – Special educational provision", F),
    ("G", "Section G – Health provision", G),
    ("H", "Section H – Social care provision", H),
    ("I", "Section I – Placement", I_),
    ("J", "Section J – Personal budget", J),
    ("K", "Section K – Advice and information", K),
]

PLAN = Plan(
    file="25_parents_after.docx",
    description=(
        "Section A with the parents' sub-headings after the child's, mirroring them ('What "
        "is important to Alfie (parents' views)'); outcomes each followed by a 'Step:' "
        "target; a lead-in line before the provision."
    ),
    child={"name": "Alfie Whitmore", "first_name": "Alfie", "age": 8, "year_group": 4},
    front=front,
    sections=[Section(k, h, b) for k, h, b in LAYOUT],
    has_working_well=False,
    unexplained_acronyms=[],
    meta={"renderer": "docx_flow", "front_styles": {0: "Title"}},
)
