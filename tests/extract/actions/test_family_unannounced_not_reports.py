"""Headed paragraphs that are not a progress report (snippets written for these tests): news items,
twin-town and network pages, a strategy's themes and a meeting's agenda. Their first sentences do
not open with the item's own status, or there is only one such paragraph."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

NOT_REPORTS = [
    (
        "da",
        "Nyt fra kommunen\n\n"
        "Borgermøde om skolestruktur\nByrådet inviterer til borgermøde den 12. marts på rådhuset.\n\n"
        "Ny direktør\nKommunen har ansat en ny direktør, som tiltræder den 1. maj.",
    ),
    (
        "da",
        "Vores venskabsbyer\n\nSollentuna\nSollentuna ligger nord for Stockholm og har været venskabsby siden 1990.\n\n"
        "Tuusula\nKommunen ligger i Finland. Samarbejdet blev etableret i 1992.",
    ),
    (
        "nb",
        "Nytt fra kommunen\n\n"
        "Folkemøte om skolestruktur\nKommunestyret inviterer til folkemøte 12. mars på rådhuset.\n\n"
        "Ny kommunedirektør\nKommunen har ansatt en ny kommunedirektør, som begynner 1. mai.",
    ),
    (
        "nb",
        "Satsingsområder\n\nGode oppvekstvilkår\nKommunen skal gi alle barn en god start i livet.\n\n"
        "Grønt skifte\nVi vil redusere klimagassutslippene med 60 prosent innen 2030.",
    ),
    (
        "nn",
        "Nytt frå kommunen\n\n"
        "Folkemøte om skulestruktur\nKommunestyret inviterer til folkemøte 12. mars på rådhuset.\n\n"
        "Ny kommunedirektør\nKommunen har tilsett ein ny kommunedirektør, som byrjar 1. mai.",
    ),
    (
        "nn",
        "Internasjonalt samarbeid\n\nVennskapskommunar\nKommunen har tre vennskapskommunar i Norden.\n\n"
        "Nettverk\nKommunen er medlem av eit nordisk nettverk for klimaarbeid.",
    ),
    (
        "nl",
        "Nieuws uit de gemeente\n\n"
        "Informatieavond over de nieuwe school\nDe gemeente organiseert op 12 maart een avond.\n\n"
        "Nieuwe gemeentesecretaris\nDe gemeente heeft een nieuwe secretaris benoemd die op 1 mei begint.",
    ),
    (
        "nl",
        "Onze speerpunten\n\nBereikbaarheid\nWe zorgen voor goede verbindingen met de regio.\n\n"
        "Wonen\nWe bouwen de komende vier jaar 1.000 nieuwe woningen.",
    ),
]


@pytest.mark.parametrize(("language", "text"), NOT_REPORTS)
def test_news_twin_towns_networks_and_themes_under_headings_are_no_report(language, text):
    assert rows(text, language) == []
