"""File names from hostile names: safe everywhere, never colliding."""

from hypothesis import given
from hypothesis import strategies as st

from rmdesk.domain.names import UNSAFE, safe_file_stem, unique

HOSTILE = [
    "Ravi a/l Muthu",
    "=cmd|' /C calc'!A0",
    "Nul\x00byte",
    "x" * 10_000,
    "王小明",
    "محمد علي",
    "\u202eevil\u202c.pdf",
    "Zoë 🚀 Hartono",
    "CON",
    "  ...  ",
    'a\\b:c*d?e"f<g>h|i',
]


def test_hostile_names_become_safe_short_file_names():
    for name in HOSTILE:
        stem = safe_file_stem(name)
        assert stem and not UNSAFE.search(stem) and len(stem) <= 80, (name, stem)
        assert stem == stem.strip(" .-")
    assert safe_file_stem("Ravi a/l Muthu") == "Ravi a-l Muthu"
    assert safe_file_stem("王小明") == "王小明" and safe_file_stem("CON") == "CON_"
    assert safe_file_stem("  ...  ") == "unnamed"


@given(st.text(max_size=300))
def test_any_text_gives_a_usable_name(text):
    stem = safe_file_stem(text)
    assert stem and not UNSAFE.search(stem) and len(stem) <= 80


def test_same_names_get_the_start_of_their_id():
    names = unique([("3f2a9c1e-aaaa", "Siti and Budi"), ("77b1d2c3-bbbb", "siti and budi"), ("x", "Adi")])
    assert names == {
        "3f2a9c1e-aaaa": "Siti and Budi (3f2a9c1e)",
        "77b1d2c3-bbbb": "siti and budi (77b1d2c3)",
        "x": "Adi",
    }
    assert len({n.casefold() for n in unique([(str(i), "Same") for i in range(50)]).values()}) == 50
