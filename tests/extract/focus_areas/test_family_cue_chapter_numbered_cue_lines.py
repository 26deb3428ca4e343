"""A numbered cue chapter ("2. Indsatsområder") whose own text lists its themes as lines carrying the cue word
and a number ("Indsatsområde 1  Design", "Tema 2: Klima"), followed by the document's other chapters ("3. Venskabsbyer
og partnerskaber", "4. Netværk"): the themes are the cue-numbered lines, not the chapters after the cue chapter.
Text may stand between the list and the next chapter ("Tværgående principper: ..."). A body line that only opens
with the cue word and a number in running text ("Indsatsområde 1 og 2 hænger sammen.") lists nothing: the chapters
after stay the themes."""

from __future__ import annotations

import pytest

CASES = {
    "da_two_spaces": (
        "Vejle Kommune\nInternational strategi 2027-2030\n\n1. Forord\nVejle vil samarbejde mere med udlandet.\n\n"
        "2. Indsatsområder\n  Indsatsområde 1  Vand og klima\n  Indsatsområde 2  Robotteknologi\n"
        "  Indsatsområde 3  Turisme\nDe gælder for hele kommunen.\n\n3. Venskabsbyer\nVejle har venskabsbyer.\n\n"
        "4. Netværk\nKommunen er medlem af flere netværk.\n\n5. Opfølgning\nByrådet følger op årligt.\n",
        "da",
        ["Vand og klima", "Robotteknologi", "Turisme"],
    ),
    "da_colon_with_text_between": (
        "Aarhus Kommune\nEuropastrategi 2026\n\n1. Indledning\nStrategien gælder i fire år.\n\n"
        "2. Temaer\nTema 1: Grøn mobilitet\nVi vil have flere cykler.\nTema 2: Kultur og events\n"
        "Vi vil tiltrække flere events.\nBegge følges op hvert "
        "år.\n\n3. Partnerskaber\nAarhus samarbejder med Bergen.\n\n"
        "4. Netværk\nAarhus er medlem af Eurocities.\n\n5. Økonomi\nDer er afsat midler.\n",
        "da",
        ["Grøn mobilitet", "Kultur og events"],
    ),
    "nl_dash": (
        "Gemeente Venlo\nInternationaal beleid 2026-2030\n\n1. Inleiding\nVenlo ligt aan de grens.\n\n"
        "2. Speerpunten\nSpeerpunt 1 – Logistiek en handel\nSpeerpunt 2 – Onderwijs over de grens\n"
        "Speerpunt 3 – Zorg\nElk heeft een eigen wethouder.\n\n3. Partners\nWe werken samen met Nettetal.\n\n"
        "4. Netwerken\nVenlo is lid van de Euregio.\n\n5. Financiën\nHet budget is beperkt.\n",
        "nl",
        ["Logistiek en handel", "Onderwijs over de grens", "Zorg"],
    ),
    "nb_lettered": (
        "Narvik kommune\nStrategi for internasjonalt samarbeid 2026-2029\n\n1. Innledning\nNarvik er en havneby.\n\n"
        "2. Satsingsområder\nSatsingsområde A: Arktisk næringsliv\nSatsingsområde B: Utdanning\n"
        "Satsingsområde C: Kultur\nDe gjelder hele planperioden.\n\n3. Vennskapsbyer\nNarvik har vennskapsbyer.\n\n"
        "4. Nettverk\nNarvik er med i Barentsrådet.\n\n5. Oppfølging\nRådmannen rapporterer årlig.\n",
        "nb",
        ["Arktisk næringsliv", "Utdanning", "Kultur"],
    ),
    "nn_numbered_colon": (
        "Voss herad\nInternasjonal strategi 2026-2030\n\n1. Innleiing\nVoss vil vere ein open stad.\n\n"
        "2. Satsingsområde\nSatsingsområde 1: Reiseliv og friluftsliv\nSatsingsområde 2: Ungdom\n"
        "Dei gjeld for heile planperioden.\n\n3. Partnarar\nVoss samarbeider med Tirol.\n\n"
        "4. Nettverk\nVoss er med i Fjellnettverket.\n\n5. Oppfølging\nKommunedirektøren rapporterer.\n",
        "nn",
        ["Reiseliv og friluftsliv", "Ungdom"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_cue_numbered_lines_in_the_cue_chapter_are_the_themes_not_the_chapters_after_it(labels, case):
    text, language, expected = CASES[case]
    assert labels(text, language) == expected


def test_running_text_opening_with_a_numbered_cue_word_keeps_the_chapters_after(labels):
    text = (
        "Kommuneplan 2026-2038\n\n3. Indsatsområder\nIndsatsområde 1 og 2 hænger tæt sammen.\n"
        "Byrådet har valgt tre indsatsområder.\n\n4. Trygge børn\nAlle børn skal trives i skole og fritid.\n\n"
        "5. Levende byer\nByerne skal have boliger og handel.\n\n6. Grøn omstilling\nKommunen skal kutte udledninger.\n"
    )
    assert labels(text, "da") == ["Trygge børn", "Levende byer", "Grøn omstilling"]


def test_a_cue_chapter_with_only_an_intro_keeps_the_chapters_after(labels):
    text = (
        "Kommuneplanens samfunnsdel 2026-2038\n\n3. Satsingsområder\nKommunestyret har valgt to satsingsområder.\n\n"
        "4. Gode oppvekstvilkår\nAlle barn skal oppleve mestring.\n"
        "\n5. Grønn omstilling\nKommunen skal kutte utslipp.\n"
    )
    assert labels(text, "nb") == ["Gode oppvekstvilkår", "Grønn omstilling"]
