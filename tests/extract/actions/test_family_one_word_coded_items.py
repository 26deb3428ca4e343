"""Family: a report's items coded by the plan ("C1 Vrijwilligersacademie", "K3 Centrummanagement") whose
title is one long word, each over its report: one action each. Reports written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

REPORTS = {
    "nl": [("C1 Vrijwilligersacademie", "Met de vrijwilligersacademie is nog niet gestart.", "not_started"),
           ("C2 Centrummanagement", "Het centrummanagement is afgerond.", "completed"),
           ("C3 Sportakkoord", "Het sportakkoord is in uitvoering.", "in_progress"),
           ("C4 Hittekaart", "De hittekaart is stopgezet.", "cancelled"),
           ("C5 Zwemvaardigheid", "Deze actie is on hold gezet.", "paused")],
    "da": [("K1 Frivilligakademi", "Frivilligakademiet er endnu ikke påbegyndt.", "not_started"),
           ("K2 Bymidteforening", "Projektet er afsluttet.", "completed"),
           ("K3 Sundhedshus", "Byggeriet er i gang.", "in_progress"),
           ("K4 Havnebadet", "Projektet er opgivet.", "cancelled"),
           ("K5 Skolehaverne", "Projektet er sat i bero.", "paused")],
    "nb": [("T1 Frivilligsentral", "Arbeidet er ikke startet.", "not_started"),
           ("T2 Sentrumsforening", "Tiltaket er fullført.", "completed"),
           ("T3 Helsehuset", "Byggingen pågår.", "in_progress"),
           ("T4 Sjøbadet", "Tiltaket er avlyst.", "cancelled"),
           ("T5 Skolehagene", "Tiltaket er satt på vent.", "paused")],
    "nn": [("T1 Frivilligsentral", "Arbeidet er ikkje starta.", "not_started"),
           ("T2 Sentrumsforeining", "Tiltaket er fullført.", "completed"),
           ("T3 Helsehuset", "Bygginga pågår.", "in_progress"),
           ("T4 Sjøbadet", "Tiltaket er avlyst.", "cancelled"),
           ("T5 Skulehagane", "Tiltaket er sett på vent.", "paused")],
}


@pytest.mark.parametrize("language", sorted(REPORTS))
def test_one_word_coded_headings_over_their_reports_are_actions(language):
    items = REPORTS[language]
    text = "Statusrapport 2026\n\n" + "\n\n".join(f"{heading}\n{report}" for heading, report, _ in items)
    expected = [(h.split()[0], h.split()[1], status) for h, _, status in items]
    assert rows(text, language) == expected

