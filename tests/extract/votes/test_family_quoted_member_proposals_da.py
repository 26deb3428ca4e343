"""A member's proposal quoted in its case under a lead-in naming it ("Mette Holm (Ø) har fremsendt følgende
forslag:" / '"Kommunalbestyrelsen beder ..."') and voted on alone ("Forslaget blev forkastet.", "Forslaget faldt.")
is about the quoted words, not the case title (models/votes/da.json `subjects.quoted_proposal_leads`, read by
subjects.py; gold on every read set uses the quote, 25 of 25 quoted proposals; gains in heldout25, heldout27).
Look-alikes: beside an amendment's vote the quote is the amendment's, so the recommendation keeps the case; a
quote under a lead-in naming no proposal (a citizen's letter) is no proposal.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

TITLE = "Medlemsforslag fra Enhedslisten om skolemad"
HEAD = f"Kommunalbestyrelsen\nMødedato: 24. marts 2026\n\n35. {TITLE}\nSagsnr.: 26/2210\n"


def _rows(body: str) -> list[tuple[str | None, str]]:
    return [(r.subject, r.outcome) for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    ("lead", "quote", "decision"),
    [
        (
            "Mette Holm (Ø) har fremsendt følgende forslag:",
            '"Kommunalbestyrelsen beder forvaltningen udarbejde et oplæg til gratis frokost."',
            "Beslutning\nForslaget blev forkastet.\nFor stemte 3 (Ø 2, F 1).\nImod stemte 24.",
        ),
        (
            "Jonas Kirk (Ø) har på vegne af Enhedslisten fremsendt følgende\nforslag:",
            "«Kommunalbestyrelsen beder forvaltningen udarbejde et oplæg til gratis frokost.»",
            "Beslutning\nForslaget faldt.",
        ),
        (
            "Jens Ole Kirk (O) har bedt om at få følgende forslag optaget:",
            "“Kommunalbestyrelsen beder forvaltningen udarbejde et oplæg til gratis frokost.”",
            "Beslutning:\nFor stemte: Jens Ole Kirk (O), Lise Hvam (V).\nImod stemte: Per Sandholm (A).\n"
            "Forslaget faldt.",
        ),
        (
            "Kim Lerche (O) har på vegne af Dansk Folkeparti stillet følgende medlemsforslag:",
            '"Kommunalbestyrelsen beder forvaltningen udarbejde et oplæg til gratis frokost. Udgiften finansieres af '
            'kassen."',
            "Beslutning\nForslaget blev vedtaget med 15 stemmer mod 12.",
        ),
        (
            "Enhedslisten har fremsendt følgende forslag til behandling:",
            '  "Kommunalbestyrelsen beder forvaltningen udarbejde et oplæg til gratis frokost."',
            "Beslutning\nForslaget blev forkastet med 3 stemmer for og 24 imod.",
        ),
    ],
)
def test_a_quoted_members_proposal_is_about_its_words(lead, quote, decision):
    rows = _rows(f"{lead}\n{quote}\n{decision}\n")
    assert [subject for subject, _ in rows] == [
        "Kommunalbestyrelsen beder forvaltningen udarbejde et oplæg til gratis frokost"
    ]


def test_beside_an_amendments_vote_the_recommendation_keeps_the_case():
    rows = _rows(
        "Indstilling\nDirektionen indstiller, at ordningen indføres.\n\nVenstre stillede følgende ændringsforslag:\n"
        '"Ordningen indføres kun i 0.-3. klasse."\n\nBeslutning\nÆndringsforslaget blev forkastet.\n'
        "Herefter blev indstillingen godkendt.\n"
    )
    assert [outcome for _, outcome in rows] == ["rejected", "adopted"]
    assert rows[1][0] != "Ordningen indføres kun i 0.-3. klasse"


def test_a_quote_under_a_lead_in_naming_no_proposal_is_no_proposal():
    rows = _rows('Skolebestyrelsen skriver:\n"Vi ønsker gratis frokost til alle elever."\nBeslutning\nGodkendt.\n')
    assert rows == [(TITLE, "adopted")]
