"""Family: an item whose owner did not hand in a status ("Kulturetaten har ikke levert oppdatert status"): the
status is unknown, with that sentence as evidence, even when the sentence holds a negated verb ("ikke levert") that
would otherwise read as work not started. Look-alikes: a report that was handed in, or goods not yet delivered,
keep their own reading."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

CASES = [
    (
        "nb",
        text_of(
            "Status for handlingsplan folkehelse 2025",
            "| Nr  | Tiltak                          | Status og kommentar              |",
            "|-----|---------------------------------|----------------------------------|",
            "| 1.1 | Nye turstier ved Solvang        | Gjennomført i mai 2025.          |",
            "| 1.2 | Sykkelopplæring i 4. klasse     | –                                |",
            "",
            "Merknad til 1.2: Oppvekstetaten har ikke levert oppdatert status.",
        ),
        "1.2",
    ),
    (
        "da",
        text_of(
            "Status på trafiksikkerhedsplanen, 2. halvår",
            "",
            "3.1 Nye fodgængerfelter ved Vestskolen",
            "Status: Gennemført i oktober.",
            "",
            "3.2 Hastighedsdæmpning på Kirkevej",
            "Status: Vej og Park har ikke indsendt en statusopdatering.",
        ),
        "3.2",
    ),
    (
        "nn",
        text_of(
            "Rapportering på handlingsplan for kulturminne 2026",
            "",
            "Tiltak 2.1 Skilting av gamle vegfar",
            "Status: Ferdig.",
            "",
            "Tiltak 2.2 Registrering av steingardar",
            "Status: Eininga har ikkje levert rapport for 2026.",
        ),
        "2.2",
    ),
    (
        "nl",
        text_of(
            "Voortgangsrapportage Uitvoeringsagenda Duurzaamheid 2026",
            "",
            "Actie 4.1 Zonnepanelen op sporthal De Wissel",
            "Status: Afgerond in maart.",
            "",
            "Actie 4.2 Groene schoolpleinen",
            "Status: De afdeling heeft geen actuele stand van zaken aangeleverd.",
        ),
        "4.2",
    ),
    (
        "nb",
        text_of(
            "Årsrapport klimatiltak 2025",
            "",
            "Tiltak 5.1 Ladepunkt ved rådhuset",
            "Status: Gjennomført.",
            "",
            "Tiltak 5.2 Energimerking av skolebygg",
            "Status: Eiendomsavdelingen har ikke sendt inn rapportering for året.",
        ),
        "5.2",
    ),
]


@pytest.mark.parametrize(("language", "text", "silent"), CASES)
def test_an_item_whose_owner_handed_in_no_status_is_unknown(language: str, text: str, silent: str) -> None:
    found = {action_id: status for action_id, _, status in rows(text, language)}
    assert found[silent] == "unknown"
    assert "unknown" not in [s for a, s in found.items() if a != silent]


LOOKALIKES = [
    ("da", "Status: Rapporten er leveret til udvalget i maj.", "completed"),
    ("nb", "Status: Leverandøren har ikke levert ladeboksene ennå.", "not_started"),
    ("nl", "Status: De aannemer heeft de panelen nog niet geleverd.", "not_started"),
]


@pytest.mark.parametrize(("language", "line", "status"), LOOKALIKES)
def test_a_handed_in_report_or_undelivered_goods_keep_their_status(language: str, line: str, status: str) -> None:
    keyword = {"da": "Handling", "nb": "Tiltak", "nl": "Actie"}[language]
    text = text_of("Statusrapport 2026", "", f"{keyword} 1.1 Nyt udstyr til skolen", line)
    assert [s for _, _, s in rows(text, language)] == [status]
