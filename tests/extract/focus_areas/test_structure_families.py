"""Focus-area families read from document structure, per language, with the lists that look alike but
are not themes: numbered cue headings behind a chapter number or a markdown mark (and a table of
contents listing them first), counted cues followed by numbered sections, themes after a copula, a
numbering word every label shares, and lists under one theme's heading or in an agenda."""

from __future__ import annotations

import pytest

# Numbered cue headings behind a chapter number or a markdown mark: (language, cue word, themes).
NUMBERED = [
    ("da", "Indsatsområde", ["Et aktivt liv", "Værdighed", "Pårørende"]),
    ("da", "Pejlemærke", ["Grøn by", "Levende landsbyer"]),
    ("da", "Fokusområde", ["Trivsel", "Læring", "Fællesskab", "Sundhed"]),
    ("da", "Strategisk spor", ["Vækst", "Bosætning", "Uddannelse"]),
    ("da", "Tema", ["Natur og friluftsliv", "Kulturarv"]),
    ("nb", "Satsingsområde", ["Oppvekst", "Helse", "Næring"]),
    ("nb", "Innsatsområde", ["Digitalisering", "Kompetanse"]),
    ("nb", "Målområde", ["Trygge lokalsamfunn", "Grønn omstilling", "Gode tjenester"]),
    ("nb", "Hovedmål", ["Livskvalitet", "Bærekraft", "Verdiskaping", "Samarbeid"]),
    ("nb", "Fokusområde", ["Brukeren i sentrum", "Medarbeidere"]),
    ("nn", "Satsingsområde", ["Folkehelse", "Klima", "Busetjing"]),
    ("nn", "Hovudmål", ["Gode oppvekstvilkår", "Eit rikt kulturliv"]),
    ("nn", "Innsatsområde", ["Kompetanse", "Samhandling", "Innovasjon"]),
    ("nn", "Målområde", ["Oppvekst og læring", "Helse og omsorg", "Samfunnsutvikling", "Natur"]),
    ("nn", "Tema", ["Bustad", "Arbeid"]),
    ("nl", "Speerpunt", ["Betaalbaar wonen", "Een sterke economie", "Duurzaamheid"]),
    ("nl", "Pijler", ["Een inclusieve samenleving", "Een duurzame gemeente"]),
    ("nl", "Programmalijn", ["Gezond en wel", "Sterk en groen", "Samen en veilig"]),
    ("nl", "Thema", ["Wonen", "Werken", "Leren", "Leven"]),
    ("nl", "Ambitie", ["Een groene stad", "Een sociale stad"]),
]

PREFIXES = [
    lambda n: f"## {{cue}} {n}: ",
    lambda n: f"{n + 1}. {{cue}} {n}: ",
    lambda n: f"{n + 1}.1 {{cue}} {n} – ",
    lambda n: f"# {{cue}} {n} - ",
    lambda n: f"{n + 2} {{cue}} {n}. ",
]


def _body(cue: str, themes: list[str], prefix) -> str:
    return "\n\n".join(f"{prefix(n).format(cue=cue)}{t}\n\nTekst om dette emne." for n, t in enumerate(themes, 1))


@pytest.mark.parametrize(("language", "cue", "themes"), NUMBERED)
@pytest.mark.parametrize("prefix", PREFIXES)
def test_numbered_cue_headings_behind_a_chapter_number_or_markdown_mark(labels, language, cue, themes, prefix):
    assert labels(_body(cue, themes, prefix), language) == themes


@pytest.mark.parametrize(("language", "cue", "themes"), NUMBERED)
def test_numbered_cue_headings_listed_in_contents_are_read_once_from_the_body(language, cue, themes):
    from pipeline.build import document_from_text
    from pipeline.extract.focus_areas import extract

    contents = "\n".join(f"{n + 1}. {cue} {n}: {t} {2 * n + 3}" for n, t in enumerate(themes, 1))
    body = "\n\n".join(f"{n + 1}. {cue} {n}: {t}\n\nTekst." for n, t in enumerate(themes, 1))
    text = f"Indhold\n\n1. Indledning 2\n{contents}\n\n1. Indledning\n\nTekst.\n\n{body}"
    rows = extract(document_from_text(text, language=language, municipality="Testkommune"))
    assert [r.label for r in rows] == themes
    assert all(row.char_start > text.index("1. Indledning\n\nTekst.") for row in rows)


# A counted cue in running text, then numbered sections with text between them.
COUNTED_SECTIONS = {
    "da": [
        "Strategien indeholder {n} indsatsområder, som beskrives nedenfor.",
        "Byrådet har vedtaget {n} fokusområder.",
        "Politikken bygger på {n} pejlemærker, der uddybes i det følgende.",
        "Vi har valgt {n} strategiske spor for perioden.",
        "Planen har {n} temaer.",
    ],
    "nb": [
        "Strategien har {n} satsingsområder, som beskrives under.",
        "Kommunestyret har vedtatt {n} innsatsområder.",
        "Planen har {n} målområder for perioden.",
        "Vi har valgt {n} fokusområder i denne planen.",
        "Kommunen har {n} satsningsområder fram mot 2030.",
    ],
    "nn": [
        "Strategien har {n} satsingsområde, som er omtala nedanfor.",
        "Kommunestyret har vedteke {n} innsatsområde.",
        "Planen har {n} målområde for perioden.",
        "Vi har valt {n} fokusområde i denne planen.",
        "Kommunen har {n} hovudmål fram mot 2030.",
    ],
    "nl": [
        "Dit beleidsplan kent {n} thema's.",
        "Het college heeft {n} speerpunten gekozen, die hieronder worden beschreven.",
        "Het akkoord rust op {n} pijlers.",
        "De omgevingsvisie benoemt {n} opgaven.",
        "Het programma kent {n} programmalijnen.",
    ],
}
NUMBER_WORDS = {"da": ["tre", "fire"], "nb": ["tre", "fire"], "nn": ["tre", "fire"], "nl": ["drie", "vier"]}
SECTION_THEMES = ["Bosætning", "Erhverv og arbejde", "Natur", "Kultur"]


@pytest.mark.parametrize(
    ("language", "sentence"), [(lang, s) for lang, sentences in COUNTED_SECTIONS.items() for s in sentences]
)
@pytest.mark.parametrize("size", [3, 4])
def test_a_counted_cue_announces_the_numbered_sections_after_it(labels, language, sentence, size):
    themes = SECTION_THEMES[:size]
    cue = sentence.format(n=NUMBER_WORDS[language][size - 3])
    sections = "\n\n".join(f"{n}. {t}\n\nHer står en forklaring af emnet." for n, t in enumerate(themes, 1))
    assert labels(f"Plan 2024-2028\n\n{cue}\n\n{sections}", language) == themes


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_a_count_that_disagrees_with_the_numbered_sections_reads_nothing(labels, language):
    cue = COUNTED_SECTIONS[language][0].format(n=NUMBER_WORDS[language][1])  # four promised
    sections = "\n\n".join(f"{n}. {t}\n\nForklaring." for n, t in enumerate(SECTION_THEMES[:3], 1))
    assert labels(f"{cue}\n\n{sections}", language) == []


# Themes named after a copula a few words past the cue, without a colon.
COPULA = {
    "da": [
        ("De fire indsatsområder i strategien er {items}.", 4),
        ("Politikkens tre pejlemærker er {items}.", 3),
        ("Indsatsområderne for de kommende år er {items}.", 3),
        ("Strategiens fem fokusområder er {items}.", 5),
        ("De strategiske spor er {items}.", 4),
    ],
    "nb": [
        ("De fire satsingsområdene i planen er {items}.", 4),
        ("Kommunens tre innsatsområder er {items}.", 3),
        ("Målområdene for perioden er {items}.", 3),
        ("Strategiens fem fokusområder er {items}.", 5),
        ("Satsningsområdene i handlingsplanen er {items}.", 4),
    ],
    "nn": [
        ("Dei fire satsingsområda i planen er {items}.", 4),
        ("Kommunen sine tre innsatsområde er {items}.", 3),
        ("Målområda for perioden er {items}.", 3),
        ("Strategien sine fem fokusområde er {items}.", 5),
        ("Hovudmåla i planen er {items}.", 4),
    ],
    "nl": [
        ("De vijf speerpunten van dit akkoord zijn {items}.", 5),
        ("De drie pijlers van het beleid zijn {items}.", 3),
        ("De prioriteiten van het college zijn {items}.", 3),
        ("De programmalijnen van de omgevingsvisie zijn {items}.", 4),
        ("De vier speerpunten luiden {items}.", 4),
    ],
}
ITEMS = {
    "da": ["bosætning", "erhverv", "grøn omstilling", "kultur", "sundhed"],
    "nb": ["bolyst", "næringsutvikling", "klima", "kultur", "folkehelse"],
    "nn": ["busetjing", "næringsutvikling", "klima", "kultur", "folkehelse"],
    "nl": ["wonen", "werken", "zorg", "klimaat", "veiligheid"],
}
AND = {"da": "og", "nb": "og", "nn": "og", "nl": "en"}


@pytest.mark.parametrize(("language", "frame", "size"), [(lang, f, n) for lang, fs in COPULA.items() for f, n in fs])
def test_themes_named_after_a_copula_without_a_colon(labels, language, frame, size):
    items = ITEMS[language][:size]
    listed = f"{', '.join(items[:-1])} {AND[language]} {items[-1]}"
    text = f"Strategi 2025\n\n{frame.format(items=listed)}"
    assert labels(text, language) == items


COPULA_NOT = {
    "da": [
        "Indsatsområderne er vedtaget af byrådet i 2023 og gælder til 2027.",
        "De fire indsatsområder er beskrevet i bilag 2, og de følges op hvert år.",
        "Temaerne er ikke prioriteret i forhold til hinanden.",
        "Fokusområderne er udvalgt efter dialog med borgere og foreninger.",
        "De tre pejlemærker er et resultat af en lang proces.",
    ],
    "nb": [
        "Satsingsområdene er vedtatt av kommunestyret og gjelder til 2027.",
        "De fire innsatsområdene er beskrevet i vedlegg 2, og de følges opp hvert år.",
        "Målområdene er ikke rangert etter viktighet.",
        "Fokusområdene er valgt etter dialog med innbyggere og lag.",
        "De tre hovedmålene er et resultat av en lang prosess.",
    ],
    "nn": [
        "Satsingsområda er vedtekne av kommunestyret og gjeld til 2027.",
        "Dei fire innsatsområda er omtala i vedlegg 2, og dei blir følgde opp kvart år.",
        "Målområda er ikkje rangerte etter kor viktige dei er.",
        "Fokusområda er valde etter dialog med innbyggjarar og lag.",
        "Dei tre hovudmåla er eit resultat av ein lang prosess.",
    ],
    "nl": [
        "De speerpunten zijn vastgesteld door de raad en worden jaarlijks geëvalueerd.",
        "De vier pijlers zijn uitgewerkt in bijlage 2, en we volgen ze elk jaar.",
        "De thema's zijn niet in volgorde van belangrijkheid geplaatst.",
        "De programmalijnen zijn gekozen na gesprekken met inwoners en verenigingen.",
        "De drie speerpunten zijn het resultaat van een lang proces.",
    ],
}


@pytest.mark.parametrize(("language", "sentence"), [(lang, s) for lang, ss in COPULA_NOT.items() for s in ss])
def test_a_copula_before_running_text_names_no_themes(labels, language, sentence):
    assert labels(f"Strategi 2025\n\n{sentence}", language) == []


# A counted sentence opening with a goal noun still announces the themes.
GOAL_NOUN_COUNTED = {
    "da": [
        "Målene er samlet i tre indsatsområder:",
        "Mål og indsatser er delt i tre temaer:",
        "Målsætningerne er ordnet under tre fokusområder:",
        "Målene hører til tre pejlemærker:",
        "Mål for perioden falder i tre indsatsområder:",
    ],
    "nb": [
        "Målene er samlet i tre satsingsområder:",
        "Mål og tiltak er delt inn i tre innsatsområder:",
        "Målene hører til tre målområder:",
        "Mål for perioden er ordnet under tre fokusområder:",
        "Målene er fordelt på tre satsningsområder:",
    ],
    "nn": [
        "Måla i planen er delte i tre innsatsområde:",
        "Mål og tiltak er delte inn i tre satsingsområde:",
        "Måla høyrer til tre målområde:",
        "Mål for perioden er ordna under tre fokusområde:",
        "Måla er fordelte på tre satsingsområde:",
    ],
    "nl": [
        "Doelen zijn ondergebracht in drie speerpunten:",
        "De doelen vallen onder drie pijlers:",
        "Doelstellingen zijn gegroepeerd in drie thema's:",
        "Resultaten zijn geordend naar drie programmalijnen:",
        "Doelen en acties horen bij drie speerpunten:",
    ],
}
THREE = ["Oppvekst og læring", "Helse og omsorg", "Samfunnsutvikling"]


@pytest.mark.parametrize(("language", "sentence"), [(lang, s) for lang, ss in GOAL_NOUN_COUNTED.items() for s in ss])
def test_a_counted_goal_noun_sentence_announces_the_themes(labels, language, sentence):
    items = "\n".join(f"{n}. {t}" for n, t in enumerate(THREE, 1))
    assert labels(f"{sentence}\n\n{items}\n", language) == THREE


# Not themes: the list under a heading naming one theme (its goals or actions).
ONE_THEME = {
    "da": [
        "Fokusområde: Sundhed",
        "Indsatsområde: Trivsel",
        "Tema: Klima",
        "Pejlemærke – Grøn by",
        "Fokusområde Læring",
    ],
    "nb": ["Satsingsområde: Helse", "Fokusområde: Trivsel", "Tema: Klima", "Innsatsområde – Bolig", "Målområde Læring"],
    "nn": [
        "Satsingsområde: Helse",
        "Fokusområde: Trivsel",
        "Tema: Klima",
        "Innsatsområde – Bustad",
        "Målområde Læring",
    ],
    "nl": ["Speerpunt: Gezondheid", "Thema: Klimaat", "Pijler: Wonen", "Speerpunt – Economie", "Programmalijn Leren"],
}
LEAD = {"da": "Vi vil:", "nb": "Vi skal:", "nn": "Vi skal:", "nl": "Wij gaan:"}
ACTIONS = {
    "da": ["Tilbyde rygestop", "Åbne flere motionshold", "Uddele frugt"],
    "nb": ["Tilby røykeslutt", "Åpne flere treningsgrupper", "Dele ut frukt"],
    "nn": ["Tilby røykeslutt", "Opne fleire treningsgrupper", "Dele ut frukt"],
    "nl": ["Stoppen met roken aanbieden", "Meer sportgroepen openen", "Fruit uitdelen"],
}


@pytest.mark.parametrize(("language", "heading"), [(lang, h) for lang, hs in ONE_THEME.items() for h in hs])
def test_the_list_under_one_themes_heading_is_no_list_of_themes(labels, language, heading):
    bullets = "\n".join(f"- {a}" for a in ACTIONS[language])
    assert labels(f"{heading}\n\n{LEAD[language]}\n{bullets}\n", language) == []


# Not themes: a cue word in an item of an agenda or a day's programme.
AGENDA = {
    "da": [
        ("Dagsorden:", "Fokusområder 2025"),
        ("Dagsorden for mødet", "Status på indsatsområder"),
        ("Program for dagen:", "Oplæg om pejlemærker"),
        ("Agenda", "Drøftelse af temaer for strategien"),
        ("Dagsorden:", "Nye indsatsområder"),
    ],
    "nb": [
        ("Agenda for møtet:", "Satsingsområder 2025"),
        ("Dagsorden", "Status for innsatsområdene"),
        ("Program for dagen:", "Innledning om målområder"),
        ("Agenda", "Drøfting av fokusområder"),
        ("Dagsorden:", "Nye satsingsområder"),
    ],
    "nn": [
        ("Agenda for møtet:", "Satsingsområde 2025"),
        ("Dagsorden", "Status for innsatsområda"),
        ("Dagsprogram:", "Innleiing om målområde"),
        ("Agenda", "Drøfting av fokusområde"),
        ("Dagsorden:", "Nye satsingsområde"),
    ],
    "nl": [
        ("Agenda:", "Speerpunten 2025"),
        ("Agenda van de vergadering", "Stand van zaken pijlers"),
        ("Dagprogramma:", "Presentatie over de programmalijnen"),
        ("Agenda", "Bespreking thema's van de visie"),
        ("Agenda:", "Nieuwe speerpunten"),
    ],
}
OTHER_POINTS = {
    "da": ["Budget 2026", "Eventuelt"],
    "nb": ["Budsjett 2026", "Eventuelt"],
    "nn": ["Budsjett 2026", "Eventuelt"],
    "nl": ["Begroting 2026", "Rondvraag"],
}


@pytest.mark.parametrize(("language", "lead", "point"), [(lang, a, p) for lang, ps in AGENDA.items() for a, p in ps])
def test_a_cue_word_in_an_agenda_item_announces_nothing(labels, language, lead, point):
    points = [point, *OTHER_POINTS[language]]
    text = f"{lead}\n" + "\n".join(f"{n}. {p}" for n, p in enumerate(points, 1))
    assert labels(text, language) == []


# Numbered cue headings whose number and label stand without a separator ("Fokusområde 1 Trivsel").
@pytest.mark.parametrize(("language", "cue", "themes"), NUMBERED)
def test_numbered_cue_headings_without_a_separator(labels, language, cue, themes):
    text = "\n\n".join(f"{cue} {n} {t}\n\nTekst om dette emne." for n, t in enumerate(themes, 1))
    assert labels(text, language) == themes


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Indsatsområde 1 blev evalueret i 2023.\n\nIndsatsområde 2 fortsætter uændret."),
        ("nb", "Satsingsområde 1 ble evaluert i 2023.\n\nSatsingsområde 2 fortsetter som før."),
        ("nn", "Satsingsområde 1 vart evaluert i 2023.\n\nSatsingsområde 2 held fram som før."),
        ("nl", "Speerpunt 1 is in 2023 geëvalueerd.\n\nSpeerpunt 2 loopt ongewijzigd door."),
        ("nl", "Thema 1 en 2 zijn besproken in de commissie."),
    ],
)
def test_a_numbered_cue_word_in_running_text_is_no_heading(labels, language, text):
    assert labels(text, language) == []
