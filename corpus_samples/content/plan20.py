"""20: a two-column leaflet-style PDF (text flows down the left column, then the right, with
a "Page x of y" footer); "Section A – All about me" headings in bold; outcomes written in
the child's voice ("I will ..."), timeframes "by the end of Y2" and "within 6 weeks".  Year 2,
selective mutism and anxiety.  Entirely fictional."""

from ..dsl import parse
from ..model import P, Plan, Section

front = [
    P("My Education, Health and Care Plan"),
    P("Name: Zara Bennett-Cole"),
    P("Born: 9 December 2018. Year 2."),
    P("School: Little Haven Infant School"),
    P("Plan date: 24 February 2026"),
]

A = parse("""
? Things I like :: child
>c I like unicorns, drawing and my trampoline. I like my cousin Bella. I like baking cakes with my nan.
? Things that are hard :: child
>c Talking at school is hard. My tummy hurts in the mornings. I don't like it when people look at me.
? What I want :: child
>c I want to talk to my friends at school. I want to be a teacher when I am big.
? What helps me :: child
>c It helps when people don't make me talk. I like it when I can write or point. I like having Esme next to me. I like quiet places.
? My story :: parent
>p {t}Zara was a chatty toddler and went to a childminder two days a week from the age of one, where she talked happily. When she started preschool at three she became very quiet, and staff there noticed that she did not speak to them at all. We thought she was shy and would grow out of it.
>p When she started in Reception, she stopped speaking completely at school, and she has not spoken to a teacher since. Her Reception teacher asked the speech and language therapist to see her, and she was identified with selective mutism in the autumn of Year 2.
? What my mum and dad say :: parent
>p {t}At home Zara never stops talking! She is funny, bossy with her little brother and full of imagination. At school she has hardly spoken since she started in Reception, although she has started whispering to one friend.
>p We know she wants to talk and that it is anxiety, not stubbornness. She gets upset at bedtime when she thinks about school, and she has asked us why her voice "gets stuck". We have read about selective mutism and we have met the speech and language therapist, who explained the small steps that can help. We would like everyone at school to understand selective mutism, to take the pressure off and to help her take small steps.
? What school says :: professional
>t Zara is a kind and thoughtful member of the class who tries hard in all her work. She is always ready to help other children tidy up, and her drawings are often shown to the class because they are so detailed and imaginative. She communicates by nodding, pointing and writing, and she has recently whispered to her friend Esme in the classroom.
? How this was written :: professional
>t Zara's views were gathered at home by her mum, using drawings, because Zara does not yet speak to adults at school. Her parents' views were recorded by the SENCo on 30 January 2026.
""")

B = parse("""
## Communication and interaction
Zara has selective mutism, identified by the speech and language therapy service in October 2025. She speaks freely at home with her family but does not speak at school to adults and speaks to only one child, in a whisper. Her understanding of language and her speech and language skills are age-appropriate, as shown by recordings made at home.
Zara communicates at school by nodding, shaking her head, pointing and, increasingly, writing. She freezes if she is asked a direct question in front of others, and she may hide or cry if she feels she is expected to speak. She has begun to nod and smile at her class teacher, and she will now hand a note to her teaching assistant when she needs something, which is a big step forward from the start of the year.
## Social, emotional and mental health
Zara experiences high levels of anxiety at school. She has stomach aches most mornings, finds it hard to separate from her mum at the gate, and does not eat her lunch in the hall. She does not ask to go to the toilet and has had accidents. She avoids activities where she might be noticed, such as assemblies, PE and performances.
Zara has one close friend, Esme, and plays happily with small groups of children in the playground, where she uses gestures and sometimes laughs aloud.
Zara's anxiety rises when adults look at her, praise her in front of others or wait for her to answer. It falls when she is given time, when the pressure to speak is removed and when she can take part in non-verbal ways. She copes best with a consistent routine, a small number of familiar adults and a quiet place to go when she feels overwhelmed.
Without the right support, there is a risk that Zara's mutism will become more fixed as she gets older, and that it will affect her friendships, her learning and her wellbeing.
## Cognition and learning
Zara is working at the expected level in reading, writing and maths. It is hard to assess her understanding fully, because she does not answer questions aloud; she shows her learning well through written work and through choosing answers.
Zara reads fluently at home and has read aloud to her parents from her reading book every night since Reception. Her writing is neat and imaginative, and she enjoys writing stories about her family and her pets. In maths she is confident with number and enjoys problem solving. Teachers need to plan ways for Zara to show what she knows without speaking, such as writing on a whiteboard, pointing to answers or recording herself at home.
## Sensory and/or physical needs
No needs identified in this area.
""")

C = parse("""
Zara is healthy. Her GP has seen her about her stomach aches and found no physical cause, and has linked them to anxiety. She has occasional toileting accidents at school, which are linked to her not asking to go. Her hearing and vision have been checked and are normal.
""")

D = parse("""
Zara does not have any social care needs at present. The family have support from grandparents who live nearby.
""")

E = parse("""
My outcomes for the end of Year 3 (July 2027):
O.b[smt] By July 2027, I will answer the register by saying "yes" or "here" in my classroom each morning.
O.b[smt] By the end of Y2, I will speak in a normal voice to my teaching assistant in a small room, during our sessions, 3 times a week.
O.b[smt] Within 6 weeks of this plan, I will use my toilet card to ask to go to the toilet, every time I need to.
O.b[smt] By July 2027, I will say at least 5 words aloud to a small group of three children and one adult during a game.
O.b[smt] By the end of the summer term 2026, I will eat my lunch in the dining hall with Esme on 4 days a week.
O.b[] I will feel happy and brave at school.
""")

F = parse("""
## Communication and interaction
F.b[qw;1:1;;60;teaching assistant] A "sliding-in" programme planned by the speech and language therapist: three 20-minute 1:1 sessions a week with a named teaching assistant, gradually bringing in other children and adults.
F.b[qw;;;-;speech and language therapist] Speech and language therapy: a 1-hour visit each half term to review progress, set the next steps and train staff.
F.b[qw;;;-;class teacher] No direct questions requiring a spoken answer in front of the class; the class teacher will offer choices that can be answered by pointing or writing, in every lesson.
F.b[qw;;;-;SENCo] A 30-minute training session on selective mutism for all staff who work with Zara, by the SENCo, this term.
## Social, emotional and mental health
F.b[qw;;;25;teaching assistant] A daily 5-minute meet-and-greet at the classroom door with her teaching assistant, with a calm, quiet job to start the day.
F.b[qw;small group of 3;;60;teaching assistant] Lunch in a small room with Esme and one other child, supported by a teaching assistant, three days a week for 20 minutes, moving to the hall over the year.
F.b[;;;-;] A toilet card Zara can show to any adult.
F.b[;;as appropriate;-;] Reward charts as appropriate.
""")

G = parse("""
The speech and language therapy service will provide the therapy described in Section F, and will give the family a home programme of talking games to use with visitors. No other health provision is needed.
""")

H = parse("""
No social care provision is needed. The family know how to contact the early help service if they would like support at home.
""")

I_ = parse("""
Little Haven Infant School (mainstream infant school) until July 2026, then Little Haven Junior School (mainstream junior school) from September 2026. A transition plan, with extra visits to the junior school and a meeting with her new teacher, will be agreed at the summer term review.
""")

J = parse("""
No personal budget has been requested.
""")

K = parse("""
The advice below was considered in writing this plan, and copies were sent to Zara's parents with the draft plan.
* Parents' views, 30 January 2026
* School advice, 26 January 2026
* Speech and language therapy advice, 21 January 2026
* Educational psychology advice, 2 February 2026
* Health advice from the GP, 15 January 2026
""")

LAYOUT = [
    ("A", "Section A – All about me", A),
    ("B", "Section B – My special educational needs", B),
    ("C", "Section C – My health", C),
    ("D", "Section D – Social care", D),
    ("E", "Section E – My outcomes", E),
    ("F", "Section F – Help at school", F),
    ("G", "Section G – Health provision", G),
    ("H", "Section H – Social care provision", H),
    ("I", "Section I – My school", I_),
    ("J", "Section J – Personal budget", J),
    ("K", "Section K – Advice and information", K),
]

PLAN = Plan(
    file="20_two_column.pdf",
    description=(
        "Two-column PDF with 'Page x of y' footer; bold 'Section A – All about me' headings; "
        "outcomes in the child's voice ('I will ...'), 'by the end of Y2' and 'within 6 "
        "weeks' timeframes; 'No needs identified in this area' in B."
    ),
    child={"name": "Zara Bennett-Cole", "first_name": "Zara", "age": 7, "year_group": 2},
    front=front,
    sections=[Section(k, h, b) for k, h, b in LAYOUT],
    has_working_well=False,
    unexplained_acronyms=["SENCo"],
    meta={"renderer": "pdf_two_column", "council": "Little Haven District Council"},
)
