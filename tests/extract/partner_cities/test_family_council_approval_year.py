"""The council approving a partnership is when it began: 'Op de gemeenteraad van 27 april 2026 werd het
verbroederingscharter ... goedgekeurd', 'De gemeenteraad keurde ... 2026 de verbroedering met X goed', 'Bystyret
godkjente vennskapsavtalen i møte 12.3.2026', 'Byrådet godkendte aftalen den ...': the year next to the approval.
An approval of something else about the tie (its end, a budget for a visit) dates no start."""

from __future__ import annotations

import pytest

APPROVED = [
    (
        "nl",
        "Tielt",
        "Tielt heeft er een zusterstad bij. Op de gemeenteraad van 14 maart 2025 werd het verbroederingscharter met "
        "Hazebrouck goedgekeurd met 19 ja-stemmen en 3 onthoudingen.",
        {"Hazebrouck": ("twin", 2025)},
    ),
    (
        "nl",
        "Lommel",
        "De gemeenteraad keurde maandagavond 9 juni 2025\nde verbroedering met het Duitse Schmallenberg goed, "
        "met 25 stemmen voor.",
        {"Schmallenberg": ("twin", 2025)},
    ),
    (
        "nb",
        "Levanger",
        "Bystyret godkjente vennskapsavtalen med Sundsvall i møte 12. mars 2026. Avtalen gjelder kultur og idrett.",
        {"Sundsvall": ("twin", 2026)},
    ),
    (
        "da",
        "Skive",
        "Byrådet godkendte den 4. november 2025 venskabsbyaftalen med Jēkabpils i Letland. Samarbejdet skal især "
        "handle om skoler.",
        {"Jēkabpils": ("twin", 2025)},
    ),
    (
        "nn",
        "Ørsta",
        "Kommunestyret godkjende i juni 2024 ein vennskapsavtale med Tórshavn. Avtalen skal gjelde i fire år.",
        {"Tórshavn": ("twin", 2024)},
    ),
]

NOT_A_START = [
    (
        "nl",
        "Tielt",
        "Tielt en zusterstad Hazebrouck zijn verbroederd sinds 1964. De gemeenteraad keurde op 14 maart 2025 de "
        "stopzetting van de verbroedering met Hazebrouck goed.",
        {"Hazebrouck": ("twin", 1964)},
    ),
    (
        "nb",
        "Levanger",
        "Levanger og vennskapsbyen Sundsvall har samarbeidet siden 1962. Bystyret godkjente i 2026 en fornyet "
        "vennskapsavtale med Sundsvall.",
        {"Sundsvall": ("twin", 1962)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), APPROVED)
def test_the_council_approving_the_tie_dates_its_start(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_A_START)
def test_approving_an_end_or_a_renewal_dates_no_start(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
