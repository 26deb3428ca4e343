"""Minutes of a meeting's cases name the themes of a plan an item adopts ("Planen har fire satsingsområder: ...",
"slutter seg til planen med de tre innsatsområdene 1) ..., 2) ..."): those are the item's, not the document's focus
areas. The minutes of the one case adopting a strategy, titled by that strategy, keep its themes; so does a strategy
that mentions the protocol of its adoption. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.focus_areas import extract

MINUTES = [
    ("nb", "Nordvik kommune\nMøteprotokoll\nHovedutvalg for oppvekst og kultur\n\nMøtedato: 16.04.2026\n\n"
           "12/26 Skolerute 2026-2027\nVedtak: Skoleruta vedtas.\nVotering: Enstemmig.\n\n"
           "13/26 Kommunal plan for idrett og friluftsliv 2026-2030\nHovedutvalget innstiller til kommunestyret:\n"
           "Planen vedtas.\nVotering: Enstemmig.\nPlanen har fire satsingsområder: Friluftsliv, Anlegg, Frivillighet "
           "og Folkehelse.\n\n14/26 Referatsaker\nTatt til orientering."),
    ("nb", "Fjellby kommune\nUtvalg: Hovedutvalg for kultur\nMøtedato: 21.10.2025\n\nSaksnummer: 28/25\n"
           "Tittel: Budsjett 2026\nVedtak: Innstillingen ble vedtatt.\nVotering: 6 mot 3 stemmer.\n\n"
           "Saksnummer: 29/25\nTittel: Formidlingsplan for museet\nVedtak: Hovedutvalget slutter seg til planen med "
           "de tre innsatsområdene 1) skole og barnehage, 2) reiseliv og 3) frivillighet.\n"
           "Votering: Enstemmig vedtatt."),
    ("da", "Sundby Kommune\nBeslutningsprotokol\nByrådet, onsdag 30.09.2026\n\nPunkt 112 Godkendelse af dagsorden\n"
           "Beslutning: Godkendt.\n\nPunkt 113 Sundhedspolitik 2027-2030\nPolitikken har tre temaer: Det gode "
           "hverdagsliv, Nære sundhedstilbud og Trivsel.\nBeslutning: Godkendt.\n\nPunkt 114 Meddelelser\n"
           "Beslutning: Taget til efterretning."),
    ("nn", "Dalen kommune\nMøtebok - Formannskapet\nMøtedato: 03.09.2026\n\nPS 40/26 Godkjenning av innkalling\n"
           "Vedtak: Godkjent.\n\nPS 41/26 Næringsplan 2026-2030\nInnstillinga vart samrøystes vedteken. Planen har tre "
           "satsingsområde: Reiseliv, Landbruk og Gründerar.\n\nPS 42/26 Referatsaker\nTeke til vitande."),
    ("nl", "Gemeente Westerdam\nBesluitenlijst van de openbare vergadering van de gemeenteraad\n12 maart 2026\n\n"
           "1. Opening\nDe voorzitter opent de vergadering.\n\n2. Vaststellen agenda\nBesluit: vastgesteld.\n\n"
           "3. Sportnota 2026-2030\nDe nota kent drie speerpunten: Sporten in de buurt, Sterke verenigingen en "
           "Gezonde jeugd.\nBesluit: unaniem aangenomen.\n\n4. Sluiting"),
]


@pytest.mark.parametrize(("language", "text"), MINUTES)
def test_the_themes_of_a_plan_an_item_adopts_are_no_focus_areas(language, text):
    doc = document_from_text(text, language=language, municipality="Testkommune")
    assert doc.doc_type == "case_protocol"
    assert extract(doc) == []


def test_the_minutes_of_the_one_case_adopting_a_strategy_keep_its_themes():
    text = (
        "Saksprotokoll - sak PS 87/26\nInternasjonal strategi for Nordvik kommune 2026 - 2030\n\n"
        "Utvalg: Bystyret\nMøtedato: 29.08.2026\nResultat: Behandlet\n\nVedtak:\nBystyret vedtar strategien. "
        "Strategien er basert på tre målområder:\n- 1. Globalt partnerskap\n- 2. Vennskapsbysamarbeid\n"
        "- 3. Det internasjonale samfunnet i Nordvik\n\nVotering: Enstemmig vedtatt."
    )
    doc = document_from_text(text, language="nb", municipality="Nordvik")
    labels = [row.label for row in extract(doc)]
    assert labels == ["Globalt partnerskap", "Vennskapsbysamarbeid", "Det internasjonale samfunnet i Nordvik"]


def test_a_strategy_mentioning_the_protocol_of_its_adoption_keeps_its_themes():
    text = (
        "Kulturstrategi 2026-2030\n\nStrategien ble vedtatt av kommunestyret 12. mars 2026 (se protokoll).\n\n"
        "Strategien har tre satsingsområder:\n1. Kulturarv\n2. Frivillighet\n3. Barn og unge\n"
    )
    doc = document_from_text(text, language="nb", municipality="Nordvik")
    assert doc.doc_type != "case_protocol"
    assert [row.label for row in extract(doc)] == ["Kulturarv", "Frivillighet", "Barn og unge"]
