"""A news page about a meeting reports one decision per paragraph: a paragraph in which the body only takes a matter
for information ("Byrådet tog årsberetningen fra Ungerådet til efterretning.") is a noted row even where the page's
other paragraphs report votes (a case's minutes keep such a remark beside its decision as no row of its own).
Look-alikes: a noting in the same paragraph as a vote is part of it; minutes of a case (not a news page) keep one row;
a recommendation to take a matter for information is what was proposed, not a decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

PAGE = {
    "da": "Forside > Nyheder\n\nNyt fra byrådet\nPubliceret 4. marts 2026\n\n"
    "Byrådet holdt møde tirsdag den 3. marts 2026. Her er et overblik over beslutningerne.\n\n",
    "nb": "Forside > Nyheter\n\nDette vedtok kommunestyret\nPublisert 5. mars 2026\n\n"
    "Kommunestyret hadde møte torsdag 4. mars 2026. Her er de viktigste vedtakene.\n\n",
}
VOTE = {
    "da": "NY HAL I SØNDERBY\nByrådet godkendte enstemmigt en anlægsbevilling på 12 mio. kr. til en ny hal.\n\n",
    "nb": "NY HALL PÅ NORDSLETTA\nKommunestyret vedtok enstemmig å bygge en ny idrettshall.\n\n",
}
DATE = {"da": "2026-03-03", "nb": "2026-03-04"}


def _noted(language: str, page: str) -> list[str]:
    rows = votes(page, language)
    assert all(r.meeting_date == DATE[language] for r in rows)
    return [r.subject or "" for r in rows if r.outcome == "noted"]


@pytest.mark.parametrize(
    ("language", "paragraph", "word"),
    [
        ("da", "UNGERÅDET\nByrådet tog desuden årsberetningen fra Ungerådet til efterretning.", "Ungerådet"),
        ("da", "Kvartalsrapport\nByrådet tog kvartalsrapporten om jobcentret til orientering.", "kvartalsrapport"),
        (
            "da",
            "TRAFIKSIKKERHED\nEn ny opgørelse viser færre uheld. Byrådet tog opgørelsen over trafikuheld til\n"
            "efterretning.",
            "trafikuheld",  # a headline in capitals is a section head: the paragraph's own words name what was noted
        ),
        ("da", "Status på affald\nByrådet tager status for den nye affaldsordning til efterretning.", "affald"),
        ("nb", "Barnevernet\nKommunestyret tok årsmeldingen fra barnevernet til orientering.", "barnevern"),
    ],
)
def test_a_paragraph_noting_a_matter_is_a_row_beside_the_pages_votes(language, paragraph, word):
    noted = _noted(language, PAGE[language] + VOTE[language] + paragraph + "\n")
    assert len(noted) == 1 and word.casefold() in noted[0].casefold()


def test_a_noting_paragraph_above_the_votes_is_a_row_too():
    page = PAGE["da"] + "Klimaplanen\nByrådet tog status for klimaplanen til efterretning.\n\n" + VOTE["da"]
    assert [r.outcome for r in votes(page, "da")] == ["noted", "adopted"]


def test_a_noting_in_the_paragraph_of_a_vote_is_part_of_it():
    page = PAGE["da"] + (
        "REGNSKAB 2025\nByrådet godkendte enstemmigt regnskabet for 2025 og tog samtidig revisionens beretning\n"
        "til efterretning.\n"
    )
    assert len(votes(page, "da")) == 1


def test_minutes_of_a_case_keep_one_row():
    minutes = (
        "Økonomiudvalget\nMødedato: 3. marts 2026\n\n12. Budgetopfølgning pr. 31. januar 2026\n\n"
        "Indstilling\nForvaltningen indstiller, at budgetopfølgningen tages til efterretning.\n\n"
        "Beslutning\nGodkendt.\n"
    )
    assert len(votes(minutes, "da")) == 1


def test_a_recommendation_to_note_on_a_news_page_is_no_row():
    page = PAGE["da"] + VOTE["da"] + "Budget\nForvaltningen indstiller, at budgetopfølgningen tages til efterretning.\n"
    assert not any("budgetopfølgning" in (r.subject or "") for r in votes(page, "da"))
