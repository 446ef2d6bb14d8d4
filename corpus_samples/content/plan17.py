"""17: "A: About me" letter-colon headings in Heading 1; Section F as a table Provision |
Frequency and duration | Delivered by | Group size, with shaded merged area-of-need rows
(the row is one statement: the labels judge the whole row); an "up to" amount, a
fortnightly and a half-termly frequency.  Year 4, developmental language disorder.
Entirely fictional."""

from ..dsl import parse
from ..model import P, Plan, Section

front = [
    P("Education, Health and Care Plan"),
    P("Kestrel Bay Council"),
    P("Child: Freya Donovan. Date of birth: 11 May 2016. Year 4."),
    P("School: Seaholme Junior School. Plan dated 6 March 2026."),
]

A = parse("""
? All about me :: child
>c I am Freya and I am nine. I live with my mum and my little brother Alfie and our cat Biscuit. I love swimming and gymnastics and I can do a cartwheel on the beam. I like making slime and watching animal videos.
? What I am good at :: child
>c I am good at gymnastics, swimming and drawing horses. I am a good friend and I help people when they are sad.
? What is hard for me :: child
>c Sometimes I don't know what the teacher means and everybody else has started. I forget the words I want to say and it comes out muddled. Reading is OK but I don't always know what the story is about.
? How I like to be helped :: child
>c I like it when the teacher shows me what to do first. Pictures help me, and so does doing it with a partner. Please say things slowly and not too many things at once. I like having my words on a card on my table so I can look at them.
? When I grow up :: child
>c I want to be a vet or a gymnastics coach.
? My mum's views :: parent
>p {t}Freya is a happy, sporty and caring girl who is always on the go. She has had speech and language therapy since she was three, and she was diagnosed with developmental language disorder in 2024.
>p I worry that as the work gets harder she is getting more lost in class, and she has started saying she is "stupid". I would like her to have regular speech and language therapy in school and for her teachers to understand how to help her.
? What my mum thinks works well :: parent
>p {t}Freya does best when she knows what is coming, when new words are explained with pictures and when she gets to practise them at home. The speech and language therapy groups she had in Year 3 made a real difference to her confidence, and her teacher last year sent home the topic words each week, which we practised in the car.
>p I would like that to carry on, and I would like to know each half term what she is working on so that I can help at home.
? Who completed this section :: professional
>t Freya and her mum, Claire, completed this section with the special educational needs co-ordinator, Mrs Anita Shah, on 22 January 2026.
""")

B = parse("""
## Communication and interaction
Freya has developmental language disorder (DLD), diagnosed by the Kestrel Bay speech and language therapy service in 2024. Her understanding of language is well below the level expected for her age. She has difficulty following instructions with more than two parts, understanding questions beginning with "why" and "how", and understanding words about time, sequence and comparison such as "before", "unless" and "the most".
Freya's expressive language is also affected. Her sentences are often short or muddled, and she has word-finding difficulties: she knows what she wants to say but cannot retrieve the word, and she may use "thingy" or describe the object instead. She finds it hard to retell events in order or to explain her ideas in class.
Freya's speech sounds are clear. She is sociable and keen to talk, but she can lose track in fast group conversations and sometimes misunderstands what her friends mean, which has led to fallings-out.
## Cognition and learning
Freya's non-verbal skills are within the average range. Her reading accuracy is close to her age, but her reading comprehension and her writing are well below expected levels because of her language difficulties. In maths she can calculate well but struggles with word problems and with mathematical vocabulary such as "difference", "altogether" and "fewer".
Freya's working memory for spoken information is weak, which means she forgets longer instructions before she has finished the first step. She learns best with visual support, with modelling, with repetition of new vocabulary over several days and with short, clear instructions. Her writing is limited by her language: she uses simple sentences and a narrow range of vocabulary, and she finds it hard to organise her ideas without a frame.
## Social, emotional and mental health
Freya is friendly, kind and popular. Her self-esteem has dropped this year, and she becomes quiet and withdrawn when she does not understand. She does not always ask for help. When she is confused she watches other children and copies them, which means adults do not always notice that she has not understood. She has told her teacher that she feels "silly" when she gets things wrong in front of the class.
Freya has a close group of friends and enjoys playing team games at break time. Misunderstandings with friends happen most often when the rules of a game change or when friends use sarcasm or jokes. She benefits from an adult helping her to talk through what happened afterwards.
## Sensory and/or physical needs
Freya has no sensory or physical needs. She is a talented gymnast who trains twice a week at a local club and has won medals at county level.
""")

C = parse("""
Freya is fit and well. Her hearing was tested in 2023 and is normal. The speech and language therapy service is the health service most involved with her. Freya had grommets fitted when she was four because of glue ear, and her hearing has been normal at each check since. She sleeps and eats well, and she has no medical conditions that affect her learning.
""")

D = parse("""
Freya has no social care needs. The family are supported by their extended family and by the school.
""")

E = parse("""
## Communication and interaction
O.n[sm] Freya will follow three-part classroom instructions without a repeat in 4 out of 5 observed opportunities.
O.n[smt] By the end of this term, Freya will use her word-finding strategy (describing the first sound, the group and what it does) when she cannot find a word, in 3 out of 5 observed times in class.
O.n[smt] By the end of Y5, Freya will retell a familiar event in the right order, using "first", "next" and "then", in a sentence for each step.
O.n[smt] By July 2027, Freya will answer "why" questions about a story read with her, with 70% of her answers correct.
## Cognition and learning
O.n[smt] By July 2027, Freya will solve one-step word problems in maths with 80% accuracy after pre-teaching of the key words.
O.n[smt] By July 2027, Freya will write a short report of at least 6 sentences using a sentence builder and a topic word mat, without adult help.
## Social, emotional and mental health
O.n[smt] By the end of the summer term 2026, Freya will ask for help or say "I don't understand" at least once in each lesson where she needs it.
O.n[] Freya will be more confident in class.
""")

F = parse("""
Seaholme Junior School will deliver the provision below, which will be overseen by the special educational needs co-ordinator (SENCo).
[table 4 header=1 widths=0.44,0.2,0.2,0.16]
Provision | Frequency and duration | Delivered by | Group size
<<span=4 shade bold>> Communication and interaction
F[qw;1:1;;22.5;speech and language therapist] Direct speech and language therapy on understanding and using language, following targets set by the therapist | Fortnightly, 45 minutes, throughout the school year | Speech and language therapist | 1:1
F[qw;small group of 3;;80;teaching assistant] Language group following the therapist's programme: vocabulary, sentence building and narrative | 20-minute sessions four times a week | Teaching assistant trained by the speech and language therapist | 3 pupils
F[qw;1:1;;60;teaching assistant] Pre-teaching of topic vocabulary for the following week's lessons | Three 20-minute sessions a week | Teaching assistant | 1:1
F[qw;;;-;speech and language therapist] Training and review meeting with the class teacher and teaching assistant | Each half term, 1 hour | Speech and language therapist | Staff
F[qw;whole class;;-;class teacher] Visual supports in every lesson: a visual timetable, key words displayed with pictures, instructions given in short chunks and checked back | Every lesson | Class teacher | Whole class
<<span=4 shade bold>> Cognition and learning
F[qw;small group of 4;;90;teaching assistant] Reading comprehension programme focusing on inference and question words | Three 30-minute sessions a week | Teaching assistant | 4 pupils
F[w;;up to;-;teaching assistant] Support in maths lessons with word problems | Up to 2 hours a week | Teaching assistant | Small group
<<span=4 shade bold>> Social, emotional and mental health
F[qw;1:1;;10;class teacher] Check-in to agree her "help signal" and review the week | Weekly, 10 minutes | Class teacher | 1:1
F[;;as needed;-;] Time with a trusted adult | As needed | – | –
[/table]
""")

G = parse("""
The speech and language therapy service will review Freya's language skills with a formal assessment once a year, before her annual review, and provide a written report. The direct therapy in Section F is commissioned by the health service as part of Freya's special educational provision.
""")

H = parse("""
None.
""")

I_ = parse("""
Seaholme Junior School (mainstream community junior school).
""")

J = parse("""
No request for a personal budget has been made.
""")

K = parse("""
* Parent and child views, 22 January 2026
* School advice, Seaholme Junior School, 19 January 2026
* Speech and language therapy advice, 12 January 2026
* Educational psychology advice, 26 January 2026
* Health advice from the school nurse, 15 January 2026
* Social care: no involvement
""")

LAYOUT = [
    ("A", "A: About me", A),
    ("B", "B: My special educational needs", B),
    ("C", "C: My health needs", C),
    ("D", "D: My social care needs", D),
    ("E", "E: My outcomes", E),
    ("F", "F: Special educational provision", F),
    ("G", "G: Health provision", G),
    ("H", "H: Social care provision", H),
    ("I", "I: School or other setting", I_),
    ("J", "J: Personal budget", J),
    ("K", "K: Advice and information", K),
]

PLAN = Plan(
    file="17_provision_table.docx",
    description=(
        "Letter-colon Heading 1 titles ('A: About me'); Section F as a Provision | Frequency "
        "and duration | Delivered by | Group size table with shaded merged area rows; an "
        "'up to' amount, fortnightly and half-termly frequencies; 'this term' and 'Y5' "
        "timeframes."
    ),
    child={"name": "Freya Donovan", "first_name": "Freya", "age": 9, "year_group": 4},
    front=front,
    sections=[Section(k, h, b) for k, h, b in LAYOUT],
    unexplained_acronyms=[],
    meta={"renderer": "docx_flow", "front_styles": {0: "Title"}},
)
