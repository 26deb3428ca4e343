"""A page of partners may mark each entry heading with a section arrow ('>> Ploermel (Frankrijk)', '> Sunne, Sverige',
'» Kumla (Sverige)') as it would with a bullet, and open the paragraph under it on the year the tie began ('Sinds
1984.', 'Siden 1994 har ...', 'Fra 1972 ...', 'Sedan 1968'): that year is the entry's start year. A paragraph opening on
a renewal, an ending or a project's period is no start, and a year later in the paragraph is not read as one."""

from __future__ import annotations

import pytest

OPENING = [
    (
        "nl",
        "Wingene",
        "OFFICIËLE VERBROEDERINGEN\n\n>> Ploermel (Frankrijk)\n   Sinds 1984. Het charter werd in 2009 hernieuwd.\n\n"
        ">> Kepno (Polen)\n   Sinds 2004, het jaar waarin Polen lid werd van de Europese Unie.\n",
        {"Ploërmel": 1984, "Kępno": 2004},
    ),
    (
        "nl",
        "Tielt",
        "Zustersteden\n\n> Grandvilliers (Frankrijk)\nSinds 1968 komen jongeren uit beide steden samen.\n\n"
        "> Bad Wildungen (Duitsland)\nSinds 1992; vooral de brandweer houdt contact.\n",
        {"Grandvilliers": 1968, "Bad Wildungen": 1992},
    ),
    (
        "nb",
        "Kongsvinger",
        "Vennskapsbyer\n\n> Arvika, Sverige\n\nSiden 1976. Skolene har utveksling hvert år.\n\n"
        "> Lohja, Finland\nSiden 1981 har kulturskolene samarbeidet om konserter.\n",
        {"Arvika": 1976, "Lohja": 1981},
    ),
    (
        "nn",
        "Seljord",
        "Vennskapskommunar\n\n» Sunne (Sverige)\nSidan 1984. Idrettslaga møtest kvart år.\n\n"
        "» Sysmä (Finland)\nSidan 1986 har ungdomsråda hatt utveksling.\n",
        {"Sunne": 1984, "Sysmä": 1986},
    ),
    (
        "da",
        "Skive",
        "Venskabsbyer\n\n>> Skövde, Sverige\nSiden 1950. Byerne mødes hvert andet år.\n\n"
        ">> Prenzlau, Tyskland\nSiden 1991 har musikskolerne haft udveksling.\n",
        {"Skövde": 1950, "Prenzlau": 1991},
    ),
]

NO_START = [
    (
        "nl",
        "Wingene",
        "Verbroederingen\n\n>> Ploermel (Frankrijk)\n   Vernieuwd in 2009. Jongeren fietsen elk jaar samen.\n",
        "Ploërmel",
    ),
    (
        "nb",
        "Kongsvinger",
        "Vennskapsbyer\n\n> Lohja, Finland\nSamarbeidet ble avsluttet i 2019.\n",
        "Lohja",
    ),
    (
        "da",
        "Skive",
        "Venskabsbyer\n\n>> Prenzlau, Tyskland\nMusikskolerne har udveksling. I 2021 var der koncert i Skive.\n",
        "Prenzlau",
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), OPENING)
def test_a_marked_entrys_paragraph_opening_on_a_since_year_gives_the_start(rows, language, issuer, text, expected):
    found = rows(text, language, issuer)
    assert {city: found[city][1] for city in expected} == expected


@pytest.mark.parametrize(("language", "issuer", "text", "city"), NO_START)
def test_a_paragraph_opening_on_no_since_phrase_gives_no_start(rows, language, issuer, text, city):
    assert rows(text, language, issuer)[city][1] is None
