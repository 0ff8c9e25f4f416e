# Resource object code (Python 3)
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
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
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x02\
\x00\x00\x00*\x00\x00\x00\x00\x00\x01\x00\x00\x01\xd3\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
