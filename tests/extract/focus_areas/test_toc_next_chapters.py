"""A table of contents whose numbered cue chapter ("3 Satsingsområder ..... 7") is followed by the next chapters
("4 Arealstrategi ..... 19", "5 Oppfølging ..... 24"): those are the document's other chapters, not its themes;
the themes are read where the text names them. An unnumbered cue entry followed by theme entries stays a list."""

from __future__ import annotations

import pytest

DA_THEMES = ["Grøn omstilling", "Levende landsbyer", "Sundhed for alle"]
DA_TEXT = "Kommunen samarbejder her med borgere, foreninger og erhvervsliv."
NL_THEMES = ["Betaalbaar wonen", "Een groen buitengebied", "Veilig en bereikbaar"]
NL_TEXT = "De gemeente werkt hieraan samen met inwoners en ondernemers."
DOCS = {
    "nb": (
        "Kommuneplanens samfunnsdel 2026–2038\n\nInnhold\n1 Innledning ..................... 3\n"
        "2 Visjon og hovedmål .............. 5\n3 Satsingsområder ................. 7\n"
        "4 Arealstrategi ................... 19\n5 Oppfølging og handlingsdel ...... 24\n\n1 Innledning\n"
        "Planen bygger på en bred medvirkningsprosess med innbyggere, lag og næringsliv i hele kommunen.\n\n"
        "3 Satsingsområder\nKommunestyret har valgt tre satsingsområder.\n\n"
        "Satsingsområde 1: Trygg oppvekst\n  Mål 1.1 Alle barn opplever mestring.\n\n"
        "Satsingsområde 2: Klimavennlige tettsteder\n  Mål 2.1 Jessheim utvikles grønt.\n\n"
        "Satsingsområde 3: Et mangfoldig arbeidsliv\n  Mål 3.1 Flere i arbeid.\n",
        ["Trygg oppvekst", "Klimavennlige tettsteder", "Et mangfoldig arbeidsliv"],
    ),
    "nn": (
        "Kommuneplanen sin samfunnsdel\n\nInnhald\n1 Innleiing ....................... 3\n"
        "2 Satsingsområde .................. 6\n3 Arealstrategi ................... 14\n"
        "4 Oppfølging ...................... 20\n\n2 Satsingsområde\nKommunestyret har vald tre satsingsområde.\n\n"
        "Satsingsområde 1: Gode oppvekstvilkår\n  Mål 1.1 Alle barn opplever meistring.\n\n"
        "Satsingsområde 2: Levande bygder\n  Mål 2.1 Folketalet i bygdene aukar.\n\n"
        "Satsingsområde 3: Grøn omstilling\n  Mål 3.1 Utsleppa går ned.\n",
        ["Gode oppvekstvilkår", "Levande bygder", "Grøn omstilling"],
    ),
    "da": (
        "Planstrategi 2026\n\nIndhold\n1 Indledning ...................... 3\n2 Indsatsområder .................. 5\n"
        "3 Kommuneplanrevision ............. 12\n4 Opfølgning ...................... 16\n\n2 Indsatsområder\n"
        "Byrådet har valgt tre indsatsområder.\n\n"
        + "".join(f"Indsatsområde {i}: {name}\n{DA_TEXT}\n\n" for i, name in enumerate(DA_THEMES, 1)),
        DA_THEMES,
    ),
    "nl": (
        "Omgevingsvisie 2040\n\nInhoud\n1 Inleiding ....................... 3\n2 Speerpunten ..................... 5\n"
        "3 Uitvoeringsagenda ............... 14\n4 Monitoring ...................... 18\n\n2 Speerpunten\n"
        "De raad kiest drie speerpunten.\n\n"
        + "".join(f"Speerpunt {i}: {name}\n{NL_TEXT}\n\n" for i, name in enumerate(NL_THEMES, 1)),
        NL_THEMES,
    ),
}


@pytest.mark.parametrize("language", sorted(DOCS))
def test_the_next_chapters_after_a_numbered_cue_entry_are_no_themes(labels, language):
    text, expected = DOCS[language]
    assert labels(text, language) == expected


def test_theme_entries_after_an_unnumbered_cue_entry_stay_the_themes(labels):
    text = (
        "Klimastrategi\n\nIndhold\nIndledning ..................... 2\nStrategiens fire temaer ........ 4\n"
        "Grøn transport ................. 5\nEnergi ......................... 7\nNatur .......................... 9\n"
        "Affald ......................... 11\n"
    )
    assert labels(text, "da") == ["Grøn transport", "Energi", "Natur", "Affald"]
