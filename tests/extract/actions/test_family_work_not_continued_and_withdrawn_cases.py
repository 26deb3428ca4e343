"""Two status phrasings: a status saying the work will not go on ("wordt niet voortgezet", "videreføres ikke", "vert
ikkje vidareført") is dropped work even beside words saying it never started, while "wordt voortgezet" is work going
on; and a decision list's case withdrawn from the agenda ("Trukket fra sakslisten", "Trekt frå sakslista", "Van de
agenda afgevoerd") is the meeting's decision, no action. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

NOT_CONTINUED = [
    (
        "nl",
        "Actie 1 Jeugdcafé\n"
        "Status: Niet van de grond gekomen en wordt niet voortgezet.\n"
        "Actie 2 Buurtbus\n"
        "Status: Loopt en wordt voortgezet in 2027.\n",
        [("1", "Jeugdcafé", "cancelled"), ("2", "Buurtbus", "in_progress")],
    ),
    (
        "da",
        "Indsats 1 Ungdomscafé\n"
        "Status: Er ikke kommet i gang og videreføres ikke.\n"
        "Indsats 2 Lokalbus\n"
        "Status: I gang og videreføres i 2027.\n",
        [("1", "Ungdomscafé", "cancelled"), ("2", "Lokalbus", "in_progress")],
    ),
    (
        "nb",
        "Tiltak 1 Ungdomskafé\n"
        "Status: Kom aldri i gang og videreføres ikke.\n"
        "Tiltak 2 Bygdebuss\n"
        "Status: Pågår og videreføres i 2027.\n",
        [("1", "Ungdomskafé", "cancelled"), ("2", "Bygdebuss", "in_progress")],
    ),
    (
        "nn",
        "Tiltak 1 Ungdomskafé\n"
        "Status: Kom aldri i gang og vert ikkje vidareført.\n"
        "Tiltak 2 Bygdebuss\n"
        "Status: Under arbeid og vert vidareført i 2027.\n",
        [("1", "Ungdomskafé", "cancelled"), ("2", "Bygdebuss", "in_progress")],
    ),
]
WITHDRAWN = [
    (
        "nb",
        "Vedtaksliste – Formannskapet 12. mars 2026\n"
        "\n"
        "| Sak   | Tittel                      | Vedtak                   |\n"
        "| 18/26 | Gebyrregulativ for havnene  | Utsatt til neste møte.   |\n"
        "| 19/26 | Søknad om skjenkebevilling  | Trukket fra sakslisten.  |\n",
        [],
    ),
    (
        "da",
        "Beslutningsprotokol – Økonomiudvalget 3. juni 2026\n"
        "\n"
        "| Punkt | Sag                         | Beslutning               |\n"
        "| 41    | Salg af grund i Nørreby     | Udsat til næste møde.    |\n"
        "| 42    | Ny takst for havnepladser   | Trukket fra dagsordenen. |\n",
        [],
    ),
    (
        "nn",
        "Vedtaksliste – Formannskapet 4. juni 2026\n"
        "\n"
        "| Sak   | Tittel                      | Vedtak                   |\n"
        "| 31/26 | Gebyr for hamna             | Utsett til neste møte.   |\n"
        "| 32/26 | Søknad om løyve til sal     | Trekt frå sakslista.     |\n",
        [],
    ),
    (
        "nl",
        "Besluitenlijst raad 4 juni 2026\n"
        "\n"
        "| Nr | Onderwerp                   | Besluit                  |\n"
        "| 7  | Verkoop pand Kerkstraat     | Aangehouden.             |\n"
        "| 8  | Tarieven haven              | Van de agenda afgevoerd. |\n",
        [],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), NOT_CONTINUED)
def test_work_that_will_not_go_on_is_cancelled(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), WITHDRAWN)
def test_a_case_withdrawn_from_the_agenda_is_no_action(language, text, expected):
    assert rows(text, language) == expected
