"""12: capitalised headings with the section letter at the end, "WHERE I WILL LEARN
(SECTION I)", in Heading 1; sub-headings Heading 2.  Year 1, Down syndrome.  Outcomes in the
present tense; provision bullets with "fortnightly" and "each half term"; Section D says
"No needs identified in this area."  Entirely fictional."""

from ..dsl import parse
from ..model import P, Plan, Section

front = [
    P("My Education, Health and Care Plan"),
    P("Marlow Fen Borough Council"),
    P("My name is Maya Okafor. I was born on 30 April 2020 and I am in Year 1."),
    P("My school: St Brannock's Church of England Primary School"),
    P("Plan issued: 3 March 2026"),
]

A = parse("""
? What I like :: child
>c I like dancing. I like my big sister Chioma. I like the sandpit and the home corner. I like pasta.
? What I don't like :: child
>c I don't like loud bells. I don't like putting my coat on.
? What my family say about me :: parent
>p {t}Maya is a joyful, loving little girl who makes friends wherever she goes. She loves music and will dance to anything, and she has learnt lots of Makaton signs from the television. We are proud of how hard she works.
>p We hope that Maya will learn to read and write, make good friends and be as independent as possible. In the future we would like her to have a job that she enjoys and to live a full life in her community.
? What is working well :: professional
>t Maya has settled well into Year 1 and is happy to come into school each morning. She joins in with phonics and maths lessons for short periods with support, and she enjoys helping to give out fruit at snack time.
? What we are worried about :: parent
>p We worry that Maya is falling further behind other children in her class, and that she does not always get the chance to practise her speech. We also worry about her safety at playtime because she will follow other children anywhere.
? My story so far :: parent
>p Maya was born at Marlow Fen General Hospital, and we learnt that she had Down syndrome the day after she was born. She had an operation on her heart when she was four months old, and she spent a long time in hospital that first year. She started at Little Owls preschool when she was three, with support from the early years inclusion team, and she moved to St Brannock's in September 2024.
>p {t}Maya has made lovely progress since starting school, especially with her signing and her confidence. She still has a lot of hospital appointments, and she misses some school because of chest infections each winter.
? Who wrote this :: professional
>t Maya's views were gathered by her teaching assistant using pictures and signing. Her parents, Grace and Emeka, wrote their views with the family keyworker in January 2026.
""")

B = parse("""
## Communication and interaction
Maya has Down syndrome. Her understanding of language is better than her spoken language. She follows routine instructions in class, especially when they are supported by signs and pictures, and she understands around 200 words. She uses about 60 single words and 40 Makaton signs, and she has started to put two words or signs together, such as "more drink" and "Mummy gone".
Maya's speech is often hard for unfamiliar listeners to understand. She can become frustrated when she is not understood and may give up or walk away. She enjoys talking with adults she knows well and with one or two children in her class.
## Cognition and learning
Maya is working well below the level expected for her age. She can recognise her name and the letters s, a, t and m, and she can count up to 5 objects with support. She learns best from visual information, through repetition and with lots of practical, hands-on activities. Her short-term auditory memory is a particular difficulty, and she needs information to be broken into small steps.
Maya's early number skills are emerging. She enjoys counting songs and can say the numbers to 10 in order, but she does not yet match one number to one object reliably beyond 3. She can sort objects by colour and size when the task is modelled first.
Maya can attend to an adult-led activity for about 5 minutes. She is much more focused when the activity involves music, movement or a favourite toy.
## Social, emotional and mental health
Maya is sociable and affectionate. She sometimes hugs other children or adults when they do not want her to, and she is learning about personal space. She finds changes to routine difficult and may sit down and refuse to move when she is asked to stop an activity she enjoys.
## Sensory and/or physical needs
Maya has low muscle tone, which affects her balance, her stamina and her fine motor skills. She can walk and run, but she tires quickly and finds steps and climbing equipment difficult. She holds a pencil in a fist grip and is starting to make circles and lines.
Maya is not yet fully toilet trained and needs help with dressing and with managing her lunch.
""")

C = parse("""
Maya has Down syndrome. She had heart surgery as a baby and is now reviewed by the cardiology team once a year. She has glue ear, and she wears hearing aids in both ears. She sees the audiology service every 6 months. She also wears glasses for long sight.
Maya is prone to chest infections in the winter and may miss school as a result.
""")

D = parse("""
No needs identified in this area.
""")

E = parse("""
These outcomes are for the end of Key Stage 1 (July 2027), with steps towards them set by the school each term.
## Communication and interaction
O.b[smt] By July 2027, Maya uses phrases of three words or signs to ask for things and to tell an adult what she has done, at least 5 times a day.
O.b[smt] By July 2027, Maya answers simple "who" and "what" questions about a familiar story, using words, signs or pictures, on 4 out of 5 occasions.
## Cognition and learning
O.b[smt] Maya reads and signs 30 familiar words, including the names of her classmates, by July 2027.
O.b[smtg] Maya counts up to 10 objects accurately and matches them to the numeral by the end of Key Stage 1.
O.b[smt] By July 2027, Maya writes her first name with correctly formed letters without a model to copy.
## Social, emotional and mental health
O.b[smt] By the end of the summer term 2026, Maya moves from a favourite activity to the next one when shown her now-and-next board, with one prompt, on 4 out of 5 occasions.
O.b[st] Maya plays a turn-taking game with two other children by the end of Year 2.
O.b[] Maya is happy at school.
## Sensory and/or physical needs
O.b[smt] By July 2027, Maya uses the toilet at school with only verbal prompts, and stays dry for the whole school day on 4 days out of 5.
""")

F = parse("""
St Brannock's will arrange the provision below, overseen by the special educational needs co-ordinator (SENCo).
* {Staffing:} Maya needs the following adult support.
F.b[qw;1:1 and small groups;;1500;teaching assistant] A teaching assistant for 25 hours a week, working 1:1 and in small groups, trained in Makaton and in supporting children with Down syndrome.
F.b[qw;1:1;;75;teaching assistant] A daily 15-minute 1:1 speech and language session with the teaching assistant, following the programme set by the speech and language therapist.
F.b[qw;;;-;speech and language therapist] A visit from the speech and language therapist each half term for 1 hour, to assess Maya, update her programme and train staff.
F.b[qw;small group of 3;;60;teaching assistant] Three 20-minute early reading sessions a week using a whole-word reading programme, in a group of 3, delivered by the teaching assistant.
F.b[qw;;;15;specialist teacher for hearing impairment] The specialist teacher for hearing impairment will visit fortnightly for 30 minutes to check Maya's hearing aids and the classroom listening environment.
F.b[qw;;;50;teaching assistant] A daily 10-minute fine motor session before lunch, led by the teaching assistant.
F.b[w;;as appropriate;-;class teacher] The class teacher will adapt lessons for Maya as appropriate.
F.b[q;;;-;] A visual timetable and a now-and-next board used for every change of activity.
F.b[qw;;;-;teaching assistant] A toileting programme with timed visits every 90 minutes, supported by the teaching assistant.
F.b[qw;;;-;SENCo] A meeting of 30 minutes each half term between Maya's parents, her class teacher and the SENCo to review her progress and targets.
""")

G = parse("""
* Annual cardiology review at Marlow Fen General Hospital.
* Audiology review every 6 months, including hearing aid checks.
* Speech and language therapy: assessment and programme-setting in school each half term, as set out in Section F.
* Physiotherapy advice for the school on climbing and stairs, from the children's physiotherapy team, by the end of the summer term 2026.
""")

H1 = parse("""
No social care provision is required.
""")

H2 = parse("""
No social care provision is required.
""")

I_ = parse("""
St Brannock's Church of England Primary School (mainstream voluntary aided primary school). A transition plan for Key Stage 2 is to be completed by the end of the summer term 2027.
""")

J = parse("""
No personal budget has been requested.
""")

K = parse("""
* Views of Maya and her parents, January 2026
* Educational advice from St Brannock's, 9 January 2026
* Educational psychologist advice, 16 January 2026
* Speech and language therapy advice, 5 January 2026
* Hearing impairment service advice, 8 January 2026
* Health advice from the community paediatrician, 12 January 2026
* Social care: no involvement
""")

LAYOUT = [
    ("A", "ABOUT ME AND WHAT IS IMPORTANT TO ME (SECTION A)", A),
    ("B", "MY SPECIAL EDUCATIONAL NEEDS (SECTION B)", B),
    ("C", "MY HEALTH NEEDS (SECTION C)", C),
    ("D", "MY SOCIAL CARE NEEDS (SECTION D)", D),
    ("E", "WHAT I WILL WORK TOWARDS (SECTION E)", E),
    ("F", "THE HELP I WILL GET AT SCHOOL (SECTION F)", F),
    ("G", "HELP FROM HEALTH SERVICES (SECTION G)", G),
    ("H1", "HELP FROM SOCIAL CARE (SECTION H1)", H1),
    ("H2", "OTHER HELP FROM SOCIAL CARE (SECTION H2)", H2),
    ("I", "WHERE I WILL LEARN (SECTION I)", I_),
    ("J", "MY PERSONAL BUDGET (SECTION J)", J),
    ("K", "ADVICE AND INFORMATION USED TO WRITE MY PLAN (SECTION K)", K),
]

PLAN = Plan(
    file="12_letter_at_end.docx",
    description=(
        "Capitalised Heading 1 titles with the letter at the end ('WHERE I WILL LEARN "
        "(SECTION I)'); outcomes in the present tense as bullets under area sub-headings; "
        "provision bullets after a bold-prefixed lead-in; Section D 'No needs identified in "
        "this area.'"
    ),
    child={"name": "Maya Okafor", "first_name": "Maya", "age": 5, "year_group": 1},
    front=front,
    sections=[Section(k, h, b) for k, h, b in LAYOUT],
    unexplained_acronyms=[],
    meta={"renderer": "docx_flow", "front_styles": {0: "Title"}},
)
