"""Themes in a table of contents that lost its line breaks (a PDF transcript): the entries after the
cue entry, up to the next page number, split where a capitalised word follows a lower-case one."""

from __future__ import annotations

import pytest

FLAT = {
    "da": [
        (
            "2 INDHOLD Forord 3 Indledning 4 Indsatsområder Grøn omstilling Børn og unge Kultur og fællesskab 6 "
            "Opfølgning 12 Økonomi 14",
            ["Grøn omstilling", "Børn og unge", "Kultur og fællesskab"],
        ),
        (
            "Indholdsfortegnelse Forord 2 Vision 3 Pejlemærker Det gode børneliv Det aktive seniorliv 5 Handleplan 9 "
            "Bilag 12",
            ["Det gode børneliv", "Det aktive seniorliv"],
        ),
        (
            "INDHOLD 1 Forord 3 Fokusområder Sundhed for alle Lighed i sundhed Mental trivsel 7 2 Indsatser 10 "
            "3 Opfølgning 15",
            ["Sundhed for alle", "Lighed i sundhed", "Mental trivsel"],
        ),
        (
            "Indhold Indledning 4 Strategiens temaer Erhverv og turisme Bosætning Natur og klima 8 Økonomi 20 "
            "Tidsplan 22",
            ["Erhverv og turisme", "Bosætning", "Natur og klima"],
        ),
        (
            "Indhold Resume 2 Indsatsområder Trafik, veje og stier Skoler og dagtilbud 4 Bilag 11 Kilder 12",
            ["Trafik, veje og stier", "Skoler og dagtilbud"],
        ),
    ],
    "nb": [
        (
            "3 INNHOLDSFORTEGNELSE FORORD 5 SAMMENDRAG 6 PLANDOKUMENT Samfunnsmål Levende lokalsamfunn Gode "
            "oppvekstvilkår for alle Grønt næringsliv 12 Strategier 23 Oppfølging 30",
            ["Levende lokalsamfunn", "Gode oppvekstvilkår for alle", "Grønt næringsliv"],
        ),
        (
            "Innhold Forord 2 Innledning 3 Satsingsområder Klima og miljø Helse og omsorg 6 Handlingsdel 14 Vedlegg 20",
            ["Klima og miljø", "Helse og omsorg"],
        ),
        (
            "INNHOLD Innledning 4 Fokusområder Trygg oppvekst Aktive eldre Et inkluderende samfunn 9 Økonomi 15 "
            "Vedlegg 18",
            ["Trygg oppvekst", "Aktive eldre", "Et inkluderende samfunn"],
        ),
        (
            "Innholdsfortegnelse Sammendrag 3 Målområder Verdiskaping, næring og arbeid Levekår 8 Arealstrategi 12 "
            "Kilder 16",
            ["Verdiskaping, næring og arbeid", "Levekår"],
        ),
        (
            "Innhold 1 Bakgrunn 3 Hovedtemaer Bolig for alle Gode bomiljø Tilgjengelighet 7 2 Tiltak 11 3 Økonomi 15",
            ["Bolig for alle", "Gode bomiljø", "Tilgjengelighet"],
        ),
    ],
    "nn": [
        (
            "Innhald Føreord 2 Innleiing 3 Satsingsområde Oppvekst og læring Folkehelse Næring og arbeid 6 "
            "Handlingsdel 14 Vedlegg 20",
            ["Oppvekst og læring", "Folkehelse", "Næring og arbeid"],
        ),
        (
            "INNHALD Samandrag 3 Hovudmål Levande bygder Trygg oppvekst 7 Strategiar 12 Oppfølging 16 Vedlegg 19",
            ["Levande bygder", "Trygg oppvekst"],
        ),
        (
            "Innhaldsliste Føreord 2 Fokusområde Klima og miljø Helse og omsorg Kultur 5 Økonomi 9 Vedlegg 13",
            ["Klima og miljø", "Helse og omsorg", "Kultur"],
        ),
        (
            "Innhald 1 Bakgrunn 3 Tema Bustad for alle Gode nærmiljø 6 2 Tiltak 10 3 Økonomi 14",
            ["Bustad for alle", "Gode nærmiljø"],
        ),
        (
            "Innhald Innleiing 2 Innsatsområde Kompetanse, arbeid og næring Reiseliv Landbruk 5 Arealdel 11 Kjelder 15",
            ["Kompetanse, arbeid og næring", "Reiseliv", "Landbruk"],
        ),
    ],
    "nl": [
        (
            "Inhoudsopgave Voorwoord 2 Inleiding 3 Speerpunten Wonen voor iedereen Werk en economie Zorg dichtbij 5 "
            "Financiën 9 Bijlagen 11",
            ["Wonen voor iedereen", "Werk en economie", "Zorg dichtbij"],
        ),
        (
            "INHOUD Samenvatting 3 Pijlers Een gezonde stad Een groene stad 6 Uitvoering 12 Begroting 14 Bijlagen 16",
            ["Een gezonde stad", "Een groene stad"],
        ),
        (
            "Inhoud 1 Inleiding 2 Hoofdthema's Aangenaam wonen Sterke kernen Vitaal buitengebied 7 2 Uitvoering 12 "
            "3 Financiën 15",
            ["Aangenaam wonen", "Sterke kernen", "Vitaal buitengebied"],
        ),
        (
            "Inhoudsopgave Voorwoord 2 Programmalijnen Energie, warmte en isolatie Klimaatadaptatie 4 Monitoring 10 "
            "Bijlagen 13",
            ["Energie, warmte en isolatie", "Klimaatadaptatie"],
        ),
        (
            "Inhoud Inleiding 3 Prioriteiten Veiligheid Onderwijs Cultuur en sport 6 Financiën 11 Tot slot 14",
            ["Veiligheid", "Onderwijs", "Cultuur en sport"],
        ),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expected"), [(lang, t, e) for lang, cases in FLAT.items() for t, e in cases]
)
def test_themes_after_the_cue_entry_of_a_run_together_table_of_contents(labels, language, text, expected):
    assert labels(text, language) == expected


NOT_THEMES = [
    ("da", "Indhold Forord 3 Indledning 4 Baggrund 6 Analyse 9 Konklusion 12 Bilag 14"),
    ("da", "Indhold Forord 3 Indsatsområder 4 Handleplan 9 Økonomi 12 Bilag 14"),
    ("nb", "Innhold Forord 2 Innledning 3 Bakgrunn 5 Metode 8 Resultater 12 Vedlegg 15"),
    ("nb", "Innhold Forord 2 Satsingsområder 4 Tiltak 8 Økonomi 12 Vedlegg 15"),
    ("nn", "Innhald Føreord 2 Innleiing 3 Bakgrunn 5 Metode 8 Resultat 12 Vedlegg 15"),
    ("nn", "Innhald Føreord 2 Satsingsområde 4 Tiltak 8 Økonomi 12 Vedlegg 15"),
    ("nl", "Inhoud Voorwoord 2 Inleiding 3 Achtergrond 5 Analyse 8 Conclusies 12 Bijlagen 15"),
    ("nl", "Inhoud Voorwoord 2 Speerpunten 4 Uitvoering 8 Financiën 12 Bijlagen 15"),
    ("da", "Indhold og speerpunkter blev drøftet. Mødet sluttede kl. 21 og næste møde er 3. maj i lokale 4 og 5."),
]


@pytest.mark.parametrize(("language", "text"), NOT_THEMES)
def test_a_contents_line_without_entries_after_its_cue_gives_no_themes(labels, language, text):
    assert labels(text, language) == []
