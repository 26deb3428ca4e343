"""A strategy whose contents name a numbered cue chapter ("3. Onze speerpunten ..... 4") followed by the next
chapters ("4. Partners ..... 6", "5. Uitvoering ..... 8"), and whose cue chapter lists its themes itself
("3.1 Arbeidsmarkt", "1. Wonen", "a) Klima"): the themes are that list. Neither the contents entries after the
cue entry nor the chapters after the cue chapter are themes, whatever marks the chapter numbers. A cue chapter
with only an intro keeps its following chapters as themes, and numbered sub-entries in the contents stay read."""

from __future__ import annotations

import pytest

CASES = {
    "nl_sub_numbered": (
        "Gemeente Zandvoort\nEuropastrategie 2027-2031\n\nInhoud\n1. Inleiding ......................... 2\n"
        "2. Onze speerpunten ................... 3\n3. Samenwerkingspartners .............. 5\n"
        "4. Uitvoering en monitoring .......... 7\n\n1. Inleiding\nZandvoort wil Europees beter meedoen.\n\n"
        "2. Onze speerpunten\nDe komende jaren richten we ons op deze speerpunten:\n  2.1  Kustveiligheid\n"
        "  2.2  Duurzaam toerisme\n  2.3  Jeugd en uitwisseling\n\n3. Samenwerkingspartners\n"
        "We werken samen met de provincie.\n\n4. Uitvoering en monitoring\nEr is jaarlijks budget beschikbaar.\n",
        "nl",
        ["Kustveiligheid", "Duurzaam toerisme", "Jeugd en uitwisseling"],
    ),
    "nl_numbered": (
        "Gemeente Baarle\nVisie op de grens 2026\n\nInhoudsopgave\n1. Aanleiding ........ 2\n"
        "2. Speerpunten ........ 3\n3. Netwerken ........ 4\n4. Planning en budget ........ 5\n\n"
        "2. Speerpunten\nHet college kiest voor deze speerpunten:\n"
        "1. Eén loket voor grensgangers\n2. Veilige dorpskernen\n3. Samen naar school\n\n"
        "3. Netwerken\nBaarle werkt samen in de Euregio.\n\n4. Planning en budget\nHet budget staat in de begroting.\n",
        "nl",
        ["Eén loket voor grensgangers", "Veilige dorpskernen", "Samen naar school"],
    ),
    "da_lettered": (
        "Tønder Kommune\nGrænsestrategi 2026-2029\n\nIndhold\n1. Forord ............. 2\n"
        "2. Indsatsområder ............. 3\n3. Samarbejdspartnere ............. 6\n"
        "4. Økonomi og opfølgning ............. 8\n\n2. Indsatsområder\nByrådet har prioriteret:\n"
        "a) Fælles arbejdsmarked\n"
        "b) Sprog i skolen\nc) Turisme ved Vadehavet\n\n3. Samarbejdspartnere\nKommunen samarbejder med Kreis "
        "Nordfriesland.\n\n4. Økonomi og opfølgning\nByrådet følger op hvert år.\n",
        "da",
        ["Fælles arbejdsmarked", "Sprog i skolen", "Turisme ved Vadehavet"],
    ),
    "nb_dashed": (
        "Sør-Varanger kommune\nStrategi for grensesamarbeid 2026-2030\n\nInnhold\n1. Innledning ........ 2\n"
        "2. Satsingsområder ........ 4\n3. Partnere og nettverk ........ 6\n4. Oppfølging og økonomi ........ 8\n\n"
        "2. Satsingsområder\nKommunestyret har valgt disse satsingsområdene:\n- Næringsliv over grensen\n"
        "- Helse og beredskap\n- Kultur og idrett\n\n3. Partnere og nettverk\nKommunen deltar i Barentssamarbeidet.\n\n"
        "4. Oppfølging og økonomi\nRådmannen rapporterer årlig.\n",
        "nb",
        ["Næringsliv over grensen", "Helse og beredskap", "Kultur og idrett"],
    ),
    "nn_sub_numbered": (
        "Aurland kommune\nInternasjonal strategi 2026-2030\n\nInnhald\n1. Innleiing ........ 2\n"
        "2. Satsingsområde ........ 3\n3. Partnarar ........ 5\n4. Gjennomføring og rapportering ........ 7\n\n"
        "2. Satsingsområde\nKommunen skal arbeide med desse satsingsområda:\n  2.1  Berekraftig reiseliv\n"
        "  2.2  Ungdom og utveksling\n\n3. Partnarar\nAurland samarbeider med Flåm AS.\n\n"
        "4. Gjennomføring og rapportering\nKommunedirektøren rapporterer kvart år.\n",
        "nn",
        ["Berekraftig reiseliv", "Ungdom og utveksling"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_cue_chapter_that_lists_its_themes_is_read_not_the_chapters_after_it(labels, case):
    text, language, expected = CASES[case]
    assert labels(text, language) == expected


def test_chapters_after_a_cue_chapter_with_only_an_intro_stay_the_themes(labels):
    text = (
        "Kommuneplanens samfunnsdel 2026-2038\n\n3. Satsingsområder\nKommunestyret har valgt tre satsingsområder.\n\n"
        "4. Trygg oppvekst\nAlle barn skal oppleve mestring i skole og fritid.\n\n"
        "5. Levende tettsteder\nSentrum skal ha boliger, handel og møteplasser.\n\n"
        "6. Grønn omstilling\nKommunen skal kutte utslipp fra transport og bygg.\n"
    )
    assert labels(text, "nb") == ["Trygg oppvekst", "Levende tettsteder", "Grønn omstilling"]


def test_numbered_sub_entries_of_a_cue_entry_stay_the_themes(labels):
    text = (
        "Klimaplan 2026\n\nIndhold\n1. Indledning ........ 2\n2. Indsatsområder ........ 3\n"
        "2.1 Energi ........ 4\n2.2 Transport ........ 6\n2.3 Landbrug ........ 8\n3. Opfølgning ........ 10\n"
    )
    assert labels(text, "da") == ["Energi", "Transport", "Landbrug"]
