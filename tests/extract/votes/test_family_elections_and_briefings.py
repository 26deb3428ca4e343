"""Two whole-item records that name no proposal.

An election ("Lise Kvist (F) blev enstemmigt valgt.", "Marit Hauge (Ap) vert vald som 2. varamedlem.")
is a decision about the item: adopted, its subject the item's title. A briefing ("Formanden orienterede
om budgetforhandlingerne.", "Ordføreren orienterte om vinterdrifta.") under a decision label decides
nothing and gives no row; a body that takes a briefing for information is still a noted decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Byrådet\n\nMødedato: 24. februar 2025\n\n21. Valg af medlem til Folkeoplysningsudvalget\n\n",
    "nb": "Utvalg: Bystyret\nMøtedato: 18.06.2024\n\nPS 70/24 Valg av nytt medlem til kontrollutvalget\n\n",
    "nn": "Utval: Heradsstyret\nMøtedato: 14.03.2024\n\nPS 17/24 Val av nytt varamedlem til kontrollutvalet\n\n",
}
TITLE = {
    "da": "Valg af medlem til Folkeoplysningsudvalget",
    "nb": "Valg av nytt medlem til kontrollutvalget",
    "nn": "Val av nytt varamedlem til kontrollutvalet",
}


def _rows(language: str, decision: str) -> list[tuple]:
    return [(r.outcome, r.subject) for r in votes(f"{HEAD[language]}{decision}\n", language)]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("da", "Beslutning: Lise Kvist (F) blev enstemmigt valgt."),
        ("da", "Beslutning:\nJens Holm (V) blev valgt som stedfortræder."),
        ("da", "Beslutning\nAnne Bak (A) er genvalgt."),
        ("da", "Beslutning: Karl Ravn (Ø) blev udpeget til bestyrelsen."),
        ("da", "Beslutning:\nMette Dahl Nør (C) blev valgt som 2. stedfortræder."),
        ("nb", "Vedtak:\nKari Lunde (H) ble valgt som medlem."),
        ("nb", "Vedtak: Per Olav Berg (Ap) ble enstemmig valgt."),
        ("nb", "Vedtak:\nSiri Moe (SV) er valgt som 1. varamedlem."),
        ("nb", "Vedtak: Ola Nes (Sp) ble gjenvalgt for perioden 2024–2027."),
        ("nb", "Vedtak:\nAnne Li (KrF) ble oppnevnt som leder."),
        ("nn", "Vedtak: Marit Hauge (Ap) vert vald som 2. varamedlem."),
        ("nn", "Vedtak:\nOla Rykkje (Sp) vart samrøystes vald."),
        ("nn", "Vedtak: Guro Vik (H) vart attvald som leiar."),
        ("nn", "Vedtak:\nNils Fet (FrP) vert vald som medlem."),
        ("nn", "Vedtak: Liv Dale (SV) vart oppnemnd som nestleiar."),
    ],
)
def test_an_election_is_adopted_about_the_items_title(language, decision):
    assert _rows(language, decision) == [("adopted", TITLE[language])]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("da", "Beslutning\nFormanden orienterede om status på budgetforhandlingerne."),
        ("da", "Beslutning:\nBorgmesteren orienterede om mødet med regionen. Næste møde er den 2. oktober 2023."),
        ("da", "Beslutning\nDirektøren redegjorde for sygefraværet."),
        ("da", "Beslutning: Kommunaldirektøren informerede om den nye organisation."),
        ("da", "Beslutning\nAdministrationen orienterede om vejarbejdet."),
        ("nb", "Vedtak:\nOrdføreren orienterte om vinterdriften."),
        ("nb", "Vedtak: Kommunedirektøren informerte om budsjettprosessen."),
        ("nb", "Vedtak:\nRådmannen redegjorde for sykefraværet i første kvartal."),
        ("nb", "Vedtak: Ordfører Kari Nes orienterte om møtet med fylket."),
        ("nb", "Vedtak:\nEnhetsleder orienterte om status i barnevernet."),
        ("nn", "Vedtak:\nOrdføraren orienterte om vinterdrifta."),
        ("nn", "Vedtak: Kommunedirektøren informerte om budsjettarbeidet."),
        ("nn", "Vedtak:\nRådmannen gjorde greie for sjukefråværet."),
        ("nn", "Vedtak: Leiaren orienterte om møtet med fylket."),
        ("nn", "Vedtak:\nEiningsleiar orienterte om situasjonen i barnevernet."),
    ],
)
def test_a_briefing_under_a_decision_label_is_no_row(language, decision):
    assert _rows(language, decision) == []


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("da", "Beslutning\nUdvalget tog orienteringen til efterretning."),
        ("nb", "Vedtak:\nBystyret tar orienteringen til orientering."),
        ("nn", "Vedtak:\nHeradsstyret tek orienteringa til vitande."),
    ],
)
def test_taking_a_briefing_for_information_is_still_noted(language, decision):
    assert [o for o, _ in _rows(language, decision)] == ["noted"]
