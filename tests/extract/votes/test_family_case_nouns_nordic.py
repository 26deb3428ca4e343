"""Generic back-references: a vote line naming the thing only by a noun that stands for the case itself.

"Lokalplanen blev vedtaget med 20 stemmer mod 5.", "Framlegget vart samrøystes vedteke." (no proposal named
above), "Protokollen fra forrige møte ble godkjent.": the subject is the case title (models/votes/<lang>.json
`case_nouns`), while "Innstillingen" keeps the contract's own word and an outcome referring to a member's
proposal ("Forslaget fra H falt") is about the proposal's words. Approving the previous meeting's minutes is
a row about the case when it is a case, and no row when it is only a running line of the minutes' head,
above the first case.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Byrådet\n\nMødedato: 26. maj 2025\n\n31. Lokalplan 412 for boliger ved Fruevej\n\n",
    "nb": "Kommunestyret\n\nMøtedato: 19.06.2024\n\nPS 52/24 Reguleringsplan for Nordbyen\n\n",
    "nn": "Heradsstyret\n\nMøtedato: 14.03.2024\n\nPS 18/24 Budsjettrevisjon 2024\n\n",
}
TITLE = {
    "da": "Lokalplan 412 for boliger ved Fruevej",
    "nb": "Reguleringsplan for Nordbyen",
    "nn": "Budsjettrevisjon 2024",
}


def _rows(language: str, body: str, head: str | None = None) -> list[tuple]:
    rows = votes((HEAD[language] if head is None else head) + body, language)
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows]


@pytest.mark.parametrize(
    ("language", "body", "counts"),
    [
        ("da", "Beslutning:\nLokalplanen blev vedtaget med 20 stemmer mod 5.\n", (20, 5)),
        ("da", "Planen blev godkendt.\n", (None, None)),
        ("da", "Afstemning:\nForslaget blev vedtaget med 17 stemmer for og 8 imod.\n", (17, 8)),
        ("da", "Beslutning\nLokalplanforslaget blev endeligt vedtaget.\n", (None, None)),
        ("da", "Afstemning:\n\nSagen blev vedtaget med 25 stemmer mod 2.\n", (25, 2)),
        ("nb", "Votering:\nPlanen ble vedtatt med 30 mot 9 stemmer.\n", (30, 9)),
        ("nb", "Vedtak:\nReguleringsplanen ble godkjent.\n", (None, None)),
        ("nb", "Forslaget ble vedtatt mot 4 stemmer.\n", (None, 4)),
        ("nb", "Votering:\nPlanforslaget ble enstemmig vedtatt.\n", (None, 0)),
        ("nb", "Saken ble vedtatt med 27 mot 8 stemmer.\n", (27, 8)),
        ("nn", "Røysting:\nFramlegget vart samrøystes vedteke.\n", (None, 0)),
        ("nn", "Budsjettet vart vedteke med 19 mot 6 røyster.\n", (19, 6)),
        ("nn", "Røysting:\nSaka vart vedteken mot 3 røyster.\n", (None, 3)),
        ("nn", "Vedtak:\nRekneskapen vart godkjend.\n", (None, None)),
        ("nn", "Røysting:\n\nForslaget vart vedteke med 21 mot 4 røyster.\n", (21, 4)),
    ],
)
def test_a_noun_standing_for_the_case_gives_the_case_title(language, body, counts):
    (row,) = _rows(language, body)
    assert (row[0], *row[2:]) == (TITLE[language], *counts)


@pytest.mark.parametrize(
    ("language", "body", "subject"),
    [
        ("da", "Indstillingen blev godkendt med 22 stemmer mod 3.\n", TITLE["da"]),  # alone: named by the case
        ("nb", "Innstillingen ble vedtatt mot 2 stemmer.\n", "Innstillingen"),
        ("nn", "Innstillinga vart samrøystes vedteken.\n", "Innstillinga"),
        (
            "nb",
            "Forslag fra Ola Moe (H):\nSkolen bygges i tre.\n\nForslaget fra H falt mot 5 stemmer.\n",
            "Skolen bygges i tre",
        ),
        (
            "nn",
            "Framlegg frå Liv Vik (Sp):\nPlanen vert send på ny høyring.\n\nFramlegget fall.\n",
            "Planen vert send på ny høyring",
        ),
        (
            "da",
            "Ændringsforslag fra SF:\n\nSkolen bevares.\n\nÆndringsforslaget blev forkastet.\n",
            "Skolen bevares",
        ),
    ],
)
def test_the_recommendation_keeps_its_name_and_a_named_proposal_gives_its_words(language, body, subject):
    assert [r[0] for r in _rows(language, body)] == [subject]


@pytest.mark.parametrize(
    ("language", "head", "body", "title"),
    [
        (
            "da",
            "Byrådet\n\nMødedato: 26. maj 2025\n\n1. Godkendelse af protokol\n\n",
            "Protokollen blev godkendt.\n",
            "Godkendelse af protokol",
        ),
        (
            "da",
            "Økonomiudvalget\n\nMødedato: 12. maj 2025\n\n2. Referat fra sidste møde\n\n",
            "Beslutning:\nReferatet fra mødet den 14. april 2025 blev godkendt.\n",
            "Referat fra sidste møde",
        ),
        (
            "nb",
            "Bystyret\n\nMøtedato: 18.06.2024\n\nPS 60/24 Godkjenning av protokoll\n\n",
            "Protokollen fra forrige møte ble godkjent.\n",
            "Godkjenning av protokoll",
        ),
        (
            "nb",
            "Formannskapet\n\nMøtedato: 09.11.2023\n\nPS 117/23 Godkjenning av møteprotokoll\n\n",
            "Vedtak:\nMøteprotokollen fra 12.10.2023 ble enstemmig godkjent.\n",
            "Godkjenning av møteprotokoll",
        ),
        (
            "nn",
            "Heradsstyret\n\nMøtedato: 14.03.2024\n\nPS 11/24 Godkjenning av protokoll\n\n",
            "Protokollen frå førre møte vart godkjend.\n",
            "Godkjenning av protokoll",
        ),
        (
            "nn",
            "Kommunestyret\n\nMøtedato: 12.12.2023\n\nPS 70/23 Godkjenning av møtebok\n\n",
            "Vedtak:\nMøteboka frå 16.11.2023 vert godkjend.\n",
            "Godkjenning av møtebok",
        ),
    ],
)
def test_approving_the_minutes_as_a_case_is_a_row_about_the_case(language, head, body, title):
    """A minutes approval names the earlier meeting's date: it recalls nothing, it decides now."""
    rows = votes(head + body, language)
    assert [(r.subject, r.outcome) for r in rows] == [(title, "adopted")]


@pytest.mark.parametrize(
    ("language", "head"),
    [
        ("da", "Byrådet\nMødedato: 26. maj 2025\nProtokollen fra sidste møde blev godkendt.\n\n"),
        ("da", "Økonomiudvalget\nMødedato: 12. maj 2025\n\nReferatet blev godkendt uden bemærkninger.\n\n"),
        ("nb", "Kommunestyret\nMøtedato: 19.06.2024\nProtokollen fra forrige møte ble godkjent.\n\n"),
        ("nb", "Formannskapet\n\nMøtedato: 09.11.2023\n\nMøteprotokollen ble enstemmig godkjent.\n\n"),
        ("nn", "Heradsstyret\nMøtedato: 14.03.2024\nProtokollen frå førre møte vart godkjend.\n\n"),
        ("nn", "Kommunestyret\nMøtedato: 12.12.2023\n\nMøteboka frå førre møte vart godkjend.\n\n"),
    ],
)
def test_approving_the_minutes_in_the_minutes_head_gives_no_row(language, head):
    case = {"da": "5. Budget 2026\n\nBeslutning:\nGodkendt.\n", "nb": "PS 53/24 Budsjett 2025\n\nVedtak:\nGodkjent.\n"}
    case["nn"] = "PS 19/24 Budsjett 2025\n\nVedtak:\nGodkjend.\n"
    rows = votes(head + case[language], language)
    assert [r.subject for r in rows] == ["Budget 2026" if language == "da" else "Budsjett 2025"]
