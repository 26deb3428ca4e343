"""Status phrases whose tense or negation decides the status: a start announced for later is not
started, a delay is work going on, "will not be carried out" is cancelled (sentences written for
these tests); and a plan's own goal sentence is no status."""

from __future__ import annotations

import pytest

from pipeline.extract.actions.status import classify

SENTENCES = {
    "da": [
        ("Projektet igangsættes i foråret 2025.", "not_started"),
        ("Renoveringen påbegyndes, når udbuddet er afsluttet.", "not_started"),
        ("Planlagt opstart i 2026.", "not_started"),
        ("Indsatsen opstartes efter sommerferien.", "not_started"),
        ("Opstart medio 2025.", "not_started"),
        ("Sagen er under afklaring med regionen.", "in_progress"),
        ("Projektet blev afsluttet i 2023.", "completed"),
        ("Indsatsen gennemføres ikke, da tilskuddet bortfaldt.", "cancelled"),
        ("Vi vil skabe flere arbejdspladser.", "unknown"),
    ],
    "nb": [
        ("Planlagt oppstart høsten 2025.", "not_started"),
        ("Prosjektet igangsettes når finansieringen er på plass.", "not_started"),
        ("Arbeidet påbegynnes i 2026.", "not_started"),
        ("Tiltaket startes opp etter sommeren.", "not_started"),
        ("Saken er under utredning i administrasjonen.", "in_progress"),
        ("Ordningen utredes nå.", "in_progress"),
        ("Prosjektet ble ferdigstilt i 2023.", "completed"),
        ("Tiltaket er skrinlagt.", "cancelled"),
        ("Vi skal ha gode skoler.", "unknown"),
    ],
    "nn": [
        ("Planlagt oppstart hausten 2025.", "not_started"),
        ("Arbeidet påbyrjast når pengane er på plass.", "not_started"),
        ("Tiltaket vert sett i gang neste år.", "not_started"),
        ("Saka er under utgreiing.", "in_progress"),
        ("Ordninga er vidareført i 2025.", "in_progress"),
        ("Spørsmålet vert greidd ut av rådmannen.", "in_progress"),
        ("Prosjektet vart ferdigstilt i 2023.", "completed"),
        ("Tiltaket er ikkje starta.", "not_started"),
        ("Vi skal ha gode skular.", "unknown"),
    ],
    "nl": [
        ("Het onderzoek wordt in 2025 opgestart.", "not_started"),
        ("De pilot wordt na de zomer gestart.", "not_started"),
        ("Start naar verwachting in 2026.", "not_started"),
        ("Het project loopt, maar is niet op schema.", "in_progress"),
        ("De bouw ligt niet meer op schema door de stikstofregels.", "in_progress"),
        ("De maatregel wordt niet uitgevoerd.", "cancelled"),
        ("De motie zal niet worden uitgevoerd, omdat er geen budget is.", "cancelled"),
        ("Het project is in 2023 afgerond.", "completed"),
        ("Wij zorgen voor een sterke lokale economie.", "unknown"),
    ],
}


@pytest.mark.parametrize(
    ("language", "sentence", "status"),
    [(lang, sentence, status) for lang, pairs in SENTENCES.items() for sentence, status in pairs],
)
def test_tense_and_negation_decide_the_status(language, sentence, status):
    assert classify(sentence, language).status == status
