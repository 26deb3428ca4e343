"""A prose sentence wrapped at the page width can end its line on the relation cue and name the town on the next
line ('een stedenband met het Poolse' / 'Strzelce Opolskie; ...'): the town still takes the cue. A line above about
a visit, or a cue that only names a plan for the line's other towns, decides nothing."""

from __future__ import annotations

import pytest

WRAPPED = [
    (
        "nl",
        "Bladel",
        "Met de Belgische buurgemeente Retie sloot Bladel in 2021 een samenwerkingsovereenkomst over fietsroutes en\n"
        "hulpverlening. Sinds 2004 bestaat een stedenband met het Poolse\n"
        "Wadowice; de band werd in 2019 vernieuwd.",
        {"Retie": ("cooperation_agreement", 2021), "Wadowice": ("twin", 2004)},
    ),
    (
        "nn",
        "Sande",
        "Prosjektet «Island Ferries Net» under\n"
        "Interreg Northern Periphery and Arctic (NPA) vart avslutta i desember 2025. Prosjektpartnarar var\n"
        "Kirkwall (Skottland) og Grindavík (Island).\n",
        {"Kirkwall": ("project_partner", None), "Grindavík": ("project_partner", None)},
    ),
    (
        "da",
        "Gribskov",
        "Kommunen har længe haft tætte bånd til byerne i Norden, og siden 1968 har vi haft en venskabsbyaftale med\n"
        "Nurmijärvi, som vi besøger hvert andet år med en gruppe skoleelever og lærere.",
        {"Nurmijärvi": ("twin", 1968)},
    ),
    (
        "nb",
        "Lier",
        "Kommunestyret vedtok i juni å inngå en intensjonsavtale om samarbeid om havnedrift og turisme med den\n"
        "skotske byen Lerwick; avtalen skal underskrives i løpet av høsten neste år.",
        {"Lerwick": ("intention_agreement", None)},
    ),
    (
        "nl",
        "Wemmel",
        "In het kader van het Europese programma hebben we sinds vorig jaar een samenwerkingsovereenkomst met\n"
        "Granollers; die overeenkomst loopt tot eind 2028 en wordt daarna geëvalueerd door de raad.",
        {"Granollers": ("cooperation_agreement", None)},
    ),
]

NOT_PARTNERS = [
    (
        "da",
        "Gribskov",
        "Borgmesteren var i sommer på en længere rejse med et erhvervsdelegation og besøgte blandt andet\n"
        "Nurmijärvi, hvor han mødte lokale virksomheder og drøftede fælles interesser.",
        {},
    ),
    (
        "nl",
        "Wemmel",
        "Het college heeft onderzocht of een stedenband zinvol is, maar de raad besliste dat het beter is om de\n"
        "samenwerking met Zemst en andere buurgemeenten in de regio eerst verder uit te bouwen dit jaar.",
        {},
    ),
    (
        "nb",
        "Lier",
        "Vi har en vennskapsbyavtale med Kalix i Sverige, og ordføreren reiste i fjor på besøk til\n"
        "Lerwick for å se på havneanlegg og nye løsninger for ferjetrafikken mellom øyene der.",
        {"Kalix": ("twin", None)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), WRAPPED)
def test_a_town_takes_the_cue_ending_the_line_above(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_PARTNERS)
def test_a_visit_or_other_towns_line_above_decides_nothing(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
