"""A page's prose is wrapped at a fixed width, so the sentence that dates a partnership may run over a line break:
the year on one line, the verb that starts the tie on the next ('De verbroedering met X werd in 1973' / 'officieel
ondertekend.'), or the tie named on the line after the sentence's start ('Den historiske banda vart ei formell' /
'vennskapsavtale då Vang og X underteikna ho i 1998.'), or a back reference opening the next sentence ('Deze band
werd' / 'in 1985 aangegaan'). The whole sentence dates the tie. A renewal or an ending wrapped the same way still
starts nothing. Pages written for these tests."""

from __future__ import annotations

import pytest

STARTED = [
    (
        "nl",
        "Duffel",
        "Onze zustergemeenten\n\nCambrai (Frankrijk)\nSinds 1995 bestaat een vriendschapsband.\n\n"
        "Bad Honnef (Duitsland)\nDe verbroedering met Bad Honnef in het Rijnland werd in "
        "1973\nofficieel ondertekend. Jaarlijks gaat de harmonie op bezoek.\n",
        "Bad Honnef",
        1973,
    ),
    (
        "nl",
        "Meierijstad",
        "2. Waar staan we nu?\nMeierijstad onderhoudt een stedenband met Borken (Duitsland). Deze band werd\n"
        "in 1985 aangegaan door de toenmalige gemeente en in 2017 voortgezet. Met de Poolse stad Nowy Targ bestaat\n"
        "sinds 2019 een samenwerkingsovereenkomst.\n",
        "Borken",
        1985,
    ),
    (
        "nl",
        "Weert",
        "Tot 2015 had Weert ook een stedenband met Trenčín in\nSlowakije. Die band is in 2015 beëindigd; de "
        "stedenband\nwas in 1992 gesloten. Met Kalisz heeft Weert sinds 2001 een stedenband.\n",
        "Trenčín",
        1992,
    ),
    (
        "nn",
        "Vang",
        "Samarbeid\n\nMalung, Sverige\nVennskapskommune sidan 2001.\n\nJelenia Góra, Polen\n"
        "Kyrkja vart flytta til Jelenia Góra i 1842, og ho står der framleis. "
        "Den historiske banda vart ei formell\nvennskapsavtale då Vang og Jelenia Góra underteikna ho i 1998. "
        "Kvart år reiser ei gruppe dit.\n",
        "Jelenia Góra",
        1998,
    ),
    (
        "nb",
        "Kongsvinger",
        "Vennskapsbyer\n\nLohja, Finland\nVennskapsby siden 1981.\n\nArvika, Sverige\nVennskapsavtalen med Arvika "
        "ble undertegnet i\n1976 av de to ordførerne.\n",
        "Arvika",
        1976,
    ),
    (
        "da",
        "Skive",
        "Venskabsbyer\n\nPrenzlau, Tyskland\nVenskabsby siden 1991.\n\nSkövde, Sverige\nVenskabsaftalen med "
        "Skövde blev underskrevet i\n1950 af de to borgmestre.\n",
        "Skövde",
        1950,
    ),
]

NO_START = [
    (
        "nl",
        "Duffel",
        "Onze zustergemeenten\n\nBad Honnef (Duitsland)\nDe verbroedering met Bad Honnef werd in 2013\nplechtig "
        "hernieuwd.\n",
        "Bad Honnef",
    ),
    (
        "nb",
        "Kongsvinger",
        "Vennskapsbyer\n\nArvika, Sverige\nSamarbeidet med Arvika ble avsluttet i\n2019 etter ønske fra svensk side.\n",
        "Arvika",
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "city", "year"), STARTED)
def test_a_start_year_in_a_sentence_wrapped_over_lines_dates_the_tie(rows, language, issuer, text, city, year):
    assert rows(text, language, issuer)[city][1] == year


@pytest.mark.parametrize(("language", "issuer", "text", "city"), NO_START)
def test_a_wrapped_renewal_or_ending_starts_nothing(rows, language, issuer, text, city):
    assert rows(text, language, issuer)[city][1] is None
