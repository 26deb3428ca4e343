"""A line shorter than the wrap width that ends in a preposition or article ('- Kustbuffer (2024-2027): met de steun
van', 'Samtidig godkendte kommunalbestyrelsen, at') was broken by hand mid-phrase: the next line goes on with it, even
when it opens with a capitalised name ('Interreg France-Wallonie-Vlaanderen onderzoeken we ...'). Look-alikes: a
line ending in a sentence end or colon stays its own line, a short heading ending in Danish 'å' (a river) stays
over its paragraph, and a line under the join length (a label) is left alone."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise

# paragraphs of one long line each, as a web page gives them: a 40-character line is far below their width
PARAGRAPH = (
    "Kommunen arbejder sammen med andre byer og organisationer i Europa om klima, kultur og erhverv, og "
    "samarbejdet er forankret i den internationale strategi, som byrådet vedtog i foråret.\n"
)


def _text(line: str, under: str) -> str:
    return normalise([f"Overskrift\n{PARAGRAPH}{line}\n{under}\n{PARAGRAPH}"])[0]


BROKEN = [
    (
        "- Kustbuffer (2024-2027): met de steun van",
        "Interreg France-Wallonie-Vlaanderen onderzoeken we samen met Duinkerke hoe duinen de kust beschermen.",
    ),
    (
        "- Vissersdorp 2030: dankzij het",
        "Europees Fonds voor Maritieme Zaken, Visserij en Aquacultuur vernieuwen we de vismijnsite.",
    ),
    ("Samtidig godkendte byrådet, at", "Aabenraa indgår som partner i projektet GreenPort sammen med Kiel."),
    ("Ordføreren signerte i 2025 en avtale med", "Åre kommune om samarbeid innen reiseliv og fjellturisme."),
    ("Kommunen deltager i projektet sammen med", "Kiel og Aabenraa i projektet Green Harbour Cities fra 2026."),
    ("Stian Krogh (H) fremmet forslag om at", "skolen får navnet Hærland ungdomsskole."),
]

KEPT = [
    ("Klimatilpasning langs fjord og å", "Højvandet i 2024 viste, at havnefronten er sårbar over for stormflod."),
    ("Kommunen samarbejder med følgende byer:", "Kiel i Tyskland og Aabenraa i Danmark er partnere i projektet."),
    ("Projektet er afsluttet.", "Interreg Deutschland-Danmark har finansieret halvdelen af udgifterne."),
    ("Samarbejde med", "Kiel i Tyskland og Aabenraa i Danmark er partnere i projektet."),
]


@pytest.mark.parametrize(("line", "under"), BROKEN)
def test_a_short_line_ending_mid_phrase_runs_on(line, under):
    assert f"{line} {under}" in _text(line, under)


@pytest.mark.parametrize(("line", "under"), KEPT)
def test_a_line_ending_a_title_sentence_or_label_stays_its_own_line(line, under):
    assert f"{line}\n{under}" in _text(line, under)
