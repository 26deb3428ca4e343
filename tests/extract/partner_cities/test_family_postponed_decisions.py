"""A decision on a relation that was postponed or withdrawn ('Het punt over een vriendschapsovereenkomst met Zemst
werd uitgesteld', 'Punktet om en venskabsbyaftale med Kalmar blev udskudt', 'Saka ... vart trekt frå sakslista')
starts no relation: the agenda item, decision or proposal is the subject of the postponing verb. A postponed visit
or anniversary of a relation that exists stays that relation."""

from __future__ import annotations

import pytest

POSTPONED = [
    (
        "nl",
        "Wemmel",
        "VERBROEDERING MET ZEMST? NOG NIET\nHet punt over een vriendschapsovereenkomst met de gemeente "
        "Zemst werd uitgesteld. De raad wil eerst weten wat de samenwerking zou kosten.\n",
    ),
    ("nl", "Asse", "Het agendapunt over een stedenband met Lünen is verdaagd naar de volgende zitting."),
    ("nl", "Dilbeek", "De samenwerkingsovereenkomst met Zemst werd van de agenda gehaald."),
    ("nl", "Ternat", "De beslissing over een stedenband met Kalmar wordt uitgesteld tot na de zomer."),
    ("nl", "Lennik", "Het college heeft het voorstel voor een partnerschap met Tartu teruggetrokken."),
    ("da", "Allerød", "Punktet om en venskabsbyaftale med Kalmar blev udskudt til næste møde."),
    ("da", "Allerød", "Sagen om en samarbejdsaftale med Tartu blev trukket fra dagsordenen."),
    ("da", "Furesø", "Beslutningen om en venskabsby i Tartu udskydes til efteråret."),
    ("da", "Gentofte", "Dagsordenspunktet om venskabsby med Kalmar blev udskudt."),
    ("da", "Lyngby", "Forslaget om en samarbejdsaftale med Lund blev trukket tilbage."),
    ("nb", "Vadsø", "Saken om vennskapsavtale med Kalmar ble utsatt til neste møte."),
    ("nb", "Vadsø", "Saken om en samarbeidsavtale med Tartu ble trukket fra sakslisten."),
    ("nb", "Alta", "Beslutningen om vennskapsby med Tartu utsettes til høsten."),
    ("nb", "Hamar", "Punktet om samarbeidsavtale med Lund ble utsatt."),
    ("nb", "Gjøvik", "Forslaget om vennskapsavtale med Umeå ble trukket tilbake."),
    ("nn", "Førde", "Saka om venskapsavtale med Kalmar vart utsett til neste møte."),
    ("nn", "Førde", "Saka om ein samarbeidsavtale med Tartu vart trekt frå sakslista."),
    ("nn", "Voss", "Avgjerda om venskapsby med Tartu vert utsett til hausten."),
    ("nn", "Stryn", "Punktet om samarbeidsavtale med Lund vart utsett."),
    ("nn", "Ørsta", "Framlegget om venskapsavtale med Umeå vart trekt tilbake."),
]

EXISTING = [
    (
        "da",
        "Allerød",
        "Venskabsbyaftalen med Kalmar fra 1985 fortsætter. Jubilæet blev udskudt til 2027.",
        {"Kalmar": ("twin", 1985)},
    ),
    ("da", "Allerød", "Vores venskabsby Kalmar har udskudt udvekslingen til foråret.", {"Kalmar": ("twin", None)}),
    (
        "nb",
        "Vadsø",
        "Vennskapsavtalen med Kalmar fra 1985 gjelder fortsatt. Jubileet utsettes til 2027.",
        {"Kalmar": ("twin", 1985)},
    ),
    (
        "nn",
        "Førde",
        "Venskapsavtalen med Kalmar frå 1985 held fram. Jubileet vert utsett til 2027.",
        {"Kalmar": ("twin", 1985)},
    ),
    (
        "nl",
        "Asse",
        "Onze stedenband met Lünen bestaat sinds 1985. Het jubileumbezoek werd uitgesteld tot 2027.",
        {"Lünen": ("twin", 1985)},
    ),
    ("nl", "Asse", "Zusterstad Lünen heeft het bezoek verdaagd naar het najaar.", {"Lünen": ("twin", None)}),
]


@pytest.mark.parametrize(("language", "issuer", "text"), POSTPONED)
def test_a_postponed_or_withdrawn_decision_starts_no_relation(rows, language, issuer, text):
    assert rows(text, language, issuer) == {}


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), EXISTING)
def test_a_postponed_visit_of_an_existing_relation_keeps_it(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
