"""A plan's status report whose theme headings carry a number and no colon ("TEMA 1 TRANSPORT",
"Satsingsområde 2 Grønn mobilitet", "2. Bygg og energi", "Thema 3" over "Droogte") over the plan's
actions, each headed by its own word and number ("Tiltak 1.1 ...", "Actie 4 ...", "Tiltak nr. 3 ...")
and followed by its fields ("Ansvar:", "Status:"). The themes are the focus areas, in order; the action
headings never are, also when a wrapped line ran an action heading into the theme heading above it. A
sentence counting the themes ("fordelt på tre temaer") must agree with the headings read. A report of
actions only, of numbered places or project groups, or a budget follow-up gives no rows."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest


@dataclass(frozen=True)
class Report:
    title: str
    intro: str
    heading: str  # "{n}" the theme's number, "{t}" its name as written
    themes: tuple[str, ...]
    item: str  # "{n}" the theme's number, "{j}" the action's number under it, "{k}" its running number
    actions: tuple[str, ...]
    fields: tuple[str, ...]

    def text(self) -> str:
        sections, k = [self.title, self.intro], 0
        for n, theme in enumerate(self.themes, start=1):
            block = [self.heading.format(n=n, t=theme)]
            for j, action in enumerate(self.actions, start=1):
                k += 1
                block += [f"{self.item.format(n=n, j=j, k=k)} {action}", *self.fields]
            sections.append("\n".join(block))
        return "\n\n".join(sections)


DA_INTRO = (
    "Indledning\nKommunalbestyrelsen vedtog planen i 2022. Rapporten gør status på planens handlinger ved "
    "udgangen af 2025 og beskriver, hvad der er sket, og hvad der skal ske i de kommende år."
)
NB_INTRO = (
    "Innledning\nKommunestyret vedtok planen i 2021. Denne rapporten gjør opp status for tiltakene ved "
    "utgangen av 2024 og beskriver hva som er gjort, og hva som gjenstår de neste årene."
)
NN_INTRO = (
    "Innleiing\nKommunestyret vedtok planen i 2022. Denne rapporten gjer opp status for tiltaka ved "
    "utgangen av 2024 og skildrar kva som er gjort, og kva som står att dei neste åra."
)
NL_INTRO = (
    "Inleiding\nDe raad stelde het plan in 2022 vast. In deze rapportage leest u per actie hoe het ervoor "
    "staat en wat we in 2025 gaan doen om de afgesproken doelen te halen."
)

CASES = {
    "da": [
        Report(
            "Klimahandleplan 2022-2030\nStatusrapport 2025",
            DA_INTRO,
            "TEMA {n} {t}",
            ("TRANSPORT", "BYGNINGER OG ENERGI", "LANDBRUG OG NATUR"),
            "Handling {n}.{j}",
            ("Elbusser på bylinjerne", "Flere cykelstier til skolerne"),
            ("Ansvar: Teknik og Miljø", "Status: I gang"),
        ),
        Report(
            "Status på klimaplanen 2024",
            DA_INTRO + " Planens 12 handlinger er fordelt på tre temaer.",
            "Tema {n} {t}",
            ("Transport", "Energi og forsyning", "Klimatilpasning"),
            "Indsats {n}.{j}",
            ("Solceller på rådhuset", "Regnvandsbassiner i byen"),
            ("Ansvarlig: Ejendomme", "Status: Forsinket"),
        ),
        Report(
            "Klimaplan 2030\nStatusrapport 2025",
            DA_INTRO,
            "INDSATSOMRÅDE {n} {t}",
            ("TRANSPORT", "ENERGI OG BYGNINGER", "KLIMATILPASNING"),
            "Handling {k}",
            ("Grønne tage på skolerne", "Fossilfri kørsel i hjemmeplejen"),
            ("Ansvar: Vej og Park", "Tidsplan: 2025", "Status: Gennemført"),
        ),
        Report(
            "Klimahandleplan 2022-2030\nStatusrapport 2025",
            DA_INTRO + " Planen rummer 14 indsatser fordelt på fire indsatsområder.",
            "{n}. {t}",
            ("Transport", "Bygninger og energi", "Affald og ressourcer", "Landbrug og natur"),
            "Indsats {k}:",
            ("Færre tomme kilometer", "Mere genbrug i genbrugsstationerne"),
            ("Ansvar: Teknik og Miljø", "Status: I gang"),
        ),
        Report(
            "Klimaplan 2030\nStatusrapport 2025",
            DA_INTRO,
            "Tema {n}:\n{t}",
            ("Mobilitet", "Energi og forsyning", "Natur og landbrug"),
            "Handling {k}",
            ("Delebiler i landsbyerne", "Varmepumper i kommunens bygninger"),
            ("Ansvarlig enhed: Ejendomme", "Status: Ikke startet"),
        ),
    ],
    "nb": [
        Report(
            "Klima- og energiplan 2021–2030\nRapportering 2024",
            NB_INTRO,
            "TEMA {n} {t}",
            ("TRANSPORT", "BYGG OG ENERGI", "AVFALL OG FORBRUK"),
            "Tiltak {n}.{j}",
            ("Fossilfrie byggeplasser", "Ladepunkter ved rådhuset"),
            ("Ansvar: Eiendom", "Status: Pågår"),
        ),
        Report(
            "Statusrapport for klimaplanen 2024",
            NB_INTRO + " Planen har 14 tiltak fordelt på tre temaer.",
            "Tema {n} {t}",
            ("Transport", "Bygg og energi", "Landbruk"),
            "Tiltak {k}",
            ("Solceller på skolene", "Mindre matsvinn i barnehagene"),
            ("Ansvarlig: Teknisk drift", "Frist: 2025", "Status: Gjennomført"),
        ),
        Report(
            "Klimaplan 2021–2030\nStatusrapport 2024",
            NB_INTRO,
            "Satsingsområde {n} {t}",
            ("Grønn mobilitet", "Bygg og energi", "Sirkulær økonomi"),
            "Tiltak {k}",
            ("Sykkelparkering ved stasjonen", "Elektriske ferger"),
            ("Ansvar: Samferdsel", "Status: Pågår"),
        ),
        Report(
            "Klima- og miljøplan 2022–2030\nRapportering 2024",
            NB_INTRO + " Planen har 9 tiltak fordelt på tre innsatsområder.",
            "{n} {t}",
            ("TRANSPORT", "ENERGI", "NATUR OG LANDBRUK"),
            "Handling {n}.{j}:",
            ("Klimarådgivning for bønder", "Biogass i kollektivtrafikken"),
            ("Ansvarlig enhet: Landbrukskontoret", "Status: Ikke startet"),
        ),
        Report(
            "Klimaplan 2021–2030\nStatusrapport 2024",
            NB_INTRO,
            "Innsatsområde {n}.\n{t}",
            ("Transport", "Bygg og energi", "Forbruk og avfall", "Klimatilpasning"),
            "Tiltak nr. {k}",
            ("Grønne tak på skolene", "Flomsikring langs elva"),
            ("Ansvar: Eiendom", "Fremdrift: Pågår"),
        ),
    ],
    "nn": [
        Report(
            "Klimaplan for kommunen 2022–2030\nRapportering 2024",
            NN_INTRO,
            "TEMA {n} {t}",
            ("TRANSPORT", "ENERGI OG BYGG", "LANDBRUK OG NATUR"),
            "Tiltak {n}.{j}",
            ("Ladestasjonar ved kommunehuset", "Meir gang- og sykkelveg"),
            ("Ansvar: Eigedom", "Status: I gang"),
        ),
        Report(
            "Statusrapport for klimaplanen 2024",
            NN_INTRO + " Planen har 14 tiltak fordelt på tre tema.",
            "Tema {n} {t}",
            ("Transport", "Energi og bygg", "Landbruk"),
            "Tiltak {k}",
            ("Solceller på skulen", "Klimarådgjeving for bønder"),
            ("Ansvarleg: Teknisk", "Frist: 2025", "Status: Ikkje starta"),
        ),
        Report(
            "Klimaplan 2022–2030\nStatusrapport 2024",
            NN_INTRO,
            "Innsatsområde {n} {t}",
            ("Grøn mobilitet", "Bygg og energi", "Sirkulær økonomi"),
            "Tiltak {k}",
            ("Sykkelparkering ved kaia", "Elektriske ferjer"),
            ("Ansvar: Samferdsle", "Status: I gang"),
        ),
        Report(
            "Klima- og miljøplan 2022–2030\nRapportering 2024",
            NN_INTRO + " Planen har 9 tiltak fordelt på tre innsatsområde.",
            "{n}. {t}",
            ("Transport", "Energi", "Natur og landbruk"),
            "Handling {n}.{j}:",
            ("Biogass i kollektivtrafikken", "Meir tre i nye bygg"),
            ("Ansvarleg eining: Landbrukskontoret", "Status: Ferdig"),
        ),
        Report(
            "Klimaplan 2022–2030\nStatusrapport 2024",
            NN_INTRO,
            "SATSINGSOMRÅDE {n}\n{t}",
            ("TRANSPORT", "BYGG OG ENERGI", "FORBRUK OG AVFALL", "KLIMATILPASSING"),
            "Tiltak nr. {k}",
            ("Grøne tak på skulane", "Flaumsikring langs elva"),
            ("Ansvar: Eigedom", "Framdrift: I gang"),
        ),
    ],
    "nl": [
        Report(
            "Klimaatplan 2022-2030\nVoortgangsrapportage 2024",
            NL_INTRO,
            "THEMA {n} {t}",
            ("MOBILITEIT", "GEBOUWDE OMGEVING", "ENERGIEOPWEKKING"),
            "Actie {n}.{j}",
            ("Laadpalen in de wijken", "Fietsroute naar het station"),
            ("Trekker: Team Mobiliteit", "Status: Loopt"),
        ),
        Report(
            "Voortgangsrapportage Klimaatplan 2024",
            NL_INTRO + " De twaalf acties zijn verdeeld over vier thema's.",
            "Thema {n} {t}",
            ("Mobiliteit", "Gebouwde omgeving", "Energieopwekking", "Circulaire economie"),
            "Maatregel {n}.{j}",
            ("Isolatie gemeentehuis", "Zonnepanelen op scholen"),
            ("Verantwoordelijk: Vastgoed", "Planning: 2025", "Status: Vertraagd"),
        ),
        Report(
            "Uitvoeringsprogramma Klimaatadaptatie 2023-2026\nVoortgangsrapportage 2024",
            NL_INTRO,
            "Speerpunt {n} {t}",
            ("Hittestress", "Wateroverlast", "Droogte"),
            "Actie {k}",
            ("Meer bomen in de binnenstad", "Afkoppelen van daken"),
            ("Eigenaar: Openbare ruimte", "Status: Loopt"),
        ),
        Report(
            "Klimaatplan 2022-2030\nStand van zaken 2024",
            NL_INTRO + " De acties zijn verdeeld over drie thema's.",
            "{n}. {t}",
            ("Mobiliteit", "Energie", "Circulaire economie"),
            "Actie {k}:",
            ("Minder restafval", "Hergebruik bouwmaterialen"),
            ("Actiehouder: Afval", "Voortgang: Gereed"),
        ),
        Report(
            "Voortgangsrapportage Klimaatplan 2024",
            NL_INTRO,
            "Thema {n}:\n{t}",
            ("Mobiliteit", "Gebouwde omgeving", "Energieopwekking"),
            "Maatregel {k}.",
            ("Warmtenet in de binnenstad", "Deelauto's in de wijken"),
            ("Verantwoordelijke: Energie", "Status: Gereed"),
        ),
    ],
}

EXAMPLES = [(language, n) for language, cases in CASES.items() for n in range(len(cases))]


@pytest.mark.parametrize(("language", "n"), EXAMPLES)
def test_the_numbered_theme_headings_of_a_plan_report_are_its_themes_not_the_actions_under_them(labels, language, n):
    report = CASES[language][n]
    assert labels(report.text(), language) == list(report.themes)


def _wrapped(report: Report) -> str:
    """The report as a PDF transcript that ran each theme heading into the action heading below it."""
    return report.text().replace(f"\n{report.item.split(' ')[0]} ", f" {report.item.split(' ')[0]} ")


# Theme headings that open with their cue word and name the theme on the same line ("Tema 2 Bygg og
# energi"): a wrap can run the action heading below into them.
WORDED = [
    (language, n)
    for language, n in EXAMPLES
    if not CASES[language][n].heading.startswith("{n}") and "\n" not in CASES[language][n].heading
]


@pytest.mark.parametrize(("language", "n"), WORDED)
def test_an_action_heading_run_into_the_theme_heading_is_no_part_of_the_theme(labels, language, n):
    report = CASES[language][n]
    assert labels(_wrapped(report), language) == list(report.themes)


DISAGREEING_COUNTS = {
    "da": "Handlingerne er fordelt på fem temaer.",
    "nb": "Tiltakene er fordelt på fem temaer.",
    "nn": "Tiltaka er fordelt på fem tema.",
    "nl": "De acties zijn verdeeld over vijf thema's.",
}


@pytest.mark.parametrize("language", list(CASES))
def test_a_count_that_disagrees_with_the_theme_headings_gives_no_rows(labels, language):
    report = CASES[language][0]
    recounted = replace(report, intro=f"{report.intro} {DISAGREEING_COUNTS[language]}")
    assert labels(recounted.text(), language) == []


def _without_themes(report: Report) -> str:
    """The same report without its theme level: the actions' headings and their fields only."""
    blocks = [report.title, report.intro]
    for n in range(1, len(report.themes) + 1):
        for j, action in enumerate(report.actions, start=1):
            k = (n - 1) * len(report.actions) + j
            blocks.append("\n".join([f"{report.item.format(n=n, j=j, k=k)} {action}", *report.fields]))
    return "\n\n".join(blocks)


@pytest.mark.parametrize(("language", "n"), EXAMPLES)
def test_a_report_of_numbered_actions_without_theme_headings_gives_no_rows(labels, language, n):
    assert labels(_without_themes(CASES[language][n]), language) == []


LOOKALIKES = {
    "da": {
        "places": ("Bydel {n} {t}", ("Nørreby", "Sønderby", "Havnen")),
        "groups": ("{n}. {t}", ("Afsluttede projekter", "Igangværende projekter", "Projekter der ikke er startet")),
        "budget": "Budgetopfølgning 2. kvartal\nØkonomiplan 2025-2028",
        "areas": ("{n} {t}", ("TEKNIK OG MILJØ", "BØRN OG UNGE", "SUNDHED OG ÆLDRE")),
    },
    "nb": {
        "places": ("Delområde {n} {t}", ("Sentrum", "Nordbyen", "Havna")),
        "groups": ("{n}. {t}", ("Avsluttede prosjekter", "Prosjekter som pågår", "Prosjekter som ikke er startet")),
        "budget": "Tertialrapport 1 2024\nHandlings- og økonomiplan 2024–2027",
        "areas": ("{n} {t}", ("TEKNISK SEKTOR", "OPPVEKST", "HELSE OG OMSORG")),
    },
    "nn": {
        "places": ("Delområde {n} {t}", ("Sentrum", "Nordbygda", "Hamna")),
        "groups": ("{n}. {t}", ("Avslutta prosjekt", "Prosjekt som er i gang", "Prosjekt som ikkje er starta")),
        "budget": "Tertialrapport 1 2024\nØkonomiplan 2024–2027",
        "areas": ("{n} {t}", ("TEKNISK SEKTOR", "OPPVEKST", "HELSE OG OMSORG")),
    },
    "nl": {
        "places": ("Wijk {n} {t}", ("Noord", "Zuid", "Havenkwartier")),
        "groups": ("{n}. {t}", ("Afgeronde projecten", "Lopende projecten", "Nog niet gestarte projecten")),
        "budget": "Voorjaarsnota 2025\nProgrammabegroting 2025",
        "areas": ("{n} {t}", ("FYSIEK DOMEIN", "SOCIAAL DOMEIN", "BEDRIJFSVOERING")),
    },
}


@pytest.mark.parametrize("kind", ["places", "groups"])
@pytest.mark.parametrize("language", list(CASES))
def test_numbered_places_or_project_groups_over_actions_give_no_rows(labels, language, kind):
    report = CASES[language][1]
    heading, names = LOOKALIKES[language][kind]
    lookalike = replace(report, heading=heading, themes=names)
    assert labels(lookalike.text(), language) == []


@pytest.mark.parametrize("language", list(CASES))
def test_a_budget_follow_up_by_numbered_areas_gives_no_rows(labels, language):
    report = CASES[language][0]
    heading, names = LOOKALIKES[language]["areas"]
    budget = replace(report, title=LOOKALIKES[language]["budget"], heading=heading, themes=names)
    assert labels(budget.text(), language) == []
