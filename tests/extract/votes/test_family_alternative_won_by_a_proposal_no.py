"""An alternative vote a member's proposal wins (nb, nn), named again below its count ("Framlegget frå Sp er
dermed vedteke.", "Forslaget fra Berg ble dermed vedtatt."), is one row: the proposal's own words, its counts,
its mover, also where the vote names the proposal by its mover's party ("framlegget frå Sp"). Look-alike: the
recommendation winning ("Innstillinga er dermed vedteken.") stays the recommendation's one row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

WON = [
    (
        "nn",
        "Handsaming: Jon Sande (Sp) sette fram alternativt framlegg:\n«Stangvik skule held fram som fådelt skule.»\n"
        "Røysting: Ved alternativ røysting mellom innstillinga og framlegget frå Sp\n"
        "fekk framlegget frå Sp 13 røyster og innstillinga 12 røyster.\nFramlegget frå Sp er dermed vedteke.\n",
        ("Stangvik skule held fram som fådelt skule", 13, 12, "Jon Sande"),
    ),
    (
        "nn",
        "Handsaming: Olav Tjørhom (Sp) sette fram framlegg:\n«Vaksenopplæringa vert vidareført i eigen regi.»\n"
        "Alternativ røysting mellom innstillinga og framlegget frå Tjørhom:\n"
        "Framlegget frå Tjørhom fekk 4 røyster, innstillinga fekk 3 røyster (Ap 2, H 1).\n"
        "Framlegget frå Tjørhom er dermed vedteke.\n",
        ("Vaksenopplæringa vert vidareført i eigen regi", 4, 3, "Olav Tjørhom"),
    ),
    (
        "nn",
        "Handsaming: Kari Li (KrF) sette fram framlegg:\n«Tilskotet vert auka til 400 000 kr.»\n"
        "Røysting: Ved alternativ røysting fekk framlegget frå KrF 9 røyster og innstillinga 8 røyster.\n"
        "Framlegget frå KrF vart dermed vedteke.\n",
        ("Tilskotet vert auka til 400 000 kr", 9, 8, "Kari Li"),
    ),
    (
        "nb",
        "Behandling: Kari Moe (H) fremmet forslag:\n«Tomten selges til høyeste bud.»\n"
        "Votering: Ved alternativ votering mellom innstillingen og forslaget fra H\n"
        "fikk forslaget fra H 6 stemmer og innstillingen 5 stemmer.\nForslaget fra H er dermed vedtatt.\n",
        ("Tomten selges til høyeste bud", 6, 5, "Kari Moe"),
    ),
    (
        "nb",
        "Behandling: Ola Berg (FrP) fremmet forslag:\n«Eiendomsskatten reduseres til 2 promille.»\n"
        "Ved alternativ votering mellom innstillingen og forslaget fra Berg fikk forslaget fra Berg 14 stemmer og "
        "innstillingen 13 stemmer (Ap 9, SV 4).\nForslaget fra Berg ble dermed vedtatt.\n",
        ("Eiendomsskatten reduseres til 2 promille", 14, 13, "Ola Berg"),
    ),
    (
        "nb",
        "Behandling: Lise Aune (SV) fremmet forslag:\n«Skolen beholdes.»\n"
        "Votering: Ved alternativ votering fikk forslaget fra SV 5 stemmer og innstillingen 4 stemmer.\n"
        "Forslaget fra SV er vedtatt.\n",
        ("Skolen beholdes", 5, 4, "Lise Aune"),
    ),
    (
        "nn",
        "Handsaming: Ola Nes (Ap) sette fram framlegg:\n«Biblioteket held ope på laurdagar.»\n"
        "Røysting: Ved alternativ røysting mellom innstillinga og framlegget frå Nes fekk framlegget frå Nes "
        "15 røyster og innstillinga 10 røyster.\nFramlegget frå Nes vart dermed vedteke.\n",
        ("Biblioteket held ope på laurdagar", 15, 10, "Ola Nes"),
    ),
    (
        "nn",
        "Handsaming: Siri Dale (SV) sette fram slikt framlegg:\n«Gebyret vert halvert for lag og organisasjonar.»\n"
        "Røysting: Ved alternativ røysting fekk framlegget frå SV 11 røyster og tilrådinga 6 røyster.\n"
        "Framlegget frå SV er dermed vedteke.\n",
        ("Gebyret vert halvert for lag og organisasjonar", 11, 6, "Siri Dale"),
    ),
    (
        "nb",
        "Behandling: Eva Lie (Sp) fremmet forslag:\n«Ordningen videreføres i 2027.»\n"
        "Votering: Ved alternativ votering mellom innstillingen og forslaget fra Sp fikk forslaget fra Sp "
        "20 stemmer og innstillingen 15 stemmer.\nForslaget fra Sp ble dermed vedtatt.\n",
        ("Ordningen videreføres i 2027", 20, 15, "Eva Lie"),
    ),
    (
        "nb",
        "Behandling: Tor Hagen (V) fremmet forslag:\n«Tomten selges ikke.»\n"
        "Ved alternativ votering fikk forslaget fra Hagen 8 stemmer og innstillingen 7 stemmer.\n"
        "Forslaget fra Hagen er dermed vedtatt.\n",
        ("Tomten selges ikke", 8, 7, "Tor Hagen"),
    ),
]


@pytest.mark.parametrize(("language", "body", "row"), WON)
def test_an_alternative_won_by_a_proposal_and_named_again_is_one_row(language, body, row):
    rows = votes(CASE[language] + body, language)
    assert [(r.subject, r.votes_for, r.votes_against, r.proposer) for r in rows] == [row]


RECOMMENDATION_WON = [
    (
        "nn",
        "Handsaming: Per Vik (H) sette fram framlegg:\n«Tomta vert seld til høgstbydande.»\n"
        "Ved alternativ røysting mellom innstillinga og framlegget frå Vik fekk innstillinga 10 røyster og "
        "framlegget frå Vik 5 røyster.\nInnstillinga er dermed vedteken.\n",
    ),
    (
        "nb",
        "Behandling: Kari Moe (H) fremmet forslag:\n«Tomten selges til høyeste bud.»\n"
        "Votering: Ved alternativ votering mellom innstillingen og forslaget fra H\n"
        "fikk innstillingen 7 stemmer og forslaget fra H 4 stemmer.\nInnstillingen er dermed vedtatt.\n",
    ),
]


@pytest.mark.parametrize(("language", "body"), RECOMMENDATION_WON)
def test_an_alternative_won_by_the_recommendation_stays_its_one_row(language, body):
    rows = votes(CASE[language] + body, language)
    assert len(rows) == 1 and rows[0].proposer is None and rows[0].subject.lower().startswith("innstilling")


def test_a_party_with_two_movers_names_neither():
    body = (
        "Behandling: Kari Moe (H) fremmet forslag:\n«Tomten selges.»\nPer Dahl (H) "
        "fremmet forslag:\n«Tomten leies ut.»\n"
        "Votering: Ved alternativ votering fikk forslaget fra H 6 stemmer og innstillingen 5 stemmer.\n"
    )
    assert [r.proposer for r in votes(CASE["nb"] + body, "nb")][:1] == [None]
