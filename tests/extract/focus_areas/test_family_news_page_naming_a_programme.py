"""A news page filed under the site's news section ("Home > Nieuws > Bestuur", "Forside > Nyheder") whose title
names a programme ("... og budget", "... en meerjarenplan") heads each council decision with a short line: those
headings are news items, not a programme's chapters. The same programme published as its own page (no news
section in the head) keeps its chapters as themes. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.focus_areas.conftest import read_labels

NEWS_PAGES = [
    (
        "nl",
        "Testdorp nieuwsbrief | editie 12 | vrijdag 9 oktober 2026\nHome > Nieuws > Bestuur\n\n"
        "Raad 6 oktober: parkeren, subsidies en meerjarenplan\n\n"
        "In de raad van dinsdag 6 oktober kwamen negen punten aan bod. Een overzicht.\n\n"
        "Meerjarenplan bijgestuurd\nDe raad keurde de aanpassing van het meerjarenplan goed met 15 stemmen voor.\n\n"
        "Parkeerkaart blijft gratis\nHet voorstel om de bewonerskaart betalend te maken werd verworpen.\n\n"
        "Subsidie jeugdhuis verhoogd\nDe toelage voor het jeugdhuis stijgt met tien procent.\n\n"
        "Rooilijnplan uitgesteld\nHet rooilijnplan voor de Kerkstraat werd verdaagd naar november.\n",
    ),
    (
        "da",
        "Forside > Nyheder > Politik\n\nByrådet 30. september: skoler, veje og budget\n\n"
        "Byrådet holdt møde onsdag aften. Her er de vigtigste beslutninger.\n\n"
        "Budget 2027 vedtaget\nBudgettet blev vedtaget med 21 stemmer mod 6.\n\n"
        "Ny cykelsti til Nørreby\nByrådet godkendte anlægsbevillingen til cykelstien.\n\n"
        "Skolestruktur udskudt\nSagen blev udsat til oktober, så forældrene kan høres.\n\n"
        "Ingen ny p-afgift\nForslaget om betalingsparkering blev forkastet.\n",
    ),
    (
        "nb",
        "Forsiden › Aktuelt › Politikk\n\nKommunestyret 24. september: økonomiplan og skolevei\n\n"
        "Kommunestyret hadde møte torsdag. Her er et utvalg av vedtakene.\n\n"
        "Økonomiplanen justert\nJusteringen ble vedtatt mot fem stemmer.\n\n"
        "Trygg skolevei på Nes\nKommunestyret bevilget penger til nytt fortau.\n\n"
        "Ny brannstasjon utsatt\nSaken ble utsatt til desember.\n\n"
        "Ingen eiendomsskatt på hytter\nForslaget falt med 12 mot 19 stemmer.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), NEWS_PAGES)
def test_the_headings_of_a_news_page_naming_a_programme_are_no_themes(language, text):
    assert read_labels(text, language) == []


def test_a_programme_published_as_its_own_page_keeps_its_chapters():
    text = (
        "Gemeente Testdorp\nHome > Bestuur > Beleid\n\nMeerjarenplan 2026-2031\n\n"
        "1. Inleiding\nDit plan beschrijft wat we de komende zes jaar doen.\n\n"
        "2. Wonen en ruimte\nWe bouwen betaalbare woningen in alle kernen.\n\n"
        "3. Zorg en welzijn\nIedereen kan rekenen op zorg dichtbij huis.\n\n"
        "4. Economie en werk\nWe versterken de lokale handel en de bedrijventerreinen.\n\n"
        "5. Financiën\nDe begroting blijft in evenwicht.\n"
    )
    assert read_labels(text, "nl") == ["Wonen en ruimte", "Zorg en welzijn", "Economie en werk"]
