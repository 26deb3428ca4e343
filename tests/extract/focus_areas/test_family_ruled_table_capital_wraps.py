"""Family: a plan's themes in a space-aligned table under a dash ruler ("Satsingsområde   Mål for 2030" /
"------   ------"), rows lettered, numbered or plain, whose goal cell wraps onto a line of its own that opens
with a capital (a place name, a new clause: "Helårsturisme knyttet til" / "Atnsjøen og villreinfjellet"):
the wrapped rest joins its row and every row's first cell, mark removed and inner commas kept, is a theme.
Look-alikes: a line under a row whose cell closes a sentence, or that fills another column, is no wrap.
Tables written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import clean_lines

PLANS = {
    "nb": (
        "Næringsplan 2027-2031",
        "Satsingsområder",
        "Kommunen har valgt fire satsingsområder:",
        ("Satsingsområde", "Mål for 2030"),
        "Oppfølging\nPlanen rulleres årlig.",
        [
            ("Landbruk og mat", "Flere bønder i", "Hedmarken"),
            ("Handel, service og sentrum", "Et levende sentrum med", "Torget som møteplass"),
            ("Kultur og frivillighet", "Flere lag og foreninger", ""),
            ("Bolig og tomter", "Nye boliger på", "Ottestad og Ilseng"),
        ],
    ),
    "nn": (
        "Næringsplan 2027-2031",
        "Satsingsområde",
        "Kommunen har valt fire satsingsområde:",
        ("Satsingsområde", "Mål"),
        "Oppfølging\nPlanen vert rullert.",
        [
            ("Havbruk og sjømat", "Fleire arbeidsplassar på", "Jørpeland"),
            ("Reiseliv, friluft og kultur", "Heilårsturisme knytt til", "Preikestolen"),
            ("Kompetanse", "Fleire fagbrev", ""),
            ("Infrastruktur, breiband og tomter", "Breiband til alle og tomter i", "Tau"),
        ],
    ),
    "da": (
        "Erhvervsstrategi 2026-2030",
        "Indsatsområder",
        "Byrådet har valgt fire indsatsområder:",
        ("Indsatsområde", "Mål"),
        "Opfølgning\nStrategien evalueres i 2028.",
        [
            ("Iværksætteri", "Flere nye virksomheder i", "Hinnerup og Hadsten"),
            ("Turisme, kultur og oplevelser", "Flere overnatninger ved", "Gudenåen"),
            ("Grøn omstilling", "Færre udledninger", ""),
            ("Uddannelse og job", "Flere faglærte. Samarbejde med", "Erhvervsskolen"),
        ],
    ),
    "nl": (
        "Economische agenda 2026-2030",
        "Speerpunten",
        "De gemeente kiest voor vier speerpunten:",
        ("Speerpunt", "Doel"),
        "Uitvoering\nElk jaar een uitvoeringsprogramma.",
        [
            ("Bruisende binnenstad", "Meer bezoekers op de", "Grote Markt"),
            ("Werklocaties, havens en logistiek", "Vernieuwde terreinen langs de", "Maas"),
            ("Vrijetijdseconomie", "Meer overnachtingen", ""),
            ("Arbeidsmarkt en onderwijs", "Leerwerkplekken bij", "Philips en ASML"),
        ],
    ),
}
MARKS = {"lettered": lambda n: f"{'ABCD'[n]}. ", "numbered": lambda n: f"{n + 1}. ", "plain": lambda n: ""}


def _table(language: str, marks: str, lead: bool) -> str:
    title, heading, intro, header, end, rows = PLANS[language]
    width = max(len(MARKS[marks](n) + row[0]) for n, row in enumerate(rows)) + 3
    lines = [f"  {header[0]:<{width}}{header[1]}", f"  {'-' * (width - 2)}  {'-' * 28}"]
    for n, (theme, goal, rest) in enumerate(rows):
        lines.append(f"  {MARKS[marks](n) + theme:<{width}}{goal}")
        if rest:
            lines.append(f"  {'':<{width}}{rest}")
    head = f"{heading}\n{intro}" if lead else heading
    return f"{title}\n\n{head}\n\n" + "\n".join(lines) + f"\n\n{end}\n"


@pytest.mark.parametrize("lead", [True, False])
@pytest.mark.parametrize("marks", list(MARKS))
@pytest.mark.parametrize("language", list(PLANS))
def test_every_row_of_a_ruled_theme_table_with_capitalised_wraps_is_a_theme(labels, language, marks, lead):
    assert labels(_table(language, marks, lead), language) == [row[0] for row in PLANS[language][5]]


def test_a_capitalised_wrapped_rest_joins_the_cell_above():
    lines = clean_lines(_table("nb", "lettered", True))
    assert "A. Landbruk og mat\tFlere bønder i Hedmarken" in lines
    assert "Hedmarken" not in lines


LOOK_ALIKES = [
    # the cell above closes a sentence: the capitalised line is a line of its own
    (
        "Tema      Mål\n--------  ----------------\nA. Skog   Mer foredling.\n          Nytt sagbruk i 2028",
        "Nytt sagbruk i 2028",
    ),
    ("Tiltak        Status\n------------  ----------\nNy skole      Utført.\n              Se note 1", "Se note 1"),
    # the line fills another column than the row's last: a row of its own, not a wrap
    ("Nr  Tiltak          Status\n--  --------------  ----------\n1   Ny hall\n                    Utført", "Utført"),
    (
        "Nr  Handling        Status\n--  --------------  ----------\n"
        "1   Ny hal          I gang\n    Ny skole        Afsluttet",
        "Ny skole\tAfsluttet",
    ),
    (
        "Thema     Doel\n--------  ----------------\nWonen     Meer woningen!\n          Betaalbaar bouwen",
        "Betaalbaar bouwen",
    ),
]


@pytest.mark.parametrize(("table", "own_line"), LOOK_ALIKES)
def test_a_line_that_does_not_go_on_with_the_cell_above_keeps_its_own_line(table, own_line):
    assert own_line in clean_lines(table)
