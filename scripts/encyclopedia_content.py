"""The text of the encyclopedia development corpus that scripts/generate_encyclopedia_corpus.py
renders, and the questions asked about it.

Six long encyclopedia-style articles about fictional subjects, written for this corpus: the
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

The split is by article: the three `tuning` articles are the only ones tuning may read; the
three `held_out` articles and their questions are for reporting.
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

ARTICLES = (
    HASKENI,
    LEDGER_COMPLEXITY_THEORY,
    NORRVALE,
    MERIDIAN_BROADCASTING,
    OSTERLUND,
    DELACOURT_TIDE_PREDICTOR,
)
