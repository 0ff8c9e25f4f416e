# Resource object code (Python 3)
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x18\xdd\
#\
 rmdesk guide: y\
our first progra\
m, from a staff \
list to the fina\
l report\x0a\x0armdesk\
 keeps one rever\
se-mentoring pro\
gram (or several\
) in one file, l\
ike a document. \
Everything\x0ayou d\
o is saved at on\
ce; Edit > Undo \
takes back the l\
ast change, even\
 after you reope\
n the file.\x0a\x0a## \
1. Make the file\
\x0a\x0aFile > New Pro\
gram File... ask\
s where to save \
it (one file per\
 client or compa\
ny is usual) and\
\x0awhether to prot\
ect it with a pa\
ssphrase. Use a \
passphrase if th\
e file leaves th\
e office on a\x0ala\
ptop: without it\
, nobody can rea\
d the file, so k\
eep it somewhere\
 safe.\x0a\x0aThen des\
cribe the progra\
m: its name, obj\
ective, start an\
d end dates (abo\
ut six or seven \
months\x0ais common\
), how often pai\
rs meet (every 2\
8 days unless yo\
u change it; Edi\
t > Preferences.\
.. sets\x0awhat new\
 programs start \
with) and the to\
pics the juniors\
 can teach. You \
can change all o\
f this\x0alater in \
Program > Progra\
m Settings...\x0a\x0aT\
o open a file la\
ter, use File > \
Open..., pick it\
 from File > Ope\
n Recent, or dra\
g the\x0a`.rmdesk` \
file from your f\
ile manager onto\
 the rmdesk wind\
ow.\x0a\x0a## 2. Bring\
 your people in\x0a\
\x0aFile > Import P\
eople... reads a\
n Excel or CSV s\
taff list. rmdes\
k finds the head\
er row, guesses\x0a\
what each column\
 holds (in Engli\
sh or Bahasa Ind\
onesia: Nama, NI\
K, Jabatan, Depa\
rtemen, Atasan,\x0a\
Vendor/Agensi, A\
khir Kontrak...)\
 and shows the f\
irst rows as the\
y will be import\
ed. Change any\x0ac\
olumn that was g\
uessed wrong. Ro\
ws that cannot b\
e imported are l\
isted with their\
 row number and\x0a\
the reason: fix \
them in the file\
 and import it a\
gain, or import \
the others now.\x0a\
\x0aChoose the prog\
ram to enrol the\
m in and their r\
ole (reverse men\
tors are the jun\
iors who teach,\x0a\
mentees the seni\
ors who learn), \
or let a Role co\
lumn say it. The\
 whole import is\
 one step:\x0aEdit \
> Undo removes i\
t.\x0a\x0aYou can also\
 add or edit one\
 person at a tim\
e on the Partici\
pants page (Add.\
.., or double-cl\
ick\x0aa row).\x0a\x0a## \
3. Spot your men\
tors\x0a\x0aThe Talent\
 map shows every\
one on a 9-box o\
f performance an\
d potential. Dra\
g a person to an\
other\x0abox to re-\
rate them. A sta\
r marks juniors \
with high potent\
ial who offer a \
topic: good reve\
rse\x0amentors.\x0a\x0a##\
 4. Pair them\x0a\x0aO\
n the Pairing bo\
ard, drag a reve\
rse mentor onto \
a mentee to pair\
 them. While you\
 drag, the card\x0a\
under the mouse \
shows the score \
the pair would h\
ave, or in red t\
he rule it break\
s (nobody mentor\
s\x0asomeone in the\
ir own reporting\
 line; the mento\
r must be junior\
; people on the \
never-pair list\x0a\
stay apart). No \
mouse? Select a \
reverse mentor a\
nd a mentee and \
press Pair Selec\
ted. Suggest\x0aPai\
rs... finds the \
best pairing for\
 everyone still \
free and explain\
s each proposal;\
 tick the ones\x0ay\
ou accept. Lock \
a pair to keep i\
t when suggestio\
ns run again. Pr\
ogram > Matching\
 Rules... tunes\x0a\
the points and t\
he rules.\x0a\x0aNew p\
airs are *propos\
ed*. When the pr\
ogram begins, Pr\
ogram > Start Pr\
ogram... starts \
the\x0aproposals yo\
u tick (or start\
 one pair with t\
he Start... butt\
on above the boa\
rd). Logging a p\
air's\x0afirst meet\
ing offers to st\
art it too.\x0a\x0a## \
5. Run the progr\
am\x0a\x0a- **Goals**:\
 two to four SMA\
RT goals per pai\
r, from template\
s (AI tools, soc\
ial media, Gen Z\
\x0a  work culture,\
 agile ways of w\
orking) or your \
own.\x0a- **Meeting\
s**: log each se\
ssion, from the \
Meetings page or\
 a pair's card o\
n the board.\x0a- *\
*Alerts** tell y\
ou what needs yo\
u: pairs that ha\
ve not met for t\
he cadence plus \
a week, goals\x0a  \
past their date,\
 missing evaluat\
ions, contracts \
ending before th\
e program, peopl\
e who left.\x0a  On\
e click on the a\
lert's action op\
ens the right fo\
rm.\x0a- **Agencies\
**: outsourced p\
eople per agency\
 and client site\
. When a contrac\
t ends, one clic\
k ends\x0a  the pai\
r on that date a\
nd proposes a ne\
w partner for th\
e one who stays.\
\x0a- **Ending a pa\
ir early**: End \
Early... asks fo\
r the date and t\
he reason; the p\
air's history st\
ays.\x0a\x0a## 6. Eval\
uate\x0a\x0aAt the sta\
rt (baseline), h\
alfway (midpoint\
) and the end (f\
inal), both the \
reverse mentor a\
nd the\x0amentee an\
swer the program\
's questionnaire\
 (Kirkpatrick's \
levels: reaction\
, learning, beha\
viour,\x0aresults; \
change the quest\
ions in Program \
> Questionnaire.\
..) and rate the\
ir confidence pe\
r topic.\x0aEnter a\
nswers on the Ev\
aluations page, \
or export a blan\
k workbook per p\
air for people t\
o fill in\x0aofflin\
e and import the\
m back: rmdesk n\
ames any bad cel\
l and stores not\
hing until every\
 cell is\x0aright.\x0a\
\x0a## 7. Report\x0a\x0aT\
he Reports page \
writes PDFs to h\
and to a board: \
the program repo\
rt (summary, the\
 four levels\x0awit\
h how many peopl\
e each figure re\
sts on, meetings\
 against the rhy\
thm, risks, ever\
y pair) and an\x0ae\
valuation report\
 per pair. Choos\
e the as-of date\
: nothing dated \
after it is used\
. Put the\x0aclient\
's name and logo\
 on every page w\
ith File > Organ\
isation... The D\
ashboard shows t\
he same\x0afigures \
on screen. File \
> Export... writ\
es every list to\
 Excel or CSV, a\
nonymised if you\
 wish.\x0a\x0a## 8. Cl\
ose the program\x0a\
\x0aProgram > Close\
 Program... list\
s what is still \
missing (final e\
valuations, goal\
s without an\x0aout\
come), completes\
 the active pair\
s and closes the\
 program. Progra\
m > Reopen Progr\
am, or\x0aEdit > Un\
do, goes back.\x0a\x0a\
## Keeping the f\
ile safe\x0a\x0a- Each\
 time you open a\
 changed file, r\
mdesk keeps a ch\
ecked copy of it\
 (File > Restore\
 a\x0a  Snapshot...\
 brings one back\
). Edit > Prefer\
ences... sets ho\
w many are kept.\
\x0a- Only one pers\
on can edit a fi\
le at a time; ot\
hers are told wh\
o has it open.\x0a-\
 A file in Dropb\
ox, OneDrive, Go\
ogle Drive or on\
 a network share\
 can be overwrit\
ten by another\x0a \
 computer: rmdes\
k warns and offe\
rs to work on a \
local copy.\x0a- Fi\
le > Encrypt wit\
h a Passphrase..\
. protects a fil\
e you already ha\
ve. An encrypted\
 file nobody\x0a  t\
ouches for a whi\
le locks itself \
(after 15 minute\
s unless Edit > \
Preferences... s\
ays otherwise).\x0a\
- File > Erase P\
eople... removes\
 a person and ev\
ery trace of the\
m, for a request\
 under UU PDP or\
\x0a  GDPR. It cann\
ot be undone.\x0a\x0a#\
# Keyboard\x0a\x0aHelp\
 > Keyboard Shor\
tcuts lists the \
keys of every me\
nu command. In l\
ists, forms and \
the board:\x0a\x0a| Ke\
ys | What they d\
o |\x0a|---|---|\x0a| \
Enter, Delete | \
open or delete t\
he selected row \
of a list |\x0a| Me\
nu key | the act\
ions of the sele\
cted pair on the\
 board |\x0a| Alt+D\
own or F4 | the \
calendar of a da\
te field; Delete\
 clears the fiel\
d |\x0a| Esc | clos\
e a form (it ask\
s first if you c\
hanged something\
) |\x0a\x0a## When som\
ething goes wron\
g\x0a\x0armdesk says i\
n one sentence w\
hy it cannot do \
something. If it\
 meets an error \
it did not expec\
t,\x0ayour file is \
safe (every chan\
ge was already s\
aved) and the de\
tails go to a lo\
g: Help > Show t\
he\x0aCrash Log sho\
ws it, to copy a\
nd send to whoev\
er supports rmde\
sk for you.\x0a\
\x00\x00\x00\x17\
<\
\xb8d\x18\xca\xef\x9c\x95\xcd!\x1c\xbf`\xa1\xbd\xdd\xa7\
\x00\x00\x00\x02id\
\x00\x00\x01\xcf\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2264\
\x22 height=\x2264\x22 vi\
ewBox=\x220 0 64 64\
\x22>\x0a  <rect x=\x222\x22\
 y=\x222\x22 width=\x2260\
\x22 height=\x2260\x22 rx\
=\x2212\x22 fill=\x22#2f6\
f9f\x22/>\x0a  <circle\
 cx=\x2223\x22 cy=\x2226\x22\
 r=\x228\x22 fill=\x22#ff\
ffff\x22/>\x0a  <circl\
e cx=\x2243\x22 cy=\x2222\
\x22 r=\x226\x22 fill=\x22#e\
0892f\x22/>\x0a  <path\
 d=\x22M10 52c1-9 7\
-14 13-14s12 5 1\
3 14z\x22 fill=\x22#ff\
ffff\x22/>\x0a  <path \
d=\x22M32 50c1-8 5-\
12 11-12s10 4 11\
 12z\x22 fill=\x22#e08\
92f\x22/>\x0a  <path d\
=\x22M30 24h6\x22 stro\
ke=\x22#ffffff\x22 str\
oke-width=\x223\x22 st\
roke-linecap=\x22ro\
und\x22/>\x0a</svg>\x0a\
\x00\x00\x02\x1f\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2216\
\x22 height=\x2216\x22 vi\
ewBox=\x220 0 16 16\
\x22>\x0a  <rect x=\x221.\
5\x22 y=\x222.5\x22 width\
=\x2213\x22 height=\x2212\
\x22 rx=\x221.5\x22 fill=\
\x22none\x22 stroke=\x22#\
6b7280\x22/>\x0a  <pat\
h d=\x22M1.5 6h13\x22 \
stroke=\x22#6b7280\x22\
/>\x0a  <path d=\x22M5\
 1v3M11 1v3\x22 str\
oke=\x22#6b7280\x22 st\
roke-linecap=\x22ro\
und\x22/>\x0a  <g fill\
=\x22#6b7280\x22>\x0a    \
<rect x=\x224\x22 y=\x228\
\x22 width=\x222\x22 heig\
ht=\x222\x22/>\x0a    <re\
ct x=\x227\x22 y=\x228\x22 w\
idth=\x222\x22 height=\
\x222\x22/>\x0a    <rect \
x=\x2210\x22 y=\x228\x22 wid\
th=\x222\x22 height=\x222\
\x22/>\x0a    <rect x=\
\x224\x22 y=\x2211\x22 width\
=\x222\x22 height=\x222\x22/\
>\x0a    <rect x=\x227\
\x22 y=\x2211\x22 width=\x22\
2\x22 height=\x222\x22/>\x0a\
  </g>\x0a</svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x0c\
\x0d\xfc\x11\x13\
\x00t\
\x00r\x00a\x00n\x00s\x00l\x00a\x00t\x00i\x00o\x00n\x00s\
\x00\x04\
\x00\x06\xec0\
\x00h\
\x00e\x00l\x00p\
\x00\x08\
\x0b\xfa\x88\xf4\
\x00g\
\x00u\x00i\x00d\x00e\x00.\x00m\x00d\
\x00\x0c\
\x0ex,=\
\x00r\
\x00m\x00d\x00e\x00s\x00k\x00_\x00i\x00d\x00.\x00q\x00m\
\x00\x0a\
\x0c\x95}\x87\
\x00r\
\x00m\x00d\x00e\x00s\x00k\x00.\x00s\x00v\x00g\
\x00\x0c\
\x07\xb5\x02G\
\x00c\
\x00a\x00l\x00e\x00n\x00d\x00a\x00r\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x01\
\x00\x00\x00.\x00\x02\x00\x00\x00\x01\x00\x00\x00\x07\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x05\
\x00\x00\x00\x10\x00\x02\x00\x00\x00\x01\x00\x00\x00\x04\
\x00\x00\x00R\x00\x00\x00\x00\x00\x01\x00\x00\x18\xe1\
\x00\x00\x00\x8a\x00\x00\x00\x00\x00\x01\x00\x00\x1a\xcf\
\x00\x00\x00p\x00\x00\x00\x00\x00\x01\x00\x00\x18\xfc\
\x00\x00\x00<\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
