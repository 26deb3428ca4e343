"""Network tables and lists: every listed name counts, excluded bodies never, prose never."""

from __future__ import annotations

import pytest

LISTS = [
    (
        "da",
        "Netværk\tMedlem siden\tKontingent\nEurocities\t2008\t120.000 kr.\nKlimaalliancen\t2015\t10.000 kr.\n"
        "Nordisk Kystforum\t2019\t5.000 kr.\nKL\t1970\t2 mio. kr.",
        {"Eurocities", "Climate Alliance", "Nordisk Kystforum"},
    ),
    (
        "nb",
        "Kommunen er medlem av følgende organisasjoner og nettverk:\n• KS\n• Sunne kommuner\n• Nordic Safe Cities\n"
        "• Fjordbyenes Forum\n\nKommunen prioriterer dette arbeidet.",
        {"Sunne kommuner", "Nordic Safe Cities", "Fjordbyenes Forum"},
    ),
    (
        "nn",
        "Kommunen er medlem i desse nettverka:\n- KS\n- Sunne kommunar\n- Ordførarpakta\n\nDette held fram.",
        {"Sunne kommuner", "Covenant of Mayors"},
    ),
    (
        "nl",
        "De gemeente is lid van de volgende netwerken:\n- Eurocities\n- VNG\n- Energy Cities\n"
        "- Netwerk Slimme Dijken\n\nDe gemeente zet dit voort.",
        {"Eurocities", "Energy Cities", "Slimme Dijken"},
    ),
]

NOT_LISTS = [
    ("da", "Kommunen deltager i arbejdet på fem områder:\nEconomi\nKlima\nKultur\n\nDet fortsætter."),
    ("nl", "Het bestuursakkoord bestaat uit vijf delen:\n• Economie\n• Omgeving\n• Welzijn\n\nDeze delen volgen."),
    ("nb", "Kommunen deltar i arbeidet med disse temaene:\nKlima\nMobilitet\nKultur\n\nArbeidet fortsetter."),
]


@pytest.mark.parametrize(("language", "text", "expected"), LISTS)
def test_names_in_a_network_table_or_a_membership_list_are_rows_except_excluded_bodies(rows, language, text, expected):
    assert set(rows(text, language, "Esbjerg")) == expected


@pytest.mark.parametrize(("language", "text"), NOT_LISTS)
def test_topic_lists_after_an_ordinary_sentence_are_not_networks(rows, language, text):
    assert rows(text, language, "Esbjerg") == {}
