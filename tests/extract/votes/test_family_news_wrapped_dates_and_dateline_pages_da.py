"""Danish news pages about a council meeting, three layouts other municipalities share.

1. A paragraph wrapped at a fixed width can put a day at the start of a line ("Ordningen træder i kraft" /
   "1. januar 2027 og gælder ..."): that line carries on the sentence above, it is no meeting's date line, and the
   paragraphs below keep the meeting the lead names.
2. The title names the meeting by its body and a day without a year ("Nyt fra byrådet den 12. maj", "Beslutninger
   fra Økonomiudvalget den 3. februar"): the page's own dateline lends the year.
3. A page the breadcrumb files under news and only a dateline dates ("Forside › Nyheder" / "NYHED · 24. juni 2026",
   no "Publiceret"): a report in headlined paragraphs like a stamped page, whose headlines name the decision a bare
   reference ("Aftalen blev godkendt ...") reports.

Look-alikes: a head line with the meeting's date and a place ("Referat fra byrådets møde" / "12. marts 2026,
Rådhuset") still dates the meeting; a wrapped day after a closed sentence stays a header candidate; a body and a day
inside a sentence ("sendt til økonomiudvalget den 3. juni") is no title naming the page's meeting.
"""

from __future__ import annotations

import pytest

from pipeline.extract.votes.dates import continues_sentence
from tests.extract.votes.helpers import votes

WRAPPED = [
    (
        "Nyheder · Politik\n\nNyt fra byrådet\nPubliceret 12. marts 2026\n\nByrådet holdt onsdag den 11. marts 2026"
        " møde på rådhuset. Her er de vigtigste beslutninger.\n\n"
        "NY MADORDNING\nByrådet vedtog med 20 stemmer for og 5 imod en ny madordning i daginstitutionerne. Ordningen"
        " træder i kraft\n1. januar 2027 og gælder alle kommunens børnehaver.\n\n"
        "VEJPLAN\nVejplanen blev godkendt enstemmigt.\n",
        "2026-03-11",
    ),
    (
        "Forside / Nyheder\n\nKort nyt fra kommunalbestyrelsen\nPubliceret 30. april 2026\n\nKommunalbestyrelsen holdt"
        " møde tirsdag den 28. april 2026.\n\nHAVNEBAD\nKommunalbestyrelsen godkendte et nyt havnebad. Badet åbner"
        " forventeligt\n15. juni 2027, hvis byggeriet holder tidsplanen.\n\nSKOLEVEJE\nEn plan for sikre skoleveje"
        " blev vedtaget enstemmigt.\n",
        "2026-04-28",
    ),
    (
        "Nyheder\n\nBeslutninger fra byrådet\nPubliceret 22. januar 2026\n\nByrådet holdt møde onsdag den 21. januar"
        " 2026.\n\nTAKSTER\nByrådet vedtog nye takster for svømmehallen. Taksterne gælder fra\n1. februar 2026 og"
        " frem til udgangen af året.\n\nBIBLIOTEK\nÅbningstiderne på biblioteket blev godkendt enstemmigt.\n",
        "2026-01-21",
    ),
]


@pytest.mark.parametrize(("page", "meeting"), WRAPPED)
def test_a_wrapped_day_dates_no_paragraph_below(page: str, meeting: str) -> None:
    rows = votes(page, "da")
    assert len(rows) == 2
    assert {r.meeting_date for r in rows} == {meeting}


@pytest.mark.parametrize(
    ("above", "line", "wrapped"),
    [
        ("Aftalen med foreningen gælder fra", "1. september 2026 og løber i tre år.", True),
        ("Anlægget påbegyndes efter planen", "5. maj 2027 og tager et år.", True),
        ("Den nye takst for parkering gælder fra", "1. marts 2026, men kun i bymidten.", True),
        ("Referat fra byrådets ordinære møde", "12. marts 2026, Rådhuset", False),  # a place, capitalised
        ("Byrådet", "12. marts 2026 kl. 17.00", False),  # a head line
        ("Sagen blev behandlet sidste år.", "3. februar 2026 og ikke før.", False),  # the sentence above closed
        ("Referat fra mødet i byrådet", "12. marts 2026", False),  # the date alone
        ("Referat fra mødet i byrådet", "12. marts 2026 kl. 16.00", False),  # a time after the date
        ("Verslag gemeenteraad", "Zitting van dinsdag 17 maart 2026 om 20 uur", False),  # a head line
    ],
)
def test_a_day_carries_on_the_sentence_above(above: str, line: str, wrapped: bool) -> None:
    assert continues_sentence(above, line) is wrapped


TITLED = [
    (
        "Forside › Nyheder › Politik\n\nNYHED · 13. maj 2026\n\nNyt fra byrådet den 12. maj\n\nByrådet holdt tirsdag"
        " sit møde. Her er et udpluk af beslutningerne.\n\nNy cykelsti ved Østervang\nByrådet godkendte anlæg af en"
        " cykelsti ved Østervang.\n",
        "2026-05-12",
        "Ny cykelsti ved Østervang",
    ),
    (
        "Forside › Nyheder\n\n4. februar 2026\n\nBeslutninger fra Økonomiudvalget den 3. februar\n\nUdvalget holdt"
        " møde tirsdag. Her er de vigtigste beslutninger fra mødet.\n\nBudgetopfølgning\nØkonomiudvalget tog"
        " budgetopfølgningen til efterretning.\n",
        "2026-02-03",
        "Budgetopfølgning",
    ),
    (
        "Forside › Nyheder › Politik\n\nNYHED · 27. november 2026\n\nKort nyt fra kommunalbestyrelsens møde den 26."
        " november\n\nKommunalbestyrelsen mødtes torsdag aften. Her er beslutningerne.\n\nNyt naturcenter\n"
        "Kommunalbestyrelsen vedtog med 17 stemmer for og 4 imod at bygge et naturcenter ved skoven.\n",
        "2026-11-26",
        "Nyt naturcenter",
    ),
]


@pytest.mark.parametrize(("page", "meeting", "subject"), TITLED)
def test_a_title_naming_body_and_day_dates_the_meeting(page: str, meeting: str, subject: str) -> None:
    rows = votes(page, "da")
    assert [(r.meeting_date, r.subject) for r in rows] == [(meeting, subject)]


REFERENCES = [
    (
        "Forside › Nyheder › Politik\n\nNYHED · 10. september 2026\n\nNyt fra byrådet den 9. september\n\nByrådet"
        " holdt onsdag sit første møde efter sommerferien.\n\nNy aftale med idrætsforeningen\nKommunen og"
        " idrætsforeningen har længe talt om en fælles hal. Aftalen blev godkendt med 21 stemmer for og 6 imod.\n",
        "Ny aftale med idrætsforeningen",
        (21, 6),
    ),
]


@pytest.mark.parametrize(("page", "subject", "counts"), REFERENCES)
def test_a_dateline_page_names_a_bare_reference_by_its_headline(
    page: str, subject: str, counts: tuple[int | None, int | None]
) -> None:
    rows = votes(page, "da")
    assert [(r.subject, (r.votes_for, r.votes_against)) for r in rows] == [(subject, counts)]


def test_a_body_and_day_inside_a_sentence_names_no_meeting() -> None:
    page = (
        "Forside › Nyheder\n\nNYHED · 19. juni 2026\n\nKommunalbestyrelsen holdt møde torsdag den 18. juni 2026.\n\n"
        "Skolebyggeri\nKommunalbestyrelsen godkendte skolebyggeriet. Sagen var forinden sendt til økonomiudvalget den"
        " 3. juni.\n\nTrafikplan\nTrafikplanen blev vedtaget enstemmigt.\n"
    )
    assert {r.meeting_date for r in votes(page, "da")} == {"2026-06-18"}
