"""Norwegian items approving the minutes or the agenda ("Godkjenning av protokoll fra møte 26.08.2025",
"Godkjenning av innkalling og saksliste") decide in a sentence that names nothing but the paper approved
("Protokollen godkjennes.", "Godkjent uten merknader.", "Møteboka vart samrøystes godkjend."): the row is
about the item, its title. A sentence approving anything else, or approving the minutes with a change of
its own, keeps its words."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {"nb": "Formannskapet\n\nMøtedato: 16.09.2025\n\n", "nn": "Heradsstyret\n\nMøtedato: 16.09.2025\n\n"}


@pytest.mark.parametrize(
    ("language", "title", "decision"),
    [
        ("nb", "Godkjenning av protokoll fra møte 26.08.2025", "Formannskapets vedtak: Protokollen godkjennes."),
        ("nb", "Godkjenning av innkalling og saksliste", "Vedtak: Godkjent uten merknader."),
        ("nb", "Godkjenning av protokoll fra forrige møte", "Vedtak:\nProtokollen fra møtet 12.05.2025 ble godkjent."),
        ("nb", "Godkjenning av innkalling og saksliste", "Kommunestyrets vedtak: Innkalling og saksliste godkjennes."),
        ("nb", "Godkjenning av møtebok", "Vedtak: Møteboken godkjennes uten merknader.\nEnstemmig."),
        ("nn", "Godkjenning av møtebok frå 20.08.2025", "Vedtak: Møteboka frå førre møte vart godkjend."),
        ("nn", "Godkjenning av innkalling og sakliste", "Vedtak: Innkalling og sakliste godkjende utan merknader."),
        ("nn", "Godkjenning av møtebok frå førre møte", "Vedtak: Godkjend utan merknader."),
    ],
)
def test_an_approval_of_the_minutes_is_about_the_item(language, title, decision):
    rows = votes(HEAD[language] + f"Sak 20/25 {title}\n{decision}\n", language)
    assert [(r.case_number, r.subject, r.outcome) for r in rows] == [("20/25", title, "adopted")]


@pytest.mark.parametrize(
    ("language", "title", "decision", "subject"),
    [
        (
            "nb",
            "Godkjenning av protokoll fra møte 26.08.2025",
            "Vedtak: Protokollen godkjennes med den endring at Kari Lie (Sp) føres som møtende.",
            "Protokollen godkjennes med den endring at Kari Lie (Sp) føres som møtende",
        ),
        (
            "nb",
            "Reguleringsplan for Nordbyen",
            "Vedtak: Reguleringsplanen godkjennes.",
            "Reguleringsplanen godkjennes",
        ),
        (
            "nn",
            "Årsmelding 2024 for kontrollutvalet",
            "Vedtak: Heradsstyret godkjenner årsmeldinga.",
            "Heradsstyret godkjenner årsmeldinga",
        ),
    ],
)
def test_other_approvals_keep_their_sentence(language, title, decision, subject):
    rows = votes(HEAD[language] + f"Sak 20/25 {title}\n{decision}\n", language)
    assert [r.subject.rstrip(".") for r in rows] == [subject]
