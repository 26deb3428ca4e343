"""Metadata inference: issuer, country, doc_type and title rules, and accuracy floors on gold."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pipeline.build import document_from_text
from pipeline.evaluate import similarity
from pipeline.text.language import detect
from pipeline.text.metadata import country, doc_type, infer, municipality, title

SHARED = Path(os.environ.get("PIPELINE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
GOLD_SETS = [(SHARED / "seeds", SHARED / "gold"), (SHARED / "dev" / "docs", SHARED / "dev" / "gold")]
needs_shared = pytest.mark.skipif(
    not (SHARED / "dev" / "gold").is_dir(),
    reason=f"no dev gold at {SHARED}/dev/gold (a fresh clone has no ../shared; set PIPELINE_SHARED)",
)


FLOORS = {"municipality": 0.62, "country": 0.95, "doc_type": 0.88, "title": 0.64}


def _gold_documents() -> list[tuple[str, str, dict]]:
    return [
        (
            path.stem,
            path.read_text(encoding="utf-8"),
            json.loads((gold / f"{path.stem}.json").read_text(encoding="utf-8"))["document"],
        )
        for docs, gold in GOLD_SETS
        for path in sorted(docs.glob("*.txt"))
    ]


def test_issuer_is_the_most_frequent_kommune_pattern_with_genitive_dropped():
    text = (
        "Aalborg Kommunes venskabsbyer\n\nAalborg Kommune samarbejder med Aarhus Kommune om "
        "turisme. At Aalborg Kommune deltager i netværket er besluttet."
    )
    assert municipality(text) == "Aalborg"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kommunestyret i Verdal behandlet saken 31.01.00 og vedtok innstillingen.", "Verdal"),
        ("Wij verwelkomen Gemeente Elburg als lid. De gemeente Elburg steunt het klimaat.", "Elburg"),
        ("Het college van burgemeester en wethouders van Nunspeet stelt voor het plan vast te stellen.", "Nunspeet"),
        ("TRONDHEIM KOMMUNE\nSaksprotokoll for bystyret", "Trondheim"),
        ("Stryn kommune har vedteke kommuneplanen sin samfunnsdel.", "Stryn"),
        ("Internasjonal strategi Trondheim kommune 2019 - 2022", "Trondheim"),
    ],
)
def test_issuer_patterns_of_each_language_give_the_canonical_name(text: str, expected: str):
    assert municipality(text) == expected


def test_issuer_mentioned_at_the_top_beats_partner_municipalities_named_later_and_lines_stay_apart():
    body = "Tekst om byene. " * 40
    text = f"Vennskapsbyer\n\nMolde kommune samarbeider med tre byer.\n{body}Vejle kommunes nettsider"
    assert municipality(text) == "Molde"


@pytest.mark.parametrize(
    "text",
    [
        "Programma van de dag, met sprekers uit de regio en discussie met de zaal.",
        "Sprekers: iemand van gemeente Amsterdam, iemand van gemeente Breda en iemand van gemeente Deventer.",
    ],
)
def test_no_issuer_or_no_clear_leader_gives_none(text: str):
    assert municipality(text) is None


@pytest.mark.parametrize(("language", "expected"), [("da", "DK"), ("nb", "NO"), ("nn", "NO"), ("nl", "NL")])
def test_country_follows_the_language(language: str, expected: str):
    assert country("Een tekst zonder aanwijzingen over het land.", language) == expected


def test_flemish_cues_make_dutch_text_belgian_only_when_well_supported():
    flemish = "Het college van burgemeester en schepenen van de stad. De Vlaamse overheid en het OCMW in Vlaanderen."
    assert country(flemish, "nl") == "BE"
    assert country("De stad ondertekende het convenant.", "nl") == "NL"
    mixed = "Gemeentelijk beleid in Vlaanderen, Vereniging van Vlaamse Steden; hoe staat Nederland ervoor in Nederland?"
    assert country(mixed, "nl") == "NL"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Saksprotokoll\n\nUtvalg: Bystyret\nVedtak: Innstillingen ble vedtatt.", "case_protocol"),
        ("da", "Beslutningsprotokol\n\nmandag den 27. marts 2023\nGodkendt.", "case_protocol"),
        ("da", "Evaluering af den internationale politik 2010-2013\n\nIndledning\nPolitikken udløb.", "evaluation"),
        ("nl", "Jaarverslag 2022\n\nIn dit verslag leest u wat de gemeente heeft gedaan.", "report"),
        ("nl", "Collegeprogramma 2018-2022\n\nDe belangrijkste thema's zijn:", "programme"),
        ("nn", "Kommuneplanen - samfunnsdel\n\nKommuneplanen er det overordna styringsdokumentet.", "strategy"),
        ("nb", "Vennskapsbyer\n\nByen har tre vennskapsbyer i Norden.", "other"),
    ],
)
def test_doc_type_comes_from_cue_words_in_the_head(language: str, text: str, expected: str):
    assert doc_type(text, title(text), language) == expected


def test_a_topic_word_deep_in_the_body_does_not_set_the_doc_type():
    text = "Vennskapsbyer\n\n" + "Byen har mange vennskapsbyer.\n" * 20 + "Det er en del av kommunens strategi."
    assert doc_type(text, title(text), "nb") == "other"


def test_adjective_strategiske_is_no_strategy_cue():
    text = "Vennskapsbysamarbeid mot avslutning\n\nKommunen satser på mer strategiske forbindelser."
    assert doc_type(text, title(text), "nb") == "other"


def test_title_skips_web_noise_case_headers_and_genre_labels():
    text = "14 minute read\n\nSaksdokumenter - sak PS 0087/19\n\n Notat\nEvaluering af den internationale politik.\n"
    assert title(text) == "Evaluering af den internationale politik"


def test_title_prefers_a_markdown_heading_over_a_letterhead():
    text = "**POLITIK OG ORGANISATION**\nRådhuset\nDato: 27. maj 2020\n\n## **International strategi for Byen**\n"
    assert title(text) == "International strategi for Byen"


def test_repeated_banner_is_skipped_but_a_repeated_title_is_kept():
    banner = "Events\n\nEvents\n\nBijeenkomst over internationale samenwerking\n\nProgramma van de middag."
    assert title(banner) == "Bijeenkomst over internationale samenwerking"
    repeated = "Vennskapsbyer\n\nVennskapsbyer\n\nByen har et langt og tradisjonsrikt samarbeid med tre nordiske byer."
    assert title(repeated) == "Vennskapsbyer"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vesterby Kommune\n\nKlimahandleplan 2025-2030\n\nIndledning", "Klimahandleplan 2025-2030"),
        ("NORDFJELL KOMMUNE\tMøteprotokoll\n\nUtvalg: Kommunestyret", "Møteprotokoll"),
        ("Gemeente Westerdam – Besluitenlijst openbare raad\n\n1. Opening", "Besluitenlijst openbare raad"),
        ("Stad Oosterkerke – Meerjarenplan 2026-2031\n\nStrategische nota", "Meerjarenplan 2026-2031"),
        ("Forside › Politikk › Internasjonalt\n\nVennskapsbyer og nettverk\n\nKommunen har tre vennskapsbyer.",
         "Vennskapsbyer og nettverk"),
        ("Sørdal herad\n\nKommuneplanen sin samfunnsdel 2026–2038", "Kommuneplanen sin samfunnsdel 2026–2038"),
        ("Østby Kommune · Politikker og strategier\n\nSundhedspolitik 2026-2030", "Sundhedspolitik 2026-2030"),
        ("Hjem / Om kommunen / Vennskapsbyer\n\nVennskapsbyer og samarbeid", "Vennskapsbyer og samarbeid"),
        ("Nordø Regionskommune\n\nVenskabsbyer", "Venskabsbyer"),
    ],
)
def test_title_skips_the_issuers_name_and_the_pages_path_that_open_the_head(text, expected):
    assert title(text) == expected


@pytest.mark.parametrize("text", ["Stad van kansen\n\nOnze ambitie", "Kommune 2030 – strategi\n\nInnledning"])
def test_a_title_that_opens_with_a_word_for_municipality_is_kept(text):
    assert title(text) == text.split("\n")[0]


def test_short_meeting_title_is_joined_with_its_date_line():
    text = "Raadsvergadering\n\nmaandag 17 juli 2023\n\n16:00 - 23:00"
    assert title(text) == "Raadsvergadering 17 juli 2023"


def test_text_without_a_title_line_falls_back_to_its_first_sentence():
    sentence = "Dit is het gevolg van een motie die met een krappe meerderheid werd aangenomen door de raad"
    assert title(f"{sentence}. Meer tekst volgt.") == sentence


def test_infer_on_empty_text_finds_nothing():
    assert infer("", "und") == {"municipality": None, "country": None, "doc_type": "other", "title": None}


def test_manifest_values_win_over_inferred_ones_in_build():
    text = "International strategi for Ballerup Kommune\n\nBallerup Kommune har tradition for internationalt udsyn."
    doc = document_from_text(text, municipality="Herlev")
    assert doc.municipality == "Herlev"
    assert (doc.country, doc.doc_type, doc.title) == ("DK", "strategy", "International strategi for Ballerup Kommune")


@needs_shared
def test_seed_documents_get_their_gold_municipality_country_and_doc_type():
    for stem, text, gold in _gold_documents()[:5]:
        found = infer(text, detect(text)[0])
        assert (found["municipality"], found["country"], found["doc_type"]) == (
            gold["municipality"],
            gold["country"],
            gold["doc_type"],
        ), stem


@needs_shared
def test_accuracy_on_seeds_and_dev_set_stays_above_measured_floors():
    docs = _gold_documents()
    right = {"municipality": 0, "country": 0, "doc_type": 0, "title": 0}
    for _, text, gold in docs:
        found = infer(text, gold["language"])
        for key in ("municipality", "country", "doc_type"):
            right[key] += found[key] == gold[key]
        # the title is right as `pipeline evaluate` counts it: the measure the project reports
        right["title"] += similarity(found["title"], gold["title"]) >= 85
    share = {key: value / len(docs) for key, value in right.items()}
    # floors a little under the measured shares: a rule change must not lose ground. Many dev texts
    # never name their municipality (the gold takes it from the page address), which caps that share.
    assert share["municipality"] >= FLOORS["municipality"] and share["country"] >= FLOORS["country"]
    assert share["doc_type"] >= FLOORS["doc_type"] and share["title"] >= FLOORS["title"]


# --- doc_type per language: cue words in the head and structure lines in the body ---------------

DOC_TYPES = {
    "da": [
        ("Referat\n\nBørne- og Skoleudvalget\n\nPunkt 12: Skolestruktur\n\nBeslutning\n\nGodkendt.", "case_protocol"),
        (
            "Økonomiudvalget\n\nSag 4\n\nIndstilling\nForvaltningen indstiller.\n\nBeslutning\nAnbefales.",
            "case_protocol",
        ),
        ("Årsrapport 2023\n\nHer kan du læse om årets resultater.", "report"),
        ("Status på klimaplanen\n\nStatus: Projektet er gennemført.\nStatus: Udskudt til 2025.", "report"),
        ("Sundhedspolitik 2022-2026\n\nPolitikken sætter rammen for arbejdet.", "strategy"),
        ("Erhvervsstrategi\n\nStrategien beskriver kommunens mål.", "strategy"),
        ("Handleplan for bymidten\n\nHandleplanen rummer tre projekter.", "programme"),
        ("Midtvejsevaluering af indsatsen\n\nEvalueringen viser gode resultater.", "evaluation"),
        ("Venskabsbyer\n\nKommunen har fire venskabsbyer i Norden.", "other"),
    ],
    "nb": [
        ("Resultat av votering\n\nForslag fra Per Hansen (Ap)\n\nFalt\n\nFOR\n\n12\n\nMOT\n\n21", "case_protocol"),
        ("Saksprotokoll\n\nVedtak:\nInnstillingen ble enstemmig vedtatt.", "case_protocol"),
        ("Status for nytt sykehjem\n\n• Oppstart grunnarbeid (faktisk oppstart var 09.03.21)", "report"),
        ("Årsrapport 2023\n\nKommunens oppfølging av handlingsdelen.", "report"),
        ("Kommuneplanens samfunnsdel 2024-2036\n\nPlanen viser kommunens mål.", "strategy"),
        ("Handlingsplan for klima\n\nHandlingsplanen har tjue tiltak.", "programme"),
        ("Evaluering av ordningen\n\nEvalueringen viser at ordningen virker.", "evaluation"),
        ("Vennskapsbyer\n\nKommunen har tre vennskapsbyer.", "other"),
    ],
    "nn": [
        (
            "Innstilling frå kommunedirektøren:\nFormannskapet tek saka til vitande.\n\nVedtak\n\nSamrøystes vedteke.",
            "case_protocol",
        ),
        ("Møtebok\n\nSak 12/24\n\nVedtak:\nInnstillinga vart vedteke.", "case_protocol"),
        ("Årsmelding 2023\n\nKommunen sitt arbeid gjennom året.", "report"),
        ("Kommuneplanen sin samfunnsdel\n\nPlanen viser kva kommunen vil.", "strategy"),
        ("Evaluering av prosjektet\n\nEvalueringa viser gode resultat.", "evaluation"),
        ("Venskapskommunar\n\nKommunen har ein venskapskommune i Canada.", "other"),
    ],
    "nl": [
        (
            "Notulen gemeenteraad\n\nDe voorzitter opent de zitting.\n\nMet 12 stemmen tegen en 8 stemmen voor.",
            "case_protocol",
        ),
        ("Besluitvorming (raad)\n\nBesluit\nHet voorstel wordt aangenomen.", "case_protocol"),
        ("Jaarverslag 2018\n\nIn dit verslag leest u wat de gemeente heeft gedaan.", "report"),
        ("Kunstgrasvelden\n\nStatus\nHet project is gerealiseerd.\n\nStand van zaken\nAfgerond.", "report"),
        ("Omgevingsvisie\n\nDe visie beschrijft de toekomst van de gemeente.", "strategy"),
        ("Coalitieakkoord 2022-2026\n\nDe partijen spreken het volgende af.", "programme"),
        ("Bestuursakkoord 2019-2024\n\nDit akkoord zet de krijtlijnen uit.", "programme"),
        ("Evaluatie van het klimaatbeleid\n\nDe evaluatie laat zien wat werkte.", "evaluation"),
        ("Zustersteden\n\nDe stad heeft zeven zustersteden.", "other"),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [(language, text, expected) for language, cases in DOC_TYPES.items() for text, expected in cases],
)
def test_doc_type_per_language_from_cues_and_structure(language: str, text: str, expected: str):
    assert doc_type(text, title(text), language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Vuurwerkverbod\n\nDe motie werd aangenomen, meldt de krant. Inwoners reageren verdeeld."),
        ("nb", "Vennskapsbysamarbeid mot avslutning\n\nKommunalutvalget anbefaler å avslutte samarbeidet."),
        ("da", "Ny legeplads\n\nBørnene glæder sig til at tage den i brug."),
    ],
)
def test_one_decision_word_in_a_news_item_does_not_make_it_a_protocol(language: str, text: str):
    assert doc_type(text, title(text), language) == "other"


def test_a_municipality_given_by_the_manifest_decides_the_country_over_foreign_towns_in_the_text():
    text = "Binnen het URBACT-programma werkt de gemeente samen met Porto en Gent."
    doc = document_from_text(text, language="nl", municipality="Utrecht")
    assert (doc.municipality, doc.country) == ("Utrecht", "NL")
