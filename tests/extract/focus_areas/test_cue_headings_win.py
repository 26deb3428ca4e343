"""Themes as headings that carry the cue word ("Satsingsområde 1: Levande lokalsamfunn", "Satsingsområde B
– ...", "SATSINGSOMRÅDE 2: ...") in a kommuneplan's samfunnsdel, with an intro that names the cue word
over a list of lower-case phrases ("Satsingsområda skal bidra til:" / "- betre folkehelse"): the headings
name the themes, not the phrases. Without such headings a lower-case list stays the themes."""

from __future__ import annotations

import pytest

PLANS = {
    "nn": {
        "title": "Kommuneplanen sin samfunnsdel 2024–2036",
        "intro": "Innleiing",
        "word": "Satsingsområde",
        "leads": [
            "Satsingsområda skal bidra til:",
            "Kommunen har valt satsingsområde ut frå:",
            "Satsingsområda byggjer på:",
            "Arbeidet med satsingsområda skal gje:",
            "Innanfor satsingsområda legg vi vekt på:",
        ],
        "phrases": ["- betre folkehelse", "- fleire arbeidsplassar", "- lågare utslepp"],
        "themes": ["Levande lokalsamfunn", "Trygg oppvekst", "Klima og miljø"],
        "bodies": [
            "Vi vil ha levande bygder og eit attraktivt sentrum.",
            "Alle barn og unge skal ha ein trygg og god oppvekst i kommunen, med gode skular og barnehagar.",
            "Kommunen skal kutte utslepp og ta vare på naturen for dei som kjem etter oss.",
        ],
    },
    "nb": {
        "title": "Kommuneplanens samfunnsdel 2024–2036",
        "intro": "Innledning",
        "word": "Satsingsområde",
        "leads": [
            "Satsingsområdene skal bidra til:",
            "Kommunen har valgt satsingsområder ut fra:",
            "Satsingsområdene bygger på:",
            "Arbeidet med satsingsområdene skal gi:",
            "Innenfor satsingsområdene legger vi vekt på:",
        ],
        "phrases": ["- bedre folkehelse", "- flere arbeidsplasser", "- lavere utslipp"],
        "themes": ["Levende lokalsamfunn", "Trygg oppvekst", "Klima og miljø"],
        "bodies": [
            "Vi vil ha levende bygder og et attraktivt sentrum.",
            "Alle barn og unge skal ha en trygg og god oppvekst i kommunen, med gode skoler og barnehager.",
            "Kommunen skal kutte utslipp og ta vare på naturen for dem som kommer etter oss.",
        ],
    },
    "da": {
        "title": "Planstrategi 2024-2028",
        "intro": "Indledning",
        "word": "Indsatsområde",
        "leads": [
            "Indsatsområderne skal bidrage til:",
            "Byrådet har valgt indsatsområder ud fra:",
            "Indsatsområderne bygger på:",
            "Arbejdet med indsatsområderne skal give:",
            "Inden for indsatsområderne lægger vi vægt på:",
        ],
        "phrases": ["- bedre folkesundhed", "- flere arbejdspladser", "- lavere udledning"],
        "themes": ["Levende lokalsamfund", "Tryg opvækst", "Klima og miljø"],
        "bodies": [
            "Vi vil have levende landsbyer og en attraktiv bymidte.",
            "Alle børn og unge skal have en tryg og god opvækst i kommunen, med gode skoler og dagtilbud.",
            "Kommunen skal skære ned på udledningen og passe på naturen for dem, der kommer efter os.",
        ],
    },
    "nl": {
        "title": "Beleidsplan 2024-2028",
        "intro": "Inleiding",
        "word": "Speerpunt",
        "leads": [
            "De speerpunten moeten bijdragen aan:",
            "Het college koos de speerpunten op basis van:",
            "De speerpunten bouwen voort op:",
            "Het werk aan de speerpunten levert op:",
            "Binnen de speerpunten leggen we de nadruk op:",
        ],
        "phrases": ["- een betere gezondheid", "- meer banen", "- minder uitstoot"],
        "themes": ["Levendige kernen", "Veilig opgroeien", "Klimaat en milieu"],
        "bodies": [
            "We willen levendige dorpen en een aantrekkelijk centrum.",
            "Alle kinderen en jongeren groeien veilig op in de gemeente, met goede scholen en kinderopvang.",
            "De gemeente vermindert de uitstoot en zorgt voor de natuur voor wie na ons komt.",
        ],
    },
}

SHAPES = {
    "colon": lambda word, n, theme: f"{word} {n}: {theme}",
    "dash": lambda word, n, theme: f"{word} {n} – {theme}",
    "letter": lambda word, n, theme: f"{word} {'ABC'[n - 1]}: {theme}",
    "split": lambda word, n, theme: f"{word} {n}\n{theme}",
    "upper": lambda word, n, theme: f"{word.upper()} {n}: {theme.upper()}",
}


def plan(language: str, lead: str, shape: str | None) -> str:
    doc = PLANS[language]
    sections = [f"{doc['intro']}\n{lead}\n" + "\n".join(doc["phrases"])]
    for n, (theme, body) in enumerate(zip(doc["themes"], doc["bodies"], strict=True), start=1):
        heading = SHAPES[shape](doc["word"], n, theme) if shape else theme
        sections.append(f"{heading}\n{body}")
    return "\n\n".join([doc["title"], *sections])


CASES = [(lang, lead, shape) for lang, doc in PLANS.items() for lead, shape in zip(doc["leads"], SHAPES, strict=True)]


@pytest.mark.parametrize(("language", "lead", "shape"), CASES)
def test_cue_headings_name_the_themes_over_a_lower_case_list_before_them(labels, language, lead, shape):
    themes = PLANS[language]["themes"]
    assert labels(plan(language, lead, shape), language) == [t.upper() if shape == "upper" else t for t in themes]


@pytest.mark.parametrize("language", list(PLANS))
def test_a_lower_case_theme_list_without_cue_headings_stays_the_themes(labels, language):
    doc = PLANS[language]
    lead = {
        "nn": "Planen har tre satsingsområde:",
        "nb": "Planen har tre satsingsområder:",
        "da": "Planen har tre indsatsområder:",
        "nl": "Het plan kent drie speerpunten:",
    }[language]
    text = "\n\n".join([doc["title"], f"{doc['intro']}\n{lead}\n" + "\n".join(doc["phrases"])])
    assert labels(text, language) == [phrase[2:] for phrase in doc["phrases"]]


COUNTED_THEN_HEADINGS = [  # a counted sentence, then cue headings with numbered items under each
    (
        "nn",
        "Rapportering på folkehelseplanen 2024–2027\n\nPlanen har tre innsatsområde. Under kvart av dei "
        "rapporterer vi på tiltaka.\n\nINNSATSOMRÅDE A – Gode oppvekstmiljø\n\nTiltak A1 Gratis aktivitetskort\n"
        "Tiltaket er gjennomført.\n\nTiltak A2 Ope hall\nTilbodet er i gang.\n\nINNSATSOMRÅDE B – Aktiv kvardag\n\n"
        "Tiltak B1 Turkart\nIkkje starta.\n\nINNSATSOMRÅDE C – Inkludering\n\nTiltak C1 Møteplass\nAvslutta.\n",
        ["Gode oppvekstmiljø", "Aktiv kvardag", "Inkludering"],
    ),
    (
        "nb",
        "Status for klimaplanen 2023–2026\n\nKlimaplanen har tre satsingsområder, og hvert av dem har egne "
        "tiltak.\n\nSatsingsområde 1: Transport\nTiltak 1.1 Ladepunkter ved rådhuset\nTiltak 1.2 Sykkelveier\n\n"
        "Satsingsområde 2: Bygg og energi\nTiltak 2.1 Solceller på skolene\n\n"
        "Satsingsområde 3: Forbruk\nTiltak 3.1 Gjenbrukstorg\n",
        ["Transport", "Bygg og energi", "Forbruk"],
    ),
    (
        "da",
        "Opfølgning på sundhedspolitikken\n\nPolitikken har fire indsatsområder. Nedenfor følger status på "
        "handlingerne.\n\nINDSATSOMRÅDE 1 - Bevægelse\nHandling 1.1 Motion for seniorer\nHandling 1.2 Aktive "
        "skolegårde\n\nINDSATSOMRÅDE 2 - Kost\nHandling 2.1 Sund kantine\n\nINDSATSOMRÅDE 3 - Trivsel\n"
        "Handling 3.1 Venskabsgrupper\n\nINDSATSOMRÅDE 4 - Fællesskab\nHandling 4.1 Foreningsdag\n",
        ["Bevægelse", "Kost", "Trivsel", "Fællesskab"],
    ),
    (
        "nl",
        "Voortgang uitvoeringsprogramma duurzaamheid\n\nHet programma kent drie speerpunten. Per speerpunt "
        "staan hieronder de acties.\n\nSpeerpunt A: Energie\nActie A1 Zonnepanelen op scholen\n"
        "Actie A2 Warmtenet\n\nSpeerpunt B: Mobiliteit\nActie B1 Laadpalen\n\nSpeerpunt C: Groen\n"
        "Actie C1 Groene schoolpleinen\n",
        ["Energie", "Mobiliteit", "Groen"],
    ),
    (
        "nb",
        "Handlingsprogram for folkehelse – rapport 2025\n\nHandlingsprogrammet har to innsatsområder.\n\n"
        "INNSATSOMRÅDE 1: TRYGG OPPVEKST\n\nTiltak 1 Aktivitetskort\nGjennomført.\n\nTiltak 2 Leksehjelp\nPågår.\n\n"
        "INNSATSOMRÅDE 2: AKTIVE ELDRE\n\nTiltak 3 Seniortrim\nStilt i bero.\n",
        ["TRYGG OPPVEKST", "AKTIVE ELDRE"],
    ),
]


@pytest.mark.parametrize(("language", "text", "themes"), COUNTED_THEN_HEADINGS)
def test_cue_headings_after_a_counted_sentence_name_the_themes_not_the_lines_under_the_first(
    labels, language, text, themes
):
    assert labels(text, language) == themes


def test_a_counted_sentence_over_a_plain_list_still_reads_the_list(labels):
    text = (
        "Folkehelseplan 2024–2027\n\nPlanen har tre innsatsområder.\n\n1. Trygg oppvekst\n2. Aktive eldre\n"
        "3. Gode bomiljø\n\nInnsatsområde 1 handler om barn og unge.\n"
    )
    assert labels(text, "nb") == ["Trygg oppvekst", "Aktive eldre", "Gode bomiljø"]
