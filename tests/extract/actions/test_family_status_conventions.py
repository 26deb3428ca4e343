"""Status conventions between neighbouring states (sentences written for these tests):

- work begun and then halted is paused, not "not started" ("påbegyndt, men udskudt til 2025");
- a finish not reached while the work has begun is in progress ("ikke gennemført endnu, men i gang");
- the first stage done is part done ("Første etape er færdig");
- ended without being carried out, or taken out of the plan, is cancelled;
- taken into ordinary operation is completed ("overgået til drift").
"""

from __future__ import annotations

import pytest

from pipeline.extract.actions.status import classify

CASES = {
    "paused": [
        ("da", "Arbejdet blev påbegyndt i 2023, men er nu udskudt til 2025."),
        ("da", "Projektet blev startet, men er sat i bero."),
        ("da", "Indsatsen er i gang, men standset indtil videre."),
        ("nb", "Arbeidet startet i 2023, men er nå stilt i bero."),
        ("nb", "Prosjektet ble påbegynt, men er satt på vent."),
        ("nb", "Tiltaket ble satt i gang, men er stanset i påvente av midler."),
        ("nn", "Arbeidet starta i 2023, men er no sett på vent."),
        ("nn", "Prosjektet vart påbyrja, men er lagt på is."),
        ("nn", "Tiltaket kom i gang, men er stansa til vidare."),
        ("nl", "Het project is gestart, maar is inmiddels on hold gezet."),
        ("nl", "De uitvoering is begonnen maar ligt nu stil."),
        ("nl", "De werkzaamheden zijn opgestart, maar opgeschort tot na de zomer."),
    ],
    "in_progress": [
        ("da", "Indsatsen er ikke gennemført endnu, men arbejdet er i gang."),
        ("da", "Planen er ikke vedtaget, men arbejdet er godt i gang."),
        ("nb", "Tiltaket er ikke ferdig, men arbeidet er i gang."),
        ("nb", "Strategien er ikke vedtatt, men arbeidet ble startet i høst."),
        ("nn", "Tiltaket er ikkje fullført, men arbeidet er i gang."),
        ("nn", "Planen er ikkje vedteken, men arbeidet vart starta i haust."),
        ("nl", "De actie is nog niet afgerond, maar de uitvoering is gestart."),
        ("nl", "Het plan is niet vastgesteld, maar de werkzaamheden zijn begonnen."),
    ],
    "partly_completed": [
        ("da", "Første etape er færdig, anden etape følger i 2025."),
        ("da", "Første del blev gennemført i foråret."),
        ("nb", "Første fase er ferdig, andre fase starter i 2025."),
        ("nb", "Første byggetrinn ble fullført i mai."),
        ("nn", "Første del er ferdig, resten kjem i 2025."),
        ("nn", "Første byggesteg vart fullført i mai."),
        ("nl", "De eerste fase is afgerond, de tweede fase volgt in 2025."),
        ("nl", "De eerste tranche is inmiddels gerealiseerd."),
    ],
    "cancelled": [
        ("da", "Projektet blev afsluttet uden at blive gennemført."),
        ("da", "Indsatsen er taget ud af handleplanen."),
        ("nb", "Prosjektet ble avsluttet uten å bli gjennomført."),
        ("nb", "Tiltaket er tatt ut av planen."),
        ("nn", "Tiltaket er avslutta utan å bli gjennomført."),
        ("nn", "Tiltaket er teke ut av planen."),
        ("nn", "Tiltaket vart trekt frå budsjettet."),
        ("nl", "De actie is uit het programma gehaald."),
        ("nl", "De maatregel is uit de begroting geschrapt."),
    ],
    "completed": [
        ("da", "Indsatsen er overgået til drift."),
        ("da", "Ordningen er nu en del af den daglige drift."),
        ("nb", "Tiltaket er innarbeidet i ordinær drift."),
        ("nb", "Ordningen er nå en del av den ordinære driften."),
        ("nn", "Tiltaket er innarbeidd i ordinær drift."),
        ("nn", "Ordninga er no ein del av det ordinære arbeidet."),
        ("nl", "De maatregel is onderdeel geworden van de reguliere werkzaamheden."),
        ("nl", "De aanpak is opgenomen in de reguliere bedrijfsvoering."),
    ],
}

NOT_THESE = [  # neighbouring sentences that keep their own reading
    ("da", "Projektet er udskudt til 2026.", "paused"),  # a postponed start: nothing begun
    ("nb", "Tiltaket er utsatt til 2026.", "paused"),
    ("nn", "Tiltaket er utsett til 2026.", "paused"),
    ("nl", "Het project is uitgesteld tot 2026.", "paused"),
    ("da", "Projektet er afsluttet.", "completed"),
    ("nn", "Tiltaket vart avslutta i mai.", "completed"),
    ("nb", "Første fase er ikke startet.", "not_started"),
    ("nl", "De eerste fase is nog niet gestart.", "not_started"),
]


@pytest.mark.parametrize(
    ("language", "sentence", "status"),
    [(language, sentence, status) for status, cases in CASES.items() for language, sentence in cases],
)
def test_neighbouring_states_follow_the_conventions(language, sentence, status):
    assert classify(sentence, language).status == status


@pytest.mark.parametrize(("language", "sentence", "status"), NOT_THESE)
def test_postponed_starts_plain_finishes_and_unstarted_stages_keep_their_reading(language, sentence, status):
    assert classify(sentence, language).status == status
