"""A case of the minutes reports on a plan in running text and names one item in quotes by its own noun, with its
status in the same sentence ('Initiativet "Fælles erhvervsportal" er sat i bero.'): that item is an action with
that status. A quoted proposal or case under another noun ('Forslaget "..." blev vedtaget'), a quoted item with no
status of its own, and the aggregate counts around it name no action. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

HEADS = {
    "da": "Sydby Kommune\nØkonomiudvalget\n\nREFERAT\nMøde tirsdag den 3. marts 2026, kl. 16.00, rådhuset\n"
          "Til stede: Mette Holm (A, formand), Jens Bak (V)\n\nSag 30   Status på Erhvervshandleplan 2025-2027\n"
          "Sagsfremstilling:\n",
    "nb": "Nordby kommune\nFormannskapet\n\nMØTEPROTOKOLL\nMøte tirsdag 3. mars 2026, kl. 09.00, rådhuset\n"
          "Disse møtte: Ola Berg (Ap, leder), Anne Lie (H)\n\nPS 14/26 Status for næringsplanen\nSaksutredning:\n",
    "nn": "Vestvik kommune\nFormannskapet\n\nMØTEBOK\nMøte tysdag 3. mars 2026, kl. 10.00, rådhuset\n"
          "Desse møtte: Kari Li (Sp, leiar), Per Dal (H)\n\nSak 12/26 Status for klimaplanen\nSaksutgreiing:\n",
    "nl": "Gemeente Zuiddorp\nCommissie "
          "Bestuur\n\nBESLUITENLIJST\nVergadering dinsdag 3 maart 2026, 19.30 uur, raadhuis\n"
          "Aanwezig: J. de Vries (voorzitter), A. Bakker\n\nAgendapunt 6 Voortgang uitvoeringsagenda\nToelichting:\n",
}
TAILS = {
    "da": "Beslutning Økonomiudvalget den 03-03-2026\nTaget til efterretning.\n",
    "nb": "Vedtak i Formannskapet – 03.03.2026\nSaken tas til orientering.\n",
    "nn": "Vedtak i Formannskapet – 03.03.2026\nTeke til vitande.\n",
    "nl": "Besluit:\nDe commissie neemt kennis van de voortgang.\n",
}

NAMED = [
    ("da", 'Af planens 14 initiativer er 6 gennemført og 8 i gang. Initiativet "Fælles erhvervsportal" er sat i bero.',
     "Fælles erhvervsportal", "paused"),
    ("da", 'Projektet «Ny cykelsti til Bogense» er afsluttet i januar.', "Ny cykelsti til Bogense", "completed"),
    ("nb", 'Tiltaket «Gründerhus i sentrum» er ikke startet, da lokalene ikke er klare.', "Gründerhus i sentrum",
     "not_started"),
    ("nn", 'Prosjektet «Ladepunkt ved rådhuset» er ferdigstilt.', "Ladepunkt ved rådhuset", "completed"),
    ("nl", 'Het project "Groene schoolpleinen" is afgerond; alle vijf pleinen zijn vergroend.', "Groene schoolpleinen",
     "completed"),
]

NOT_NAMED = [
    ("da", 'Forslaget "Gratis bus for unge" blev udsat til næste møde.'),
    ("nb", 'Administrasjonen foreslår et nytt tiltak, «Trygg skolevei», som vurderes ved rullering.'),
    ("nl", 'Het project "Groene schoolpleinen" staat beschreven in bijlage 2.'),
    ("da", "Af planens 14 initiativer er 6 gennemført og 8 i gang."),
]


@pytest.mark.parametrize(("language", "sentence", "title", "status"), NAMED)
def test_a_quoted_item_named_by_its_noun_with_its_status_is_an_action(
    language: str, sentence: str, title: str, status: str
) -> None:
    found = rows(HEADS[language] + sentence + "\n" + TAILS[language], language)
    assert (None, title, status) in found


@pytest.mark.parametrize(("language", "sentence"), NOT_NAMED)
def test_a_quoted_proposal_or_an_item_without_its_own_status_is_no_action(language: str, sentence: str) -> None:
    assert rows(HEADS[language] + sentence + "\n" + TAILS[language], language) == []
