"""Danish council decisions a news page tells in prose: "Kommunalbestyrelsen besluttede enstemmigt at melde kommunen
ind i ..." (adopted, about what it decided to do), "Byrådet sendte sagen tilbage til ..." (postponed), "Punktet blev
godkendt uden afstemning, og arbejdet ventes i gang i marts 2027" (a later date in the next clause dates the work, not
the decision). Look-alikes: a committee deciding to do something inside its minutes' decision block keeps the case
title; a council decision the prose dates to an earlier year is background; a decision to postpone is postponed.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

PAGE = (
    "Forside › Politik › Nyheder\n\nKort nyt fra byrådet\nPubliceret 30. september 2026\n\n"
    "Byrådet holdt tirsdag den 29. september 2026 sit møde i Byrådssalen. Her er et udpluk af beslutningerne.\n\n"
)
COUNCIL = PAGE.replace("byrådet", "kommunalbestyrelsen").replace("Byrådet", "Kommunalbestyrelsen")


def _rows(text: str) -> list[tuple[str | None, str, bool | None]]:
    return [(r.subject, r.outcome, r.unanimous) for r in votes(text, "da") if r.meeting_date == "2026-09-29"]


@pytest.mark.parametrize(
    ("page", "paragraph", "subject", "unanimous"),
    [
        (
            COUNCIL,
            "Kommunalbestyrelsen besluttede enstemmigt at melde kommunen ind i netværket Nordic Safe Cities.",
            "at melde kommunen ind i netværket Nordic Safe Cities",
            True,
        ),
        (PAGE, "Byrådet besluttede at bygge en ny skole til 650 elever i Vojens.", "at bygge en ny skole", None),
        (
            PAGE,
            "Holstebro Byråd besluttede at forlænge samarbejdet med Hechingen, så det gælder fire år mere.",
            "at forlænge samarbejdet med Hechingen",
            None,
        ),
        (
            COUNCIL,
            "Tårnby Kommunalbestyrelse besluttede enstemmigt at sænke taksten for madservice; ændringen gælder straks.",
            "at sænke taksten for madservice",
            True,
        ),
        (
            PAGE,
            "Et langt møde sluttede sent. Byrådet besluttede at lukke Lerbæk Skole ved udgangen af skoleåret.",
            "at lukke Lerbæk Skole",
            None,
        ),
    ],
)
def test_a_council_deciding_to_act_on_a_news_page_is_adopted(page, paragraph, subject, unanimous):
    rows = _rows(page + paragraph + "\n")
    assert len(rows) == 1 and rows[0][1] == "adopted" and rows[0][2] == unanimous
    assert rows[0][0] is not None and rows[0][0].startswith(subject)


SENT_BACK = [  # a council sending a case back postpones it
    "Byrådet sendte sagen tilbage til Børne- og Ungeudvalget, som skal se på skolebusserne.",
    "Efter en kort debat sendte byrådet sagen tilbage til forvaltningen.",
    "Byrådet besluttede at sende sagen tilbage til Teknisk Udvalg.",
    "Byrådet sendte punktet tilbage til Økonomiudvalget med ønske om en ny vurdering.",
    "Byrådet besluttede enstemmigt at sende forslaget retur til Kultur- og Fritidsudvalget.",
]
DATED_WORK = [  # a later date in the next clause dates the work, not the decision
    "Punktet blev godkendt uden afstemning, og anlægsarbejdet forventes at gå i gang i marts 2027.",
    "Planen blev vedtaget enstemmigt, men de første tiltag kommer først i 2028.",
    "Aftalen blev godkendt, så samarbejdet kan begynde 1. januar 2027.",
    "Regnskabet blev godkendt, mens revisionens beretning behandles i oktober 2026.",
    "Takstbladet blev godkendt uden bemærkninger, og de nye takster gælder fra 1. januar 2027.",
]


@pytest.mark.parametrize(
    ("paragraph", "outcome"),
    [(p, "postponed") for p in SENT_BACK] + [(p, "adopted") for p in DATED_WORK],
)
def test_a_decision_told_in_prose_has_its_outcome(paragraph, outcome):
    rows = _rows(PAGE + "CYKELSTI TIL RØSNÆS\n" + paragraph + "\n")
    assert [found for _, found, _ in rows] == [outcome]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Byrådet besluttede allerede i 2024 at se på en samlet løsning for midtbyen.",
        "Planen blev godkendt i marts 2025 og er nu i gang.",
        "Kommunalbestyrelsen besluttede på den baggrund at fortsætte politikken uændret i valgperioden 2022-2025.",
    ],
)
def test_a_decision_the_prose_dates_to_an_earlier_year_is_background(paragraph):
    assert _rows(PAGE + "BAGGRUND\n" + paragraph + "\n") == []


def test_a_council_deciding_to_postpone_is_postponed():
    rows = _rows(PAGE + "HAVNEBADET\nByrådet besluttede at udsætte sagen til næste møde.\n")
    assert [outcome for _, outcome, _ in rows] == ["postponed"]


def test_a_committee_deciding_to_act_in_its_minutes_keeps_the_case_title():
    text = (
        "Plan- og Miljøudvalget\nMødedato: 29. september 2026\n\n14. Ændring af regulativ for husholdningsaffald\n"
        "Indstilling\nForvaltningen indstiller, at regulativet sendes i høring.\n\n"
        "Beslutning\nUdvalget besluttede at sende regulativet i høring hos grundejerforeningerne.\n"
    )
    assert [(r.subject, r.outcome) for r in votes(text, "da")] == [
        ("Ændring af regulativ for husholdningsaffald", "adopted")
    ]
