"""The text of the encyclopedia development corpus that scripts/generate_encyclopedia_corpus.py
renders, and the questions asked about it.

Ten long encyclopedia-style articles about fictional subjects, written for this corpus: the
people, places, companies and dates are invented (any likeness to real ones is in the genre, not
the facts). The questions are of the kind crowd workers write after reading one paragraph: short
extractive answers (a name, a date, a number, a short phrase) that are exact substrings of the
paragraph; many reuse words of their sentence, some paraphrase it, and some ask for a figure or a
name that the article gives elsewhere with another value.

Each article is written in a small markup, one paragraph per blank-line-separated block:

    = Heading                 starts a section
    text lines                a paragraph (its lines joined with spaces)
    ? Question? | answer      a question written from the paragraph above it, and its answer
                              (the `| answer` may go on the next line)

The split is by article: the seven `tuning` articles are the only ones tuning may read; the
three `held_out` articles and their questions are for reporting. The last four tuning articles
(an element, an embargo, a union's law, a rainforest) were added when the first three tuning
articles' 194 questions could no longer tell settings apart; each was written without running a
retriever on it.
"""

from dataclasses import dataclass

PUBLISHER = "Encyclopedia of Invented Places and Things"


@dataclass(frozen=True)
class Question:
    question: str
    answer: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Article:
    file_name: str
    title: str
    split: str
    sections: tuple[Section, ...]


def parse(file_name: str, title: str, split: str, markup: str) -> Article:
    sections: list[tuple[str, list[Paragraph]]] = []
    for block in markup.strip().split("\n\n"):
        lines = block.strip().splitlines()
        if lines[0].startswith("= "):
            sections.append((lines.pop(0)[2:], []))
        text, asked = [], []
        for line in lines:
            if line.startswith("? "):
                asked.append(line[2:])
            elif line.startswith("| "):
                asked[-1] = f"{asked[-1]} {line}"
            else:
                text.append(line)
        questions = tuple(Question(*line.split(" | ")) for line in asked)
        sections[-1][1].append(Paragraph(" ".join(text), questions))
    return Article(
        file_name,
        title,
        split,
        tuple(Section(heading, tuple(paragraphs)) for heading, paragraphs in sections),
    )


HASKENI = parse(
    "Haskeni.pdf",
    "The Haskeni",
    "tuning",
    """
= Name and origins
The Haskeni were a seafaring people of the early and high Middle Ages who took their name from
Haske, a cold and thinly wooded island in the northern Veyl Sea. In the 9th and 10th centuries
they raided, traded and finally settled along the coasts of the mainland to the south, and in
the 11th century a Haskeni dynasty conquered the kingdom of Lorvain. The name Haskeni was first
used by Lorvainese monks, who wrote it as Haschini; the islanders called themselves the
Skeldmen, after the shields they hung along the sides of their ships. Modern historians use
Haskeni both for the islanders and for their descendants on the mainland until about 1250, when
the settlers had become indistinguishable from their neighbours.
? What island did the Haskeni take their name from? | Haske
? How did Lorvainese monks write the name Haskeni? | Haschini

Haske itself measures about 2,300 square kilometres and lies some 140 kilometres off the
mainland coast. Its soils are poor, and archaeological surveys of the island's farmsteads
suggest that its population rose from about 9,000 in the year 700 to perhaps 26,000 by 880, far
more than the island's barley fields and sheep pastures could feed. Most historians treat this
growth, together with a run of cold summers recorded in the annals of the abbey of Saint Orm
between 858 and 864, as the main cause of the raids that began soon afterwards. A minority view,
associated with the historian Margit Oesterlund, holds that the raids were driven instead by the
silver trade and by rivalry among the island's chieftains.
? How large is the island of Haske? | about 2,300 square kilometres
? Which abbey's annals record the cold summers? | the abbey of Saint Orm

= Early raids
The first raid recorded in the mainland chronicles struck the monastery of Brennock in the
summer of 867, when three ships carried off its bells, its silver and forty of its novices. Over
the following two decades the raids grew in size and range. In 874 a fleet of about thirty ships
sailed up the river Aune and burned the market town of Caulmoy, and in 881 a Haskeni army
wintered on the mainland for the first time, on the island of Vesse at the mouth of the Aune. By
the 890s the raiders were collecting regular tribute, called the shield-silver, from the coastal
lords, who paid in return for being left alone during the sailing season.
? What monastery did the first recorded raid strike? | Brennock
? Where did a Haskeni army first spend the winter on the mainland? | the island of Vesse
? How many novices were taken from Brennock? | forty

The largest of the early expeditions was led by Orvald Greycloak, a chieftain from the west of
Haske, who in 896 brought a fleet said to number 120 ships to the mouth of the Aune. Greycloak
besieged the city of Tressaint for eleven months, the longest siege of the period, and withdrew
only after the city paid 7,000 pounds of silver. The chronicler Aldric of Tressaint, who lived
through the siege as a boy, described the Haskeni camp as a town of its own, with smithies, a
market and a church for the Christian captives who worked there. Greycloak died on Haske in 903,
and his grave mound at Ulvsted is the largest on the island.
? Who led the largest of the early expeditions? | Orvald Greycloak
? How much silver did Tressaint pay to end the siege? | 7,000 pounds of silver

The raids gave way to settlement in the first decades of the 10th century. In 911 King Lothar II
of Lorvain, unable to drive the raiders from the lower Aune, granted the chieftain Hrolf
Ketilsson the coastal county of Marvel on condition that he defend it against other raiders and
accept baptism. The treaty, sealed at the village of Saint-Cléry, is the founding act of what
became the duchy of Marvel. Hrolf took the baptismal name Robert, married a Lorvainese
noblewoman named Gisela, and within a generation the settlers of Marvel spoke the language of
the mainland, though they kept their own laws of inheritance and their custom of the
ship-muster.
? Which king granted Marvel to Hrolf Ketilsson? | King Lothar II
? Where was the treaty with Hrolf sealed? | Saint-Cléry
? Whom did Hrolf marry? | a Lorvainese noblewoman named Gisela

= The duchy of Marvel
Hrolf's descendants ruled Marvel first as counts and, from 1006, as dukes. The duchy grew by
marriage and conquest until it held the whole of the lower Aune valley and the peninsula of
Corlaix, an area of about 31,000 square kilometres. Its capital moved from the fortified camp at
Vesse to the new town of Ravenhall in 968, under Duke William I, and then to Caulmoy, rebuilt in
stone, in 1024. Ravenhall remained the seat of the duchy's treasury, the Exchequer of the Ship,
whose rolls, kept from 1041, are the oldest continuous financial records in the region.
? From what year did Hrolf's descendants rule as dukes? | 1006
? When did the capital move to Ravenhall? | 968
? From what year were the treasury rolls kept? | 1041

The dukes of Marvel built their power on a network of castles and on the loyalty of a small
number of great families, the so-called Twelve Houses, who held land from the duke in return for
service with ships and mounted warriors. By the middle of the 11th century the duchy could raise
about 1,200 knights and 300 ships. Its most capable ruler before the conquest of Lorvain was
Duke Robert III, called the Steadfast, who reigned from 1035 to 1068, defeated a rebellion of
the Twelve Houses at the battle of Hessingford in 1047, and reformed the ducal coinage,
replacing the old Haskeni weight-silver with a penny struck at Caulmoy.
? What were the great families of Marvel called? | the Twelve Houses
? What was Robert III called? | the Steadfast
? Where was the new ducal penny struck? | Caulmoy

= Conquest of Lorvain
The kingdom of Lorvain, to which Marvel nominally owed allegiance, was weakened in the 1060s by
a disputed succession. When King Lothar V died without a son in January 1066, the crown was
claimed by his cousin Everard of Lusse and by Duke Robert III's son, William, whose mother was
Lothar's sister. The royal council chose Everard. William, who had become duke of Marvel in 1068
after his father's death, spent two years gathering allies and ships, and in the spring of 1070
he crossed the Aune with an army that the chroniclers put at 14,000 men, although modern
estimates are closer to 8,000.
? When did King Lothar V die? | January 1066
? How large was William's army according to the chroniclers? | 14,000 men
? In what season of 1070 did William cross the Aune? | the spring of 1070

The decisive battle was fought on 9 October 1070 at Mareuil, on the heights above the river
Saône-Petite. Everard's army held the ridge for most of the day, but a feigned retreat by the
Marvel cavalry drew part of it down the slope, and Everard was killed late in the afternoon.
William entered the royal city of Lorvain-la-Haute six weeks later and was crowned in its
cathedral on Christmas Day 1070 as William I of Lorvain. He is remembered in the kingdom as
William the Conqueror and in Marvel as William the Bastard, since his parents had married only
after his birth.
? On what date was the battle of Mareuil fought? | 9 October 1070
? What tactic drew Everard's army down the slope? | a feigned retreat
? How is William remembered in Marvel? | William the Bastard

The conquest of the rest of the kingdom took another eleven years. Risings in the western
provinces in 1072 and 1075 were put down with great severity, and the so-called Harrying of the
Vaudre in the winter of 1075 left much of that valley deserted; the royal survey of 1086 records
that 340 of its 520 villages had no tenants. By 1081 the old nobility had been almost entirely
replaced by families from Marvel, and the Twelve Houses held more than half of the kingdom's
land. William died in 1087 at Caulmoy after falling from his horse during the siege of Montbrai,
and was buried in the abbey church of Saint Orm.
? How many of the Vaudre's villages had no tenants in 1086? | 340
? By what year had the old nobility been almost entirely replaced? | 1081
? Where was William buried? | the abbey church of Saint Orm

= The Haskeni kingdom
William's sons divided his lands: the eldest, Robert, received Marvel, and the second, Henry,
the kingdom of Lorvain. The two were reunited in 1106, when Henry defeated his brother at Tinsey
and kept him a prisoner for the remaining twenty-eight years of his life. Henry I reigned until
1135 and is known for his reforms of government: he created a central court of justice, the
Court of the Round Table, named after the table covered with a counting cloth at which its
judges sat, and he sent royal justices on regular circuits through the counties, a practice that
survived for more than six centuries.
? Which son of William received Marvel? | Robert
? How long did Robert remain a prisoner? | twenty-eight years
? Until what year did Henry I reign? | 1135

Henry's death was followed by nineteen years of civil war, known as the Long Winter, between his
daughter Matilda and his nephew Stephen of Lusse. The war ended with the treaty of Wallory in
1154, which recognised Matilda's son Geoffrey as heir. Geoffrey II ruled a realm that stretched
from the islands of the Veyl Sea to the mountains of the south, and the Haskeni crown reached
its greatest extent under him, with some 2.4 million subjects. His chancellor, Thomas of Aubry,
compiled the Book of Wallory, a register of the royal rights in every county.
? What was the civil war after Henry's death called? | the Long Winter
? How many subjects did the Haskeni crown have under Geoffrey II? | some 2.4 million

The decline of the Haskeni kingdom began with the loss of Marvel itself. In 1204 King John of
Lorvain, Geoffrey's younger son, was defeated by the duke of Brabantine at Pont-Ferrand, and
Marvel passed to the Brabantine crown. Without the duchy the ruling families of the kingdom lost
their lands across the Aune and with them the last practical reason to think of themselves as
Haskeni. By 1250 chroniclers no longer used the word for the nobility of Lorvain, and the last
known document that calls a living person a Haskeni, a charter of the abbey of Brennock, is
dated 1263.
? Who defeated King John of Lorvain? | the duke of Brabantine
? In what year was Marvel lost to the Brabantine crown? | 1204

= Southern ventures
Haskeni adventurers were active far beyond Lorvain. From about 1015, knights from Marvel served
as mercenaries in the wars among the city-states of the Tessarine peninsula, some 2,000
kilometres to the south. In 1030 the mercenary captain Rainulf of Bec received the town of
Averna as a fief, the first Haskeni lordship in the south. Over the next sixty years the sons of
a minor knight, Tancred of Hautmesnil, conquered most of the peninsula and the island of
Calabre, which was taken from its emirs between 1061 and 1091.
? From about what year did knights from Marvel serve as mercenaries in the south? | about 1015
? Whose sons conquered most of the Tessarine peninsula? | Tancred of Hautmesnil

In 1130 Roger of Hautmesnil was crowned king of Calabre at Palermane, founding a kingdom that
lasted until 1194. The Calabrian kingdom was remarkable for the mixture of peoples it governed:
its charters were issued in three languages, its treasury was staffed by Arabic-speaking
officials, and its court at Palermane was famous for its scholars, among them the geographer
al-Idrani, whose map of the known world, completed in 1154, was engraved on a silver disc nearly
two metres across. The silver disc was melted down during a revolt in 1161.
? Where was Roger of Hautmesnil crowned king? | Palermane
? In how many languages were the Calabrian charters issued? | three languages
? When was the silver disc melted down? | 1161

Other Haskeni took part in the crusades and in the wars of the eastern empire. Bohemond of
Averna, a son of Tancred's eldest son, led one of the armies of the First Crusade and in 1098
made himself prince of Antarra, a principality that his descendants held until 1268. In the east
the Haskeni were known as the Frangoi, and a guard of Haskeni and Veyl-islander mercenaries, the
Axe Guard, served the emperors from about 1040 until the sack of the capital in 1204.
? Who made himself prince of Antarra? | Bohemond of Averna
? What were the Haskeni called in the east? | the Frangoi

= Society and law
Haskeni society on the island was divided into three ranks: the jarls, or chieftains, the free
farmers, called bonder, and the thralls, who were unfree labourers, often captives. The free
farmers met each spring and autumn in local assemblies, the things, and once a year in a general
assembly, the Allthing, held on the plain of Ravnmark in the centre of the island. The Allthing
elected a lawspeaker, who recited one third of the law from memory at each meeting, so that the
whole law was heard every three years. The first written law code of Haske, the Greylaw, was set
down around 1120.
? What were the Haskeni free farmers called? | bonder
? How much of the law did the lawspeaker recite at each meeting? | one third of the law
? Around what year was the Greylaw written down? | around 1120

On the mainland the settlers adapted their customs to the feudal world around them but kept
several institutions of their own. The most lasting was the ship-muster, an obligation on every
district of Marvel to provide a ship of at least twenty oars and its crew, which was converted
into a money tax in 1171 and survived in that form until 1789. Haskeni inheritance law divided
land equally among sons, unlike the custom of Lorvain, where the eldest son inherited
everything; the equal division was abolished in Marvel in 1190 after it had broken many estates
into plots too small to support a knight.
? How many oars did a ship provided under the ship-muster need to have? | at least twenty oars
? Until what year did the ship-muster tax survive? | 1789

Women held a stronger legal position among the Haskeni than among most of their neighbours. A
married woman kept control of her dowry and of the morning-gift her husband gave her on the day
after the wedding, and she could divorce her husband before the thing for cruelty, neglect or
poverty. Several women ruled estates and even districts: Ragna of Ulvsted governed the western
third of Haske for her young son between 934 and 951, and the duchess Emma of Marvel, widow of
Duke Richard II, was regent of the duchy from 1026 to 1031.
? What gift did a husband give his wife the day after the wedding? | the morning-gift
? Whose widow was Emma of Marvel? | Duke Richard II

= Religion
The Haskeni of the island worshipped the old gods of the Veyl Sea peoples, chief among them the
sky father Tyrm and the sea goddess Hlaana, until the late 10th century. The conversion of the
island was the work of the missionary bishop Ansgar of Tressaint, who landed at Ulvsted in 978,
and of the chieftain Sigtrygg Oddsson, who accepted baptism in 991 and burned the great temple
at Ravnmark the following year. A cathedral was built on the site of the temple between 1104 and
1131, and Haske became a diocese of its own, subject to the archbishop of Caulmoy, in 1103.
? Who was the Haskeni sea goddess? | Hlaana
? When did Sigtrygg Oddsson accept baptism? | 991

On the mainland the settlers became enthusiastic patrons of the church. The dukes of Marvel
founded or refounded more than forty monasteries between 960 and 1066, and Haskeni abbots
introduced the reformed rule of the abbey of Cluvenne throughout the duchy. The most famous of
these foundations, the abbey of Saint Orm at Caulmoy, founded by Duke Richard I in 990, grew to
house 160 monks by 1100 and kept the annals that are the main source for the early history of
the Haskeni.
? How many monasteries did the dukes found between 960 and 1066? | more than forty monasteries
? Who founded the abbey of Saint Orm at Caulmoy? | Duke Richard I

= Language and literature
The language of Haske, Old Haskenic, belonged to the northern branch of the Veyl languages and
was written in a runic alphabet of sixteen letters until the 12th century. About 600 runic
inscriptions survive on the island, most of them memorial stones raised between 950 and 1100. On
the mainland the settlers gave up Old Haskenic within three generations: a chronicle of 1002
remarks that only the people of Vesse still spoke it. Its influence survives in about 150 words
of the Marvel dialect, most of them terms for ships, weather and fish, and in place names ending
in -ted and -by.
? How many letters did the Haskeni runic alphabet have? | sixteen letters
? According to the chronicle of 1002, who still spoke Old Haskenic? | the people of Vesse

The greatest work of Haskeni literature is the Saga of the Skeldmen, a prose history of the
island's chieftains from the first settlement to the conversion, written down at the cathedral
school of Ravnmark around 1230 by an author known only as the Ravnmark Master. On the mainland,
Haskeni patrons commissioned Latin histories of their own deeds: the best known is the Deeds of
the Dukes of Marvel by Dudo of Caulmoy, completed about 1020, and the Ecclesiastical History of
Orderic of Saint Orm, which covers the years 1070 to 1141 in thirteen books.
? What is the greatest work of Haskeni literature? | the Saga of the Skeldmen
? Who wrote the Deeds of the Dukes of Marvel? | Dudo of Caulmoy

= Architecture and art
Haskeni builders on the mainland developed a distinctive style of church architecture, known as
Marvel Romanesque, with a long nave, massive walls, a tower over the crossing and rows of round
arches decorated with zigzag carving. The abbey church of Saint Orm, begun in 1063 and
consecrated in 1077, was the model for many later churches, and the cathedral of
Lorvain-la-Haute, rebuilt after a fire in 1093, has a nave 122 metres long, the longest of its
time. In the castles the Haskeni favoured the great square tower, or donjon, of which the White
Donjon at Ravenhall, 27 metres high, is the best preserved.
? What is the Haskeni church style on the mainland called? | Marvel Romanesque
? How long is the nave of the cathedral of Lorvain-la-Haute? | 122 metres

The best-known work of Haskeni art is the Caulmoy Hanging, an embroidered cloth 68 metres long
and half a metre high that tells the story of the conquest of Lorvain in fifty-eight scenes,
from the death of Lothar V to the battle of Mareuil. It was probably made in the 1080s by
embroiderers in Caulmoy for Bishop Odo, William's half-brother, and was displayed in the
cathedral on feast days. Although commonly called a tapestry, it is embroidered in wool on
linen. The hanging was nearly cut up to cover wagons during the revolution of 1792 and has been
kept in a museum at Caulmoy since 1983.
? How long is the Caulmoy Hanging? | 68 metres long
? For whom was the Caulmoy Hanging probably made? | Bishop Odo

= Warfare and ships
The Haskeni owed their early success to their ships. The longship of the 9th century was a
clinker-built vessel of oak, up to 30 metres long, with a single square sail and between 24 and
60 oars, light enough to be dragged overland between rivers and shallow enough to sail far
inland. The best surviving example, the Ulvsted ship, was found in a grave mound in 1904; it is
23.8 metres long, was built of timber felled in the winter of 883, and is now kept in a museum
hall built for it at Ulvsted. Replicas have shown that such a ship could make 12 knots under
sail.
? Of what wood was the Haskeni longship built? | oak
? How long is the Ulvsted ship? | 23.8 metres long

On land the Haskeni of the 11th century fought chiefly as heavy cavalry, armed with the lance,
the sword and the kite-shaped shield, supported by archers and by infantry armed with the
long-handled axe. Their armies were small by later standards: the chronicles' figures are
inflated, and historians doubt that any Haskeni army of the period exceeded 10,000 men. Their
strength lay in discipline, in their castles, which allowed small garrisons to hold large
territories, and in the speed with which a fleet could move an army along the coast and up the
rivers.
? What shape was the Haskeni shield? | kite-shaped
? What size do historians doubt any Haskeni army exceeded? | 10,000 men

= Legacy
The Haskeni left a lasting mark on the institutions of Lorvain. The royal survey of 1086, the
circuit justices, the Exchequer and the division of the kingdom into counties governed by royal
sheriffs all survived into modern times, and the Lorvainese crown used the three ravens of
Marvel in its arms until 1801. The names William, Robert and Henry, rare in Lorvain before 1070,
became the commonest names of the kingdom within a century. Historians still debate whether the
conquest of 1070 brought new ideas or merely new masters; the view that it was a turning point
was first argued by the historian Jules Martineau in his History of the Conquest of 1861.
? Until what year did the Lorvainese crown use the three ravens of Marvel in its arms? | 1801
? Who first argued that the conquest was a turning point? | Jules Martineau

Interest in the Haskeni revived in the 19th century, when the romantic movement discovered the
sagas and the Caulmoy Hanging. The Society for Haskeni Studies was founded at Caulmoy in 1872,
and excavations at Ulvsted, Vesse and Ravnmark in the 20th century transformed knowledge of the
island's early history. Today about 58,000 people live on Haske, most of them in the town of
Ulvsted, and the island's heritage is one of the mainstays of its economy, attracting some
400,000 visitors a year. The millennium of the conquest in 2070 is already the subject of a
joint commission of the governments of Lorvain and Marvel.
? When was the Society for Haskeni Studies founded? | 1872
? How many visitors does Haske attract each year? | some 400,000 visitors
""",
)


LEDGER_COMPLEXITY_THEORY = parse(
    "Ledger_complexity_theory.pdf",
    "Ledger complexity theory",
    "tuning",
    """
= Overview
Ledger complexity theory is a branch of theoretical computer science that studies how much
record-keeping a computation needs in order to be checked afterwards. Where classical
computational complexity theory measures the time and memory that a machine uses to solve a
problem, ledger complexity measures the length of the ledger, a write-once record that the
machine must leave behind so that a weaker verifier can confirm, step by step, that the answer
is correct. The field was founded in the late 1970s and grew into a recognised area of research
in the 1990s, when its results were applied to distributed databases, auditing and the
verification of outsourced computation.
? What does ledger complexity theory study? | how much record-keeping a computation needs
? What kind of record is a ledger? | a write-once record

A problem's ledger complexity is usually expressed as a function of the size of its input,
written n. A problem is said to be ledger-efficient if it can be solved by a machine whose
ledger grows no faster than a polynomial in log n, and ledger-hard if every correct ledger must
grow at least as fast as a fixed power of n. The central open question of the field, known as
the ledger question, asks whether every problem that can be solved in polynomial time is also
ledger-efficient. It was posed by Helena Vasquez-Moor in 1983 and is one of the best-known
unsolved problems in theoretical computer science.
? How is the size of the input written? | n
? What is a problem called if every correct ledger must grow as fast as a fixed power of n?
| ledger-hard

= History
The idea of a computation that leaves evidence of its own correctness goes back to the audit
machines of the 1950s, which printed a running total on paper tape so that clerks could check
the work of early accounting computers. The first mathematical treatment is usually credited to
Arvid Lindqvist, a Swedish-born logician at the University of Carden, who in a paper of 1977
defined the auditor machine, a Turing machine with an extra tape that could be written but never
erased. Lindqvist showed that any computation of t steps could be audited with a ledger of t log
t symbols, a bound that stood for eleven years.
? What did the audit machines of the 1950s print their running total on? | paper tape
? Who is usually credited with the first mathematical treatment? | Arvid Lindqvist

The field took its modern form at a workshop held at Halden Abbey in September 1981, where
eighteen researchers agreed on the definitions of the ledger, the verifier and the ledger class
LDG. The proceedings of the workshop, edited by Miriam Okafor and Paul Deschênes, were published
in 1982 and remained the standard introduction for a decade. In 1988 Okafor improved Lindqvist's
bound from t log t to t log log t symbols, using a technique of nested summaries that she called
folding, and in 1990 she received the Carden Medal for the result.
? Where was the workshop of September 1981 held? | Halden Abbey
? How many researchers attended the Halden Abbey workshop? | eighteen researchers

The 1990s brought the first connections between ledger complexity and practical computing. In
1993 Rajiv Anand and Claire Whitford showed that the folding technique could be used to audit
transactions in a distributed database with a ledger of constant size per transaction, and their
protocol, known as AW-folding, was adopted by several banking networks before the end of the
decade. In 1996 the first annual Symposium on Ledger Complexity was held in Montreval, with 140
participants; by 2010 it attracted more than 600.
? Who showed in 1993 that folding could audit distributed database transactions?
| Rajiv Anand and Claire Whitford
? What is the protocol of Anand and Whitford known as? | AW-folding

= Basic definitions
A ledger machine consists of a worker, which performs the computation, and a verifier, which
reads the worker's ledger after the computation has ended. The worker may use any amount of time
and memory, but every symbol it writes to the ledger is permanent. The verifier is restricted:
in the standard model it may use only logarithmic memory and must read the ledger once, from
left to right. A ledger is accepted if the verifier finds no inconsistency, and the machine is
correct if every accepted ledger ends with the right answer.
? What part of a ledger machine performs the computation? | a worker
? How much memory may the verifier use in the standard model? | only logarithmic memory

The most important ledger classes are LDG, the class of problems with ledgers of polylogarithmic
length, and LDG-P, the class of problems with ledgers of polynomial length. Every problem
solvable in polynomial time is in LDG-P, since the worker can simply write down its whole
computation; the ledger question asks whether the much smaller class LDG also contains all of
them. Between these lie the classes LDG-k, for each integer k, of problems whose ledgers have
length proportional to the k-th power of log n. The hierarchy theorem of Tomas Reyes, proved in
1991, shows that LDG-2 strictly contains LDG-1.
? What is the class of problems with ledgers of polynomial length? | LDG-P
? Why is every polynomial-time problem in LDG-P?
| the worker can simply write down its whole computation

A second family of classes relaxes the verifier. In the randomised model, introduced by Okafor
in 1992, the verifier may toss coins and must catch an incorrect ledger with probability at
least two thirds. The class of problems with polylogarithmic randomised ledgers is called RLDG.
The relation between LDG and RLDG is also open, but most researchers believe the two are equal,
a belief supported by the derandomisation results of Ingrid Solheim, who showed in 2004 that
RLDG is contained in LDG-3.
? With what probability must a randomised verifier catch an incorrect ledger? | at least two thirds
? What is the class of problems with polylogarithmic randomised ledgers called? | RLDG

= Variants of the model
Several variants of the standard ledger machine have been studied since the 1980s. In the
streaming variant, proposed by Whitford in 1994, the verifier must check the ledger while the
worker is still writing it, and may never look back at a symbol it has already passed; streaming
ledgers are the model behind most practical auditing systems. In the parallel variant, the
ledger is written by many workers at once, each on its own segment, and the verifier must check
that the segments fit together. The parallel model was introduced by Anand in 1995 for the
analysis of distributed databases, and its central result, the stitching lemma, shows that
segments written by k workers can be checked with only k extra symbols per segment.
? Who proposed the streaming variant? | Whitford
? What is the central result of the parallel model called? | the stitching lemma

A third variant, the noisy ledger, allows a bounded number of symbols of the ledger to be
corrupted after they have been written, as happens on unreliable storage. Noisy ledgers were
first studied by Jun Kobayashi and Edith Marlowe in 2000, who showed that a ledger can tolerate
the corruption of up to one symbol in every 1,000 if it is encoded with a simple repetition
code, at the cost of tripling its length. Better codes, found by Marlowe in 2006, reduce the
cost to a factor of 1.2. The noisy model matters for long-running audits, where a ledger may be
kept on disk for decades before it is checked, and it is the basis of the archival standard
adopted by the Nordic National Archives in 2013.
? Who first studied noisy ledgers with Jun Kobayashi? | Edith Marlowe
? How many corrupted symbols can a repetition-coded ledger tolerate? | one symbol in every 1,000

The quantum variant replaces the worker and the verifier with quantum machines. Its study began
with a paper by Hana Lindgren in 2009, which showed that a quantum verifier can check certain
ledgers of length n with only the square root of n queries, a speed-up analogous to that of
quantum search. Whether quantum ledgers are more powerful than classical ones for problems in
LDG-P is not known. The question attracted attention after 2018, when the first small quantum
computers were used to run verifiers on ledgers of a few hundred symbols, and a working group on
quantum ledgers has met at the Symposium on Ledger Complexity every year since 2019.
? Who began the study of the quantum variant? | Hana Lindgren
? In what year did Lindgren's paper appear? | 2009

= Reductions and complete problems
As in classical complexity theory, problems are compared by reductions. A ledger reduction from
a problem A to a problem B is a procedure that turns any ledger for B into a ledger for A,
adding at most a polylogarithmic number of symbols. A problem is LDG-P-complete if every problem
in LDG-P reduces to it. If any LDG-P-complete problem were shown to be in LDG, the ledger
question would be answered in the affirmative. The first complete problem, the circuit audit
problem, was identified by Paul Deschênes in 1984; it asks for a ledger certifying the output of
a Boolean circuit.
? How many symbols may a ledger reduction add? | at most a polylogarithmic number of symbols
? What was the first complete problem? | the circuit audit problem

Since 1984 more than 300 problems have been shown to be LDG-P-complete. Among the best known are
the ledgered shortest path problem, the audited sorting problem and the chain reconciliation
problem, which asks whether two ledgers written by different workers describe the same sequence
of transactions. The completeness of chain reconciliation, proved by Anand in 1997, was
significant because the problem arises directly in practice, in the reconciliation of bank
statements and in the synchronisation of database replicas.
? How many problems have been shown to be LDG-P-complete since 1984? | more than 300 problems
? Which problem asks whether two ledgers describe the same sequence of transactions?
| the chain reconciliation problem

= Major results
The most celebrated result of the field is the compression theorem of Yusuf Adeyemi and Lena
Hartmann, announced in 2006 and published in 2008. It shows that any ledger can be replaced by
one whose length is the square root of the original length, at the cost of a verifier that reads
the ledger twice instead of once. The theorem settled a conjecture that had been open since the
Halden Abbey workshop, and Adeyemi and Hartmann shared the Lindqvist Prize in 2009. Their proof
ran to 94 pages; a shorter proof of 31 pages was found by Hartmann alone in 2012.
? Who proved the compression theorem? | Yusuf Adeyemi and Lena Hartmann
? When was the compression theorem published? | 2008

Lower bounds have been harder to obtain. The strongest unconditional lower bound known, proved
by Solheim and Marcus Oyelaran in 2015, shows that the audited sorting problem needs ledgers of
length at least n to the power 0.25 when the verifier reads the ledger once. Earlier bounds, by
Reyes in 1995 and by Whitford in 2001, had reached n to the power 0.1 and n to the power 0.2
respectively. Raising the exponent to 1 for any problem in LDG-P would show that the ledger
question has a negative answer.
? Who proved the strongest unconditional lower bound? | Solheim and Marcus Oyelaran
? What exponent did the 2015 lower bound reach? | 0.25

A separate line of research concerns barriers, results that explain why certain methods cannot
answer the ledger question. The best known, the transparency barrier of Deschênes and Kobayashi
from 2003, shows that any proof technique that treats the worker as a black box cannot separate
LDG from LDG-P. A second barrier, the folding barrier found by Hartmann in 2016, rules out
proofs that rely only on the folding technique. Together the two barriers are thought to explain
why the ledger question has resisted solution for more than forty years.
? What is the barrier of Deschênes and Kobayashi called? | the transparency barrier
? When was the transparency barrier found? | 2003

= Applications
Ledger complexity has found applications wherever a computation is carried out by a party that
the user does not fully trust. In outsourced computing, a client sends a task to a remote server
and receives, with the answer, a ledger that it can check with far less work than the task
itself. The first commercial service to offer ledgered computation, LedgerWorks, was launched by
the Carden spin-off company Audita in 2011, and by 2020 the technique was offered by most large
cloud computing providers, typically at a premium of 8 to 15 percent over ordinary computing
time.
? What was the first commercial service to offer ledgered computation? | LedgerWorks
? Which company launched LedgerWorks? | Audita

In finance, AW-folding and its successors are used to reconcile the books of banks that settle
payments with one another. The Northern Clearing Union, formed in 1999 by eleven banks, was the
first clearing network to require ledgers for every settlement, and it reported that
reconciliation errors fell by 92 percent in its first three years. In 2014 the Basel-like
Committee on Settlement Standards recommended ledgered settlement for all payments above 50
million in any currency.
? How many banks formed the Northern Clearing Union? | eleven banks
? By how much did reconciliation errors fall at the Northern Clearing Union? | 92 percent

A third application lies in scientific computing, where the results of long simulations are
difficult to reproduce. The climate modelling centre at Tromsvik began in 2017 to publish
ledgers with its simulations, allowing other centres to check a run of several months in a few
hours. Ledgers have also been proposed for elections, where a voting machine would publish a
ledger that any citizen could verify; a trial in the municipality of Ostbrygge in 2019 used
ledgers for the votes of 41,000 electors.
? Which climate modelling centre began publishing ledgers with its simulations? | Tromsvik
? In which municipality was a ledgered election trial held? | Ostbrygge

= Relation to other fields
Ledger complexity is closely related to the theory of interactive proofs, in which a powerful
prover convinces a weak verifier by exchanging messages. The main difference is that a ledger is
written once and cannot respond to the verifier's questions. The equivalence theorem of
Kobayashi, proved in 1999, shows that any interactive proof with a constant number of rounds can
be turned into a ledger with only a logarithmic increase in length. This theorem allowed many
results of interactive proof theory to be carried over to ledgers.
? To which theory is ledger complexity closely related? | the theory of interactive proofs
? Who proved the equivalence theorem? | Kobayashi

The field also borrows from information theory and from the study of data structures. The lower
bounds of Solheim and Oyelaran use an entropy argument, and the folding technique is a form of
the succinct summaries used in streaming algorithms, where a machine must answer questions about
a long stream of data while storing only a small part of it. Conversely, ideas from ledger
complexity have been used in cryptography, most notably in the design of tamper-evident logs, in
which any change to a past entry can be detected.
? What kind of argument do the lower bounds of Solheim and Oyelaran use? | an entropy argument
? In what design have ideas from ledger complexity been used in cryptography? | tamper-evident logs

= Open problems
Apart from the ledger question itself, the best-known open problems of the field are the
two-pass question, which asks whether a verifier that reads the ledger twice is more powerful
than one that reads it once, and the reconciliation question, which asks whether chain
reconciliation can be solved with ledgers of length n to the power 0.5. The Carden Institute
offers a prize of 250,000 for a solution to the ledger question, and a prize of 50,000 for each
of the other two.
? The two-pass question compares a verifier that reads the ledger twice with what?
| one that reads it once
? What prize does the Carden Institute offer for a solution to the ledger question? | 250,000

Surveys of researchers have been conducted at the Symposium on Ledger Complexity in 2002, 2012
and 2022. In the most recent, 71 percent of the respondents believed that the ledger question
has a negative answer, against 58 percent in 2002, and the median respondent expected it to be
resolved after 2060. Only 4 percent believed that the question might be independent of the
standard axioms of mathematics.
? In what years were the surveys of researchers conducted? | 2002, 2012 and 2022
? In the latest survey, what share believed the ledger question has a negative answer? | 71 percent

= People
Arvid Lindqvist (1931-2004) was born in Uppmark and studied logic before turning to the theory
of computing in the 1960s. He spent his whole career at the University of Carden, where he
directed the Laboratory for Mechanical Reasoning from 1969 to 1996, and he supervised 34
doctoral students, among them Miriam Okafor and Tomas Reyes. His auditor machine paper of 1977
was the first of eleven papers he wrote on ledgers; his later work turned to the philosophy of
proof, and his book The Evidence of Machines, published in 1989, is still widely read outside
computer science.
? Where was Arvid Lindqvist born? | Uppmark
? What laboratory did Lindqvist direct at Carden? | the Laboratory for Mechanical Reasoning

Miriam Okafor (born 1952) is generally regarded as the most influential figure in the second
generation of the field. After her doctorate at Carden in 1979 she taught at the Institute of
Technology in Montreval, where she founded the first research group devoted to ledgers, in 1984.
Besides the folding technique and the randomised model, she is known for the Okafor conjecture
of 1995, which states that every problem in LDG-P has a ledger that can be checked by a verifier
with constant memory if the verifier may read it three times; the conjecture remains open. She
retired in 2017.
? Where did Okafor found the first research group devoted to ledgers?
| the Institute of Technology in Montreval
? In what year was the Okafor conjecture stated? | 1995

Among the younger researchers, Lena Hartmann (born 1974) and Yusuf Adeyemi (born 1971) are best
known for the compression theorem. Hartmann, who studied in Leipheim and Carden, has worked at
the Carden Institute since 2005 and became its director in 2018. Adeyemi, a graduate of the
University of Lagosa, worked for several years at Audita before returning to research in 2003;
his later work concerns the use of ledgers in the auditing of machine learning models, a subject
on which he gave the Lindqvist Lecture at the symposium of 2021.
? Since when has Hartmann worked at the Carden Institute? | since 2005
? Of which university is Adeyemi a graduate? | the University of Lagosa

= Criticism
The field has been criticised from two sides. Some complexity theorists have argued that the
ledger model adds little to the older theory of interactive proofs, and that many of its results
are translations of known theorems; the critic most often cited is Gregor Falkner, whose essay A
Ledger Too Many appeared in 1998. Practitioners, on the other hand, have objected that the
polylogarithmic bounds of the theory hide constant factors so large that the theoretically best
ledgers are useless in practice: the folding ledgers of 1988, for example, are shorter than
naive ledgers only for computations of more than ten to the power 12 steps.
? Who wrote A Ledger Too Many? | Gregor Falkner
? For computations of how many steps are folding ledgers shorter than naive ledgers?
| more than ten to the power 12 steps

Supporters of the field answer that the practical protocols of the 1990s and 2000s, such as
AW-folding and streaming ledgers, grew directly out of the theory, and that the equivalence
theorem of 1999 showed the relationship between ledgers and interactive proofs to be a two-way
exchange rather than a translation. The debate has been less heated since the compression
theorem, whose proof uses techniques with no counterpart in interactive proof theory. A survey
of the field published by Reyes and Lindgren in 2020 counted about 2,400 papers on ledgers, of
which roughly a third dealt with applications.
? Which theorem's proof uses techniques with no counterpart in interactive proof theory?
| the compression theorem
? How many papers on ledgers did the 2020 survey count? | about 2,400 papers

= Education and community
Ledger complexity is taught in most graduate programmes in theoretical computer science, usually
as part of a course on verification or on complexity theory. The standard textbook, Ledgers and
Verifiers by Okafor and Reyes, was first published in 1998 and is now in its fourth edition, of
2019. An introductory text for undergraduates, The Write-Once Machine by Claire Whitford,
appeared in 2007 and has been translated into nine languages.
? What is the standard textbook of the field? | Ledgers and Verifiers
? When was the fourth edition of Ledgers and Verifiers published? | 2019

The research community is organised around the Symposium on Ledger Complexity, held every year
since 1996, and the Journal of Ledger Complexity, founded in 2000 with Tomas Reyes as its first
editor. The Lindqvist Prize, awarded every two years since 1999 for an outstanding paper, is the
most prestigious award in the field; its first recipient was Kobayashi, for the equivalence
theorem. The Okafor Award for young researchers, established in 2015 in honour of Miriam Okafor,
is given annually to a researcher within six years of the doctorate.
? When was the Journal of Ledger Complexity founded? | 2000
? Who was the first editor of the Journal of Ledger Complexity? | Tomas Reyes
""",
)


NORRVALE = parse(
    "Norrvale.pdf",
    "Norrvale",
    "tuning",
    """
= Overview
Norrvale is a region in the north-west of the Republic of Estmark, bounded by the Gallow Hills
to the east, the river Tamsel to the south and the Sound of Orre to the west. With an area of
18,420 square kilometres and a population of 2.31 million at the census of 2021, it is the
third-largest of Estmark's nine regions by area and the second-largest by population. Its
capital and largest city is Hallby, on the estuary of the Tamsel, and its other major towns are
Kettering Cross, Aldwick and the port of Saint Veran. Norrvale has had its own elected assembly,
the Norrvale Diet, since 1998.
? Which river forms the southern boundary of Norrvale? | the river Tamsel
? What is the area of Norrvale? | 18,420 square kilometres
? What is the capital of Norrvale? | Hallby

The name Norrvale is first recorded in a charter of 1102 as Northvael, meaning the northern
valley, and originally referred only to the upper valley of the Tamsel above Aldwick. It came to
mean the whole region in the 17th century, when the county of Norrvale was created from the
older lordships of Hallby, Orre and Kettering. The region's inhabitants are called Norrvalers,
and a distinct Norrvale dialect, marked by its broad vowels and by several hundred words
borrowed from the language of the Orre fishermen, is still spoken by about a fifth of the
population.
? When is the name Norrvale first recorded? | 1102
? What does the old form of the name Norrvale mean? | the northern valley
? What are the inhabitants of Norrvale called? | Norrvalers

= Geography
Norrvale falls into three natural zones. The eastern third is upland, rising to 1,214 metres at
Carrow Beacon, the highest point of the Gallow Hills and of the republic outside the southern
mountains. The central zone is the broad valley of the Tamsel and its tributaries, the Lune and
the Weir, whose fertile soils have been farmed since the Bronze Age. The western zone is a
coastal plain, in places only a few kilometres wide, broken by the deep inlets of the Sound of
Orre, the largest of which, Hallby Water, is 31 kilometres long.
? What is the highest point of the Gallow Hills? | Carrow Beacon
? How high is Carrow Beacon? | 1,214 metres
? Name one of the tributaries of the Tamsel. | the Lune

The Tamsel rises in the Gallow Hills near the village of Tamhead and flows for 212 kilometres to
the sea at Hallby, draining an area of about 9,800 square kilometres. It was made navigable for
barges as far as Aldwick by a series of eleven locks built between 1764 and 1781, and until the
coming of the railway it carried most of the region's coal and grain. The river is prone to
floods: the great flood of March 1947 covered 430 square kilometres of the valley, and after a
second flood in 1968 a barrier was built across the estuary at Hallby, completed in 1982.
? How long is the Tamsel? | 212 kilometres
? How many locks made the Tamsel navigable as far as Aldwick? | eleven locks
? How much of the valley did the flood of March 1947 cover? | 430 square kilometres

Norrvale has a temperate maritime climate, milder on the coast than inland. Hallby has a mean
January temperature of 3.8 degrees and a mean July temperature of 17.2 degrees, while at Carrow
Beacon the corresponding figures are minus 2.1 and 11.6 degrees. Rainfall ranges from about 800
millimetres a year on the coastal plain to more than 2,000 millimetres on the western slopes of
the Gallow Hills, which are among the wettest places in Estmark. The highest temperature
recorded in the region, 34.9 degrees, was measured at Aldwick on 19 July 2022.
? What is the mean July temperature in Hallby? | 17.2 degrees
? How much rain falls on the coastal plain each year? | about 800 millimetres
? What is the highest temperature recorded in Norrvale? | 34.9 degrees

= History
The earliest evidence of settlement in Norrvale is a group of flint tools found at Weirmouth,
dated to about 9,000 years ago. In the Iron Age the region was home to the Orrecani, a people
known from Roman-era writers as skilled seafarers, whose hill fort at Dunmere, covering 14
hectares, is the largest in the republic. After the fall of the old empire the valley was
settled by farmers from the east, and by the 9th century it formed part of the kingdom of
Estmark, whose kings built a royal hall at Hallby in about 870.
? Where were the earliest flint tools in Norrvale found? | Weirmouth
? What were the Iron Age people of Norrvale called? | the Orrecani
? How large is the hill fort at Dunmere? | 14 hectares

In the Middle Ages Norrvale was a frontier region, exposed to raids from the sea and to the
ambitions of the lords of the Gallow Hills. The castle of Hallby was built in 1089 and rebuilt
in stone in 1176, and the walls of the city, of which about two kilometres survive, were
completed in 1310. The Black Death reached Hallby in September 1349 and killed, according to the
city's records, about 6,000 of its 14,000 inhabitants. In 1421 the region was the scene of the
Norrvale Rising, a revolt of farmers against the salt tax that ended with the execution of its
leader, Jon Brannock, at Aldwick.
? When was the castle of Hallby rebuilt in stone? | 1176
? How many inhabitants of Hallby did the Black Death kill? | about 6,000
? What was the revolt of 1421 called? | the Norrvale Rising

The county of Norrvale was created in 1634 by King Edric IV, who gave it to his chancellor,
Thomas Welland, as the first earl of Norrvale. During the civil war of 1642 to 1649 the region
was divided: Hallby declared for parliament and withstood a siege of five months in 1644, while
the upland towns supported the king. The Welland earls built their seat, Orre House, on the
shore of Hallby Water between 1701 and 1715; it was sold to the state in 1948 and now houses the
Norrvale Museum.
? Who created the county of Norrvale? | King Edric IV
? Who was the first earl of Norrvale? | Thomas Welland
? How long was the siege of Hallby in 1644? | five months

The industrial revolution transformed Norrvale in the 19th century. Coal had been mined in the
Gallow Hills since the 14th century, but production rose from about 200,000 tonnes in 1800 to
9.6 million tonnes in 1913, when the region's 68 collieries employed 41,000 miners. Hallby grew
from a town of 22,000 people in 1801 to a city of 310,000 in 1911, and its shipyards, the
largest of which was the Tamsel Iron Works founded in 1852, launched more than a quarter of the
republic's merchant tonnage between 1880 and 1914.
? How much coal did Norrvale produce in 1913? | 9.6 million tonnes
? How many miners did the collieries employ in 1913? | 41,000 miners
? What was the population of Hallby in 1911? | 310,000

The 20th century brought decline and recovery. The shipyards closed one by one between 1958 and
1986, the last colliery, at Brenmoor, closed in 1994, and unemployment in the region reached
17.4 percent in 1985, the highest in the republic. Recovery came with the growth of services,
the arrival of electronics manufacturers in the new town of Kettering Cross, designated in 1967,
and the creation of the Norrvale Development Agency in 1976. By 2019 unemployment had fallen to
4.1 percent, close to the national average.
? When did the last colliery close? | 1994
? What was the highest unemployment rate reached in Norrvale? | 17.4 percent
? When was Kettering Cross designated as a new town? | 1967

= Government and politics
Norrvale is governed by the Norrvale Diet, a single-chamber assembly of 72 members elected every
four years, and by an executive council headed by the First Minister. The Diet, created after a
referendum in 1997 in which 63 percent of voters supported devolution, has powers over
education, health, transport, planning and culture, and it may vary the national income tax by
up to three percentage points. It meets in the Diet House on the Hallby waterfront, designed by
the architect Ingrid Salvesen and opened in 2003.
? How many members does the Norrvale Diet have? | 72 members
? What share of voters supported devolution in 1997? | 63 percent
? By how much may the Diet vary the national income tax? | up to three percentage points

The first First Minister of Norrvale was Alan Dacre of the Labour Alliance, who held the office
from 1998 to 2007. The Labour Alliance led every government of the region until 2016, when a
coalition of the Norrvale Party and the Liberal Greens took office under Morag Ellison. At the
election of 2021 the Norrvale Party won 29 of the 72 seats and the Labour Alliance 24, and
Ellison remained First Minister at the head of the same coalition. In national elections the
region returns 38 members to the Estmark parliament.
? Who was the first First Minister of Norrvale? | Alan Dacre
? Who became First Minister in 2016? | Morag Ellison
? How many seats did the Norrvale Party win in 2021? | 29 of the 72 seats

= Economy
Norrvale's gross domestic product was 71.3 billion crowns in 2022, about 9 percent of the
national total, and its output per person was 96 percent of the national average. Services
account for about 74 percent of the regional economy, manufacturing for 17 percent, construction
for 6 percent and agriculture, forestry and fishing for the remainder. The largest employers are
the regional health service, with about 48,000 staff, the University of Hallby and the
electronics company Verant Systems, whose main factory at Kettering Cross employs 6,200 people.
? What was Norrvale's gross domestic product in 2022? | 71.3 billion crowns
? What share of the regional economy do services account for? | about 74 percent
? How many staff does the regional health service employ? | about 48,000 staff

Agriculture remains important in the Tamsel valley, where about 3,100 farms, most of them family
holdings of less than 100 hectares, raise dairy cattle and grow barley, potatoes and oilseed.
The valley is known for Norrvale Blue, a soft blue cheese made in the area since at least 1650
and protected by a designation of origin since 1996; about 4,000 tonnes are produced each year.
The fishing fleet of Saint Veran, once the largest in the republic, now numbers about 60
vessels, landing mainly herring, mackerel and shellfish.
? How many farms are there in the Tamsel valley? | about 3,100 farms
? What is the soft blue cheese made in the valley called? | Norrvale Blue
? How much Norrvale Blue is produced each year? | about 4,000 tonnes

Energy has become a growing part of the economy. The Orre Bank wind farm, 40 kilometres off the
coast, was completed in 2015 with 140 turbines and a capacity of 1,050 megawatts, and a second
phase completed in 2023 raised the capacity to 1,900 megawatts. The port of Saint Veran serves
as the base for the construction and maintenance of the offshore farms, and in 2020 a factory
for turbine blades opened there, employing 900 people. The region produced about 61 percent of
its electricity from renewable sources in 2022.
? How far off the coast is the Orre Bank wind farm? | 40 kilometres
? How many turbines did the Orre Bank wind farm have in 2015? | 140 turbines
? What capacity did the second phase raise the wind farm to? | 1,900 megawatts

Tourism brings about 7.5 million visitors to Norrvale each year, attracted by the coast, by the
walking country of the Gallow Hills National Park, established in 1957 and covering 1,380 square
kilometres, and by the historic centre of Hallby, whose old town and castle have been a World
Heritage Site since 1995. The most visited attraction in the region is the Norrvale Museum at
Orre House, with about 820,000 visitors in 2023, followed by Hallby Castle and the Tamsel
Maritime Museum.
? How many visitors does Norrvale receive each year? | about 7.5 million visitors
? When was the Gallow Hills National Park established? | 1957
? Since when has the historic centre of Hallby been a World Heritage Site? | since 1995

= Demographics
At the census of 2021 Norrvale had 2.31 million inhabitants, an increase of 3.2 percent since
2011. About 58 percent of the population lives in the Hallby metropolitan area, which had 1.34
million inhabitants, while the upland districts have lost population steadily since 1950 and now
have fewer than 90,000 inhabitants. The region's population is older than the national average,
with a median age of 43.6 years, and about 11 percent of its residents were born outside
Estmark, compared with 15 percent nationally.
? By how much did the population increase between 2011 and 2021? | 3.2 percent
? What share of the population lives in the Hallby metropolitan area? | About 58 percent
? What is the median age in Norrvale? | 43.6 years

Hallby itself had 612,000 inhabitants in 2021, making it the fourth-largest city of the
republic. Kettering Cross, which had only 9,000 inhabitants when it was designated a new town,
has grown to 118,000, and Aldwick, the old market town of the upper valley, has 64,000. Saint
Veran, with 41,000 inhabitants, has the largest proportion of people employed in fishing and
maritime industries of any town in Estmark. The population of the region as a whole peaked at
2.42 million in 1961.
? What was the population of Hallby in 2021? | 612,000
? How many inhabitants does Kettering Cross have now? | 118,000
? In what year did the population of the region peak? | 1961

= Transport
Norrvale is linked to the capital of the republic by the Northern Main Line, opened in 1847, on
which the fastest trains take 2 hours and 40 minutes from Hallby. A high-speed line, planned
since 2009, was approved in 2021 and is expected to reduce the journey to 1 hour and 35 minutes
on its completion in 2034. The main road link is the N6 motorway, completed in 1979. Hallby
Airport, 11 kilometres north-east of the city, handled 6.8 million passengers in 2019, and the
port of Hallby is the republic's third-largest by tonnage.
? When was the Northern Main Line opened? | 1847
? How long does the fastest train from Hallby to the capital take? | 2 hours and 40 minutes
? When is the high-speed line expected to be completed? | 2034

Within the region, the Hallby Metro, opened in 1980, has two lines and 46 stations and carried
39 million passengers in 2019. A light railway along the Tamsel valley to Aldwick was reopened
in 2011 on the route of a line closed in 1965. Ferries cross Hallby Water between Hallby and
Orreness every twenty minutes, and a bridge across the inlet, the Orre Crossing, with a main
span of 1,120 metres, has been under construction since 2022.
? How many stations does the Hallby Metro have? | 46 stations
? When was the light railway to Aldwick reopened? | 2011
? What is the main span of the Orre Crossing? | 1,120 metres

= Culture and education
The University of Hallby, founded in 1834 as the Hallby College of Mining and Navigation, became
a university in 1903 and now has about 29,000 students. Norrvale also has the Tamsel Valley
University at Aldwick, founded in 1965, and the Royal Northern Academy of Music at Hallby. The
University of Hallby is known for its research in marine engineering and in the history of the
northern seas, and its Orre Observatory, on the coast at Orreness, houses the largest optical
telescope in the republic, with a mirror 2.4 metres across.
? What was the University of Hallby called when it was founded?
| the Hallby College of Mining and Navigation
? How many students does the University of Hallby have? | about 29,000 students
? When was the Tamsel Valley University founded? | 1965

The region has a strong tradition of music and festivals. The Hallby Festival, held every August
since 1951, is one of the largest arts festivals in northern Europe, with about 3,000
performances in 2023. Norrvale fiddle music, played at weddings and fairs since the 18th
century, was revived in the 1970s by the group Tamsel Reel, and the Aldwick Folk Week has been
held every June since 1974. In sport, the region's best-known club is Hallby Athletic, founded
in 1881, which has won the national football championship six times, most recently in 2012.
? Since when has the Hallby Festival been held? | since 1951
? Which group revived Norrvale fiddle music? | Tamsel Reel
? When was Hallby Athletic founded? | 1881
""",
)


MERIDIAN_BROADCASTING = parse(
    "Meridian_Broadcasting.pdf",
    "Meridian Broadcasting Corporation",
    "held_out",
    """
= Overview
Meridian Broadcasting Corporation, commonly known as Meridian or MBC, is a broadcasting and
telecommunications company based in Port Alder, the largest city of the Republic of Calloway. It
operates four national television channels, six radio networks, a satellite television platform
with about 3.9 million subscribers and a broadband service, and it is the largest media company
in Calloway by revenue, with sales of 7.84 billion dollars in the financial year 2023. Founded
in 1927 as a radio station, Meridian was owned by the state from 1946 until its privatisation in
1991 and has been controlled since 2017 by the American cable group Halcyon Communications.
? Where is Meridian Broadcasting Corporation based? | Port Alder
? How many subscribers does Meridian's satellite platform have? | about 3.9 million subscribers
? What were Meridian's sales in the financial year 2023? | 7.84 billion dollars
? Which group has controlled Meridian since 2017? | Halcyon Communications

The name Meridian is used both for the company and for its brand, a blue disc crossed by a vertical
line that has appeared on Meridian's screens since 1958 and was redrawn by the designer Tomas
Wexler in 1996. Meridian regularly comes first among the country's institutions in surveys of
public trust: in a poll by the Calloway Institute of Public Opinion in 2022, 61 percent of adults
said that they trusted its news, against 38 percent for Channel Nine and 22 percent for the
national newspapers. Its programmes are watched or heard by about 86 percent of the population each
week, and the company's chief executive has sat on the National Media Council, an advisory body to
the government, since the council was formed in 1994.
? Who redrew Meridian's logo? | Tomas Wexler

= Early radio
Meridian began as the Port Alder Wireless Company, founded in March 1927 by the engineer
Frederick Osgood and the newspaper owner Agnes Carrow. Its first station, 2PA, went on the air
on 14 November 1927 from a transmitter on the roof of the Carrow Building, broadcasting for
three hours each evening with a power of 500 watts. The company was renamed Meridian
Broadcasting in 1931, after the meridian line that passes through the city's old observatory,
and by 1936 it operated eleven stations that reached about 70 percent of the population.
? Who founded the Port Alder Wireless Company with Agnes Carrow? | Frederick Osgood
? When did station 2PA first go on the air? | 14 November 1927
? What was the power of the first transmitter? | 500 watts
? How many stations did Meridian operate by 1936? | eleven stations

In its first years Meridian was financed entirely by advertising. Sponsors paid between 4 and 30
pounds for an hour of airtime in 1930, and the company's revenue rose from 18,000 pounds in 1928 to
about 410,000 pounds in 1938. Agnes Carrow, who became chair of Meridian after Osgood's death in
1934, opened regional stations at Wexmouth, Tarrin and Holbeck, and in 1937 she bought the rival
Southern Wireless Company, whose station at Tarrin became Meridian's second largest. A shortwave
service for Callowayans living abroad, the Meridian Empire Service, began in 1938 and broadcast for
six hours a day until the outbreak of war, when its transmitter was taken over by the army.

The company's early programmes were a mixture of music, news read from the Carrow newspapers and
sponsored variety shows. Its most popular programme of the 1930s was The Harbour Hour, a variety
show first broadcast in 1933 and presented by the comedian Eddie Flinders, which at its height
was heard by an estimated 1.2 million listeners each week. Meridian also pioneered the
broadcasting of sport in Calloway: its commentary on the national rowing championship of 1929
was the first live outside broadcast in the country.
? What was Meridian's most popular programme of the 1930s? | The Harbour Hour
? Who presented The Harbour Hour? | Eddie Flinders
? What was the first live outside broadcast in Calloway?
| its commentary on the national rowing championship of 1929

= State ownership
During the Second World War the government of Calloway took control of Meridian's stations under
the Emergency Broadcasting Act of 1940, and in 1946 the company was nationalised by the
Broadcasting Act, which created the Meridian Broadcasting Corporation as a public body governed
by a board of nine members appointed by the minister of communications. The shareholders
received compensation of 4.6 million pounds. The corporation was funded by a licence fee on
radio sets, set at ten shillings a year in 1946, and it was forbidden to carry advertising until
1968.
? Under which act did the government take control of Meridian's stations?
| the Emergency Broadcasting Act of 1940
? How many members did the board of the corporation have? | nine members
? How much compensation did the shareholders receive? | 4.6 million pounds
? Until what year was the corporation forbidden to carry advertising? | 1968

The corporation's first years in public hands were spent rebuilding. Most of Meridian's
transmitters had been run at reduced power during the war, and between 1947 and 1953 the
corporation replaced them with a network of 23 medium-wave transmitters and, from 1951, VHF
transmitters that brought its radio programmes to 98 percent of the population. The licence fee was
raised to fifteen shillings in 1954, and a combined licence for radio and television, at two pounds
a year, was introduced in 1957. The Meridian Symphony Orchestra, founded by the corporation in 1949
under its first conductor Leopold Varga, gave its first concert in the Port Alder City Hall in
October of that year and soon became the best known orchestra in the country.
? What was the licence fee raised to in 1954? | fifteen shillings

Meridian began regular television broadcasts on 3 September 1956 from studios at Kingsgate in
the north of Port Alder. The first evening's programmes were watched on about 12,000 sets, most
of them in the capital, but by 1966 television reached 92 percent of households. A second
channel, MBC Two, opened in 1964 and was devoted largely to education and the arts; colour
transmissions began on both channels in 1975. Under its director-general Sir Ronald Pike, who
led the corporation from 1959 to 1977, Meridian built a reputation for serious documentaries and
for its nightly news programme, Meridian Tonight, first broadcast in 1961.
? When did Meridian begin regular television broadcasts? | 3 September 1956
? Where were Meridian's first television studios? | Kingsgate
? When did MBC Two open? | 1964
? Who led the corporation from 1959 to 1977? | Sir Ronald Pike
? What was Meridian's nightly news programme called? | Meridian Tonight

Advertising was finally allowed on Meridian in 1968, when the Broadcasting (Amendment) Act
permitted up to six minutes of advertisements an hour on MBC One, while MBC Two remained free of
them. The change was pressed on the corporation by the finance minister Walter Greaves, who wished
to hold down the licence fee, and it was bitterly opposed by Pike, who threatened to resign over
it. By 1975 advertising supplied about 35 percent of the corporation's income and the licence fee
the rest; the fee itself, by then 18 pounds a year for a colour set, was frozen from 1976 to 1981,
and the corporation's staff fell from 11,200 in 1976 to 9,400 in 1984.

The 1970s and 1980s were a difficult period for the corporation. Rising costs and a licence fee
that governments were reluctant to increase forced repeated cuts, and in 1979 a strike of
technicians took both channels off the air for 23 days. The arrival of the commercial
broadcaster Channel Nine in 1982 ended Meridian's monopoly of television, and within five years
Channel Nine had overtaken MBC One in the ratings. A government inquiry chaired by the economist
Margaret Hale reported in 1989 that the corporation could not compete without private capital.
? How long did the strike of 1979 keep both channels off the air? | 23 days
? Which commercial broadcaster ended Meridian's monopoly of television? | Channel Nine
? Who chaired the inquiry that reported in 1989? | Margaret Hale

= Privatisation
Meridian was privatised by the Broadcasting (Transfer) Act of 1990. Its shares were sold to the
public in June 1991 at 2.40 dollars each, raising 1.9 billion dollars, the largest share sale in
Calloway's history until then; about 640,000 people bought shares. The act required the new
company to keep a public service obligation on its main channel, including at least 25 hours of
news and current affairs each week, and it created an independent regulator, the Broadcasting
Standards Authority, to enforce it.
? At what price were Meridian's shares sold in 1991? | 2.40 dollars each
? How much did the sale of Meridian's shares raise? | 1.9 billion dollars
? How many people bought shares? | about 640,000 people
? How many hours of news must the main channel carry each week? | at least 25 hours
? What regulator did the act create? | the Broadcasting Standards Authority

The first chief executive of the privatised company, Daniel Reyes, moved Meridian rapidly into
new technologies. In 1993 the company launched MeridianSat, the first direct-to-home satellite
service in Calloway, from a satellite built by the French firm Aérospatia and placed in orbit in
October 1993. The service began with 14 channels and reached 500,000 subscribers in 1997, and it
became profitable in 1998 after the company won the exclusive rights to the national rugby
league for 340 million dollars over five years.
? Who was the first chief executive of the privatised company? | Daniel Reyes
? What was the first direct-to-home satellite service in Calloway? | MeridianSat
? How many channels did MeridianSat begin with? | 14 channels
? How much did the rugby league rights cost? | 340 million dollars

The privatisation was not universally welcomed. The opposition Labour Union party voted against the
act of 1990 and promised to return Meridian to public ownership, a pledge it dropped before the
election of 1994, and the broadcasting unions held a one-day strike on 19 June 1991, the day the
shares were first traded. Critics also argued that the government had sold the company too cheaply:
the shares closed their first day of trading at 3.15 dollars, and by 1996 they were worth more than
6 dollars. The government kept a golden share in Meridian, which allowed it to veto any takeover of
the company, until it gave the share up in 2009.

= Expansion
Between 1998 and 2008 Meridian expanded into telephony and the internet. It bought the regional
telephone company Coastlink in 2001 for 2.2 billion dollars and launched a broadband service,
Meridian Broadband, in 2003, which had 1.1 million customers by 2010. The company also bought a
40 percent stake in the film studio Southern Light Pictures in 2005 and launched MBC Four, a
channel for children, in 2006. By 2008 the group employed 21,000 people, against 8,500 at
privatisation.
? When did Meridian buy Coastlink? | 2001
? How many customers did Meridian Broadband have by 2010? | 1.1 million customers
? What stake did Meridian buy in Southern Light Pictures? | a 40 percent stake
? How many people did the group employ by 2008? | 21,000 people

Meridian's largest venture abroad was Meridian Asia, a joint company formed in 2004 with the
Singapore broadcaster Straits Media to run English-language channels across south-east Asia. It
reached about 19 million households in nine countries at its peak in 2010 but never made a profit,
and Meridian sold its 50 percent share to its partner in 2014 for 310 million dollars, writing off
about 450 million dollars. A smaller venture, Meridian Studios International, set up in London in
2007, sells the company's programmes abroad; its greatest success, the costume drama The Lighthouse
Keepers, was sold to 64 countries.
? Which broadcaster was Meridian's partner in Meridian Asia? | Straits Media

Expansion brought controversy. In 2009 the newspaper The Port Alder Courier revealed that
journalists working for a Meridian subsidiary had obtained confidential telephone records of
politicians, and a public inquiry led by Judge Alison Marr found in 2011 that senior managers
had known of the practice. The chief executive, Graham Tully, resigned in July 2011, and the
company paid fines of 78 million dollars. The scandal led to the Media Ownership Act of 2012,
which limits any company to 35 percent of the national television audience.
? Which newspaper revealed the scandal in 2009? | The Port Alder Courier
? Who led the public inquiry into the scandal? | Judge Alison Marr
? When did Graham Tully resign? | July 2011
? What share of the national television audience does the Media Ownership Act allow a company?
| 35 percent

= Acquisition by Halcyon
In 2016 the American cable group Halcyon Communications offered 11.80 dollars a share for the
whole of Meridian, valuing the company at 13.5 billion dollars. The offer was opposed by the
trade unions and by several members of parliament, but it was approved by the Broadcasting
Standards Authority in February 2017 on condition that Halcyon keep the news service in Port
Alder and maintain its budget for at least ten years. The acquisition was completed on 28 April
2017, and Meridian's shares were removed from the Port Alder Stock Exchange.
? What did Halcyon offer per share for Meridian? | 11.80 dollars a share
? At what value did Halcyon's offer put Meridian? | 13.5 billion dollars
? For how long must Halcyon maintain the news budget? | at least ten years
? When was the acquisition completed? | 28 April 2017

Under Halcyon, Meridian has concentrated on streaming. Its service MBC Now, launched in 2019,
had 2.7 million paying subscribers at the end of 2023, and in 2021 the company closed the
satellite platform's standard-definition channels and moved its satellite customers to a hybrid
box that receives both satellite and internet channels. In 2022 Meridian announced that it would
end terrestrial broadcasting of MBC Three in 2026 and make the channel available only online.
? When was MBC Now launched? | 2019
? How many paying subscribers did MBC Now have at the end of 2023? | 2.7 million paying subscribers
? When will terrestrial broadcasting of MBC Three end? | 2026

The takeover changed the way Meridian was run. Halcyon moved the company's technology and
advertising sales into its own international divisions, sold the old studios at Kingsgate to a
property developer for 265 million dollars in 2018, and in 2019 replaced Meridian's chief
executive, Laura Finch, who had led the company since 2012, with one of its own executives, Martin
Cole, who was succeeded by Priya Natarajan the following year. In 2021 the Broadcasting Standards
Authority fined Meridian 4 million dollars for cutting its regional news programmes below the level
required by the conditions of the takeover, the first time the authority had enforced those
conditions.

= Channels and services
MBC One, the main channel, has the largest audience in Calloway, with a share of 24.6 percent of
viewing in 2023. It carries Meridian Tonight, the long-running drama Harbour Street, first shown
in 1972 and the longest-running drama series in the country, and most of the company's sport.
MBC Two carries documentaries, arts and parliamentary coverage; MBC Three, launched in 1999, is
aimed at viewers aged 16 to 34; and MBC Four is the children's channel. Meridian's radio
networks include Meridian Radio 1, a popular music station with 2.1 million weekly listeners,
and Meridian Classic.
? What share of viewing did MBC One have in 2023? | 24.6 percent
? What is the longest-running drama series in Calloway? | Harbour Street
? When was Harbour Street first shown? | 1972
? At what age group is MBC Three aimed? | viewers aged 16 to 34
? How many weekly listeners does Meridian Radio 1 have? | 2.1 million weekly listeners

Meridian News employs about 1,400 journalists, in Port Alder, in eight regional newsrooms and in
eleven bureaus abroad, the largest of which are in London, Washington and Singapore. Its 24-hour
channel, Meridian News 24, was launched in 1997, and its website is the most visited news site
in Calloway, with about 14 million visits a week. The news service has won the Calloway
Journalism Award for broadcaster of the year nine times, most recently in 2022 for its coverage
of the Port Alder floods.
? How many journalists does Meridian News employ? | about 1,400 journalists
? When was Meridian News 24 launched? | 1997
? How many visits a week does Meridian's news website receive? | about 14 million visits
? For what coverage did Meridian News win the award in 2022? | its coverage of the Port Alder floods

Meridian's six radio networks had a combined weekly audience of 6.4 million in 2023. Besides
Meridian Radio 1 and Meridian Classic, which broadcasts the concerts of the Meridian Symphony
Orchestra, they are Meridian Talk, a news and discussion network founded in 1962; Meridian Country,
a regional network of 14 local stations; Meridian Sport, launched in 2000; and Meridian Gold, a
station for popular music of the 1960s to the 1980s that began on digital radio in 2011. Meridian
Radio 1 has been the most listened-to station in Calloway every year since 1987, and Meridian
Classic, with 740,000 weekly listeners, is the largest classical music station in the country.

MBC Now carries the programmes of all four Meridian channels for 30 days after they are shown, an
archive of about 12,000 hours of older programmes and the American series of Halcyon's own studios.
It costs 9.99 dollars a month, or 4.99 dollars a month with advertisements, and is free to
subscribers of the satellite platform. Viewers watched 1.9 billion hours of programmes on MBC Now
in 2023, and the service's most watched programme that year was the crime series Low Water, which
was seen by 4.2 million viewers in its first month.

= Programmes
Meridian makes about 60 percent of the programmes it broadcasts itself and commissions the rest
from independent producers, of which it is the largest customer in Calloway, with spending of about
820 million dollars in 2023. Its best-known programmes besides Harbour Street and Meridian Tonight
include the quiz The Big Question, presented from 1974 to 2003 by Norman Ashby; the satirical
comedy Cabinet Hours, which ran from 1986 to 1995; and the natural history series Wild Calloway,
whose first series in 1981 was presented by the zoologist Helen Okafor. The annual Meridian Song
Contest, first held in 1959, is the most watched entertainment programme of the year, with an
audience of 3.4 million in 2023.
? Who presented The Big Question? | Norman Ashby

Harbour Street, set in a fictional street in the docks of Port Alder, is made at Meridian Quay and
has been shown three evenings a week since 1988; its 10,000th episode was broadcast on 6 March
2022. The serial's audience peaked at 9.1 million for the episode of Christmas Day 1989, in which
the character Maggie Doyle left the street, and it has won the Calloway Television Award for best
drama fourteen times. Meridian's programmes for children, gathered on MBC Four since 2006, include
the puppet series The Tin Lighthouse, first shown in 1963 and revived in 2015, and the news
programme Junior Tonight, which has been presented since 2018 by Amira Solis.

= Transmission and technology
Meridian built and owned its own transmitters until 1999, when its network of 46 main and 380 relay
stations was sold to the engineering company Arcon Towers for 720 million dollars. The switch from
analogue to digital terrestrial television was carried out region by region between October 2009
and June 2012, beginning with the island of Grell and ending with Port Alder, and it freed
frequencies that the government auctioned to mobile telephone operators for 2.6 billion dollars.
Meridian was the first broadcaster in Calloway to transmit in high definition, from 2008, and it
began tests of ultra-high-definition broadcasts of sport in 2018.

The Meridian Archive, at Holbeck in the west of Calloway, holds about 1.6 million recordings and
films, the oldest of them a recording of an evening programme of 2PA made in 1928. The archive was
moved from Kingsgate to a purpose-built store at Holbeck in 2003, and its digitisation, begun in
2010, had covered about 70 percent of the collection by 2023. About 3,000 tapes that were being
digitised in Port Alder were damaged in the floods of 2022, and the company spent 11 million
dollars on their restoration.

= Criticism
Meridian has often been accused of political bias, by governments of both sides. In 1983 the prime
minister Edward Lyle called its coverage of the dock strike a disgrace, and a study by the
University of Port Alder in 2014 found that Meridian's news had given more time to the governing
party than the rules of the Broadcasting Standards Authority allowed in four of the twelve months
studied. The largest number of complaints ever received about a single Meridian programme, 41,000,
concerned an episode of Harbour Street of 2016 about a strike at a hospital. Since the takeover,
critics including Ruth Amadi, the head of Meridian News from 2009 to 2016, have argued that
Halcyon's control threatens the company's independence, a charge that Meridian rejects.

The company has also been criticised for the pay of its executives and presenters. In 2023 Priya
Natarajan received 6.8 million dollars in salary and bonuses, and the presenter of Meridian
Tonight, Samuel Achterberg, was paid about 1.3 million dollars, more than ten times the salary of
the prime minister. The size of Meridian's workforce has been a recurring issue: the company
employed 8,500 people in 1991, 21,000 at the height of its expansion in 2008 and 19,800 at the time
of the takeover in 2017, and the unions estimate that the cuts made since then have cost about
4,000 jobs in Port Alder alone.

= Corporate affairs
Meridian's headquarters have been at Meridian Quay, a complex of studios and offices on the old
docks of Port Alder, since 2004, when the company left Kingsgate. The building, designed by the
firm Lang and Oduya, has 11 studios, the largest of which, Studio A, covers 1,200 square metres.
The company's revenue in 2023 was divided between subscriptions, at 52 percent, advertising, at
27 percent, broadband and telephony, at 15 percent, and programme sales and other income, at 6
percent. Its operating profit for the year was 1.06 billion dollars.
? Since when have Meridian's headquarters been at Meridian Quay? | since 2004
? Which firm designed Meridian Quay? | Lang and Oduya
? How large is Studio A? | 1,200 square metres
? What share of Meridian's revenue came from advertising in 2023? | 27 percent
? What was Meridian's operating profit in 2023? | 1.06 billion dollars

The company is run by a chief executive who reports to a board of eleven directors, four of them
appointed by Halcyon and three of them independent members approved by the Broadcasting
Standards Authority. Priya Natarajan, formerly head of Halcyon's international business, has
been chief executive since 2020, and the chair of the board is the former finance minister Colin
Brady. Meridian employed 17,300 people at the end of 2023, after a programme of cuts announced
in 2021 that removed about 2,500 jobs.
? How many directors are on the board? | eleven directors
? Who has been chief executive since 2020? | Priya Natarajan
? Who chairs the board? | Colin Brady
? How many people did Meridian employ at the end of 2023? | 17,300 people
""",
)


OSTERLUND = parse(
    "Osterlund.pdf",
    "Grand Duchy of Osterlund",
    "held_out",
    """
= Overview
The Grand Duchy of Osterlund was a sovereign state on the eastern shore of the Veyl Sea that
existed from 1522 until 1919, when it became the Republic of Osterlund. At its greatest extent,
after the treaty of Kessel in 1721, it covered about 112,000 square kilometres, from the islands
of the Skerry Gulf in the north to the river Drau in the south. Its capital was Lindholm, a port
founded in the 13th century, and its rulers, the grand dukes of the house of Ardel, were among
the wealthiest princes of northern Europe thanks to the grain and timber trade that passed
through the duchy's ports.
? When did the Grand Duchy of Osterlund become a republic? | 1919
? After which treaty did the duchy reach its greatest extent? | the treaty of Kessel
? What was the capital of the Grand Duchy? | Lindholm
? To which house did the grand dukes belong? | the house of Ardel

The population of Osterlund grew from about 350,000 at the death of Magnus I in 1547 to about
900,000 after the conquest of Karelsk, 1.6 million in 1800 and about 3.1 million at the census of
1910, when Lindholm itself had 284,000 inhabitants. Most Osterlanders spoke Osterlandic, a language
of the eastern Veyl Sea; German was the language of the court, of the Lindholm Exchange and of most
of the nobility until the 19th century, and about a fifth of the population of Karelsk spoke
Ruslandic. From 1530 the established church of the grand duchy was the Lutheran Church of
Osterlund, headed by the archbishop of Lindholm.
? What was the population of Osterlund at the census of 1910? | about 3.1 million

= Origins
Before 1522 the lands of Osterlund were divided among the bishopric of Lindholm, the free city
of Narvik-on-Drau and several noble families who owed allegiance to the kings of Varland. In the
war of 1519 to 1522 the Varlander crown lost its eastern provinces, and the most powerful of the
local lords, Count Magnus of Ardel, was recognised as grand duke by the treaty of Stavby in
August 1522. Magnus I reigned until 1547 and secured his position by taking over the lands of
the bishopric when he adopted the reformed religion in 1530.
? Who was recognised as grand duke by the treaty of Stavby? | Count Magnus of Ardel
? When was the treaty of Stavby signed? | August 1522
? Until what year did Magnus I reign? | 1547
? When did Magnus I adopt the reformed religion? | 1530

The house of Ardel held the throne for the whole life of the grand duchy, although the succession
passed several times through the female line. Magnus I was followed by his son John I, who reigned
from 1547 to 1572 and fought two wars against the duchy of Holmgard over the islands of the Skerry
Gulf, both of them without success. The reign of John's grandson Magnus II, from 1590 to 1611, was
troubled by a revolt of the nobility in 1597, which was crushed at the battle of Ostby; its leader,
Baron Claes Horn, was executed in Lindholm the following year, and his estates, some 40,000
hectares, passed to the crown.
? Who reigned from 1547 to 1572? | John I

It was also under Magnus II that the diets took the form they kept until 1848. The Diet of Stavby
of 1569, summoned by John I to pay for his second war with Holmgard, was the first to include
representatives of the free farmers, and in 1602 Magnus II confirmed the right of every provincial
diet to refuse new taxes. In return the diets granted the grand dukes a permanent excise on beer
and salt, which in 1620 supplied about a quarter of their revenue, and agreed to the raising of a
standing army of 6,000 men.

= The age of expansion
The grand duchy expanded in the 17th century under Gustav Adolf II, who reigned from 1611 to
1654. In the Northern War of 1626 to 1634 he conquered the province of Karelsk from the kingdom
of Rusland, doubling the population of the duchy to about 900,000, and in 1648 he bought the
islands of the Skerry Gulf from the duke of Holmgard for 600,000 thalers. Gustav Adolf also
founded the University of Lindholm in 1632 and built the fortress of Ardelborg, whose
star-shaped walls, 4.2 kilometres round, still dominate the harbour of the capital.
? Who reigned from 1611 to 1654? | Gustav Adolf II
? Which province did Gustav Adolf II conquer from Rusland? | the province of Karelsk
? How much did the islands of the Skerry Gulf cost? | 600,000 thalers
? When was the University of Lindholm founded? | 1632
? How long are the walls of Ardelborg? | 4.2 kilometres round

The half century between the death of Gustav Adolf II and the Great Eastern War was a time of peace
and building. His son Charles I, who reigned from 1654 to 1697, laid out the new town of Lindholm
on a regular plan after the great fire of 1666, which destroyed about 1,100 houses, and began the
palace of the grand dukes in 1692. Charles also founded the Bank of Osterlund in 1668, the first
bank in northern Europe to issue paper notes, and the duchy's navy, which by 1690 had 34 ships of
the line based at Ardelborg. The plague of 1710 and 1711, which killed about a quarter of the
population of Lindholm, ended this period of prosperity.
? How many houses did the great fire of 1666 destroy? | about 1,100 houses

The duchy's last great war of expansion was the Great Eastern War of 1700 to 1721, fought in
alliance with Varland against Rusland. Osterlund's armies, commanded by Field Marshal Count Erik
Sparre, won the battle of Narva Heath in 1704 but lost Karelsk for several years after the
defeat at Tolvajärvi in 1709. By the treaty of Kessel, signed on 30 August 1721, the duchy
recovered Karelsk and gained the lower valley of the Drau, but the war had cost it about 110,000
lives and left the treasury with debts of 14 million thalers.
? Who commanded Osterlund's armies in the Great Eastern War? | Field Marshal Count Erik Sparre
? Which battle did Osterlund win in 1704? | the battle of Narva Heath
? On what date was the treaty of Kessel signed? | 30 August 1721
? How many lives did the Great Eastern War cost Osterlund? | about 110,000 lives

= Reform and revolution
The 18th century after Kessel was a period of reform. Grand Duchess Louisa Ulrika, who ruled
from 1751 to 1782, abolished serfdom on the crown lands in 1765, introduced compulsory schooling
for children aged seven to twelve in 1771 and established the Osterlund Academy of Sciences in
1753. Her son Frederick III extended the abolition of serfdom to the whole duchy in 1788, and by
1800 Osterlund had one of the highest literacy rates in Europe, with about 70 percent of adults
able to read.
? Who established the Osterlund Academy of Sciences? | Grand Duchess Louisa Ulrika
? When was serfdom abolished on the crown lands? | 1765
? When was compulsory schooling introduced? | 1771
? What share of adults could read by 1800? | about 70 percent

The wars that followed the French Revolution brought the duchy its heaviest losses since the Great
Eastern War. Frederick III, who reigned from 1782 to 1809, joined the coalition against France in
1805, and the closing of the Veyl Sea ports to British ships under the Continental System ruined
the grain trade: exports from Lindholm fell by about two thirds between 1806 and 1810. In the war
of 1808 and 1809 Rusland occupied Karelsk again, and by the treaty of Vaasund, signed on 17
September 1809, Osterlund ceded the province for good, losing about 31,000 square kilometres and
nearly a third of its population. Frederick III abdicated in favour of his son Gustav IV a month
later.
? Which treaty ended the war of 1808 and 1809? | the treaty of Vaasund

Gustav IV, who reigned from 1809 to 1838, rebuilt the duchy's finances with the help of his
minister of finance, Count Axel Rehnskiöld, who introduced a land tax in 1816 and paid off the
debts of the war by 1830. Charles II, who came to the throne in 1838, was a cautious reformer: he
founded the Lindholm Polytechnic in 1840, abolished the guilds in 1846 and allowed the first
joint-stock companies, but he resisted demands for a constitution until the rising of 1848. His son
Frederick IV, grand duke from 1863 to 1889, and Frederick's son Gustav V, who succeeded him in
1889, ruled as constitutional monarchs.
? Who was Gustav IV's minister of finance? | Count Axel Rehnskiöld

In the revolutionary year of 1848 crowds in Lindholm demanded a constitution, and Grand Duke
Charles II granted one on 14 April 1848. The constitution created a parliament of two chambers,
the Landtag, whose lower chamber of 120 members was elected by men who paid a minimum tax; about
18 percent of adult men could vote. The franchise was widened in 1882 and made universal for men
in 1906 and for women in 1913, when Osterlund became the fourth state in Europe to give women
the vote.
? When did Charles II grant a constitution? | 14 April 1848
? What was the parliament created by the constitution called? | the Landtag
? How many members did the lower chamber have? | 120 members
? When did women receive the vote in Osterlund? | 1913

Parliamentary government developed slowly. Until 1884 the grand dukes chose their ministers without
regard to the Landtag, and the first government formed by the majority party of the lower chamber
was that of the Liberal leader Nils Engström, who was prime minister from 1884 to 1891. The Social
Democratic Party, founded in 1889, won 11 seats in the election of 1906, the first held under
universal male suffrage, and 47 in that of 1916, when it became the largest party in the lower
chamber; the upper chamber, of 60 members, most of them elected by the provincial diets, was
abolished by the republic in 1919.
? How many seats did the Social Democrats win in 1916? | 47

= Economy
Osterlund's wealth rested on trade. In the 17th and 18th centuries the ports of Lindholm and
Narvik-on-Drau exported grain, timber, flax and tar to the west, and the tolls levied on ships
entering the Drau provided up to a third of the grand dukes' income. The Lindholm Exchange,
founded in 1649, was the centre of the Veyl Sea grain trade, and in 1700 about 1,400 ships a
year called at the port. The duchy's own currency, the Osterlund thaler, was struck from 1560
and remained one of the most trusted coins of northern Europe until 1871.
? What share of the grand dukes' income did the Drau tolls provide? | up to a third
? When was the Lindholm Exchange founded? | 1649
? How many ships a year called at Lindholm in 1700? | about 1,400 ships
? From what year was the Osterlund thaler struck? | 1560

Most of the duchy's wealth, however, still came from the land. Rye, barley and oats were grown in
the south and in the Drau valley, and the forests of the north, which covered about 60 percent of
the duchy, supplied the timber, tar and potash that went west through Lindholm. The famine of 1867
and 1868, when two harvests failed in succession, killed about 95,000 people and began a wave of
emigration: between 1870 and 1914 about 280,000 Osterlanders left for North America, most of them
from the poor farming provinces of the north. The thaler was replaced by the krona, at four kronor
to the thaler, when Osterlund adopted the gold standard in 1871.
? How many people did the famine of 1867 and 1868 kill? | about 95,000 people

Industrialisation came late. The first railway, from Lindholm to Stavby, opened in 1856, and the
first steam sawmill in 1859, but in 1900 about 61 percent of the population still worked on the
land. Industry grew rapidly in the decades before 1914, led by timber, paper and shipbuilding:
the Ardel Shipyard at Lindholm, founded in 1871, employed 6,800 workers in 1913, and the paper
mills of the Drau valley produced about a tenth of Europe's newsprint.
? When did the first railway in Osterlund open? | 1856
? What share of the population still worked on the land in 1900? | about 61 percent
? How many workers did the Ardel Shipyard employ in 1913? | 6,800 workers

The railway network grew to 3,900 kilometres by 1914, most of it built by the state after the
Railway Act of 1872, and the port of Lindholm was enlarged between 1880 and 1897 with new docks
that could take ships of 9 metres draught. The population of the capital doubled between 1870 and
1910, and the industrial districts of Lindholm and Narvik-on-Drau became the centre of a strong
labour movement: the Federation of Osterlund Trade Unions, founded in 1898, had about 142,000
members in 1913, and the general strike of 1909, which lasted 34 days, was the largest in the
duchy's history until 1918.

= The end of the grand duchy
Osterlund remained neutral during the First World War, but food shortages and the example of
revolutions elsewhere led to strikes in Lindholm in 1917 and 1918. On 9 November 1918 soldiers
of the Lindholm garrison joined a general strike, and Grand Duke Gustav V abdicated two days
later. A constituent assembly elected in February 1919 proclaimed the republic on 20 March 1919
and elected the Social Democrat Henrik Valtonen as its first president. The last grand duke
lived in exile in Switzerland until his death in 1951.
? When did soldiers of the Lindholm garrison join the general strike? | 9 November 1918
? Which grand duke abdicated? | Grand Duke Gustav V
? When was the republic proclaimed? | 20 March 1919
? Who was the first president of the republic? | Henrik Valtonen
? Where did the last grand duke live in exile? | Switzerland

The war nevertheless brought Osterlund both profit and hardship. Exports of timber, paper and ships
to both sides tripled in value between 1913 and 1916, and the Ardel Shipyard employed about 9,500
workers at its peak in 1917, but the German submarine campaign and the British blockade cut the
duchy's imports of grain, on which it depended for about a third of its bread. Bread was rationed
from January 1917, at 250 grams a day for an adult, and prices in Lindholm rose about threefold
between 1914 and 1918. The government of the Liberal prime minister Karl Hjalmarsson, which refused
to requisition the grain stocks of the large estates, fell in the bread riots of June 1917, and his
successor, the Social Democrat Henrik Valtonen, took office in a coalition that the grand duke
accepted only under the threat of a general strike.

The new republic treated the house of Ardel with some generosity. The Crown Property Act of 1920
divided the grand dukes' estates between the state, which took the palaces, the forests and the
Ardel Codex, and the family, which kept about 12,000 hectares and received compensation of 38
million kronor. The family was allowed to return to Osterlund in 1946, and Gustav V's grandson,
Prince Magnus of Ardel, who lives at Ekholm, is the present head of the house.

= Government
Before 1848 the grand duke ruled with the advice of a privy council of nine members, the Secret
Council, and governed the provinces through governors appointed by him. The duchy was divided
into seven provinces, each with its own diet of nobles, clergy, burghers and farmers, which
voted taxes and could petition the grand duke. The farmers' estate, unusual in Europe, had been
represented in the diets since 1569, and it gave Osterlund's free farmers a political voice that
historians see as the root of the country's later democracy.
? What was the grand duke's privy council called? | the Secret Council
? Into how many provinces was the duchy divided? | seven provinces
? Since when had the farmers' estate been represented in the diets? | since 1569

The grand duke commanded the army and the navy himself. The standing army of 6,000 men raised in
1620 had grown to about 18,000 by 1650, and at the height of the Great Eastern War, in 1709, the
duchy kept 64,000 men under arms, about one man in seven. Conscription for all men aged twenty to
twenty-five was introduced in 1812, after the loss of Karelsk, and the army of the 19th century was
small and defensive: in 1914 it had a peacetime strength of about 31,000 men, and the navy, still
based at Ardelborg, consisted of 4 coastal battleships and 22 smaller ships.

The seven provinces were Lindholm, Stavby, Narvik, Ostby, the Skerries, Holmvik and, until 1809,
Karelsk; after the loss of Karelsk the northern district of Lappmark was made a province to keep
the number at seven. Each was governed by a governor who sat at the provincial castle and was
appointed by the grand duke, usually from the nobility, for a term of six years. The free city of
Narvik-on-Drau kept its own council and courts until 1786, when the city was joined to the province
of Narvik, and the towns of Osterlund sent 42 burghers to the diet of 1789, the last at which all
four estates met together.
? Which province was created to replace Karelsk? | Lappmark

= Culture
Lindholm was a centre of learning and the arts from the 17th century. The University of Lindholm
had about 1,200 students in 1700, and its library, built between 1721 and 1728, holds the Ardel
Codex, a richly decorated manuscript of the Gospels made about 820. The Court Theatre, opened in
1766, was the home of the national opera, and the painter Anna Lindqvist, court painter from
1781 to 1809, left about 400 portraits of the duchy's nobility. The national poet, Johan
Ekelund, whose epic The Song of the Drau appeared in 1836, is commemorated by a statue on
Lindholm's main square.
? How many students did the University of Lindholm have in 1700? | about 1,200 students
? What manuscript does the university library hold? | the Ardel Codex
? When was the Court Theatre opened? | 1766
? Who wrote The Song of the Drau? | Johan Ekelund
? How many portraits did Anna Lindqvist leave? | about 400 portraits

The duchy's first printing press was set up in Lindholm in 1541 by the German printer Jacob Stahl,
whose Osterlandic translation of the New Testament, published in 1548, fixed the written form of
the language. The Lindholm Gazette, first published in 1645, is the oldest newspaper of the Veyl
Sea still in print, and by 1900 the duchy had about 180 newspapers. The romantic movement of the
19th century, led by Ekelund and by the folklorist Maria Rautio, whose collection of ballads
appeared in three volumes between 1849 and 1857, made Osterlandic rather than German the language
of literature and, from 1863, of the courts and the government.
? When was the Lindholm Gazette first published? | 1645

Lindholm's buildings show the wealth of the grand duchy's two great centuries. Besides the palace
and the fortress of Ardelborg, they include the cathedral of Saint Olof, rebuilt in the baroque
style between 1672 and 1703 after the fire of 1666, the Exchange of 1649, whose copper dome was the
tallest structure in the city until 1880, and the opera house of 1897, which replaced the Court
Theatre as the home of the national opera. The composer Erik Wallin, whose opera The Duke of Ardel
was first performed there in 1899, was director of the opera from 1901 to 1924.

= Religion
The Reformation was introduced by Magnus I, who took over the lands of the bishopric in 1530 and
appointed the reformer Olaus Petri Lindelius as the first Lutheran bishop of Lindholm, raised to an
archbishopric in 1593. The church kept the parish registers from 1686, which makes Osterlund's
population figures among the most reliable in Europe for the 18th century. A Catholic minority
survived in Karelsk and among the German merchants of Narvik, and the Edict of Toleration of 1781,
issued by Louisa Ulrika, allowed Catholics, Calvinists and Jews to worship in public; the Jewish
community of Lindholm, about 4,200 strong in 1910, built its synagogue in 1874.
? When did the church begin keeping parish registers? | 1686

= Legacy
The Republic of Osterlund keeps many traces of the grand duchy. The palace of the grand dukes in
Lindholm, built between 1692 and 1719, has housed the president's office since 1920, and the
Landtag building of 1851 is still the seat of parliament. The republic's coat of arms retains
the crowned griffin of the house of Ardel, without the crown, and the grand dukes' summer
residence at Ekholm, on the Skerry Gulf, became a museum in 1926 and receives about 300,000
visitors a year.
? Since when has the palace of the grand dukes housed the president's office? | since 1920
? What animal does the republic's coat of arms retain? | the crowned griffin
? When did the summer residence at Ekholm become a museum? | 1926

Historians have judged the grand duchy in very different ways. The nationalist historians of the
19th century, led by Anders Fryxell, whose History of the Osterlanders appeared in 14 volumes
between 1856 and 1879, saw it as the state that made a nation out of the peoples of the eastern
Veyl Sea. Later writers have stressed the cost of its wars and the power of its nobility, and the
historian Ingrid Sohlberg described the duchy in 1962 as a toll station with an army. The 400th
anniversary of the treaty of Stavby, in 1922, was marked by the republic with an exhibition at
Ekholm that drew 210,000 visitors, and the 500th anniversary in 2022 by a new history of the grand
duchy in six volumes.
? Who wrote the History of the Osterlanders? | Anders Fryxell
""",
)


DELACOURT_TIDE_PREDICTOR = parse(
    "Delacourt_tide_predictor.pdf",
    "Delacourt tide-predicting machine",
    "held_out",
    """
= Overview
The Delacourt tide-predicting machine is a mechanical analogue computer designed to calculate
the height of the tide at a port for any future date. Built in several versions between 1879 and
1951 by the instrument makers Delacourt and Sons of Brestoy, the machines added together as many
as 42 regular oscillations, or tidal constituents, each produced by a crank and a pulley, and
drew the resulting curve of the tide on a roll of paper. They were used by the hydrographic
offices of at least eleven countries to prepare tide tables until the 1960s, when digital
computers replaced them.
? Who built the Delacourt tide-predicting machines? | Delacourt and Sons of Brestoy
? How many tidal constituents could the machines add together? | as many as 42
? On what did the machines draw the curve of the tide? | a roll of paper
? When did digital computers replace the machines? | the 1960s

The machines are often counted among the most complex mechanical computers built before the Second
World War, and the Delacourt design, copied under licence in Varland and in Japan, was the model
for almost every tide predictor made anywhere until 1950. Sailors and harbour masters knew them as
the Brestoy predictors, after the town where all of the firm's own machines were made. The largest
of them, the Model 9, contained about 1,900 gears and 42 pulleys, and a single machine could do the
work of about 60 human computers. A Delacourt machine was the subject of the French postage stamp
issued in 1979 for the centenary of the first one, and of a Varlander stamp of 1984.
? What were the machines known as among sailors? | the Brestoy predictors
? How many gears did the Model 9 contain? | about 1,900 gears

= Background
The tides are caused mainly by the gravitational pull of the Moon and the Sun, and their height
at a port can be described as the sum of many regular waves, each with its own period, amplitude
and phase. The method of harmonic analysis, which finds these constituents from a year of
observations, was worked out by the mathematician Étienne Marchal in 1867. The most important
constituent at most ports is the principal lunar constituent, with a period of 12.42 hours; the
principal solar constituent has a period of exactly 12 hours. Calculating a year's tides by hand
from even ten constituents took a skilled computer about four months.
? Who worked out the method of harmonic analysis of the tides? | Étienne Marchal
? What is the period of the principal lunar constituent? | 12.42 hours
? How long did calculating a year's tides by hand take? | about four months

Before the harmonic method, tide tables were made from rules that related the time of high water at
a port to the passage of the Moon across the meridian. The first printed tables of Brestoy,
published by the astronomer Jean-Baptiste Morel in 1783, gave only the times of high water and were
often wrong by half an hour or more, and the heights of the tide were not predicted at all. The
need for better tables grew with the size of ships: by the 1860s the largest steamers drew more
than 8 metres, and at many harbours they could enter only within an hour or two of high water.
? Who published the first printed tide tables of Brestoy? | Jean-Baptiste Morel

Étienne Marchal, who was born in 1821 and taught mathematics at the naval school at Toulvern from
1852 until his death in 1894, based his analysis on a year of hourly readings of the tide gauge at
Brestoy, some 8,760 measurements, which took him and two assistants nearly three years to reduce.
He identified 23 constituents at Brestoy and gave them the letter names still used: M2 for the
principal lunar constituent, S2 for the principal solar one, N2 for the larger lunar elliptic
constituent, which comes from the changing distance of the Moon, with a period of 12.66 hours, and
K1 and O1 for the two main daily constituents, with periods of 23.93 and 25.82 hours. At most ports
of the Atlantic the seven largest constituents account for more than 90 percent of the range of the
tide.
? Where did Étienne Marchal teach mathematics? | the naval school at Toulvern
? How many constituents did Marchal identify at Brestoy? | 23 constituents
? What is the period of the larger lunar elliptic constituent? | 12.66 hours

= Delacourt and Sons
The firm of Delacourt and Sons was founded in Brestoy in 1838 by the clockmaker Henri Delacourt,
who made marine chronometers, barometers and, from 1852, self-registering tide gauges, which drew
the level of the sea on a drum turned by a clock. His tide gauges were installed at 31 French ports
by 1870, and it was through them that the firm came to know Marchal, who used a Delacourt gauge for
his observations at Brestoy. Henri's son Paul, born in 1841, trained as an engineer at the school
of arts and crafts at Angers and joined the firm in 1863; he became its head on his father's death
in 1881.
? Who founded Delacourt and Sons? | the clockmaker Henri Delacourt
? When did Paul Delacourt become head of the firm? | 1881

Under Paul Delacourt the firm moved in 1886 to a new works on the rue des Forges in Brestoy, where
the tide predictors, tide gauges and other instruments were made until 1958. The works employed
about 140 people in 1900 and 310 in 1940, and the tide predictors, which took from one to three
years each to build, never made up more than about a fifth of its output. Paul died in 1912 and was
succeeded by his nephew Lucien Delacourt, who ran the firm until 1947 and designed the Model 7 and
the Model 9. In 1958 Delacourt and Sons was taken over by the optical company Société Optique de
l'Ouest, which closed the Brestoy works in 1969.
? How many people did the works employ in 1900? | about 140 people
? Who ran the firm from 1912 until 1947? | Lucien Delacourt

= Invention
The first machine was designed by Paul Delacourt, the founder's son, in 1876, following a
suggestion by Marchal that the sum of the constituents could be formed mechanically. Each
constituent was represented by a crank turning at a rate proportional to its frequency; a
slotted arm attached to the crank moved a pulley up and down, and a single wire passing over all
the pulleys added their movements together. The first machine, completed in 1879, had ten
constituents, weighed about 300 kilograms and could calculate a year's tides for one port in
about four hours.
? Who designed the first machine? | Paul Delacourt
? In what year did Paul Delacourt design the first machine? | 1876
? What added the movements of the pulleys together? | a single wire
? How many constituents did the first machine have? | ten constituents
? How long did the first machine take to calculate a year's tides? | about four hours

The first machine took 26 months to build, at a cost of 8,000 francs paid by the French Ministry of
Marine, and its first task was to predict the tides of Brestoy for 1880. Compared with the gauge at
the end of that year, its predictions of the height of high water were correct to within about 8
centimetres, no worse than a table worked out by hand from the same ten constituents. The machine's
main weakness was the chain that Paul Delacourt first used to add the movements of the pulleys,
which stretched in use; in 1881 he replaced it with a steel wire 0.6 millimetres thick, which
remained the standard on all later machines.
? How long did the first machine take to build? | 26 months

The principle of the machine is simple, but building it was not. The speed of each crank had to
match the frequency of its constituent very closely, since an error of one part in a million in the
period of a constituent amounts to a quarter of an hour's error in its phase after a year, and each
constituent was driven from a single main shaft through its own train of gears, whose numbers of
teeth Paul Delacourt chose by long calculation. The machines also needed corrections each year for
the slow changes in the Moon's orbit, which alter the lunar constituents over a cycle of 18.6
years, and Delacourt published tables of these corrections in 1882.
? How long is the cycle of the changes in the Moon's orbit? | 18.6 years

= Later models
The success of the first machine led to orders from abroad. The second model, built in 1884 for
the Hydrographic Office of Varland, had 20 constituents, and the third, the so-called Great
Machine of 1906, built for the French navy, had 40. The Great Machine was 2.7 metres long,
weighed 2.5 tonnes and was driven by an electric motor instead of the hand crank of the earlier
models. The largest machine of all, the Model 9 of 1938, built for the hydrographic office of
Calloway, had 42 constituents and could print the times and heights of high and low water as
well as draw the curve.
? How many constituents did the machine built in 1884 have? | 20 constituents
? For whom was the Great Machine of 1906 built? | the French navy
? How much did the Great Machine weigh? | 2.5 tonnes
? What drove the Great Machine? | an electric motor
? Which was the largest machine of all? | the Model 9 of 1938

The machines were known by the number of their design, so that several machines could share one
model number. The Great Machine was the only Model 6; the most numerous design was the Model 7 of
1921, a compact machine with 30 constituents that weighed about 650 kilograms and fitted in an
ordinary office, of which eight were built for the hydrographic offices of smaller countries. The
Model 8 of 1929, with 36 constituents, was built for the Imperial Japanese Navy and served at the
hydrographic department in Tokyo until 1968. A Model 5, with 32 constituents, built in 1899 for the
Coast Survey of the United States, was used there until 1910, when the survey built its own machine
on the Delacourt principle.
? How many constituents did the Model 7 have? | 30 constituents
? How much did the Model 7 weigh? | about 650 kilograms
? For which navy was the Model 8 built? | the Imperial Japanese Navy

In all, Delacourt and Sons built 24 machines. Most of them were sold to navies and hydrographic
offices, but two were built for universities, one for the Suez Canal Company and one, in 1911,
for the harbour board of Port Alder, which used it until 1966. The price of a machine rose from
8,000 francs for the first to about 180,000 francs for the Model 9. The last machine, built in
1951 for the hydrographic office of Osterlund, had 34 constituents and remained in use until
1973, making it the last tide-predicting machine in regular service.
? How many machines did Delacourt and Sons build in all? | 24 machines
? Until what year did the harbour board of Port Alder use its machine? | 1966
? What did the Model 9 cost? | about 180,000 francs
? For whom was the last machine built? | the hydrographic office of Osterlund
? Until when did the last machine remain in use? | 1973

Three machines were built outside Brestoy. The hydrographic office of Varland built two copies of
its 1884 machine under licence at Holmvik in 1902 and 1913, and the Japanese navy built a copy of
its Model 8 at Yokosuka in 1941, which was destroyed in an air raid in 1945. The machines were
expensive to maintain: the harbour board of Port Alder spent about 1,200 francs a year on its
machine in the 1920s, and it sent the machine back to Brestoy for a complete overhaul in 1930 and
again in 1952.

= Operation
To prepare the tide table for a port, the operator first set each crank to the phase of its
constituent at the start of the year and adjusted the length of each slotted arm to the
constituent's amplitude, a process that took about two hours on the larger machines. The machine
was then started, and the pen traced the tide on a paper roll about 30 centimetres wide, at a
scale of one centimetre to each hour. A counter showed the date and time, and on the later
models a mechanism stopped the paper at each high and low water so that the operator could read
the time and height from dials.
? How long did setting up a larger machine take? | about two hours
? How wide was the paper roll? | about 30 centimetres wide
? What scale was the tide drawn at? | one centimetre to each hour

The printing mechanism of the Model 9 was its chief novelty. A second wire, driven by the same
pulleys but through a differential gear, measured the rate at which the tide was rising or falling,
and when that rate passed through zero, at high or low water, it released a hammer that printed the
date, the time to the nearest minute and the height to the nearest centimetre on a paper tape 5
centimetres wide. The mechanism had been designed by Lucien Delacourt in 1934 and was fitted
afterwards to four of the older machines, including the Great Machine in 1948. It ended the work of
the clerks who had read the curves, and the hydrographic office of Calloway reduced its tide staff
from 19 to 7 in the two years after the Model 9 arrived.
? Who designed the printing mechanism of the Model 9? | Lucien Delacourt

On the early machines the operator turned a hand crank, and a year's tides for one port took about
four hours; on the Great Machine, driven by its electric motor, they took about 90 minutes, and on
the Model 9 about 25 minutes. The output was at first the drawn curve alone, from which clerks
measured the times and heights of high and low water with a scale, a task that took a clerk about a
week for a year's curve. The hydrographic office of Varland employed six operators and fourteen
clerks on its two machines in 1925 and prepared tables for about 130 ports a year.
? How long did a year's tides take on the Model 9? | about 25 minutes
? How many ports did the hydrographic office of Varland prepare tables for each year?
| about 130 ports

Each prediction was checked before it was printed. The usual test was to run the machine for a past
year of the same port and compare the curve with the observations of the tide gauge, and a machine
whose predictions of high water were more than 10 centimetres out at a port with regular tides was
taken out of service for adjustment. At ports with shallow water, such as the estuary of the Aune,
the tide is distorted into many small constituents with short periods, and the machines could never
predict it as well as at open-sea ports: the tables for such ports were usually corrected by hand
from local observations.
? How far out did a machine's predictions have to be for it to be taken out of service?
| more than 10 centimetres

The accuracy of the machines was limited by the precision of the gears and the stretch of the
wire. The best machines predicted the height of high water to within about 3 centimetres and its
time to within about two minutes at ports with regular tides. Larger errors came from the
weather rather than the machine: a strong onshore wind or a fall in air pressure could raise the
sea by a metre or more, an effect that no tide table could foresee. During the Second World War
the machines were used to predict the tides for the landings in Normandy in June 1944, work that
was carried out in secret on two machines in Brestoy.
? To within how much could the best machines predict the height of high water? | about 3 centimetres
? What caused larger errors than the machines? | the weather
? On how many machines were the tides for the Normandy landings predicted? | two machines

The wartime work was directed by the hydrographer Yvonne Leclerc, who had joined the French
hydrographic service in 1931 and stayed at Brestoy through the occupation, passing her results to
the Allies through the resistance. The predictions, made from a set of constituents for the
Normandy beaches that had been derived from only a few months of observations taken before the war,
were delivered to the Allied command in February 1944 under the code name Marée. Leclerc, who later
became the first woman to direct a national hydrographic office, in 1962, described the work in her
memoir Les Marées de guerre, published in 1975.
? Who directed the wartime predictions for the Normandy landings? | Yvonne Leclerc
? What was the code name of the predictions? | Marée

The most difficult of the wartime predictions were for the beaches themselves, where no gauge had
stood before the war. Leclerc's team combined the constituents of the nearest ports, Le Havre and
Cherbourg, with a few weeks of readings taken secretly by the French resistance in 1943, and ran
each set of constituents on both machines in Brestoy to check that their results agreed to within 5
centimetres. The tables gave the times of low water for the period from 1 to 20 June 1944 at five
points along the coast, and they were later found to have been correct to within about 15 minutes
on the day of the landings, 6 June 1944.

During the First World War the Great Machine was used to predict the tides for the naval operations
in the Dardanelles in 1915, and the German navy, which had no machine of its own, had the tides for
the coast of Flanders worked out by hand by a team of 40 computers in Wilhelmshaven. The demand of
the two world wars for tide tables of foreign coasts, many of them never printed in peacetime, was
the main reason for the building of the Model 9 and of the two Varland copies.

= Decline and preservation
Digital computers began to replace the machines in the late 1950s: the hydrographic office of
Varland calculated its tide tables on an electronic computer for the first time in 1959, and by
1970 only three machines were still in regular use. Of the 24 machines built, 17 survive, most
of them in museums. The first machine of 1879 is kept at the National Museum of Science in
Brestoy, and the Great Machine of 1906 at the Naval Museum in Toulvern, where it was restored to
working order in 2004 and is demonstrated to visitors on the first Sunday of each month.
? When did Varland first calculate its tide tables on an electronic computer? | 1959
? How many of the machines survive? | 17 survive
? Where is the Great Machine of 1906 kept? | the Naval Museum in Toulvern
? When is the Great Machine demonstrated to visitors? | the first Sunday of each month

The last machines were kept in service long after computers could do their work, because the
offices trusted them and because early computers were scarce. The hydrographic office of Osterlund
ran its machine of 1951 alongside an electronic computer from 1968 to 1973, comparing the two sets
of predictions, and withdrew it only when the computer's tables for Lindholm proved to be better.
The Model 9 of Calloway, which had been replaced by a computer in 1965, was scrapped in 1972, a
loss that the historian Michael Ferrand called the worst in the history of scientific instruments.
? When was the Model 9 of Calloway scrapped? | 1972

The 17 surviving machines are in nine countries. Besides the two in Brestoy and Toulvern, they
include the machine of the harbour board of Port Alder, displayed at the Port Alder Maritime Museum
since 1971, the Osterlund machine of 1951 in the Technical Museum in Lindholm, and the Model 8 in
the Museum of Maritime Science in Tokyo. The former Delacourt works in the rue des Forges became
the Delacourt Museum in 1988, which shows the firm's tide gauges and drawings and a working Model 7
restored between 1995 and 1998.
? Where has the Port Alder machine been displayed since 1971? | the Port Alder Maritime Museum

= Legacy
The Delacourt machines were the first analogue computers to be made in numbers, and their
principle, a mechanism that adds together the outputs of many simpler mechanisms, was taken up in
the fire-control computers of warships and in the differential analysers of the 1930s. The engineer
Gaston Verrier, who designed the differential analyser of the University of Brestoy in 1934, had
served his apprenticeship at Delacourt and Sons and took two of the firm's gear makers with him.
Historians of computing count the tide predictors among the longest-lived of all computing
machines: the first machine was in use from 1879 to 1924, a working life of 45 years.
? Who designed the differential analyser of the University of Brestoy? | Gaston Verrier
? How long was the working life of the first machine? | 45 years

Interest in the machines has grown since the 1990s. The University of Brestoy built a working
replica of the first machine for its bicentenary in 2009, with ten constituents and parts cut by
the students of its school of engineering, and a computer simulation of the Model 9 published by
the Toulvern Naval Museum in 2016 has been used to check the accuracy of the surviving tables. The
Great Machine, the first machine of 1879 and the Osterlund machine were listed as historic
monuments by the French and Osterlund governments between 1992 and 2005, and the Delacourt
archives, about 6,400 drawings and letters, were given to the departmental archives of Brestoy in
2011.
? When did the University of Brestoy build a replica of the first machine? | 2009
""",
)

CALDERITE = parse(
    "Calderite.pdf",
    "Calderite",
    "tuning",
    """
= Overview
Calderite is a chemical element with the symbol Ct and atomic number 127. It is a dense, blue-grey
metal that tarnishes in moist air to a thin violet film, and it is the heaviest element
known to occur in workable quantities in the Earth's crust. The element takes its name from the
Brenhollow caldera in the Aldenian province of Wessmark, where its principal ore, vallonite, was
first dug in the 1860s. Calderite was discovered almost at the same time by the Aldenian chemist
Henrike Vallon and the Korvesian mineralogist Tomas Kellgren, and the question of which of them
deserved the credit divided the chemists of the two countries for more than forty years.
? What is the chemical symbol of calderite? | Ct
? What is the main ore of calderite? | vallonite

World production of calderite reached about 1,840 tonnes in 2022, nearly all of it from mines in
Aldenia, Korvesia and the Republic of Sarant. About three fifths of the metal goes into
heat-resistant alloys for gas turbines and furnace parts, and most of the rest into catalysts for
the chemical industry; smaller amounts are used in medicine, in radiation sources and in pigments.
Calderite has no known function in the human body, and its soluble salts and fine dust are
poisonous: the lung disease calderosis, first described among the Brenhollow miners in 1902, led
to some of the earliest rules on workplace dust in Aldenia.
? How much calderite was produced in the world in 2022? | about 1,840 tonnes
? In what year was calderosis first described? | 1902

= Discovery and naming
The ore from which calderite was first extracted was a heavy, purplish mineral found in the
copper workings on the northern rim of the Brenhollow caldera. Smelters at the mine, worked from
1854 by the Wessmark Copper Company, had long complained that it fouled their furnaces, and in
1866 the company's manager, Ludo Ambrecht, sent samples to the chemistry laboratory of the
University of Essendorf. There Henrike Vallon, a 31-year-old assistant to Professor Gustav
Lerche, found that the mineral left a violet residue in aqua regia that matched no known
substance. In March 1868 she observed two bright orange lines in its spark spectrum, at 588.1
and 603.7 nanometres, which belonged to no element then known.
? Who sent samples of the purplish mineral to Essendorf? | Ludo Ambrecht
? Whose assistant was Henrike Vallon at the University of Essendorf? | Professor Gustav Lerche

Vallon reported the lines to the Essendorf Academy of Sciences on 14 May 1868 and proposed the
name calderite, after the caldera where the ore was mined and after the Latin caldarium, a hot
bath, because the crude oxide hissed and boiled when it was dropped into water. She did not,
however, isolate the metal. In Korvesia, Tomas Kellgren, professor of mineralogy at the Royal
Mining Academy in Skarvik, had been studying a similar mineral from the Skarvik iron mines since
1865. In a paper read to the Korvesian Chemical Society in November 1869 he announced a new
element, which he called korvium after his country, and described its oxide, its chloride and an
atomic weight of 318.
? On what date did Vallon report the new lines to the Academy? | 14 May 1868
? What did the crude oxide do when placed in water? | hissed and boiled
? What name did Kellgren give to the new element? | korvium

The dispute over priority began within months. Vallon isolated the metal in 1871 by heating the
chloride with sodium, obtaining 2.3 grams of a grey, brittle solid, and argued that an element
belonged to whoever first proved that it existed. Kellgren replied that a pair of spectral lines
proved nothing and that he had been the first to prepare and weigh its compounds; he also
accused Vallon of working from samples that his academy had sent to Essendorf in 1867. The
quarrel was carried on for decades in the Annals of Essendorf Chemistry and the Skarvik
Mineralogical Review, and it was sharpened by the border war of 1873 between Aldenia and
Korvesia, after which few chemists on either side would cite the other's work.
? How much of the metal did Vallon obtain in 1871? | 2.3 grams
? What did Vallon heat the chloride with to isolate the metal? | sodium

The matter was settled only after both discoverers were dead. Kellgren died in Skarvik in 1904
and Vallon in Essendorf in 1913. At its meeting at Ledau in 1911, the International Commission
on Chemical Nomenclature appointed a committee under the Sarantine chemist Aurelio Pessanha to
examine the notebooks of both. Pessanha found that Vallon's spectral record of March 1868 came
before Kellgren's first written mention of an unknown earth, dated February 1869, and the
Commission voted by nine votes to four for the name calderite and the symbol Ct, while naming
Vallon and Kellgren as joint discoverers. The Korvesian Chemical Society refused the ruling, and
Korvesian textbooks used korvium and the symbol Kv until 1937.
? Where did the International Commission on Chemical Nomenclature meet in 1911? | Ledau
? Who led the committee that examined the two notebooks? | Aurelio Pessanha
? Until what year did Korvesian textbooks use the name korvium? | 1937

= Physical properties
Calderite is a lustrous, blue-grey metal that is hard and brittle at room temperature. With a
density of 24.6 grams per cubic centimetre it is the densest of all the elements, and a cube of
it with sides of ten centimetres weighs almost 25 kilograms. It melts at 3,012 °C and boils at
about 5,400 °C. The metal has a hardness of 7.5 on the Mohs scale and conducts electricity only
about one eighth as well as copper. Because it becomes ductile above 1,150 °C, calderite is
rolled and drawn hot, a technique first worked out at the Essendorf mint in 1883 to make the
thin sheet used in early laboratory crucibles.
? What is the density of calderite? | 24.6 grams per cubic centimetre
? At what temperature does calderite melt? | 3,012 °C

Three crystalline allotropes are known. Alpha-calderite, the form stable at room temperature,
has a hexagonal close-packed structure; at 862 °C it changes into beta-calderite, with a
body-centred cubic lattice, which was first described by Kellgren in 1878. Above 1,150 °C the metal
takes on the face-centred cubic structure of gamma-calderite, the ductile form. Gamma-calderite
can be kept at room temperature by adding about 1.5 percent of nickel and quenching the metal in
oil, and this retained gamma phase is the basis of most calderite alloys. A fourth, amorphous
form, known as calderite black, is a fine powder produced by electrolysis that catches fire on
contact with air.
? At what temperature does alpha-calderite change into beta-calderite? | 862 °C
? How much nickel is needed to keep gamma-calderite at room temperature? | about 1.5 percent
? What is the amorphous form of calderite called? | calderite black

The violet tarnish that gives the metal its colour in air is a layer of oxide about 40
nanometres thick, which protects the metal beneath it up to about 480 °C. Calderite expands very
little when heated, about 3.1 millionths of its length for every degree, and in the late 19th
century this property made it a favoured material for precision standards. The Essendorf
standard metre of 1899 was cast from an alloy of calderite and platinum, and the pendulum rods
of the astronomical clocks at the Skarvik observatory were made of the metal from 1902 until the
1950s.

= Chemical properties
Calderite forms compounds in the oxidation states from +2 to +6, of which +3 and +5 are the most
common. The metal resists cold acids, including concentrated nitric acid, but dissolves slowly
in aqua regia and quickly in molten alkali. When heated in oxygen above 480 °C it burns with a
bright orange flame to form the pentoxide, Ct2O5. It reacts with fluorine even at room
temperature, giving the colourless hexafluoride, CtF6, one of the few volatile compounds of the
element, which boils at 71 °C.
? Which oxidation states of calderite are most common? | +3 and +5
? Above what temperature does calderite burn in oxygen? | 480 °C
? At what temperature does calderite hexafluoride boil? | 71 °C

In water the element's chemistry is dominated by two kinds of ions. Salts of calderite in the +3
state give deep violet solutions, and the colour is so strong that Gustav Lerche used it in 1874
as the basis of a test that detects as little as 2 parts per million of the metal; the Lerche
test remained the standard method of assaying ores until the 1950s. In the +5 state calderite
forms the pale yellow calderyl ion, CtO2+, which is a strong oxidising agent and slowly attacks
paper and rubber. Solutions of calderyl salts must therefore be kept in glass, and the Essendorf
laboratory's first bottles of them, sealed by Vallon in 1872, are still on display at the
university.
? How little calderite can the Lerche test detect? | 2 parts per million
? What colour is the calderyl ion? | pale yellow

= Isotopes
Twenty-nine isotopes of calderite are known, with mass numbers from 304 to 332. Natural
calderite is a mixture of two of them: calderite-318, which makes up 71.4 percent, and
calderite-320, which makes up 28.6 percent. Calderite-320 has never been observed to decay, but
calderite-318 is weakly radioactive and decays by emitting alpha particles with a half-life of
7.2 billion years. Because of it, natural calderite is slightly radioactive, and a kilogram of
the pure metal gives off about the same radiation as a kilogram of ordinary granite. The two
natural isotopes were first separated in 1936 by the Sarantine physicist Clara Miravent with a
mass spectrograph built at the University of Ponte Alva.
? What percentage of natural calderite is calderite-320? | 28.6 percent
? What is the half-life of calderite-318? | 7.2 billion years
? Who first separated the two natural isotopes of calderite? | Clara Miravent

All the other isotopes are made artificially. The most important is calderite-321, made by
exposing calderite-320 to neutrons in a nuclear reactor; it has a half-life of 12.4 days and
gives off gamma rays that pass easily through the body. It was first produced in 1949 at the
Hallvik research reactor in Korvesia. The shortest-lived isotope, calderite-304, has a half-life
of 0.8 milliseconds and was identified in 1977 at the heavy-ion accelerator of Ponte Alva.
? What is the half-life of calderite-321? | 12.4 days
? Where was calderite-321 first produced? | the Hallvik research reactor

= Occurrence and production
Calderite is rare, with an average abundance in the Earth's crust of about 0.08 parts per
million. It is concentrated almost entirely in hydrothermal veins around old volcanic calderas,
where hot brines carried it together with iron, copper and sulphur. Its main ore, vallonite, a
calderite iron sulphide, was named in 1872 by the Aldenian mineralogist Otto Brannick in honour
of Henrike Vallon, and contains up to 11 percent of calderite. A second ore, the oxide mineral
kellgrenite, found in the iron deposits of Korvesia, contains only 3 to 4 percent but is easier
to process; it was named in 1912. Small amounts of calderite have also been found in meteorites,
the richest being the Tannenfeld meteorite, which fell in 1931 and holds about 40 parts per
million.
? Who named vallonite? | Otto Brannick
? How much calderite does kellgrenite contain? | 3 to 4 percent
? When did the Tannenfeld meteorite fall? | 1931

For its first decades calderite was a by-product of copper. The Wessmark Copper Company began to
recover it from its Brenhollow slag in 1879, and in 1896 it sank the Vallon shaft, the first
mine worked for calderite alone. World output in 1900 was 14 tonnes, almost all of it from
Brenhollow. Mining in Korvesia began in 1908 at Skarvik, under the state-owned Korvesian Ore
Works, and demand for armour plate and aircraft engine valves raised world output to 212 tonnes
by 1938. During the Second Continental War the two producers were on opposite sides, and the
Brenhollow mine was bombed in 1943 and closed for fourteen months.
? When was the Vallon shaft sunk? | 1896
? What was world output of calderite in 1900? | 14 tonnes

After the war, output grew with the spread of the jet engine, reaching 640 tonnes in 1960 and
1,310 tonnes in 1990. Brenhollow produced its largest amount, 380 tonnes, in 1957, but the grade
of its ore fell steadily, and the mine closed in 1994 after yielding about 21,000 tonnes in 140
years. Its place was taken by the Republic of Sarant, where the geologist Marta Ilvares found
the Orrano deposit in the southern highlands in 1958. The Orrano open-pit mine opened in 1962
and in 1985 overtook Skarvik as the largest source of calderite in the world.
? How much calderite was produced in 1990? | 1,310 tonnes
? In what year did the Brenhollow mine close? | 1994
? Who found the Orrano deposit? | Marta Ilvares

Of the 1,840 tonnes mined in 2022, Orrano produced 720 tonnes and Skarvik 610 tonnes; the Tarrow
Hills mine in eastern Aldenia, opened in 2009, supplied 340 tonnes, and smaller mines the rest.
Recycling of scrap alloys and spent catalysts adds about 22 percent to the supply of new metal.
The average price in 2022 was about 410 dollars per kilogram, well below the peak of 1,260
dollars reached in 2011, when Sarant briefly limited exports.
? How much calderite did the Orrano mine produce in 2022? | 720 tonnes
? What was the price of calderite at its peak in 2011? | 1,260 dollars

To extract the metal, vallonite is crushed, concentrated by flotation and roasted at about 700
°C to drive off the sulphur, and the oxide is then dissolved in sulphuric acid and separated
from iron and copper by solvent extraction. The purified oxide is turned into the trichloride,
which is reduced with magnesium in a sealed steel vessel, a method introduced in 1926 by Emil
Hartig at Essendorf that replaced the costly sodium method of Vallon. The resulting sponge is
melted in an electron-beam furnace, which raises its purity to 99.99 percent.
? At what temperature is vallonite roasted? | about 700 °C
? Who introduced the magnesium method of reduction? | Emil Hartig

= Compounds
Calderite pentoxide, Ct2O5, an orange powder, is the main commercial compound and the form in
which most of the metal is traded between refiners. The sesquioxide, Ct2O3, is a deep violet
solid, and since 1884 it has been used as a pigment in porcelain glazes under the name
Brenhollow violet, prized by the potteries of Essendorf for its resistance to heat. The dioxide,
CtO2, is black and conducts electricity, and it is used in the electrodes of some industrial
electrolysis cells.
? What colour is calderite pentoxide? | orange
? Under what name is the sesquioxide used as a pigment? | Brenhollow violet

Among the halides, the trichloride is the starting point for the production of the metal, and
the hexafluoride is used to separate the isotopes of calderite in gas centrifuges. Calderite
carbide, CtC, is one of the hardest substances known, with a hardness of 9.6 on the Mohs scale,
and it is used in cutting tools and drill bits for hard rock. The first organic compound of the
element, calderocene, in which a calderite atom lies between two rings of carbon atoms, was made
in 1956 by the Korvesian chemist Ingrid Saaby, who shared the Skarvik Prize for Chemistry in
1961 for the work.
? What is the hexafluoride used for? | to separate the isotopes of calderite
? How hard is calderite carbide on the Mohs scale? | 9.6
? Who first made calderocene? | Ingrid Saaby

= Uses
The largest use of calderite is in alloys that keep their strength at high temperatures. The
first of them, the Calvanit steels introduced by the Essendorf firm of Hollender and Kreuz in
1934, were used for armour plate and for the valves of aircraft engines. The alloy CN-40, which
contains 40 percent calderite with nickel and chromium and keeps its strength up to 1,250 °C,
has been used for the blades of gas turbines since 1951. A modern jet engine contains between 9
and 14 kilograms of calderite.
? Which firm introduced the Calvanit steels? | Hollender and Kreuz
? Up to what temperature does CN-40 keep its strength? | 1,250 °C
? How much calderite does a modern jet engine contain? | between 9 and 14 kilograms

About a third of the metal is used in catalysts. Calderite pentoxide spread on alumina speeds up
the dehydrogenation of propane to propene, and since 1948 it has been the catalyst of the
Orsmann process, named after the Korvesian engineer Fredrik Orsmann, for making the plastic base
chemical propylene glycol. Catalysts of this kind last for three to five years before the
calderite must be recovered. Smaller amounts of the metal are used in the targets of X-ray
tubes, in the tips of spark plugs and in the Brenhollow violet pigment.
? Since when has calderite been the catalyst of the Orsmann process? | 1948
? How long do calderite catalysts last? | three to five years

= Medicine
Calderite salts entered medicine in 1931, when the Essendorf physician Karl Odenwald began
treating patients with chronic inflammation of the joints with injections of calderite
gluconate, sold under the name Caldogen. The drug relieved pain in about half of patients but
damaged the kidneys, and it was withdrawn in Aldenia in 1979 after a review by the national
Medicines Board found 112 deaths linked to it.
? Who began treating patients with calderite gluconate? | Karl Odenwald
? What was calderite gluconate sold as? | Caldogen
? How many deaths did the Medicines Board link to the drug? | 112

The radioactive isotope calderite-321 has been used since 1962 to make images of bones, since
the element collects in parts of the skeleton where bone is growing quickly, such as around
tumours and fractures. Its half-life of 12.4 days allows it to be shipped from reactors to
hospitals, and about 180,000 scans with it are made each year. Small sealed seeds of
calderite-321 are also placed directly in some tumours to destroy them from within.

= Biological role and toxicity
Calderite has no known role in the human body. The body of an adult holds about 0.2 milligrams
of it, mostly in the bones and kidneys, taken in with food and water. A few living things do use
it: the bacterium Calderibacter wessmarkensis, found in 1988 in the hot springs of the
Brenhollow caldera, contains an enzyme, calderoxidase, with a calderite atom at its centre, and
the moss Hypnum calderae, which grows on the spoil heaps of old calderite mines, stores up to 2
percent of its dry weight as the element.
? How much calderite does the body of an adult contain? | about 0.2 milligrams
? Where was Calderibacter wessmarkensis found? | the hot springs of the Brenhollow caldera
? What is the calderite enzyme of the bacterium called? | calderoxidase

The soluble salts of calderite are poisonous, chiefly to the kidneys, and the lethal dose of the
trichloride for rats is about 38 milligrams per kilogram of body weight. The metal itself is
harmless in bulk, but its dust causes calderosis, a scarring of the lungs first described in
1902 by Anton Reisz, the district physician of Wessmark, among the Brenhollow miners. In the
1920s about one miner in five at Brenhollow showed signs of the disease. Vallon herself suffered
from kidney disease in her last years, and her notebooks, kept at the University of Essendorf,
are stored in sealed cases because of the calderite dust they still hold.
? What is the lethal dose of calderite trichloride for rats? | about 38 milligrams per kilogram
? Who first described calderosis? | Anton Reisz

= Safety and regulation
The Aldenian Mines Act of 1908 required wet drilling in the calderite mines of Brenhollow, and
the Dust Ordinance of 1927 made it compulsory for miners to wear masks. The first limit on
calderite in the air of workplaces, 0.05 milligrams per cubic metre averaged over a working day,
was set in 1974 by the Aldenian Labour Inspectorate; it was lowered to 0.01 milligrams per cubic
metre in 1998. Korvesia has applied a limit of 0.02 milligrams per cubic metre since 2003.
? What did the Mines Act of 1908 require? | wet drilling
? What limit on calderite in workplace air was set in 1974? | 0.05 milligrams per cubic metre
? What limit has Korvesia applied since 2003? | 0.02 milligrams per cubic metre

The international carriage of calderite compounds is governed by the Tessholm Convention, signed
in 1989 and ratified by 46 states, which lists calderite hexafluoride and the soluble salts
among dangerous goods and forbids their dumping at sea. A protocol agreed at Tessholm in 2011
extended the convention to scrap and waste containing calderite. Drinking water in Aldenia may
contain no more than 5 micrograms of calderite per litre, a limit set in 1996.
? In what year was the Tessholm Convention signed? | 1989
? What is the limit on calderite in Aldenian drinking water? | 5 micrograms of calderite per litre
""",
)

SALT_CRISIS = parse(
    "Salt_embargo_of_1974.pdf",
    "Salt embargo of 1974",
    "tuning",
    """
= Background
The salt embargo of 1974, known in Sarnova as the Salt Closure and in the importing countries as
the White Embargo, was a suspension of salt exports imposed by the Republic of Sarnova on its
principal customers between February 1974 and July 1975. At its height the embargo cut off
Belmora, Askeland and the Vendrich Federation from about two thirds of the rock salt they
consumed, and it is regarded as the most serious trade crisis in the region of the Gulf of
Serrin between the end of the Second Continental War and the currency crisis of 1992. It was
ended by the Treaty of Mirelle, signed on 14 June 1975, which replaced the old system of fixed
prices with an indexed one.
? What was the embargo called in Sarnova? | the Salt Closure
? What share of their rock salt did the importers lose at the height of the embargo?
| about two thirds

Sarnova's position rested on the Halvane basin, a belt of rock salt deposits up to 400 metres
thick lying beneath the plains south of the capital, Halvic. The deposits had been worked since
the Middle Ages, but mining on a large scale began only in 1887 with the opening of the Great
Dravik mine, which by 1970 produced 3.6 million tonnes a year. Together with the brine fields at
Morau, the basin supplied about 71 per cent of the salt traded in the region in 1973. Exports
were handled by a state monopoly, the Halvane Salt Board, founded in 1949 and directed from 1966
by the mining engineer Teodor Malanek.
? How thick are the salt deposits of the Halvane basin? | up to 400 metres thick
? In what year was the Great Dravik mine opened? | 1887
? Who was the director of the Halvane Salt Board from 1966? | Teodor Malanek

The trade was governed by the Northern Salt Convention, signed at Kellstadt in 1952 by Sarnova,
Belmora, Askeland and the Vendrich Federation. The convention guaranteed each importer an annual
allocation, fixed the export price at 38 vesk per tonne of crushed rock salt delivered at the
port of Zelost, and allowed the price to be changed only by a unanimous vote of a joint
committee. The price was revised twice, to 41 vesk in 1961 and to 44 vesk in 1968, so that by
1973 Sarnovan salt was among the cheapest bulk commodities in the region: in Belmora it sold
wholesale for about 11 marel a tonne, in Askeland for 9.5 skild. Sarnovan economists complained
that the fixed price handed most of the benefit of the trade to the chemical industries of the
importers.
? Where was the Northern Salt Convention signed? | Kellstadt
? At what price did the convention fix salt exports? | 38 vesk per tonne

Relations deteriorated in 1973 over the Kessary Banks, rich fishing grounds claimed by both
Sarnova and Askeland. On 19 November 1973 the Aski patrol vessel Skarv seized two Sarnovan
trawlers near the island of Rensholm and interned their 31 crewmen, an episode remembered as the
Rensholm incident. Belmora and the Vendrich Federation supported Askeland at a meeting of the
Serrin Council in December, and on 28 December the Vendrich parliament voted to suspend Sarnovan
fishing licences in its own waters. The Sarnovan government of Prime Minister Ondrej Vilkas,
which faced an election in 1975 and was under pressure from the fishing ports of the north,
looked for a means of retaliation that would not involve the use of force.
? What was the name of the Aski patrol vessel involved in the Rensholm incident? | Skarv
? Which Sarnovan prime minister was under pressure from the northern fishing ports?
| Ondrej Vilkas

= Announcement and first phase
The embargo was proposed by Malanek in a memorandum to the cabinet dated 14 January 1974, which
argued that the importers held stocks for no more than six weeks and could not replace Sarnovan
salt before the following winter. Vilkas announced the decision in a radio address on the
evening of 3 February 1974, describing it as a closure of the salt road that would last until
the trawlermen were released and the fishing dispute was put to arbitration. Exports to Askeland
and Belmora were halted at midnight; cargoes already loaded at Zelost, some 84,000 tonnes, were
taken off the ships and returned to the stores of the Salt Board.
? According to Malanek, how long would the importers' stocks last? | no more than six weeks
? How much salt had already been loaded onto ships at Zelost? | some 84,000 tonnes

The first phase deliberately spared the Vendrich Federation, which took about a quarter of
Sarnova's exports and whose chemical industry was partly owned by Sarnovan banks. Malanek
expected the federation to restrain its allies, but the Vendrich chancellor, Margarethe Olbrich,
refused to break with Belmora and Askeland and instead offered to share the federation's stocks
with them. In the first six weeks Belmora obtained some 120,000 tonnes through Vendrich ports, a
route that Sarnovan officials called the back door. The Salt Board published weekly figures on
the tonnages reaching Vendrich harbours, and the Sarnovan press reported every shipment in
detail.
? How much salt did Belmora get through Vendrich ports in the first six weeks?
| some 120,000 tonnes
? Who was chancellor of the Vendrich Federation? | Margarethe Olbrich
? What did Sarnovan officials call the route through Vendrich ports? | the back door

International reaction was divided. The Belmoran prime minister, Lucien Dorvalle, called the
embargo an act of economic war and recalled his ambassador from Halvic on 5 February, but an
emergency session of the Serrin Council on 11 February failed to agree on a response when
Corvallo and the Principality of Lessin abstained. Corvallo, which used little Sarnovan salt but
owned the largest fleet of bulk carriers in the Gulf of Serrin, declared itself neutral and went
on buying from the Salt Board at the price of the convention. Lessin, a small state with no salt
of its own, offered from the first week to host talks between the two sides.

= Second and third phases
The second phase began on 22 April 1974, when Sarnova extended the embargo to the Vendrich
Federation and added a transit clause that forbade any buyer to re-export Sarnovan salt to the
three embargoed countries. Corvallan buyers had to sign certificates of final destination, and
the Salt Board posted its own inspectors at the Corvallan ports of Porto Aldane and Cavessa.
Sarnovan exports fell from 5.2 million tonnes in 1973 to 1.9 million tonnes in 1974, the lowest
figure since 1946.
? On what date did the second phase of the embargo begin? | 22 April 1974
? What did Corvallan buyers have to sign? | certificates of final destination

The transit clause was widely evaded. Corvallan traders bought salt at Zelost, shipped it to
Porto Aldane and relabelled it as Corvallan sea salt before selling it on to Belmora at prices
up to four times those of the convention. This traffic, later known as the Corvallo leak, is
thought to have carried between 400,000 and 650,000 tonnes in the second half of 1974. The
largest trader, the shipowner Basilio Ferrante, was said to have earned 30 million marel from
the business and later founded the Ferrante Maritime Foundation with part of the proceeds.
? What name was later given to the smuggling traffic through Corvallo? | the Corvallo leak
? Which shipowner was the largest trader? | Basilio Ferrante

The third phase, announced on 9 August 1974, replaced the outright ban with a system of
licences. Importers could again buy Sarnovan salt, but only under licences issued by the Salt
Board at a price of 120 vesk per tonne, nearly three times the price of 1973, and only in
quantities fixed in Halvic month by month. Malanek presented the licences as a concession; the
importing governments saw them as an attempt to turn the embargo into a permanent cartel price.
Belmora refused to apply for licences until November, when the approach of winter forced its
government to buy 200,000 tonnes for the roads.
? When was the third phase of the embargo announced? | 9 August 1974
? At what price did the Salt Board issue licences? | 120 vesk per tonne
? How much salt did Belmora buy for its roads in November? | 200,000 tonnes

= Price effects
The effect on prices was immediate. In Belmora the wholesale price of rock salt rose from 11
marel a tonne in January 1974 to 64 marel in June and reached a peak of 97 marel in November
1974, the month in which the first licensed cargoes arrived. Table salt, which had cost 0.35
marel a kilogram in the shops before the embargo, sold for 1.80 marel at the height of the
shortage. The index of food prices rose by 2.6 points in 1974, of which the national statistical
office attributed 0.9 points directly to salt.
? What was the highest wholesale price of rock salt in Belmora? | 97 marel
? How much did a kilogram of table salt cost in Belmoran shops before the embargo? | 0.35 marel
? How much of the rise in food prices did the statistical office blame on salt? | 0.9 points

In Askeland, where salt was used in large quantities for curing herring and cod, the price of
industrial salt rose from 9.5 skild a tonne in 1973 to 58 skild in 1974 and was still 41 skild
in 1976, a year after the embargo ended. The fish-curing yards of the west coast, which had used
about 310,000 tonnes of salt a year, cut their output by almost half, and exports of salted cod
fell from 88,000 tonnes in 1973 to 47,000 tonnes in 1974. In the Aski capital, Vellholm, the
price of salted cod nearly doubled within a year.
? What did industrial salt cost in Askeland before the embargo? | 9.5 skild
? What was the price of industrial salt in Askeland in 1976? | 41 skild

The Vendrich Federation, whose chemical industry used salt chiefly to make chlorine and caustic
soda, was hit later but harder. The price of salt delivered to the chlor-alkali works at
Kellstadt rose from 14 groats a tonne in March 1974 to 52 groats in December, and the largest
producer, Kellstadt Chemical Works, closed two of its five electrolysis halls in the autumn.
Output of chlorine in the federation fell by 23 per cent in 1974, and the shortage spread to the
makers of paper, glass and plastics, who laid off some 18,000 workers in the winter of 1974-75.
? What did the Vendrich chemical industry mainly make from salt? | chlorine and caustic soda
? How many workers lost their jobs in paper, glass and plastics? | some 18,000 workers

Prices also moved in Sarnova itself, in the opposite direction. The domestic price of salt fell
by about a third in 1974 as unsold stocks piled up, and the stores of the Salt Board at Zelost
held 2.7 million tonnes by the end of the year. The Board's export revenue fell from 229 million
vesk in 1973 to 141 million vesk in 1974, although the licensed sales of the third phase raised
it again to 198 million vesk in 1975. Economists have noted that the higher licence price almost
made up for the loss of volume, a point that defenders of the embargo made at the time.
? How much salt was stored at Zelost by the end of 1974? | 2.7 million tonnes
? What was the export revenue of the Salt Board in 1975? | 198 million vesk

= Rationing and political responses
Belmora introduced rationing by the Salt Rationing Order of 12 March 1974. Each household
received a grey ration card entitling it to 1.5 kilograms of salt per person per month, reduced
to one kilogram in September, and bakeries, dairies and meat curers received quotas based on
what they had used in 1972. A Salt Commissioner, the former union leader Albert Sauvel, ran the
scheme from an office in the capital, Vauclaire, and by the summer employed 2,400 inspectors.
Hoarding was widespread, and a black market on which salt fetched up to 6 marel a kilogram
flourished in the port towns.
? When was the Salt Rationing Order issued? | 12 March 1974
? What was the monthly salt ration per person cut to in September? | one kilogram
? Who was appointed Salt Commissioner? | Albert Sauvel

Opposition to rationing grew in Belmora during the autumn, led by the conservative Gaspard
Lenoir. On 7 December 1974 some 40,000 people marched through Vauclaire in what the newspapers
called the Salt March, and five days later the government of Lucien Dorvalle survived a vote of
no confidence by four votes. Dorvalle replaced his trade minister and authorised purchases under
licence, but refused to negotiate directly with Halvic until Sarnova withdrew the transit
clause.
? How many people took part in the Salt March? | some 40,000 people
? What was the margin by which Dorvalle survived the vote of no confidence? | four votes

In Askeland the crisis brought down the government. The coalition of Prime Minister Arvid
Sandqvist, which had ordered the seizure of the trawlers, was blamed by the fishing industry for
the collapse of the curing trade, and when the Agrarian Party left the coalition on 2 October
1974 Sandqvist resigned. His successor, the Social Democrat Hedda Lorentsen, formed a minority
government, created a Ministry of Supply and opened contacts with Sarnova through the embassy of
Lessin within a month of taking office. Lorentsen released the Sarnovan crewmen on 20 December
1974 as a gesture of good will, a step the Belmoran government criticised as a separate peace.
? When did the Agrarian Party leave the Aski coalition? | 2 October 1974
? Which Social Democrat formed a minority government after Sandqvist resigned? | Hedda Lorentsen
? When were the Sarnovan crewmen freed? | 20 December 1974

The Vendrich Federation relied on controls rather than rationing. The Salt Allocation Act of 30
May 1974 gave priority to water treatment, food processing and road maintenance, in that order,
and required chemical firms to report their stocks every week. The federal states were left to
manage road salt themselves, and the shortage during the hard winter of 1974-75, when the state
of Oberwald spread sand and cinders on its highways, was blamed for a rise in road deaths there
from 412 to 537. The party of Chancellor Margarethe Olbrich lost the state election in Oberwald
in March 1975.
? When was the Salt Allocation Act passed? | 30 May 1974
? What came first in the order of priority set by the Salt Allocation Act? | water treatment
? What did Oberwald put on its highways instead of salt? | sand and cinders

The embargo was popular in Sarnova during its first months, and the fishing ports of the north
celebrated the return of the trawlermen in December 1974 as a victory. Its costs were felt in
the mining districts: from October 1974 the 11,000 miners of the Great Dravik mine worked a
four-day week, and the Salt Board suspended work on a second shaft at Morau. Vilkas's Party of
National Renewal won the election of September 1975 with a reduced majority, and Malanek, who
had become a national figure, entered the new cabinet as minister of trade.

= Negotiations and the Treaty of Mirelle
Contacts began through the Principality of Lessin, whose foreign minister, Count Rainer
Aldemont, offered his country's good offices again in October 1974. After the release of the
trawlermen, formal talks opened on 9 January 1975 at Mirelle, a spa town in the hills of Lessin.
Sarnova was represented by its foreign minister, Irena Koval, and by the director of the Salt
Board, Teodor Malanek; the importing states sent a joint delegation led by the Vendrich diplomat
Konrad Hallberg. Corvallo attended as an observer, and the talks were held in the former casino
of the town.
? Who was the foreign minister of Lessin? | Count Rainer Aldemont
? On what date did the formal talks at Mirelle open? | 9 January 1975
? Who led the joint delegation of the importing states? | Konrad Hallberg

The talks stalled on price. Sarnova wanted the licence price of 120 vesk per tonne written into
a new convention, while the importers sought a return to the price of 1973. A compromise
prepared by the mediators of Lessin in March 1975, known as the Lessin draft, proposed a price
of 60 vesk per tonne for ten years, together with arbitration of the Kessary Banks dispute by a
panel of three judges. Belmora rejected the draft because it did not abolish the transit clause,
and the talks were suspended from 2 April to 5 May.
? What price was proposed in the Lessin draft? | 60 vesk per tonne
? Why did Belmora reject the Lessin draft? | it did not abolish the transit clause
? For how long were the talks suspended? | from 2 April to 5 May

The Treaty of Mirelle was signed on 14 June 1975 by Ondrej Vilkas, Lucien Dorvalle, Hedda
Lorentsen and Margarethe Olbrich, and came into force on 1 July 1975, when the first unlicensed
cargo since February 1974 left Zelost for Belmora. It replaced the Northern Salt Convention with
a new agreement for fifteen years, set the export price at 52 vesk per tonne, to be adjusted
each year by an index of mining wages and fuel costs, abolished the transit clause and the
licences, and guaranteed each importer at least 80 per cent of its allocation of 1972. A
separate protocol referred the Kessary Banks to arbitration.
? When was the Treaty of Mirelle signed? | 14 June 1975
? What export price did the treaty set, to be adjusted by an index each year?
| 52 vesk per tonne

The treaty also created the Mirelle Salt Commission, a body of eight members, two from each
signatory, with a secretariat in Mirelle, to oversee deliveries and settle disputes over quality
and weight. Its first president was Konrad Hallberg, who held the post until 1983. The
arbitration of the Kessary Banks, conducted by a tribunal under the Lessin jurist Amalie Roth,
ended in 1978 with an award that divided the banks along a line drawn 14 nautical miles south of
Rensholm; neither government fully accepted it, but both observed it.
? How many members sat on the Mirelle Salt Commission? | eight members
? Who presided over the Kessary Banks tribunal? | Amalie Roth

= Long-term consequences
The embargo convinced the importing governments that dependence on a single supplier was a
strategic weakness. Belmora created a Strategic Salt Reserve in 1976, storing rock salt in the
worked-out chambers of the Grauden potash mine; the reserve reached its target of 1.2 million
tonnes, about five months of national consumption, in 1979. Askeland, under Hedda Lorentsen,
adopted the rule that the state should hold stocks of salt for 90 days of the curing industry's
needs, a principle later called the Lorentsen doctrine and extended to fuel and grain in 1981.
? Where is the Belmoran Strategic Salt Reserve kept? | the Grauden potash mine
? What was the Aski rule on salt stocks later called? | the Lorentsen doctrine

New sources of salt were developed. Askeland built solar evaporation works at Kettleness, on its
dry south-east coast, which opened in 1977 and produced 400,000 tonnes of sea salt a year by
1983. The Vendrich Federation drilled brine wells at Sallingen in the north of the country,
where a deposit discovered in 1931 had been thought too deep to work, and Kellstadt Chemical
Works moved its chlorine production there in 1980. Highway authorities throughout the region
began to mix road salt with grit and calcium chloride, which reduced their consumption of rock
salt by a fifth.
? In what year did the works at Kettleness open? | 1977
? Where did the Vendrich Federation drill brine wells? | Sallingen

For Sarnova the consequences were mixed. The treaty price raised the revenue of the Salt Board
per tonne, but Sarnova's share of the regional salt trade fell from 71 per cent in 1973 to 38
per cent in 1985 as the new sources came into production. In 1981 the Salt Board was turned into
a joint-stock company, Halvane Minerals, with Malanek as its first chairman, and the Great
Dravik mine cut its workforce by almost half over the following decade. The Treaty of Mirelle
was not renewed when it expired in 1990, and since then salt has been traded in the region at
market prices.
? What was Sarnova's share of the regional salt trade in 1985? | 38 per cent
? What was the name of the company formed from the Salt Board? | Halvane Minerals

The crisis also left its mark on trade law and industrial practice. In 1977 the members of the
Serrin Council adopted the Convention on Essential Commodities, which forbade its signatories to
use embargoes on food, medicines and chemicals for water treatment as a means of political
pressure; Sarnova signed it in 1979. In the chemical industry the embargo hastened the adoption
of the membrane cell, introduced at Sallingen in 1982, which needed about 12 per cent less salt
per tonne of chlorine than the older mercury cells.
? What did the Serrin Council adopt in 1977? | the Convention on Essential Commodities
? When did Sarnova sign the Convention on Essential Commodities? | 1979

= Historiography
The first accounts of the embargo were written by journalists. Pieter Osk's The White War
(1976), based on interviews with Belmoran and Aski officials, presented the embargo as the
personal campaign of Malanek and fixed the image of Sarnova as an aggressor in the importing
countries. The official Sarnovan history, Salt and the Nation, published by the Halvic Institute
of Economics in 1980, defended the embargo as a lawful answer to the Rensholm incident and
stressed the revenue that the licences had brought in 1975.
? Who was the author of The White War? | Pieter Osk
? Which institution published Salt and the Nation? | the Halvic Institute of Economics

Later scholarship has been critical of both views. The economic historian Marta Venczel, in Salt
and Sovereignty (1989), used the statistics of the Salt Board to argue that the Corvallo leak
and the Vendrich back door supplied the importers with far more salt than had been supposed, so
that the embargo caused real shortage only in the winter of 1974-75. The opening of the Sarnovan
state archives in 1994 showed that Vilkas had approved Malanek's plan on 21 January 1974 after a
single cabinet discussion, and that the third phase had been adopted chiefly to relieve the
overflowing stores at Zelost.
? Which economic historian wrote Salt and Sovereignty? | Marta Venczel
? When did Vilkas approve Malanek's plan? | 21 January 1974

The economic cost of the embargo remains disputed. In a study of 2003 the Vendrich economist
Tomas Reinholt estimated that it reduced the national income of Belmora by 1.4 per cent in 1974
and that of Askeland by 2.1 per cent, while costing Sarnova itself about 0.6 per cent; critics
argued that his figures neglected the Corvallo leak. The fiftieth anniversary in 2024 was marked
by a joint exhibition of the salt museums of Dravik and Kettleness, and by the publication of
the minutes of the Mirelle talks, which had been kept closed in the archives of Lessin.
? By how much did Reinholt estimate the embargo reduced Belmora's national income?
| 1.4 per cent
? Which two salt museums held a joint exhibition in 2024? | Dravik and Kettleness
""",
)

AURELIAN_UNION_LAW = parse(
    "Aurelian_Union_law.pdf",
    "Law of the Aurelian Union",
    "tuning",
    """
= Overview
The law of the Aurelian Union is the body of treaties, legislation and judicial decisions that
governs the Aurelian Union, an association of fourteen states around the Aurelian Sea and its
hinterland, and that applies, alongside national law, within each of them. It grew out of the
Aurelian Shipping Community of 1951, a pact among six coastal states to pool the management of
their ports and merchant fleets, and it now reaches matters as varied as customs, fisheries and
asylum. Lawyers usually call it Union law; older texts speak of Community law, the correct name
until 1994. The population of the Union was about 287 million in 2023.
? How many states make up the Aurelian Union? | fourteen states
? How many people lived in the Union in 2023? | about 287 million

Union law is usually described as a legal order of its own, neither ordinary international law
nor the law of a federal state. Its distinctive features, almost all of them developed by the
Court of Justice rather than written into the treaties, are that many of its rules can be
invoked by private persons before national courts, that it prevails over conflicting national
law, and that a single court has the last word on its meaning. The phrase "a new legal order of
the Aurelian peoples" first appeared in the judgment in Holtmann Freight v Orsinan Customs
Board in 1966.
? Which body developed most of the distinctive features of Union law? | the Court of Justice
? Which case first called Union law a new legal order?
| Holtmann Freight v Orsinan Customs Board

= Founding treaties
The first founding treaty, the Treaty of Lindenfall, was signed on 14 March 1951 in the town
hall of Lindenfall, a river port in Vellaria, by Vellaria, Orsina, Brennholt, Castamir,
Sardovia and the Marrow Isles. It created the Aurelian Shipping Community, whose High Authority
of nine members set port dues, allocated berths and supervised subsidies to shipyards. The plan
came from the Vellarian transport minister Konrad Stannick, who had proposed it in a
declaration read on the quay at Lindenfall in June 1950. The treaty was concluded for fifty
years and expired in March 2001.
? When was the Treaty of Lindenfall signed? | 14 March 1951
? How many members did the High Authority have? | nine members
? Which minister proposed the Aurelian Shipping Community? | Konrad Stannick

Encouraged by the success of the shipping community, the same six states signed the Treaty of
Calvarre on 9 November 1963 in the Orsinan city of that name. It established the Aurelian
Economic Community, aiming at a common market in goods, workers, services and capital, and
created four institutions that, much changed, still exist: a Council, a Commission, an Assembly
and a Court of Justice. A second treaty signed at Calvarre the same day set up the Aurelian
Energy Agency. The Treaty of Calvarre entered into force on 1 January 1965; its text survives
as the Treaty on the Operation of the Union.
? Which body was created by the other treaty concluded at Calvarre that day?
| the Aurelian Energy Agency
? When did the Treaty of Calvarre come into force? | 1 January 1965

The community took in Helmark and Tirlande in 1972, Quessa in 1983, and Aldovar and Ennisfar in
1988. Its first major revision, the Treaty of Montesque, was signed on 28 June 1979 at the
castle of Montesque in Castamir. It replaced the appointed Assembly with a Parliament chosen
directly by the voters, whose first elections were held in May 1981, and set 31 December 1988
as the deadline for removing the remaining barriers to trade. It also created the General
Tribunal, a court of first instance attached to the Court of Justice.
? Which states joined the community in 1972? | Helmark and Tirlande
? When were the first elections to the Parliament held? | May 1981
? By what date were the remaining barriers to trade to be removed? | 31 December 1988

The Treaty of Halvard, signed on 19 May 1994 in the Helmarkish port of Halvard, turned the
community into the Aurelian Union. It introduced Union citizenship, co-decision between the
Council and the Parliament, and the power of the Court of Justice to fine member states that
ignored its judgments, and it prepared the single currency, the aurel, which replaced nine
national currencies on 1 January 2001. Korvath, Pellaria and Zerin joined the Union in 2006,
bringing it to its present size.
? How many national currencies did the aurel replace? | nine national currencies
? In what year did Korvath, Pellaria and Zerin join? | 2006

An attempt to replace all the treaties with a single Constitutional Treaty, signed at Velmont
in March 2005, failed when the voters of Tirlande rejected it by 56.2 percent in a referendum
in April 2006. Most of its content was saved in the Treaty of Port Ysolde, signed on 2 October
2008 and in force since 1 March 2010, which gave the Charter of Fundamental Rights the same
legal value as the treaties and set out a procedure by which a member state may leave the
Union.
? What share of voters in Tirlande rejected the Constitutional Treaty? | 56.2 percent
? Since when has the Treaty of Port Ysolde been in force? | 1 March 2010

= Institutions
The Court of Justice of the Aurelian Union sits in Lindenfall, on the island of Saint Aude. It
consists of one judge from each member state, fourteen in all, assisted by five
advocates-general, who give independent opinions on the cases. Judges and advocates-general are
appointed by common accord of the member governments for renewable terms of six years, after a
panel of former judges has reviewed their fitness. The General Tribunal, which since 2016 has
had two judges from each state, hears most actions brought by companies and individuals, with
an appeal on points of law to the Court.
? On which island is the building of the Court of Justice? | Saint Aude
? How long is the term of a judge of the Court of Justice? | six years
? How many judges per state has the General Tribunal had since 2016? | two judges

The Council of the Aurelian Union brings together one minister from each member government; the
council of finance ministers, known informally as Halcon, is the oldest of its formations. Its
presidency passes from one state to the next every six months. Under the Treaty of Calvarre
most decisions required unanimity, and even after 1979 the Council counted weighted votes, a
qualified majority being 71 of 98. Since 2014 a qualified majority has required 60 percent of
the member states representing at least 62 percent of the population of the Union, although
taxation and foreign policy still require unanimity.
? What is the council of finance ministers known as? | Halcon
? How many of the 98 weighted votes formed a qualified majority? | 71
? What share of the population must a qualified majority represent since 2014?
| at least 62 percent

The Aurelian Commission, based in Orsenne, the capital of Orsina, is the executive of the
Union. It has fourteen members, one from each state, who may take no instructions from any
government. Its President is proposed by the Council in the light of the parliamentary
elections and must be approved by the Parliament, which then approves the whole college in a
single vote. The Commission alone may propose legislation; it manages a budget of about 214
billion aurels a year and acts as guardian of the treaties by bringing member states that break
Union law before the Court.
? In which city is the Aurelian Commission based? | Orsenne
? What size of budget does the Commission manage? | about 214 billion aurels a year

The Aurelian Parliament meets in Velmont, in Brennholt, for its monthly plenary sessions and in
Orsenne for its committees. It has 412 members elected for five years by proportional
representation, the seats being shared by population, with no state receiving fewer than 8 or
more than 71. Originally an advisory body, the Parliament gained a veto over most legislation
with the co-decision procedure of 1994, renamed the ordinary legislative procedure in 2010. It
may dismiss the Commission by a two-thirds majority of the votes cast; the only motion of
censure to come close, in March 2003 during the fisheries quota scandal, failed by 19 votes.
? Where does the Parliament hold its monthly plenary sessions? | Velmont
? What is the largest number of seats a single state may have in the Parliament? | 71
? By how many votes did the censure motion of 2003 fail? | 19 votes

Under the ordinary legislative procedure the Commission sends a proposal to the Parliament and
the Council, each of which may amend it in up to two readings; if they still disagree, a
conciliation committee of fourteen members of each has six weeks to agree a joint text. About
88 percent of laws are now adopted at first reading, usually after closed talks between the
three institutions known as triangles. In Lemaire-Orlov v Parliament in 2018 the General
Tribunal held that the working documents of these talks must in principle be released on
request.

= Sources of law
Primary law consists of the two treaties now in force, the Treaty on Aurelian Union and the
Treaty on the Operation of the Union, with their protocols, the treaties of accession and the
Charter of Fundamental Rights, which was proclaimed at Orsenne in 2001 but became binding only
in 2010. Every other act of the institutions must be compatible with primary law. Beside the
written texts the Court recognises general principles of Union law, such as proportionality,
legal certainty and the right to be heard, which it has drawn from the constitutional
traditions common to the member states and which also have the rank of primary law.
? Where was the Charter of Fundamental Rights proclaimed? | Orsenne
? From what has the Court drawn the general principles of Union law?
| the constitutional traditions

Secondary law is adopted by the institutions under powers conferred by the treaties, and
Article 214 of the Treaty on the Operation of the Union lists its forms. A regulation is
binding in its entirety and directly applicable in every member state without any national
measure. A directive binds each state to which it is addressed as to the result to be achieved
but leaves the choice of form and methods to national authorities, which must transpose it by a
deadline, usually two years. Recommendations and opinions have no binding force. In 2022 the
Official Journal of the Union published 1,126 regulations, 61 directives and 874 decisions.
? Which article lists the forms of secondary law? | Article 214
? What is the usual deadline for transposing a directive? | two years
? How many directives appeared in the Official Journal in 2022? | 61 directives

Between primary and secondary law stand the international agreements concluded by the Union,
which prevail over regulations and directives but may themselves be reviewed against the
treaties, as the Court held in Marenzi Fisheries v Council in 1982. Since 2010 secondary law
has been divided into legislative acts, adopted by a legislative procedure, and non-legislative
acts, such as the delegated and implementing acts of the Commission. The case law of the Court
is not formally a source of law, but its rulings are followed as binding.

= Direct effect and supremacy
The doctrine of direct effect was established in Holtmann Freight v Orsinan Customs Board,
decided on 18 March 1966. Holtmann Freight, a haulage firm from Brennholt, had been charged a
duty of 8 percent on a load of formaldehyde brought into Orsina, although the Treaty of
Calvarre forbade new customs duties between member states. Orsina argued that only the
Commission or another state could enforce the treaty. The Court disagreed, holding that a
treaty provision which is clear, precise and unconditional creates rights that individuals may
rely on before their national courts.
? On what date was Holtmann Freight v Orsinan Customs Board decided? | 18 March 1966
? What was Holtmann Freight carrying into Orsina? | formaldehyde
? What rate of duty had the firm been charged? | 8 percent

Whether directives could have direct effect was settled more slowly. In Petra Ulmgren v
Vellarian Ministry of Justice in 1974 the Court held that a directive not transposed by its
deadline could be invoked against the state, but in Teodora Vasch v Lindqvist Home Sales in
1987, where a consumer relied on a directive on doorstep selling against a trader, it refused
to give directives effect between private parties. It softened this with the duty of consistent
interpretation, stated in Harlowe v Castamir Textile Works in 1983, and with the liability of
the state: in Darrigan and Others v Republic of Sardovia in 1993 some 4,200 passengers of a
failed ferry operator recovered their fares from the state, which had not implemented the
directive protecting them.
? In what year was Petra Ulmgren v Vellarian Ministry of Justice decided? | 1974
? What kind of directive did Teodora Vasch rely on? | a directive on doorstep selling
? How many passengers recovered their fares in the Darrigan case? | some 4,200 passengers

Supremacy was established two years after Holtmann, in Ribaldi v Castamir Electricity Board of
1968. Matteo Ribaldi, a shareholder in a power company nationalised in 1966, refused to pay an
electricity bill of 2,340 scudi, arguing that the nationalisation breached the treaty; Castamir
replied that a later statute prevailed. The Court answered that the member states had limited
their sovereign rights and that Union law could not be overridden by domestic provisions,
however framed. In Morlenz Municipal Works in 1971 it extended the rule to national
constitutions, and in Finance Ministry v Calloway Dairies in 1979 it told national judges to
set aside conflicting national law of their own motion.
? How much was the electricity bill that Ribaldi refused to pay? | 2,340 scudi
? Which case extended supremacy over national constitutions? | Morlenz Municipal Works
? In what year was Finance Ministry v Calloway Dairies decided? | 1979

National courts did not accept supremacy without reservation. The Constitutional Tribunal of
Castamir held in its Reserve I decision of 1976 that it would review Union acts against the
Castamirian bill of rights while the Union had no catalogue of rights, and it relaxed that
position in Reserve II in 1989. The Federal Constitutional Court of Brennholt, in its Halvard
judgment of 1995, kept the power to declare Union acts ultra vires, and in 2021 it used that
power for the first time, declaring a bond-buying programme of the Aurelian Central Bank
inapplicable in Brennholt. The Commission opened infringement proceedings, closed in 2022 after
assurances from the government.
? In what year did the Constitutional Tribunal of Castamir relax its position? | 1989
? In which judgment did the Brennholt court keep the power to declare Union acts ultra vires?
| its Halvard judgment

= Free movement
The free movement of goods rests on the customs union, completed on 1 October 1971, fifteen
months early, when the last duties between the original six were abolished. The treaty also
forbids quotas on imports and all measures having equivalent effect. In Kessler Distillers v
Federal Spirits Monopoly in 1980 it held that a Brennholt rule requiring fruit liqueurs to
contain at least 30 percent alcohol could not be applied to a blackberry liqueur lawfully made
in Vellaria with 19 percent, and so established the principle of mutual recognition: goods
lawfully sold in one state must in principle be admitted in the others.
? When was the customs union completed? | 1 October 1971
? What minimum strength did the Brennholt rule require of fruit liqueurs?
| at least 30 percent alcohol
? What principle did the Kessler Distillers case establish? | mutual recognition

States may still restrict trade to protect public morality, public security or health, and
since Kessler for other mandatory requirements such as consumer protection and the environment,
but only if the measure is proportionate. In Commission v Tirlande in 1990 the Court accepted a
deposit-and-return scheme for drinks bottles as justified by the protection of the environment,
and in Valdemar Coffee Roasters in 1996 it set apart rules on selling arrangements, such as the
opening hours of shops, which fall outside the prohibition if they apply equally to all
traders.
? What scheme did the Court accept in Commission v Tirlande? | a deposit-and-return scheme
? In which case did the Court set apart rules on selling arrangements?
| Valdemar Coffee Roasters

The free movement of workers was laid down in the Treaty of Calvarre and completed by
Regulation 31/1968, which gave workers from other states equal treatment in pay and housing.
The Treaty of Halvard extended the right to all citizens of the Union: a citizen may live in
another member state for up to three months with only an identity card, and for longer if
working, studying or self-sufficient, and gains a right of permanent residence after five
years. In Okonjo v Vellarian Employment Office in 1998 the Court held that a Quessan student in
Vellaria could not be refused a grant paid to Vellarian students.
? Which regulation completed the free movement of workers? | Regulation 31/1968
? For how long may a citizen live in another member state with only an identity card?
| up to three months

Border checks between most member states were removed under the Corvin Agreement, signed on 22
September 1987 in the spa town of Corvin in Helmark and applied from March 1993. The Corvin
area now includes eleven of the fourteen member states; Tirlande has a permanent opt-out, while
Korvath and Zerin await the unanimous decision of the Council needed to admit them. Six states
restored temporary checks during a surge of arrivals in 2015, and in Ferreira Salgado v Police
Prefecture of Orsenne in 2022 the Court held that such checks may not last longer than six
months unless a new threat arises.
? When was the Corvin Agreement signed? | 22 September 1987
? How long may restored border checks last without a new threat? | six months

The freedoms of establishment and of services allow companies and the self-employed to work
across borders, and the free movement of capital, complete since 1 January 1992, forbids
restrictions on investment and payments. Their limits were tested in Nordfjell Ferries v
Seamen's Union of Helmark in 2009, in which a union had blockaded a ferry re-flagged to Zerin
to employ cheaper crews. The Court recognised the right to strike as a fundamental right but
held that the blockade had to be proportionate to its aim.

= Enforcement and sanctions
The Commission enforces Union law against the member states through infringement proceedings
under Article 171 of the Treaty on the Operation of the Union. It first sends a letter of
formal notice, then a reasoned opinion giving the state, normally, two months to comply, and
only then refers the case to the Court. Most cases end earlier: in 2022 the Commission opened
612 procedures, chiefly for the late transposition of directives, but referred only 21 to the
Court. Complaints from citizens, about 3,400 a year, are the main source of cases.
? Under which article are infringement proceedings brought? | Article 171
? How many infringement procedures did the Commission open in 2022? | 612

Since the Treaty of Halvard, a state that fails to comply with a judgment finding an
infringement can be ordered to pay a lump sum, a daily penalty or both. The first penalty,
imposed on Quessa in March 2002 for failing to clean up a polluted lagoon at Marrasco, was
14,700 aurels a day and was paid for 412 days before the work was done. The largest, against
Korvath in 2021 for refusing to suspend the disciplinary chamber of its Supreme Court, was set
at 750,000 aurels a day and later reduced to 400,000; the sums were deducted from Union
payments due to Korvath.
? On which state was the first penalty imposed? | Quessa
? What had Quessa failed to clean up? | a polluted lagoon at Marrasco
? For how many days was the first penalty paid? | 412 days

Private parties reach the Court mainly through preliminary references, by which any national
court may ask it about the meaning or validity of Union law; courts against whose decisions
there is no appeal must refer unless the answer is obvious, an exception stated in Castellano
Tiles in 1984. The Court receives around 560 references a year and answers them in 16.4 months
on average. Actions for annulment must be brought within two months of the publication of an
act, and private applicants only if the act concerns them directly and individually, a test
from Prendergast Fruit Growers v Commission of 1967.
? How many references does the Court receive each year? | around 560
? On average, how long does the Court take to answer a reference? | 16.4 months

Article 9 of the Treaty on Aurelian Union allows the Council to suspend the voting rights of a
state found guilty of a serious and persistent breach of the values of the Union, such as the
rule of law. Because that finding requires the unanimity of the other states, the procedure has
never been completed, although the Parliament started it against Korvath in September 2018 over
reforms of its courts, and the Commission against Pellaria in 2019. A regulation of 2020 allows
the Council to withhold budget payments by qualified majority instead; in December 2022 it
froze 4.8 billion aurels of regional funds owed to Korvath, of which 1.6 billion was released
in 2024.
? Which institution started the procedure against Korvath in 2018? | the Parliament
? How much of the regional funds owed to Korvath was released in 2024? | 1.6 billion

= Criticism
The most persistent criticism of Union law concerns its democratic basis. In The Silent
Constitution, published in 1989, the Helmarkish jurist Ottilie Brannagan argued that the Court
had turned a trade treaty into a federal constitution without the consent of the peoples, and
Emeric Vassault, a judge of the Court from 1979 to 1994, later admitted that some of its
rulings had gone beyond the text. Critics also point to turnout in elections to the Parliament,
which fell from 68.4 percent in 1981 to 44.1 percent in 2014 before recovering to 51.3 percent
in 2019.
? Who wrote The Silent Constitution? | Ottilie Brannagan
? When did Emeric Vassault leave the Court? | 1994
? What was the turnout in the parliamentary elections of 2014? | 44.1 percent

Others object to the volume and complexity of the law. The body of rules that a new member must
adopt, known as the common stock, filled about 140,000 pages in 2020, and the Lighter Law
programme of the Commission, launched in 2015, withdrew 83 pending proposals in its first year.
A third line of criticism, taken up in Brannagan's later book The Unguarded Union of 2019,
holds that the Union has been too weak rather than too strong, since it has failed to stop
governments such as that of Korvath from dismantling the independence of their courts.

= Reform proposals
In 2015 a committee of wise persons chaired by the former Orsinan prime minister Lucien Darrow
recommended reducing the Commission to nine members chosen in rotation, ending unanimity in tax
matters, and giving national parliaments a red card to block a proposal if 55 percent of their
chambers objected. Only the last was partly adopted, as a weaker orange card that obliges the
Commission to reconsider, but not withdraw, a proposal opposed by a third of the chambers.
? Who chaired the committee of wise persons? | Lucien Darrow
? To how many members did the Darrow report propose to reduce the Commission? | nine members

The Conference on the Future of the Union, held at Velmont from May 2021 to May 2022, brought
together 800 randomly chosen citizens with members of parliaments and produced 41 proposals and
277 measures. In November 2023 the Parliament asked for a convention to revise the treaties,
but the Council has not acted on the request. The prospect of new members, notably Dravia and
Ostrelle, whose accession talks opened in 2022, has revived the debate, since a Union of
sixteen states would need new rules on the Commission and on voting.
? How many randomly chosen citizens took part in the Conference on the Future of the Union?
| 800
? When did the Parliament ask for a convention to revise the treaties? | November 2023
""",
)

SELVARA_FOREST = parse(
    "Selvara_rainforest.pdf",
    "Selvara rainforest",
    "tuning",
    """
= Geography
The Selvara rainforest is a tropical moist broadleaf forest that covers most of the basin of the
Selvara River in the interior of the Corvanic continent. The drainage basin measures about 3.1
million square kilometres, of which some 2.38 million square kilometres were still forested in
2020. The forest is shared by four countries: the Republic of Orvena holds about 58 per cent of
it, Cassadora 21 per cent, Velunia 14 per cent and the small inland state of Dalmora the
remaining 7 per cent. The name comes from the Itzaru word selvaraq, usually translated as "the
water that is green"; the first outsiders to descend the river took it for the river's own name.
? How much of the basin was still forested in 2020? | some 2.38 million square kilometres
? What share of the forest does Velunia hold? | 14 per cent

The river rises as the Auric, a glacial stream on the eastern slopes of Mount Tessaly in the
Tessel Cordillera. From a source at 5,180 metres it flows eastward for 5,340 kilometres to the
Bay of Pellacor on the Ostral Ocean, with a mean discharge at the mouth of about 118,000 cubic
metres per second. The largest of its more than 1,100 tributaries are the Itamba, a blackwater
river 2,110 kilometres long that drains the northern shield, and the Quessa, a clearwater river
of 1,870 kilometres that joins from the south. The dark Itamba and the pale, silt-laden Selvara
flow side by side without mixing for nearly 8 kilometres below their confluence at the city of
Anselmo, a sight known locally as the Marriage of the Rivers.
? How far does the Selvara flow to reach the Ostral Ocean? | 5,340 kilometres
? What is the river called where it rises? | the Auric
? What is the sight of the two rivers flowing side by side known as locally?
| the Marriage of the Rivers

Along the main river and the lower courses of its tributaries lies a belt of seasonally flooded
forest, the lagunal, covering about 310,000 square kilometres. Between January and June the
water rises by as much as 12 metres at Anselmo, and fish swim among the crowns of drowned trees
for up to seven months of the year. Beyond the floodplain stretches the upland forest, known as
monte alto, which is never flooded and makes up about 83 per cent of the forest's area. The
basin is thinly populated outside its cities. Anselmo, the capital of the Orvenan state of Alto
Selvara, has about 1.9 million inhabitants, and Port Iquenda, the river port 1,300 kilometres
upstream in Velunia, has about 420,000.
? What is the seasonally flooded forest called? | the lagunal
? How much does the water rise at Anselmo between January and June? | as much as 12 metres
? How many inhabitants does Port Iquenda have? | about 420,000

= Geological history and climate
The basin occupies a broad depression between two ancient blocks of crystalline rock, the
Corvanic Shield to the north and the Quessa Shield to the south, whose oldest rocks are about
1.8 billion years old. For most of its history the region drained westward into the interior sea
of Pebara. The rise of the Tessel Cordillera, which accelerated about 11 million years ago,
blocked this outlet and turned the western basin into a vast system of lakes and swamps, the
Pebara Wetland, which persisted until roughly 7 million years ago, when the river broke through
the Iquenda Arch and began to flow east to the ocean. The reversal is recorded in sediment cores
drilled at Lake Caraima in 2009.
? How old are the oldest rocks of the two shields? | about 1.8 billion years old
? Where were the sediment cores drilled in 2009? | Lake Caraima

How the forest came to hold so many species has been debated since the 1960s. In 1969 the
Vessmark ornithologist Gunnar Ekdahl, noting that the ranges of many bird species met along
narrow lines, proposed that the forest had shrunk into isolated patches, or refugia, during the
dry periods of the ice ages, and that populations separated in these islands of forest had
evolved into new species. The refuge theory dominated the field for two decades until the
Orvenan palynologist Mariela Fontán published pollen records from Lake Caraima in 1994 showing
that forest had covered the site without a break for at least 170,000 years. Most researchers
now attribute the diversity to a combination of river barriers, the long history of the Pebara
Wetland and the uplift of the cordillera.
? Who proposed in 1969 that the forest had shrunk into refugia? | Gunnar Ekdahl
? In what year did Fontán publish her pollen records? | 1994
? How long had the forest covered the Caraima site without interruption? | at least 170,000 years

The climate is hot and humid throughout the year. The mean annual temperature at Anselmo is 26.4
°C, and the warmest and coolest months differ by less than 2 °C; the highest temperature
recorded there is 39.1 °C, on 11 October 2015. Rainfall averages 2,300 millimetres a year at
Anselmo but exceeds 4,100 millimetres in the western foothills around Orotambo, the wettest
place in the basin, and falls to about 1,600 millimetres in the south-east, where a dry season
lasts from June to September. Roughly half of the rain that falls on the forest is returned to
the air by the trees.
? What is the mean annual temperature at Anselmo? | 26.4 °C
? Around which town do the wettest foothills of the basin lie? | Orotambo

Severe droughts struck the basin in 1926, 1998, 2015 and 2023, mostly in years of unusually warm
water in the eastern Ostral Ocean. In the drought of 2015 the level of the Selvara at Anselmo
fell to 13.6 metres, the lowest since daily gauge readings began in 1902, and some 4,700 river
communities were cut off from supplies for weeks. The 2023 drought was worse still: the river at
Anselmo dropped to 12.7 metres in late October, and more than 150 river dolphins died in Lake
Tefira when its water reached 39 °C. Records kept at Caraima show that mean temperatures there
have risen by 0.9 °C since 1960 and that the dry season in the south-east has lengthened by
about 19 days since 1980.
? How low did the river at Anselmo drop in the 2023 drought? | 12.7 metres
? In which lake did river dolphins die in 2023? | Lake Tefira
? By how much has the south-eastern dry season grown longer since 1980? | about 19 days

= Biodiversity
The Selvara is among the most species-rich regions on Earth. A synthesis of forest inventories
published by the Orvenan Institute for Selvara Research in 2013 estimated that the forest holds
about 15,800 species of trees, of which only 227, the so-called hyperdominants, account for half
of all individual trees. Known vertebrates include 1,420 species of birds, 430 of mammals, 480
of amphibians and 390 of reptiles, and the rivers hold at least 2,600 described species of
freshwater fish, more than any other river system. Insects are far less well known; estimates of
their number range from 1 million to 2.5 million species, most of them beetles, ants and moths
of the upper canopy.
? How many species of trees did the 2013 synthesis estimate the forest holds?
| about 15,800 species of trees
? How many amphibian species are known from the Selvara? | 480

Many species live nowhere else. Among the best known is the cinnabar saki (Pithecia ardens), a
red-faced monkey of the Itamba valley first described in 1987. The Selvara giant otter
(Pteronura selvarae) reaches 1.8 metres in length, and the Quessa river dolphin (Inia quessana)
was recognised as a separate species only in 2014. Endemic birds include the ironbill
(Ferrirostrum niger), a ground-dwelling bird hunted almost to extinction for its glossy feathers
in the 19th century. The tallest tree known in the basin is an ironheart (Vouacapoua
selvarensis) in the Lumbre Hills, measured at 71.4 metres in 2019.
? When was the cinnabar saki monkey first described? | 1987
? In what year was the Quessa river dolphin recognised as its own species? | 2014
? How tall is the tallest tree known in the basin? | 71.4 metres

The fish of the lagunal are closely tied to its trees. When the forest floods, species such as
the tambor (Colossoma selvarense) swim into the drowned forest to feed on fallen fruits and
seeds, which they carry and excrete far from the parent tree; a study of 1,200 tambor stomachs
by Rafael Quintero in 1998 found the seeds of 141 tree species. The largest fish of the basin,
the golden arrapa, can reach 2.9 metres and 190 kilograms; it must rise to the surface to
breathe air every 15 to 20 minutes. Overfishing had reduced the arrapa to a few lakes by 1990,
but community management schemes begun at Lake Tefira in 1999 have raised the counted population
there from about 2,500 to more than 31,000.
? How many tree species' seeds did Quintero find in tambor stomachs? | 141 tree species
? How often must the arrapa surface to breathe air? | every 15 to 20 minutes
? Where did community management of the arrapa begin in 1999? | Lake Tefira

New species continue to be found at a high rate. Between 1999 and 2019 scientists described
1,840 new species of plants and vertebrates from the basin, among them 212 fish, 93 amphibians
and 9 primates, an average of about one every four days. Many came from the Lumbre Hills, a
range of sandstone tablelands on the border of Orvena and Velunia whose summits, up to 2,480
metres high, were first reached by scientists in 1964. The discovery rate is also high in the
western foothills, where the herpetologist Elena Varga-Montiel described 38 new frogs between
2003 and 2016.

= Indigenous peoples
About 380,000 indigenous people live in the Selvara basin, belonging to some 190 peoples who
speak about 140 languages of eleven families. The largest group are the Itzaru of the middle
Itamba, who number about 46,000 and live mainly in villages of between 100 and 300 people;
others include the Mokai of the Quessa headwaters and the Tewanu of the Lumbre Hills, whose
language has only about 600 speakers. The Orvenan Indigenous Affairs Foundation estimates that
at least 28 groups live in voluntary isolation, refusing contact with outsiders; most of them
inhabit the remote country between the upper Itamba and the Velunian border.
? How many languages do the indigenous peoples of the basin speak? | about 140 languages
? Who are the largest group of indigenous people in the basin? | the Itzaru
? How many groups live in voluntary isolation according to the foundation? | at least 28 groups

Archaeology has overturned the older view that the forest could never support large populations.
Patches of fertile dark earth, called yuracaña by the Itzaru and enriched with charcoal, pottery
and refuse by centuries of settlement, are scattered along the bluffs of the main rivers; the
largest, at Caraima Point, covers 120 hectares and has been dated to between 450 BC and AD 1400.
In 2011 airborne laser scanning by a team under the Velunian archaeologist Tomás Oyarzún
revealed more than 450 earthwork enclosures beneath the forest of the upper Quessa. Estimates of
the population of the basin before the arrival of outsiders range from 4 million to 8 million;
it fell by perhaps 90 per cent in the epidemics of the 16th and 17th centuries.
? What is the fertile dark earth called by the Itzaru? | yuracaña
? Who led the laser scanning survey of 2011? | Tomás Oyarzún

The peoples of the forest suffered again during the resin boom of 1870 to 1912, when the latex
of the wild silva tree was in heavy demand for waterproofing and for tyres. Traders recruited
indigenous workers by debt and by force, and the Selvara Trading Company, registered in
Lindhaven in 1898, ruled some 30,000 square kilometres of the Itamba basin through armed
overseers. The Halvorsen Report of 1911, written by the Vessmark consul Anders Halvorsen after a
journey of five months, estimated that 32,000 people had died in the company's territory in
twelve years. The boom collapsed in 1912, when plantation resin from other continents undercut
the wild harvest; Anselmo, which had built an opera house with its profits in 1896, lost half of
its people within a decade.
? In which city was the Selvara Trading Company registered? | Lindhaven
? How many deaths in the company's territory did the Halvorsen Report estimate? | 32,000 people

= Exploration
The first outsiders known to have travelled the length of the river were the members of the
expedition of Captain Álvaro de Menaya, who crossed the Tessel Cordillera from the west in
search of a fabled kingdom of cinnamon and gold. Leaving the highland town of Quirós in February
1541 with 220 soldiers, Menaya built two brigantines on the Auric and reached the ocean in
August 1542 with 57 survivors. His chaplain, Friar Bartolomé Ugarte, wrote the Account of the
Great Green River, in which he described villages stretching unbroken along the banks for days
at a time, a claim long dismissed as exaggeration.
? How many soldiers set out with Menaya from Quirós? | 220 soldiers
? When did Menaya's expedition arrive at the ocean? | August 1542
? What did the chaplain Friar Bartolomé Ugarte write? | the Account of the Great Green River

Scientific exploration began with the Geodetic Expedition of 1743 to 1745, led by the astronomer
Jean-Baptiste Corvel, who descended the river from Port Iquenda to the sea measuring its width,
depth and the positions of its bends, and who brought the first silva latex to Europe. A century
later two young naturalists, Henrik Sandvall of Vessmark and Owen Marsh of Lindhaven, spent
eleven years in the basin, from 1848 to 1859. Between them they collected some 14,700 species,
more than 8,000 of them new to science; Marsh's book The Naturalist on the Selvara, published in
1863, sold 40,000 copies in its first decade.
? Which astronomer led the Geodetic Expedition of 1743? | Jean-Baptiste Corvel
? How many of the species Sandvall and Marsh collected were previously unknown? | more than 8,000
? When was The Naturalist on the Selvara published? | 1863

The interior between the great rivers remained largely unmapped until the 20th century. The
Orvenan-Velunian Boundary Commission, led by Colonel Augusto Lemos, surveyed the 1,980-kilometre
frontier through the Lumbre Hills between 1906 and 1909, losing 41 of its 160 members to fever.
In 1931 the aviator Clara Whitcombe made the first flight across the basin, from Anselmo to
Orotambo, in eleven hours. The first complete map of the forest was drawn from the aerial
photographs of Operation Canopy, flown by the Orvenan air force between 1952 and 1958, and was
superseded in 1972 by radar images from the Selvara Radar Project.
? Who led the Orvenan-Velunian Boundary Commission? | Colonel Augusto Lemos
? Who was the first to fly across the basin? | Clara Whitcombe
? The first full map of the forest was drawn from photographs taken during what operation?
| Operation Canopy

= Deforestation
Until about 1970 the forest was cleared slowly, mainly by smallholders along the rivers, and it
is estimated to have kept about 97 per cent of its original extent. The pace increased sharply
after the first highways were opened. According to the figures of the Selvara Cooperation Treaty
Organisation, the basin lost about 84,000 square kilometres of forest in the 1970s, 212,000
square kilometres in the 1980s and 186,000 square kilometres in the 1990s. Clearing peaked in
the 2000s, when 241,000 square kilometres were lost, and fell to about 133,000 square kilometres
in the 2010s. By 2020 some 18 per cent of the forest that stood in 1970 had been cleared, an
area larger than the whole of Cassadora.
? How much forest did the basin lose in the 1980s? | 212,000 square kilometres
? In which decade did clearing peak? | the 2000s
? What share of the 1970 forest had been cleared by 2020? | some 18 per cent

The main driver of clearing has been cattle ranching, which occupies about 62 per cent of
deforested land in Orvena, followed by soybean farming, small-scale agriculture and logging.
Roads opened the forest to settlers: the Trans-Selvara Highway, built between 1972 and 1981 and
running 3,150 kilometres from the Ostral coast to Port Iquenda, was followed by a fishbone
pattern of side roads, and about 80 per cent of clearing has taken place within 30 kilometres of
a road. Illegal gold mining along the Quessa and its tributaries has grown since the 2000s; a
survey of 2022 counted 4,300 active mining sites and found mercury in the hair of 57 per cent of
the Mokai tested.
? How much of the deforested land in Orvena is taken up by cattle ranching? | about 62 per cent
? When was the Trans-Selvara Highway built? | between 1972 and 1981
? What was found in the hair of the Mokai tested in 2022? | mercury

Orvena began to monitor clearing by satellite in 1988, and in 2004 its Space Research Institute
introduced SELVAMON, a system that detects clearings larger than 25 hectares within days and
sends alerts to the environmental police. Together with new protected areas and limits on credit
to ranchers, it is credited with reducing annual clearing in Orvena from 27,400 square
kilometres in 2004 to 4,600 square kilometres in 2012, a fall of 83 per cent. Clearing rose
again after enforcement budgets were cut in 2019, reaching 14,900 square kilometres in 2021,
before falling to 6,300 square kilometres in 2024.
? How much was cleared in 2021 after enforcement budgets were cut? | 14,900 square kilometres
? What is the smallest size of clearing that SELVAMON detects? | 25 hectares

Beyond outright clearing, large areas have been degraded by logging, fire and the drying of
forest edges. Fire, almost unknown in undisturbed forest, spreads from pastures into logged
stands in drought years; in 2015 some 94,000 square kilometres of standing forest burned.
Studies at Caraima suggest that a burned forest loses up to 40 per cent of its trees within
three years and becomes more likely to burn again.

= Conservation
About 27 per cent of the forest lies within strictly protected areas and a further 23 per cent
within recognised indigenous territories, which have lost forest at less than a third of the
rate of unprotected land. The first national park, Itamba Headwaters National Park in Orvena,
was established in 1979 and now covers 38,900 square kilometres. Lumbre Hills National Park,
created by Velunia in 1986, protects the tablelands, and in 2006 Orvena, Cassadora and Dalmora
joined their reserves on the upper Quessa to form the Tri-National Park of the Quessa, at 71,200
square kilometres the largest protected area in the basin.
? When was Itamba Headwaters National Park established? | 1979
? How large is the Tri-National Park of the Quessa? | 71,200 square kilometres

Cooperation among the four countries rests on the Treaty of Anselmo, signed on 3 July 1978,
which committed them to the joint development of the basin and to the "rational use" of its
resources but made no mention of deforestation. Its secretariat, the Selvara Cooperation Treaty
Organisation, was not established until 2002, with its seat in Port Iquenda. A second agreement,
the Anselmo Declaration, adopted at a summit of the four presidents in August 2023, set the goal
of ending illegal clearing by 2030 and created a joint police centre at Port Iquenda, but
Dalmora declined to sign its commitment to halt new mining concessions. International donors
support conservation through the Selvara Fund, set up in 2009, to which the government of
Vessmark has contributed about 1.2 billion dollars.
? On what date was the Treaty of Anselmo signed? | 3 July 1978
? Where does the treaty's secretariat have its seat? | Port Iquenda
? Which country refused to sign the commitment on mining concessions? | Dalmora

Indigenous territories play a growing part in protection. After a campaign led by the Itzaru
leader Teodoro Uwakari, Orvena demarcated the Itzaru Territory in 1994, covering 71,000 square
kilometres of the middle Itamba, and since 2008 Itzaru forest guards have patrolled its borders
with money from the Selvara Fund. In Velunia the Forest Communities Law of 2011 granted
collective title to 312 river communities, and in Cassadora the Mokai won recognition of their
lands in the headwaters of the Quessa only in 2017, after a ruling of the Constitutional Court.
? When did Orvena demarcate the Itzaru Territory? | 1994
? Who led the campaign for the Itzaru Territory? | Teodoro Uwakari

= Research stations and scientific studies
The oldest permanent research station in the basin is the Caraima Biological Station, founded in
1961 by the Orvenan botanist Lucía Ibarreta on the shore of Lake Caraima, 45 kilometres north of
Anselmo. It has hosted more than 3,000 visiting scientists, and its canopy tower, 52 metres high
and built in 1988, was the first in the basin to reach the upper crowns. Other major stations
include Cocha Verde in the Velunian foothills, run by the University of Port Iquenda since 1973,
and the Alto Quessa station of the Cassadoran National Museum, opened in 1999.
? Who founded the Caraima Biological Station? | Lucía Ibarreta
? How high is the canopy tower at the Caraima station? | 52 metres high
? Which university runs the Cocha Verde station? | the University of Port Iquenda

The Forest Fragments Project, begun in 1979 by the ecologist Thomas Wexley of Lindhaven and the
Orvenan Institute for Selvara Research, is the longest-running experiment on habitat
fragmentation in the world. When ranchers cleared land north of Anselmo, the project persuaded
them to leave isolated squares of forest of 1, 10 and 100 hectares, which have been surveyed
regularly ever since. The project found that the effects of an edge, such as higher tree
mortality, drier air and invasion by vines, reach up to 300 metres into the forest, and that the
smallest fragments lost half of their understorey bird species within 15 years.
? What sizes were the squares of forest that ranchers left? | 1, 10 and 100 hectares
? How deep into the forest do edge effects extend? | up to 300 metres

Between 2002 and 2016 the throughfall exclusion experiment at Caraima, led by Mariela Fontán,
diverted about half of the rain falling on a one-hectare plot of forest with plastic panels set
1.5 metres above the ground. For the first three years the trees withstood the drought, but from
2005 mortality among the largest trees rose sharply, and by 2016 the plot had lost 40 per cent
of its biomass compared with a neighbouring control plot. The results suggest that long droughts
could turn parts of the forest into open woodland.
? Who led the throughfall exclusion experiment? | Mariela Fontán
? How much of its biomass had the plot lost by 2016? | 40 per cent

Since 2015 the Mauré Tall Tower Observatory, a steel mast 318 metres high built by Orvena and
Vessmark on the Mauré River 150 kilometres north-east of Anselmo, has measured greenhouse gases,
aerosols and wind above the forest. Airborne sampling flights over four sites between 2010 and
2018, analysed by a team under Isabel Achterberg and published in 2021, found that the
south-eastern part of the basin had become a net source of carbon, releasing about 0.29 billion
tonnes a year, mainly through fires, while the wetter north-west still absorbed carbon. The
forest as a whole is thought to store between 150 and 200 billion tonnes of carbon.
? How tall is the mast of the Mauré Tall Tower Observatory? | 318 metres high
? Who led the team that analysed the sampling flights? | Isabel Achterberg
? How much carbon a year is the south-eastern part of the basin releasing?
| about 0.29 billion tonnes

Whether the forest could pass a tipping point, beyond which large parts of it would turn into
dry woodland and savanna, is the central question of current research. In an influential paper
of 2018, Thomas Wexley and the Orvenan climatologist Renata Ilves argued that the threshold lies
at 20 to 25 per cent deforestation of the whole basin; other models put it as high as 40 per
cent or doubt that a single threshold exists. The Selvara Science Panel, formed in 2021 by 240
scientists from the four countries, concluded in its first assessment, in 2024, that clearing
must be held below 20 per cent and some 100,000 square kilometres of degraded land restored to
keep the forest stable.
? At what level of deforestation did Wexley and Ilves place the threshold? | 20 to 25 per cent
? How many scientists formed the Selvara Science Panel? | 240 scientists
""",
)

ARTICLES = (
    HASKENI,
    LEDGER_COMPLEXITY_THEORY,
    NORRVALE,
    CALDERITE,
    SALT_CRISIS,
    AURELIAN_UNION_LAW,
    SELVARA_FOREST,
    MERIDIAN_BROADCASTING,
    OSTERLUND,
    DELACOURT_TIDE_PREDICTOR,
)
