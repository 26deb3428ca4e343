"""The council refusing what was applied for or complained about ("Søknaden avslås.", "Klagen tas ikke til
følge.", "Ansøgningen imødekommes ikke.", "Klaga vert ikkje teken til følgje.") decides the case: the
council adopted a refusal, so the row is adopted, about the case (its title), like any decision that
names nothing but the case's own matter. A proposal to refuse that falls, or a recommendation that is
not adopted, stays rejected.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Byrådet\n\nMødedato: 27. januar 2025\n\n14. Ansøgning om dispensation – Strandvej 12\n\n",
    "nb": "Utvalg: Bystyret\nMøtedato: 14.11.2024\n\nPS 41/24 Søknad om dispensasjon – Strandveien 12\n\n",
    "nn": "Utval: Heradsstyret\nMøtedato: 14.11.2024\n\nPS 41/24 Søknad om dispensasjon – Strandvegen 12\n\n",
}
TITLE = {
    "da": "Ansøgning om dispensation – Strandvej 12",
    "nb": "Søknad om dispensasjon – Strandveien 12",
    "nn": "Søknad om dispensasjon – Strandvegen 12",
}
LABEL = {"da": "Beslutning:\n", "nb": "Vedtak:\n", "nn": "Vedtak:\n"}


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.outcome, r.subject) for r in votes(HEAD[language] + body + "\n", language)]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("da", "Ansøgningen imødekommes ikke."),
        ("da", "Ansøgningen afslås."),
        ("da", "Klagen afvises."),
        ("da", "Ansøgningen om dispensation fra lokalplanen kan ikke imødekommes."),
        ("da", "Byrådet afslog ansøgningen."),
        ("da", "Klageren gives ikke medhold."),
        ("nb", "Søknaden avslås."),
        ("nb", "Klagen tas ikke til følge."),
        ("nb", "Søknaden om dispensasjon fra byggegrensen avslås med hjemmel i plan- og bygningsloven § 19-2."),
        ("nb", "Bystyret avslår søknaden."),
        ("nb", "Klagen gis ikke medhold, og vedtaket opprettholdes."),
        ("nb", "Søknaden imøtekommes ikke."),
        ("nn", "Søknaden vert avslått."),
        ("nn", "Klaga vert ikkje teken til følgje."),
        ("nn", "Søknaden om dispensasjon vert ikkje innvilga."),
        ("nn", "Heradsstyret avslår søknaden."),
        ("nn", "Klaga får ikkje medhald, og vedtaket vert ståande."),
    ],
)
def test_a_refusal_is_a_decision_the_council_adopted(language, decision):
    assert _rows(language, LABEL[language] + decision) == [("adopted", TITLE[language])]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Beslutning:\nAnsøgningen afslås. Enstemmigt."),
        ("nb", "Vedtak:\nSøknaden avslås.\nEnstemmig."),
        ("nn", "Vedtak:\nSøknaden vert avslått.\nSamrøystes."),
    ],
)
def test_a_unanimous_refusal_is_one_adopted_row(language, body):
    (row,) = votes(HEAD[language] + body + "\n", language)
    assert (row.outcome, row.unanimous) == ("adopted", True)


@pytest.mark.parametrize(
    ("language", "body", "outcome"),
    [
        ("da", "Beslutning:\nÆndringsforslaget om at afslå ansøgningen blev forkastet.", "rejected"),
        ("da", "Beslutning:\nIndstillingen blev ikke godkendt.", "rejected"),
        ("nb", "Votering:\nForslaget fra H om å avslå søknaden falt.", "rejected"),
        ("nb", "Vedtak:\nInnstillingen ble ikke vedtatt.", "rejected"),
        ("nn", "Røysting:\nFramlegget frå Sp om å avslå søknaden fall.", "rejected"),
        ("nb", "Vedtak:\nSøknaden innvilges.", "adopted"),
    ],
)
def test_a_fallen_proposal_to_refuse_stays_rejected(language, body, outcome):
    assert [o for o, _ in _rows(language, body)] == [outcome]
