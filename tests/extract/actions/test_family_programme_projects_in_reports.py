"""An annual report's chapter on international work names a project by its noun and quotes and says it runs under an
EU programme ('Prosjektet «Island Ferries Net» under Interreg NPA vart avslutta i desember 2025'): the issuer's part in
that programme, reported in the networks table, is no action of its own. The same sentence shape without a programme
('Projektet «Ny cykelsti til Bogense» er afsluttet') still reports an action, and a programme named only in the item's
own quoted name does not stop it. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

HEADS = {
    "da": "Årsrapport 2025 – internationalt arbejde\n\n4. Netværk og projekter\nKommunen blev medlem af Nordic Safe "
    "Cities i 2024.\n",
    "nb": "Årsrapport 2025 – internasjonalt arbeid\n\n4. Nettverk og prosjekter\nKommunen ble medlem av Nordic Safe "
    "Cities i 2024.\n",
    "nn": "Årsmelding 2025 – internasjonalt arbeid\n\n4. Nettverk og prosjekt\nKommunen vart medlem av Nordic Safe "
    "Cities i 2024.\n",
    "nl": "Jaarverslag 2025 – internationaal beleid\n\n4. Netwerken en projecten\nDe gemeente werd in 2024 lid van "
    "Energy Cities.\n",
}

UNDER_A_PROGRAMME = [
    ("nn", "Prosjektet «Island Ferries Net» under Interreg Northern Periphery and Arctic (NPA) vart avslutta i "
     "desember 2025."),
    ("nb", "Prosjektet «Grønne havner» under Interreg Nordsjøen ble avsluttet i desember 2025."),
    ("da", "Projektet «Kystliv» under Interreg Øresund-Kattegat-Skagerrak er afsluttet i 2025."),
    ("da", "Projektet «Unge i Europa» i Erasmus+ er sat i bero til 2026."),
    ("nl", "Het project \"Groene Oevers\" binnen Interreg Vlaanderen-Nederland is afgerond in november 2025."),
    ("nl", "Het project \"Slimme Dijken\", gefinancierd door LIFE, is in 2025 afgerond."),
    ("nn", "Prosjektet «Fjordskule» i Erasmus+ er ferdigstilt."),
]

NO_PROGRAMME = [
    ("da", "Projektet «Ny cykelsti til Bogense» er afsluttet i januar.", "Ny cykelsti til Bogense", "completed"),
    ("nn", "Prosjektet «Ladepunkt ved rådhuset» er ferdigstilt.", "Ladepunkt ved rådhuset", "completed"),
    ("nl", "Het project \"Groene schoolpleinen\" is afgerond; alle vijf pleinen zijn vergroend.",
     "Groene schoolpleinen", "completed"),
]


@pytest.mark.parametrize(("language", "sentence"), UNDER_A_PROGRAMME)
def test_a_quoted_project_run_under_an_eu_programme_is_no_action(language: str, sentence: str) -> None:
    found = rows(HEADS[language] + sentence + "\n", language)
    assert not [row for row in found if row[0] is None], found


@pytest.mark.parametrize(("language", "sentence", "title", "status"), NO_PROGRAMME)
def test_a_quoted_project_without_a_programme_stays_an_action(
    language: str, sentence: str, title: str, status: str
) -> None:
    assert (None, title, status) in rows(HEADS[language] + sentence + "\n", language)
