"""A counted sentence that lists its things itself after a colon ("hanteren we drie uitgangspunten: a, b en c")
announces that list and nothing further down: when its items are clauses, not theme names, the document's next
chapters ("3. Speerpunten", "4. Partners", "5. Uitvoering") are not read as its three themes; the themes are the
list a later cue announces. A count whose list follows on later lines or sections ("fire indsatsområder. De
beskrives nedenfor.") still reads them, and a colon list of short names is read as before."""

from __future__ import annotations

import pytest

CASES = {
    "nl_principles": (
        "Gemeente Winterswijk\nInternationale strategie 2026-2030\n\n1. Inleiding\nWinterswijk ligt aan de grens.\n\n"
        "2. Uitgangspunten\nBij deze strategie hanteren we drie uitgangspunten: internationaal werk moet lokaal iets "
        "opleveren, we werken alleen samen met partners met dezelfde vraag, en we houden de kosten laag.\n\n"
        "3. Speerpunten\nVoor deze periode kiezen we twee speerpunten:\n"
        "  3.1 Grensarbeid\n  3.2 Onderwijs over de grens\n"
        "Per speerpunt staat hieronder wat we doen.\n\n4. Partners en netwerken\nWe werken samen met Bocholt.\n\n"
        "5. Uitvoering en middelen\nEr is jaarlijks budget.\n",
        "nl",
        ["Grensarbeid", "Onderwijs over de grens"],
    ),
    "da_principles": (
        "Sønderborg Kommune\nInternational strategi 2026-2029\n\n1. Indledning\nSønderborg ligger ved grænsen.\n\n"
        "2. Principper\nStrategien bygger på tre principper: arbejdet skal gavne borgerne, vi samarbejder kun hvor "
        "partneren har samme behov, og udgifterne skal holdes nede.\n\n3. Indsatsområder\nByrådet har valgt to "
        "indsatsområder:\n  3.1 Grænsependling\n  3.2 Sprog og kultur\nHvert område har en ansvarlig chef.\n\n"
        "4. Venskabsbyer og netværk\nSønderborg samarbejder med "
        "Flensborg.\n\n5. Økonomi og opfølgning\nDer afsættes midler.\n",
        "da",
        ["Grænsependling", "Sprog og kultur"],
    ),
    "nb_principles": (
        "Kirkenes kommune\nInternasjonal strategi 2026-2030\n\n1. Innledning\nKommunen ligger ved grensen.\n\n"
        "2. Prinsipper\nStrategien bygger på tre prinsipper: arbeidet skal gi noe tilbake lokalt, vi samarbeider bare "
        "der partneren har samme behov, og kostnadene skal holdes nede.\n\n3. Satsingsområder\nKommunestyret har valgt "
        "to satsingsområder:\n  3.1 Grensehandel\n  3.2 Helse og beredskap\nHvert område har en egen leder.\n\n"
        "4. Vennskapsbyer og nettverk\nKommunen samarbeider med "
        "Nikel.\n\n5. Økonomi og oppfølging\nDet settes av midler.\n",
        "nb",
        ["Grensehandel", "Helse og beredskap"],
    ),
    "nl_conditions": (
        "Gemeente Kerkrade\nEuropastrategie 2026-2029\n\n1. Aanleiding\nKerkrade werkt samen met Herzogenrath.\n\n"
        "2. Voorwaarden\nDe raad stelt drie voorwaarden: elk project heeft een Duitse partner, de inwoners merken er "
        "iets van, en we vragen altijd subsidie aan.\n\n3. Thema's\nDe strategie kent twee thema's:\n"
        "  3.1 Eurode als één stad\n  3.2 Zorg zonder grens\nBeide thema's hebben een eigen budget.\n\n"
        "4. Netwerken en partners\nKerkrade is lid van de Euregio.\n"
        "\n5. Planning en financiën\nHet budget is bekend.\n",
        "nl",
        ["Eurode als één stad", "Zorg zonder grens"],
    ),
    "nn_principles": (
        "Eidskog kommune\nInternasjonal strategi 2026-2030\n\n1. Innleiing\nKommunen ligg ved svenskegrensa.\n\n"
        "2. Prinsipp\nStrategien byggjer på tre prinsipp: arbeidet skal gje noko lokalt, vi samarbeider berre der "
        "partnaren har same behov, og kostnadene skal haldast nede.\n\n3. Satsingsområde\nKommunestyret har valt "
        "to satsingsområde:\n  3.1 Grensehandel\n  3.2 Kultur og idrett\nKvart område har ein eigen leiar.\n\n"
        "4. Partnarar og nettverk\nKommunen samarbeider med Arvika.\n"
        "\n5. Økonomi og oppfølging\nDet vert sett av midlar.\n",
        "nn",
        ["Grensehandel", "Kultur og idrett"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_count_listing_clauses_after_its_colon_does_not_take_the_next_chapters(labels, case):
    text, language, expected = CASES[case]
    assert labels(text, language) == expected


def test_a_count_with_short_names_after_its_colon_is_read_in_the_sentence(labels):
    text = (
        "Handlingsplan for klima 2026-2029\n\nHandlingsplanen har tre indsatsområder: energi, transport og affald.\n\n"
        "Baggrund\nKommunen har haft en klimaplan siden 2015.\n\nProces\nPlanen er lavet sammen med borgerne.\n\n"
        "Ordforklaring\nCO2e er et mål for drivhusgasser.\n"
    )
    assert [label.casefold() for label in labels(text, "da")] == ["energi", "transport", "affald"]


def test_a_count_whose_list_follows_as_sections_still_reads_them(labels):
    text = (
        "Klimastrategi 2026-2030\n\nStrategien har tre indsatsområder. De beskrives nedenfor.\n\n"
        "Energi\nKommunen vil sætte solceller op på alle skoler.\n\nTransport\nFlere skal cykle til arbejde.\n\n"
        "Affald\nMere affald skal genanvendes.\n"
    )
    assert labels(text, "da") == ["Energi", "Transport", "Affald"]
