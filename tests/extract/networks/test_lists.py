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
        {"Eurocities", "VNG", "Energy Cities", "Slimme Dijken"},
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


# Tables whose network column sits beside role and since columns (tab or " | " cells), under a heading or
# not, and bullet items with a remark in brackets: the listed names are the rows, the other columns are not.
ROLE_TABLES = [
    (
        "da",
        "Vejle",
        "Internationale netværk\n"
        "\n"
        "Netværk\tRolle\tSiden\n"
        "Eurocities\tMedlem\t2008\n"
        "Nordisk Havneforum\tBestyrelsesmedlem\t2015\n"
        "KL\tMedlem\t1970\n",
        ["Eurocities", "Nordisk Havneforum"],
    ),
    (
        "da",
        "Vejle",
        "Netværk | Rolle | Siden\nEnergy Cities | Medlem | 2012\nBaltic Harbour Towns | Formand | 2019\n",
        ["Baltic Harbour Towns", "Energy Cities"],
    ),
    (
        "da",
        "Vejle",
        "Kommunens netværk:\n"
        "• Klimaalliancen (medlem siden 2016)\n"
        "• Sund By Netværket\n"
        "• Kystbyernes Forum\n"
        "\n"
        "Kommunen prioriterer arbejdet.",
        ["Climate Alliance", "Kystbyernes Forum", "Sund By Netværket"],
    ),
    (
        "nb",
        "Narvik",
        "Nettverk\tRolle\tSiden\nEurocities\tMedlem\t2008\nArktiske Havnebyer\tStyremedlem\t2015\nKS\tMedlem\t1972\n",
        ["Arktiske Havnebyer", "Eurocities"],
    ),
    (
        "nb",
        "Narvik",
        "Nettverk | Rolle | Fra år\nEnergy Cities | Medlem | 2012\nNordic Fjord Towns | Leder | 2019\n",
        ["Energy Cities", "Nordic Fjord Towns"],
    ),
    (
        "nb",
        "Narvik",
        "Narvik kommune deltar i disse nettverkene:\n"
        "- Klimaalliansen\n"
        "- Sunne kommuner\n"
        "- Arktisk Byforum\n"
        "\n"
        "Arbeidet videreføres.",
        ["Arktisk Byforum", "Climate Alliance", "Sunne kommuner"],
    ),
    (
        "nn",
        "Voss",
        "Nettverk\tRolle\tSidan\nEurocities\tMedlem\t2008\nNordisk Fjordbyforum\tStyremedlem\t2015\nKS\tMedlem\t1972\n",
        ["Eurocities", "Nordisk Fjordbyforum"],
    ),
    (
        "nn",
        "Voss",
        "Kommunen er med i desse nettverka:\n• Klimaalliansen\n• Sunne kommunar\n\nArbeidet held fram.",
        ["Climate Alliance", "Sunne kommuner"],
    ),
    (
        "nl",
        "Zeist",
        "Netwerk\tRol\tSinds\nEurocities\tLid\t2008\nGroene Stedenring\tBestuurslid\t2015\nVNG\tLid\t1950\n",
        ["Eurocities", "Groene Stedenring", "VNG"],
    ),
    (
        "nl",
        "Zeist",
        "Netwerk | Rol | Sinds\nEnergy Cities | Lid | 2012\nEuropese Tuinsteden | Voorzitter | 2019\n",
        ["Energy Cities", "Europese Tuinsteden"],
    ),
    (
        "nl",
        "Zeist",
        "Zeist is lid van de volgende netwerken:\n"
        "• Klimaatverbond Nederland\n"
        "• Eurocities\n"
        "• Groene Dorpen Netwerk\n"
        "\n"
        "De gemeente zet dit voort.",
        ["Eurocities", "Groene Dorpen Netwerk", "Klimaatverbond Nederland"],
    ),
    (
        "da",
        "Vejle",
        "Netværk\tRolle\tSiden\nDansk Kystbyforum\tFormandskab\t2020\nEnergy Cities\tMedlem\t2011\n",
        ["Dansk Kystbyforum", "Energy Cities"],
    ),
    (
        "da",
        "Vejle",
        "Internationale netværk\n"
        "- Eurocities (medlem siden 2008)\n"
        "- Nordisk Havneforum (observatør)\n"
        "\n"
        "Arbejdet fortsætter.",
        ["Eurocities", "Nordisk Havneforum"],
    ),
    (
        "nb",
        "Narvik",
        "Nettverk\tRolle\tSiden\nVestlandsforum for Byer\tStyreleder\t2020\nEnergy Cities\tMedlem\t2011\n",
        ["Energy Cities", "Vestlandsforum for Byer"],
    ),
    (
        "nb",
        "Narvik",
        "Internasjonale nettverk\n"
        "- Eurocities (medlem fra 2008)\n"
        "- Nordisk Havneforum (observatør)\n"
        "\n"
        "Arbeidet fortsetter.",
        ["Eurocities", "Nordisk Havneforum"],
    ),
    (
        "nn",
        "Voss",
        "Nettverk | Rolle | Sidan\nEnergy Cities | Medlem | 2011\nNordisk Havneforum | Styreleiar | 2019\n",
        ["Energy Cities", "Nordisk Havneforum"],
    ),
    (
        "nn",
        "Voss",
        "Internasjonale nettverk\n"
        "- Eurocities (medlem sidan 2008)\n"
        "- Nordisk Havneforum (observatør)\n"
        "\n"
        "Arbeidet held fram.",
        ["Eurocities", "Nordisk Havneforum"],
    ),
    (
        "nn",
        "Voss",
        "Nettverk\tRolle\tSidan\nArktisk Byforum\tMedlem\t2016\nKS\tMedlem\t1972\n",
        ["Arktisk Byforum"],
    ),
    (
        "nl",
        "Zeist",
        "Netwerk\tRol\tSinds\nHollandse Kustgemeenten\tVoorzitter\t2020\nEnergy Cities\tLid\t2011\n",
        ["Energy Cities", "Hollandse Kustgemeenten"],
    ),
    (
        "nl",
        "Zeist",
        "Internationale netwerken\n"
        "- Eurocities (lid sinds 2008)\n"
        "- Europese Havensteden (waarnemer)\n"
        "\n"
        "De gemeente zet dit voort.",
        ["Eurocities", "Europese Havensteden"],
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), ROLE_TABLES)
def test_network_column_of_a_role_table_and_bracketed_remarks_give_only_the_names(rows, language, town, text, expected):
    assert set(rows(text, language, town)) == set(expected)


# A case list whose rows open with a case number, one title naming a membership: the row is a case,
# not a table header, so the cells under it (other cases, archive numbers, ruled lines) name no network.
CASE_LISTS = [
    (
        "nb",
        "Nesna",
        "Saksnr.\tTittel\n21/26\tTertialrapport 1\n22/26\tMedlemskap i Mayors for Peace\n23/26\tSalg av kaia\n"
        "---------------------------------\n"
        "21/26 Tertialrapport 1\tArkivsak 26/311\nFormannskapet tar rapporten til orientering.\n",
    ),
    (
        "da",
        "Nyborg",
        "Pkt.\tSag\n14\tMedlemskab af Energy Cities\n15\tSalg af grund ved havnen\n16\tLukket punkt\n\n"
        "14. Medlemskab af Energy Cities\tSagsnr. 26/04411\nSagen udsættes.\n",
    ),
    (
        "nl",
        "Meerssen",
        "Agendapunt | Onderwerp\n7 | Lidmaatschap Eurocities\n8 | Begroting 2027 | Zaaknummer 2026/118\n"
        "9 | Rondvraag\n\nDe agenda wordt vastgesteld.\n",
    ),
    (
        "nn",
        "Naustdal",
        "Sak nr.\tSakstittel\n031/26\tMedlemskap i Sunne kommunar\n032/26\tReferatsaker\n033/26\tArkivsak 25/900\n",
    ),
    (
        "nb",
        "Nore og Uvdal",
        "2026-04-22\tMedlemskap – nettverk og forum\nKontrollutvalget\tSaksbehandler 24/77\nÅrsmelding 2025\n",
    ),
]


@pytest.mark.parametrize(("language", "town", "text"), CASE_LISTS)
def test_a_case_row_whose_title_names_a_membership_is_not_a_network_table_header(rows, language, town, text):
    found = rows(text, language, town)
    assert not any(any(ch.isdigit() for ch in name) for name in found)
    other_titles = {"Salg av kaia", "Salg af grund ved havnen", "Rondvraag", "Referatsaker", "Kontrollutvalget"}
    assert not other_titles & set(found)
