"""A town named like an everyday word ('Scholen', 'Skole', 'Kultur', 'Helse', 'Havn') standing alone on a line
is a list entry only among other towns' entry lines: among headings of topics ('▸ Scholen' over a paragraph on
schools, '▸ Kosten en inzet' next) it is a heading word, no partner, whatever project words the paragraph holds.
Among entry lines of plain towns ('Havn' / 'Luleå' under 'Venskabsbyer') it stays a town."""

from __future__ import annotations

import pytest

# the towns the gazetteer knows by these heading words: Scholen, Taal, See, Haven, Tórshavn (Havn), Skole, Kultur,
# Helse, Vannes (Vann)
HEADING_TOWNS = {"Scholen", "Taal", "See", "Haven", "Tórshavn", "Skole", "Kultur", "Helse", "Vannes", "Vann"}

TOPIC_HEADINGS = [
    (
        "nl",
        "Zandvoort",
        [
            "Europese projecten",
            "",
            "▸ Scholen",
            "  Het Atheneum neemt deel aan Erasmus+ met een school in Bergen (Noorwegen). De gemeente is geen partner.",
            "",
            "▸ Kosten en inzet",
            "  De gemeente betaalt contributie.",
            "",
        ],
    ),
    (
        "nl",
        "Katwijk",
        [
            "EU-projecten",
            "",
            "Haven",
            "In het Interreg-project PortLink deelt de havendienst kennis met Esbjerg en Aberdeen.",
            "",
            "Scholen",
            "Twee basisscholen doen mee aan eTwinning.",
            "",
        ],
    ),
    (
        "nl",
        "Noordwijk",
        [
            "Internationaal",
            "",
            "• Taal",
            "  De bibliotheek biedt Erasmus+-taalcursussen aan.",
            "• Scholen",
            "  Leerlingen bezoeken scholen in het Interreg-gebied.",
            "",
        ],
    ),
    (
        "nl",
        "Urk",
        [
            "Projecten",
            "",
            "## Haven",
            "De gemeente werkt in Interreg Noordzee aan walstroom.",
            "",
        ],
    ),
    (
        "nl",
        "Texel",
        [
            "Samenwerking",
            "",
            "Scholen",
            "De scholen werken in een Erasmus+-project samen met scholen in Esbjerg.",
            "",
        ],
    ),
    (
        "da",
        "Dragør",
        [
            "EU-projekter",
            "",
            "Kultur",
            "Kulturhuset deltager i Creative Europe-projektet StageLink med partnere i Tartu og Riga.",
            "",
            "Skole",
            "Dragør Skole deltager i Erasmus+.",
            "",
        ],
    ),
    (
        "da",
        "Fanø",
        [
            "Internationalt samarbejde",
            "",
            "▸ Havn",
            "  Havnen deltager i Interreg-projektet BlueHarbour.",
            "",
            "▸ Skole",
            "  Skolen har et Erasmus+-projekt.",
            "",
        ],
    ),
    (
        "da",
        "Læsø",
        [
            "Projekter",
            "",
            "• Kultur",
            "  Kulturhuset har et projekt med Erasmus+.",
            "",
        ],
    ),
    (
        "da",
        "Samsø",
        [
            "EU-projekter",
            "",
            "Skole",
            "Samsø Skole deltager i Erasmus+ sammen med skoler i Kiel og Gdańsk.",
            "",
        ],
    ),
    (
        "da",
        "Ærø",
        [
            "Netværk og projekter",
            "",
            "## Havn",
            "Ærøskøbing Havn er med i Interreg-projektet SmallPorts.",
            "",
        ],
    ),
    (
        "nb",
        "Vadsø",
        [
            "Internasjonalt samarbeid",
            "",
            "Helse",
            "Kommunen er med i Interreg-prosjektet BarentsCare.",
            "",
            "Skole",
            "Skolene deltar i Erasmus+ med skoler i Tyskland.",
            "",
        ],
    ),
    (
        "nb",
        "Hasvik",
        [
            "EU-prosjekter",
            "",
            "▸ Kultur",
            "  Kulturskolen er med i Creative Europe-prosjektet NorthStage.",
            "",
        ],
    ),
    (
        "nb",
        "Vardø",
        [
            "Prosjekter",
            "",
            "• Havn",
            "  Havnen deltar i Interreg-prosjektet ArcticPorts med Kirkenes og Murmansk.",
            "• Skole",
            "  Erasmus+.",
            "",
        ],
    ),
    (
        "nb",
        "Lebesby",
        [
            "Internasjonalt arbeid",
            "",
            "Vann",
            "Kommunen deltar i Interreg-prosjektet CleanWater.",
            "",
        ],
    ),
    (
        "nb",
        "Loppa",
        [
            "Internasjonalt arbeid",
            "",
            "## Helse",
            "Helsesenteret er partner i Interreg-prosjektet TeleCare.",
            "",
        ],
    ),
    (
        "nn",
        "Førde",
        [
            "Internasjonalt samarbeid",
            "",
            "Kultur",
            "Kulturskulen er med i Interreg-prosjektet Nordic Stage.",
            "",
            "Helse",
            "Helsetenesta er med i eit Erasmus+-prosjekt.",
            "",
        ],
    ),
    (
        "nn",
        "Voss",
        [
            "EU-prosjekt",
            "",
            "▸ Helse",
            "  Kommunen er partnar i Interreg-prosjektet TeleCare.",
            "",
        ],
    ),
    (
        "nn",
        "Ørsta",
        [
            "Prosjekt",
            "",
            "• Kultur",
            "  Kulturhuset deltek i Creative Europe-prosjektet Fjordscene.",
            "",
        ],
    ),
    (
        "nn",
        "Stryn",
        [
            "Internasjonalt arbeid",
            "",
            "## Kultur",
            "Stryn deltek i Interreg-prosjektet Fjellkultur.",
            "",
        ],
    ),
    (
        "nn",
        "Sogndal",
        [
            "Samarbeid",
            "",
            "Helse",
            "Sogndal er partnar i Erasmus+-prosjektet CareSkills.",
            "",
        ],
    ),
]

AMONG_TOWNS = [
    (
        "da",
        "Dragør",
        "Venskabsbyer\n\nHavn\nVenskabsby siden 1992.\n\nLuleå\nVenskabsby siden 1985.\n",
        {"Tórshavn": ("twin", 1992), "Luleå": ("twin", 1985)},
    ),
    (
        "nb",
        "Vadsø",
        "Vennskapsbyer\n\nSkole\nVennskapsby siden 1992.\n\nLuleå\nVennskapsby siden 1985.\n",
        {"Skole": ("twin", 1992), "Luleå": ("twin", 1985)},
    ),
    (
        "nn",
        "Førde",
        "Venskapsbyar\n\nHelse\nVenskapsby sidan 1992.\n\nUmeå\nVenskapsby sidan 1985.\n",
        {"Helse": ("twin", 1992), "Umeå": ("twin", 1985)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text"), TOPIC_HEADINGS)
def test_a_word_alone_on_a_line_among_topic_headings_is_no_town(rows, language, issuer, text):
    assert not set(rows("\n".join(text), language, issuer)) & HEADING_TOWNS


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), AMONG_TOWNS)
def test_a_word_alone_on_a_line_among_town_entries_stays_a_town(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
