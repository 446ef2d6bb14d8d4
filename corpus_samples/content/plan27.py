"""27: a draft plan ("DRAFT – not for circulation" in the front matter) with Sections E and F
combined under one heading as a table Outcome | Provision | Who | How often, one row per
outcome: the outcome cell belongs to E, the other three to F (area rows and the header row to
both); Section I in a draft names no school.  Year 6, Tourette syndrome and anxiety, moving to
secondary school.  Entirely fictional."""

from ..dsl import parse
from ..model import Joint, P, Plan, Section

front = [
    P("DRAFT – not for circulation", style="bold"),
    P("Education, Health and Care Plan"),
    P("Holloway Cross Council"),
    P("Name: Noor Rahman. Date of birth: 19 October 2015. Year 6."),
    P("Current school: Elmstead Primary School"),
    P("Draft issued: 2 March 2026. Parents' comments due by: 17 March 2026."),
]

A = parse("""
? About me :: child
>c My name is Noor and I am 10. I live with my mum, my dad, my brother Zain and my grandma. I love reading, especially mystery stories, and I write my own stories in a notebook. I like baking with my grandma and going swimming on Sundays.
? What makes me happy :: child
>c Reading in a quiet corner makes me happy. I like it when people don't stare at my tics. My best friend Hafsa is really kind, she just carries on talking when I tic.
? What worries me :: child
>c I am worried about going to secondary school because it is big and nobody will know about my tics. I don't like it when people copy my noises or laugh. Sometimes I have to hold my tics in all day and then I feel exhausted.
? What I want for the future :: child
>c I want to be an author or a librarian. I want to go to a secondary school where people are kind.
? How to help me :: child
>c Please ignore my tics and don't ask me to stop. Let me sit near the back or at the side so people can't see me ticcing. If I need to leave the room, let me go without asking in front of everyone. Don't make me read out loud unless I want to.
? My parents' views :: parent
>p We are Noor's parents, Rukhsana and Imran. Noor is a bright, imaginative and caring girl who loves learning. Her tics started when she was seven and became much worse last year, and she was diagnosed with Tourette syndrome in 2025.
>p We have worked closely with Elmstead, who have been wonderful. Her teacher explained Tourette syndrome to the class with Noor's permission, and since then the copying has mostly stopped. Noor now has a "tic break" card and uses the library corner when she needs to.
>p Our main worry is the move to secondary school. We want a school that understands Tourette syndrome, where staff will not tell her off for tics and where she has a safe place to go. {t}At home Noor often has a lot of tics after school, because she holds them in all day, and she is very tired.
? Who contributed :: professional
>t Noor's views were collected by her class teacher, Ms Ruth Hayes, in February 2026. Her parents' views were written at home.
""")

B = parse("""
## Social, emotional and mental health
Noor has Tourette syndrome, with frequent motor tics (blinking, head jerks and shoulder shrugs) and vocal tics (sniffing, throat clearing and sometimes a short word). Her tics increase when she is anxious, tired, excited or trying hard to suppress them. She is self-conscious about her tics and tries to hide them at school, which leaves her exhausted and sometimes tearful by the end of the day.
Noor experiences anxiety, particularly about being noticed or judged by other children, about speaking in front of the class, and about change. She has some obsessive-compulsive traits: she needs to arrange her equipment in a particular way and can become stuck re-reading or rewriting work until it feels "just right".
Noor's anxiety shows as stomach aches in the mornings, difficulty getting to sleep and asking the same questions repeatedly about what will happen. She copes best when she knows what to expect, when adults respond calmly to her tics and when she has a trusted adult to talk to. She has told her teacher that she would rather be "left alone to tic" than be asked if she is all right.
Noor has a small group of supportive friends. She has experienced some unkind comments and copying of her tics from other children, which the school has dealt with.
## Cognition and learning
Noor is working at or above the expected level in reading and writing, and at the expected level in maths. Her tics can interrupt her handwriting and her reading aloud, and she loses time in tests when she is re-checking her work. Her handwriting is neat but slow, and her hand tires in longer pieces of writing, so she has started using a laptop for stories at home. She needs extra time and a quiet space to show what she can do.
## Communication and interaction
Noor's language skills are a strength. She is reluctant to speak in front of the class because of her vocal tics, but she talks confidently in small groups. She has a wide vocabulary and enjoys discussing books, and she can explain her ideas clearly when she is relaxed. When she is anxious her answers become very short.
## Sensory and/or physical needs
Noor's motor tics can be tiring and occasionally painful, particularly in her neck and shoulders. She sometimes needs to move around to release tics. Sitting still for long periods, for example in assemblies and tests, makes her tics build up.
""")

C = parse("""
Noor has Tourette syndrome, diagnosed by the paediatric neurology service at Holloway Cross Hospital in May 2025. She is reviewed every six months. She is on the waiting list for a behavioural therapy programme for tics. She does not take medication for her tics at present. Her neurologist has advised that tics are likely to change over time and may increase during stressful periods such as the move to secondary school. The family have been given information about Tourette syndrome to share with her new school, and the school nurse has offered to lead a short awareness session for staff.
""")

D = parse("""
No social care needs have been identified. The family are well supported by Noor's grandma, who lives with them.
""")

EF = parse("""
The table below sets out each outcome, the provision to help Noor achieve it, who will provide it and how often. The outcomes are for the end of Year 7 (July 2027).
[table 4 header=1 widths=0.32,0.38,0.15,0.15]
<<key=E>> Outcome | <<key=F>> Provision | <<key=F>> Who | <<key=F>> How often
<<span=4 shade bold>> Social, emotional and mental health
<<key=E>> O[smt] By the end of the autumn term 2026, Noor will use her exit card to take a tic break in the agreed quiet room, and return to the lesson within 10 minutes, whenever she needs one. | <<key=F>> F[qw;;;-;head of year] A tic break card and an agreed quiet room at her secondary school, with all staff told about Tourette syndrome before she starts | <<key=F>> Head of year | <<key=F>> Every school day
<<key=E>> O[smt] By July 2027, Noor will name two adults at her new school she can talk to, and meet one of them each week. | <<key=F>> F[qw;;;20;learning mentor] A 20-minute check-in with a named learning mentor | <<key=F>> Learning mentor | <<key=F>> Once a week
<<key=E>> O[smt] By July 2027, Noor will stop re-checking a finished piece of work after one check, with one prompt, in 4 out of 5 lessons. | <<key=F>> F[qw;1:1;;30;educational psychologist] Six 30-minute 1:1 sessions on managing "just right" feelings, using a structured programme, then a review with her parents | <<key=F>> Educational psychologist | <<key=F>> Weekly for six weeks in the autumn term 2026
<<key=E>> O[] Noor will feel less worried about secondary school. | <<key=F>> F[qw;;;-;SENCo] Four extra transition visits to her secondary school in June and July 2026, and a photo book of the school and the people she will meet | <<key=F>> SENCo at Elmstead and the secondary school | <<key=F>> Before September 2026
<<span=4 shade bold>> Communication and learning
<<key=E>> O[smt] By July 2027, Noor will give a short talk to a small group of 4 classmates at least once a term. | <<key=F>> F[qw;group of 4;;-;teaching assistant] Presentations to a group of 4 classmates instead of the whole class, prepared with a teaching assistant | <<key=F>> Teaching assistant | <<key=F>> Once each half term
<<key=E>> O[smt] By July 2027, Noor will complete timed tests using her access arrangements, finishing 9 out of 10 tests in the time allowed. | <<key=F>> F[qw;;;-;SENCo] Access arrangements for tests: 25% extra time, a separate quiet room and rest breaks | <<key=F>> SENCo | <<key=F>> For all tests and exams
<<key=E>> O[] Better handwriting. | <<key=F>> F[w;;access to,when needed;-;class teacher] Access to a laptop | <<key=F>> Class teacher | <<key=F>> When needed
[/table]
""")

G = parse("""
Review by the paediatric neurology service every six months, with a letter to the family and the school after each appointment. Comprehensive behavioural intervention for tics: eight sessions with a psychologist from the paediatric neurology team, starting by October 2026.
""")

H = parse("""
No social care provision is required.
""")

I_ = parse("""
This section is completed in the final plan, after the schools requested by Noor's parents have been consulted. Noor's parents have asked for Holloway Cross Academy or St Edmund's High School, both mainstream secondary schools.
""")

J = parse("""
No personal budget has been requested. Noor's parents have been told that they can ask for one when the plan is finalised or at any review.
""")

K = parse("""
* Parent and child views, February 2026
* Educational advice, Elmstead Primary School, 5 February 2026
* Educational psychology advice, 10 February 2026
* Medical advice, paediatric neurology service, 28 January 2026
* Social care advice, 30 January 2026: not known to the service
""")

PLAN = Plan(
    file="27_draft_e_and_f.docx",
    description=(
        "Draft plan with Sections E and F under one heading as an Outcome | Provision | Who | "
        "How often table: outcome cells to E, the rest to F, area and header rows to both; "
        "Section I names no school yet; 'DRAFT' in the front matter."
    ),
    child={"name": "Noor Rahman", "first_name": "Noor", "age": 10, "year_group": 6},
    front=front,
    sections=[],
    layout=[
        Section("A", "Section A – About me", A),
        Section("B", "Section B – Special educational needs", B),
        Section("C", "Section C – Health needs", C),
        Section("D", "Section D – Social care needs", D),
        Joint(
            ("E", "F"),
            "Sections E and F: My outcomes and the provision to help me achieve them",
            EF,
        ),
        Section("G", "Section G – Health provision", G),
        Section("H", "Section H – Social care provision", H),
        Section("I", "Section I – Placement", I_),
        Section("J", "Section J – Personal budget", J),
        Section("K", "Section K – Advice and information", K),
    ],
    has_working_well=False,
    unexplained_acronyms=["SENCo"],
    meta={"renderer": "docx_flow", "front_styles": {1: "Title"}},
)
