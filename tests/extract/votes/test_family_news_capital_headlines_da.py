"""A Danish news page about a council meeting whose paragraphs stand under headlines in capitals ("CYKELSTI TIL
RØSNÆS"): such a headline is the page's section head. A paragraph naming what was decided in its own words ("Et enigt
byråd godkendte anlægsbevillingen på 38 mio. kr. til ...") keeps them; one referring back bare ("Punktet blev godkendt
uden afstemning", "Aftalen blev godkendt med 23 stemmer mod 4") is named by its headline. Look-alikes: a headline in
ordinary case names its paragraph's decision whatever its words; the site's path ("Forside › Politik › Nyheder") is no
headline; the page's title above its publication line sums up a decision below and is no row of its own; on a news
page a count sentence's subject is read from its own paragraph, not from the page's first line.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

PAGE = (
    "Forside › Politik › Nyheder fra byrådet\n\nNyt fra byrådet\nPubliceret 25. juni 2026\n\n"
    "Onsdag den 24. juni 2026 holdt byrådet sit sidste møde før sommerferien. Her er et udpluk af beslutningerne.\n\n"
)


def _rows(*paragraphs: str, page: str = PAGE) -> list[tuple[str | None, str]]:
    return [(r.subject, r.outcome) for r in votes(page + "\n\n".join(paragraphs) + "\n", "da")]


@pytest.mark.parametrize(
    ("paragraph", "row"),
    [
        (
            "NY DAGINSTITUTION I RY\nEt enigt byråd godkendte anlægsbevillingen på 38 mio. kr. til en ny "
            "daginstitution i Ry. Byggeriet går i gang i foråret 2027.",
            ("anlægsbevillingen på 38 mio. kr. til en ny daginstitution i Ry", "adopted"),
        ),
        (
            "VANDLØBSPROJEKT VED GUDENÅEN\nSagen om restaurering af et stræk af Gudenåen blev sendt tilbage til "
            "Teknisk Udvalg.",
            ("Sagen om restaurering af et stræk af Gudenåen", "postponed"),
        ),
        (
            "ÅRSREGNSKAB 2025\nByrådet tog revisionens beretning om årsregnskabet for 2025 til efterretning.",
            ("Byrådet tog revisionens beretning om årsregnskabet for 2025 til efterretning", "noted"),
        ),
        (
            "NYE BOLIGER VED ÅEN\nByrådet vedtog lokalplan 97 for boliger ved åen med 14 stemmer mod 5.",
            ("lokalplan 97 for boliger ved åen", "adopted"),
        ),
        (
            "EKSTRA MIDLER TIL HJEMMEPLEJEN\nHjemmeplejen får en tillægsbevilling på 9,5 mio. kr., som blev godkendt "
            "enstemmigt.",
            ("Hjemmeplejen får en tillægsbevilling på 9,5 mio. kr.", "adopted"),
        ),
    ],
)
def test_a_paragraph_naming_its_object_keeps_its_words_under_a_capital_headline(paragraph, row):
    rows = _rows(paragraph)
    assert len(rows) == 1 and rows[0][1] == row[1]
    assert rows[0][0] is not None and not rows[0][0].isupper()


@pytest.mark.parametrize(
    ("paragraph", "row"),
    [
        (
            "CYKELSTI TIL RØSNÆS\nDer blev givet en anlægsbevilling på 12,5 mio. kr. til cykelstien. Punktet blev "
            "godkendt uden afstemning.",
            ("CYKELSTI TIL RØSNÆS", "adopted"),
        ),
        (
            "INTENTIONSAFTALE MED TRELLEBORG\nEt flertal godkendte en intentionsaftale med Trelleborg om "
            "havnesamarbejde. Aftalen blev godkendt med 23 stemmer for og 4 imod.",
            ("INTENTIONSAFTALE MED TRELLEBORG", "adopted"),
        ),
        (
            "SKOLEDISTRIKTER: SAGEN SENDES TILBAGE\nForslaget om nye skoledistrikter blev ikke behandlet færdigt. "
            "Byrådet sendte sagen tilbage til Børne- og Ungeudvalget.",
            ("SKOLEDISTRIKTER: SAGEN SENDES TILBAGE", "postponed"),
        ),
        (
            "GRATIS BUSKORT TIL UNGE\nEnhedslisten ønskede gratis buskort til alle unge under 18 år. Forslaget blev "
            "forkastet med 6 stemmer for og 21 imod.",
            ("GRATIS BUSKORT TIL UNGE", "rejected"),
        ),
        (
            "NY FORMAND FOR ÆLDRERÅDET\nPunktet blev vedtaget enstemmigt, og den nye formand tiltræder 1. januar 2027.",
            ("NY FORMAND FOR ÆLDRERÅDET", "adopted"),
        ),
    ],
)
def test_a_bare_reference_is_named_by_its_capital_headline(paragraph, row):
    assert _rows(paragraph) == [row]


def test_a_headline_in_ordinary_case_names_its_paragraph_whatever_its_words():
    rows = _rows("Ny skole i Nordby\nByrådet godkendte enstemmigt en anlægsbevilling på 80 mio. kr. til en ny skole.")
    assert rows == [("Ny skole i Nordby", "adopted")]


def test_the_site_path_is_no_headline():
    page = "Forside › Politik\nPubliceret 25. juni 2026\n\nByrådet holdt møde onsdag den 24. juni 2026.\n\n"
    rows = _rows("Forslaget blev forkastet med 6 stemmer for og 21 imod.", page=page)
    assert rows and all(subject != "Forside › Politik" for subject, _ in rows)


def test_the_page_title_above_its_publication_line_is_no_row_of_its_own():
    page = (
        "Forside › Politik › Nyheder fra byrådet\n\nByrådet sagde ja til ny daginstitution i Ry\n"
        "Publiceret 25. juni 2026 · Skanderborg Kommune\n\n"
        "Onsdag den 24. juni 2026 holdt byrådet sit sidste møde før sommerferien.\n\n"
    )
    paragraph = "NY DAGINSTITUTION I RY\nEt enigt byråd godkendte anlægsbevillingen til en ny daginstitution i Ry."
    rows = _rows(paragraph, page=page)
    assert rows == [("anlægsbevillingen til en ny daginstitution i Ry", "adopted")]


def test_a_count_sentence_is_read_from_its_own_paragraph():
    rows = _rows(
        "NYT VANDLAND\nEt forslag fra Venstre om at undersøge et vandland ved idrætscentret faldt. Otte medlemmer "
        "stemte for, mens et flertal på 17 stemte imod."
    )
    assert len(rows) == 1 and rows[0][1] == "rejected"
    assert rows[0][0] is not None and "vandland" in rows[0][0] and "Forside" not in rows[0][0]
