"""Family 1 (subject) for Danish and Norwegian: what a row is about follows the protocol's structure.

- A decision block with text of its own: the decision's first sentence.
- A bare outcome ("Samrøystes vedteke.", "Som innstillingen."): what was recommended, the recommendation's
  first sentence without who recommends it, or its first numbered point (nb, nn); the item's title when the
  case has no recommendation; also in a committee step's section below the recommendation. A bare Danish
  outcome ("Godkendt.", "Anbefales.") is about the item's title (test_family_bare_approvals_name_the_case_da.py).
- A postponed case: the case title.
- A vote on a named proposal ("Forslaget fra SV falt", "Indstillingen blev vedtaget"): that proposal.
- A vote line after a recommendation without a label between ends the recommendation.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Byrådet\nReferat\nMødedato: 24. april 2024\n\n46. Renovering af Nordskolen\n\n",
    "nb": "Kommunestyret\nMøtedato: 14.03.2024\n\nPS 12/24 Avtale om vegvedlikehold\n\n",
    "nn": "Kommunestyret\nMøtedato: 14.03.2024\n\nPS 12/24 Avtale om vegvedlikehald\n\n",
}
TITLE = {"da": "Renovering af Nordskolen", "nb": "Avtale om vegvedlikehold", "nn": "Avtale om vegvedlikehald"}


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.body, r.outcome, r.subject) for r in votes(HEAD[language] + body, language)]


BARE_DANISH = [
    (
        "da",
        "Indstilling\nForvaltningen indstiller, at der bevilges 14 mio. kr. til renoveringen.",
        "Beslutning\nGodkendt.",
    ),
    ("da", "Indstilling\nDirektionen indstiller til Byrådet, at projektet igangsættes.", "Beslutning\nTiltrådt."),
    (
        "da",
        "Økonomiudvalgets indstilling\nØkonomiudvalget anbefaler, at lejeaftalen godkendes.",
        "Beslutning\nGodkendt.",
    ),
    (
        "da",
        "Indstilling\nKommunaldirektøren indstiller, at skolen udbydes i totalentreprise.",
        "Beslutning:\nAnbefales.",
    ),
    ("da", "Indstilling\nForvaltningen foreslår, at taksterne for 2025 godkendes.", "Beslutning\nEnstemmigt vedtaget."),
]

BARE_UNDER_RECOMMENDATION = [
    ("nb", "Innstilling:\nKommunestyret godkjenner avtalen med Nordvegen AS.", "Vedtak:\nSom innstillingen."),
    (
        "nb",
        "Formannskapets innstilling:\nKommunestyret godkjenner avtalen med Nordvegen AS.",
        "Votering:\nEnstemmig vedtatt.",
    ),
    ("nb", "Kommunedirektørens forslag til vedtak:\nAvtalen godkjennes for fire år.", "Vedtak:\nEnstemmig vedtatt."),
    (
        "nb",
        "Hovedutvalg for teknikk sin innstilling:\nAvtalen med Nordvegen AS godkjennes.",
        "Behandling:\nEnstemmig vedtatt.",
    ),
    ("nb", "Innstilling:\nKommunedirektøren tilrår at avtalen godkjennes.", "Vedtak:\nVedtatt som innstillingen."),
    ("nn", "Tilråding:\nKommunestyret godkjenner avtalen med Nordvegen AS.", "Vedtak:\nSom tilrådinga."),
    ("nn", "Formannskapet si tilråding:\nKommunestyret godkjenner avtalen med Nordvegen AS.", "Samrøystes vedteke."),
    (
        "nn",
        "Kommunedirektøren sitt framlegg til vedtak:\nAvtalen vert godkjend for fire år.",
        "Vedtak:\nSamrøystes vedteke.",
    ),
    ("nn", "Innstilling:\nAvtalen vert godkjend.", "Handsaming:\nSamrøystes vedteke."),
    ("nn", "Tilråding:\nKommunedirektøren rår til at avtalen vert godkjend.", "Vedtak:\nVedteke som tilrådinga."),
]


@pytest.mark.parametrize(("language", "recommendation", "decision"), BARE_UNDER_RECOMMENDATION)
def test_a_bare_outcome_is_about_what_was_recommended(language, recommendation, decision):
    sentence = recommendation.split("\n", 1)[1]
    rows = _rows(language, f"{recommendation}\n\n{decision}\n")
    assert len(rows) == 1
    subject = rows[0][2]
    assert subject.rstrip(".") in sentence and len(subject.split()) >= 3


@pytest.mark.parametrize(("language", "recommendation", "decision"), BARE_DANISH)
def test_a_bare_danish_outcome_is_about_the_case(language, recommendation, decision):
    assert _rows(language, f"{recommendation}\n\n{decision}\n") == [("Byrådet", "adopted", TITLE["da"])]


@pytest.mark.parametrize(
    ("language", "points", "first"),
    [
        ("nb", "Kommunestyret vedtar:\n1. Avtalen godkjennes.\n2. Ordføreren signerer.", "Avtalen godkjennes"),
        ("nb", "Kommunedirektøren tilrår at\n1. planen vedtas\n2. tiltakene prioriteres", "planen vedtas"),
        (
            "nn",
            "Kommunestyret gjer slikt vedtak:\n1. Avtalen vert godkjend.\n2. Ordføraren skriv under.",
            "Avtalen vert godkjend",
        ),
        (
            "nn",
            "Kommunedirektøren rår til at\n1. planen vert vedteken\n2. tiltaka vert prioriterte",
            "planen vert vedteken",
        ),
    ],
)
def test_a_recommendation_leading_in_to_points_is_about_its_first_point(language, points, first):
    label = {"nb": "Innstilling:", "nn": "Tilråding:"}[language]
    decision = {"nb": "Vedtak:\nSom innstillingen.", "nn": "Vedtak:\nSom tilrådinga."}
    rows = _rows(language, f"{label}\n{points}\n\n{decision[language]}\n")
    assert [s for _, _, s in rows] == [first]


@pytest.mark.parametrize(
    "points",
    [
        "Forvaltningen indstiller, at\n1. der gives en anlægsbevilling\n2. beløbet finansieres af kassen",
        "Direktionen indstiller,\n1. at planen godkendes\n2. at den sendes i høring",
        "Direktionen indstiller,\na) at planen godkendes,\nb) at den sendes i høring.",
        "Direktionen indstiller, at planen godkendes, og at den sendes i høring.",
        "Direktionen indstiller, at planen godkendes; at der afsættes 2 mio. kr.",
    ],
)
def test_approving_a_danish_recommendation_of_several_points_is_about_the_case(points):
    rows = _rows("da", f"Indstilling\n{points}\n\nBeslutning\nGodkendt.\n")
    assert [s for _, _, s in rows] == [TITLE["da"]]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("da", "Beslutning\nSagen udsættes til næste møde."),
        ("da", "Beslutning\nSagen blev sendt tilbage til forvaltningen."),
        ("nb", "Vedtak:\nSaken utsettes til neste møte."),
        ("nb", "Vedtak:\nSaken sendes tilbake til kommunedirektøren."),
        ("nn", "Vedtak:\nSaka vert utsett til neste møte."),
        ("nn", "Vedtak:\nSaka vert send attende til kommunedirektøren."),
    ],
)
def test_a_postponed_case_is_about_its_title(language, decision):
    label = {"da": "Indstilling\nForvaltningen indstiller, at", "nb": "Innstilling:\n", "nn": "Tilråding:\n"}[language]
    rows = _rows(language, f"{label} kontrakten godkjennes.\n\n{decision}\n")
    assert [(o, s) for _, o, s in rows] == [("postponed", TITLE[language])]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("da", "Beslutning\nByrådet godkendte lejeaftalen med virkning fra 1. juli 2024."),
        ("da", "Beslutning\nDer bevilges 2,5 mio. kr. til nyt tag på skolen."),
        ("nb", "Vedtak:\nKommunestyret godkjenner avtalen med Nordvegen AS for perioden 2024-2028."),
        ("nb", "Vedtak:\nFormannskapet gir idrettslaget et tilskudd på 50 000 kroner."),
        ("nn", "Vedtak:\nKommunestyret godkjenner avtalen med Nordvegen AS for perioden 2024-2028."),
        ("nn", "Vedtak:\nFormannskapet løyver 50 000 kroner til idrettslaget."),
    ],
)
def test_a_decision_with_its_own_text_is_about_its_first_sentence(language, decision):
    sentence = decision.split("\n", 1)[1]
    subjects = [s for _, _, s in _rows(language, f"{decision}\n")]
    assert len(subjects) == 1 and subjects[0] in sentence and len(subjects[0].split()) >= 4


@pytest.mark.parametrize(
    ("language", "recommendation", "votes_text", "subjects"),
    [
        (
            "da",
            "Indstilling\nForvaltningen indstiller, at planen vedtages.",
            "Forslaget fra Ø faldt.\nIndstillingen blev vedtaget.",
            ["Forslaget fra Ø", "Indstillingen"],
        ),
        (
            "nb",
            "Innstilling:\nPlanen vedtas.",
            "Forslaget fra SV falt med 6 mot 21 stemmer.\nInnstillingen ble vedtatt med 21 mot 6 stemmer.",
            ["Forslaget fra SV", "Innstillingen"],
        ),
        ("nb", "Innstilling:\nPlanen vedtas.", "Høyres forslag falt med 10 mot 17 stemmer.", ["Høyres forslag"]),
        (
            "nn",
            "Tilråding:\nPlanen vert vedteken.",
            "Framlegget frå Sp fall med 6 mot 21 røyster.\nTilrådinga vart vedteken med 21 mot 6 røyster.",
            ["Framlegget frå Sp", "Tilrådinga"],
        ),
        ("nn", "Tilråding:\nPlanen vert vedteken.", "Tilrådinga vart samrøystes vedteken.", ["Tilrådinga"]),
    ],
)
def test_a_vote_line_right_after_a_recommendation_is_a_vote_on_the_named_proposal(
    language, recommendation, votes_text, subjects
):
    rows = _rows(language, f"{recommendation}\n\n{votes_text}\n")
    assert [s for _, _, s in rows] == subjects


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "da",
            "Indstilling\nForvaltningen indstiller, at lejeaftalen godkendes.\n\n"
            "Beslutning i Økonomiudvalget den 10-04-2024:\nAnbefales.\n",
        ),
        (
            "nb",
            "Kommunedirektørens innstilling:\nLejeavtalen godkjennes.\n\n"
            "Behandling i Formannskapet - 29.02.2024:\nEnstemmig vedtatt.\n",
        ),
        (
            "nn",
            "Kommunedirektøren si tilråding:\nLeigeavtalen vert godkjend.\n\n"
            "Handsaming i Formannskapet - 29.02.2024:\nSamrøystes vedteke.\n",
        ),
    ],
)
def test_a_committee_step_below_the_recommendation_adopts_it(language, body):
    """Danish steps are about the case title (`step_subject_from`), Norwegian ones about the recommendation."""
    rows = _rows(language, body)
    assert rows and rows[0][0] in ("Økonomiudvalget", "Formannskapet")
    assert (rows[0][2] == TITLE["da"]) if language == "da" else ("godk" in rows[0][2])
