"""An unnumbered contents entry carrying the cue word ("De beleidsdoelstellingen ..... 6") whose chapter stands
in the text below: the entries after it, marked as it is ("Prioritaire acties ..... 9"), are the document's next
chapters, not its themes; the themes are read in that chapter. Sub-entries marked otherwise ("1. Wonen ..... 7")
stay the themes, and so do the entries of a contents with no chapter of that name below it."""

from __future__ import annotations

import pytest

CASES = {
    "nl_coded": (
        "Gemeente Voorbeeld\nMeerjarenplan 2026-2031\n\nInhoud\nVoorwoord ........ 3\n"
        "De beleidsdoelstellingen ........ 5\nPrioritaire en overige acties ........ 9\n"
        "Financiële doelstellingen ........ 12\n\n"
        "Voorwoord\nDit plan bouwt voort op het bestuursakkoord.\n\n"
        "De beleidsdoelstellingen\nHet bestuur kiest voor vier beleidsdoelstellingen:\n\n"
        "BD1  Een warme gemeente voor jong en oud\nBD2  Een groene en klimaatrobuuste gemeente\n"
        "BD3  Veilig fietsen en wandelen\nBD4  Een bruisend centrum\n\n"
        "Prioritaire en overige acties\nElke doelstelling krijgt acties.\n"
        "\nFinanciële doelstellingen\nDe schuld daalt.\n",
        [
            "Een warme gemeente voor jong en oud",
            "Een groene en klimaatrobuuste gemeente",
            "Veilig fietsen en wandelen",
            "Een bruisend centrum",
        ],
    ),
    "nl_bullets": (
        "Omgevingsvisie Buitendorp\n\nInhoudsopgave\nInleiding ..... 2\nOnze speerpunten ..... 4\n"
        "Samenwerking in de regio ..... 8\nOnze partners ..... 10\n\nInleiding\nDe visie kijkt vooruit naar 2040.\n\n"
        "Onze speerpunten\nDe raad koos drie speerpunten:\n- Betaalbaar wonen\n- Sterke kernen\n- Schone energie\n\n"
        "Samenwerking in de regio\nWe werken samen met de buren.\n",
        ["Betaalbaar wonen", "Sterke kernen", "Schone energie"],
    ),
    "da": (
        "Klimastrategi 2030\n\nIndhold\nForord ........ 2\nStrategiens indsatsområder ........ 3\n"
        "Samarbejde med borgerne ........ 8\nØkonomiske pejlemærker ........ 11\n"
        "\nForord\nStrategien gælder til 2030.\n\n"
        "Strategiens indsatsområder\nByrådet har valgt tre indsatsområder:\n"
        "1. Grøn transport\n2. Vedvarende energi\n3. Natur og vand\n"
        "\nSamarbejde med borgerne\nVi inddrager borgerne.\n",
        ["Grøn transport", "Vedvarende energi", "Natur og vand"],
    ),
    "nb": (
        "Kommuneplanens samfunnsdel\n\nInnhold\nForord ........ 2\nSatsingsområder ........ 4\n"
        "Samarbeid i regionen ........ 10\nDigitale tjenester ........ 14\n\nForord\nPlanen gjelder til 2038.\n\n"
        "Satsingsområder\nKommunestyret har valgt tre satsingsområder:\n"
        "• Trygg oppvekst\n• Levende sentrum\n• Grønn næring\n\n"
        "Samarbeid i regionen\nVi samarbeider med nabokommunene.\n",
        ["Trygg oppvekst", "Levende sentrum", "Grønn næring"],
    ),
    "nn": (
        "Kommuneplanen sin samfunnsdel\n\nInnhald\nInnleiing ........ 2\nSatsingsområde ........ 4\n"
        "Samarbeid med lag og organisasjonar ........ 9\n"
        "Folkehelse i alt vi gjer ........ 13\n\nInnleiing\nPlanen gjeld til 2036.\n\n"
        "Satsingsområde\nKommunestyret har vald tre satsingsområde:\n"
        "- Gode oppvekstvilkår\n- Levande bygder\n- Grøn omstilling\n\n"
        "Samarbeid med lag og organisasjonar\nVi samarbeider med laga.\n",
        ["Gode oppvekstvilkår", "Levande bygder", "Grøn omstilling"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_entries_after_a_cue_entry_with_its_chapter_are_no_themes(labels, case):
    text, expected = CASES[case]
    assert labels(text, case[:2]) == expected


def test_sub_entries_marked_otherwise_stay_the_themes(labels):
    text = (
        "Erhvervsstrategi 2026-2029\n\nINDHOLD\nForord ........ 2\nStrategiens fire indsatsområder ........ 3\n"
        "  1. Grøn logistik ........ 4\n  2. Flere i job ........ 5\n  3. Nye virksomheder ........ 6\n"
        "  4. Levende bymidter ........ 7\nBilag ........ 9\n\nFORORD\nStrategien bygger på dialog.\n\n"
        "STRATEGIENS FIRE INDSATSOMRÅDER\n\n1. Grøn logistik\nVi vil omstille transporten.\n\n"
        "2. Flere i job\nAlle unge skal have en plan.\n\n3. Nye virksomheder\nEt iværksætterhus.\n\n"
        "4. Levende bymidter\nByudvikling ved stationerne.\n"
    )
    assert labels(text, "da") == ["Grøn logistik", "Flere i job", "Nye virksomheder", "Levende bymidter"]


def test_entries_of_a_contents_without_that_chapter_below_stay_the_themes(labels):
    text = (
        "Beleidsplan 2030\n\nInhoud\nInleiding ..... 2\nDe vier speerpunten ..... 4\nWonen ..... 5\n"
        "Werken ..... 7\nZorg ..... 9\nNatuur ..... 11\n"
    )
    assert labels(text, "nl") == ["Wonen", "Werken", "Zorg", "Natuur"]
