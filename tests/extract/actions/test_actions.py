"""Actions: a plan's items and the implementation status reported for each."""

from __future__ import annotations

from functools import partial

import pytest
from cpu_time import cpu_seconds, least_pair

from pipeline.build import document_from_text
from pipeline.document import Document
from pipeline.extract import actions
from pipeline.extract.actions import status as reading


def _rows(text: str, language: str) -> list[tuple[str | None, str, str]]:
    doc = document_from_text(text, language=language, municipality="Testkommune")
    return [(r.action_id, r.title, r.status) for r in actions.extract(doc)]


# --- one status per sentence, per language -------------------------------------------------

STATUS_SENTENCES = [
    # Danish
    ("da", "Projektet blev gennemført i 2022.", "completed"),
    ("da", "Der er etableret et fast samarbejde med skolerne.", "completed"),
    ("da", "Arbejdet med den nye hjemmeside er igangsat.", "in_progress"),
    ("da", "Realiseringen er godt i gang.", "in_progress"),
    ("da", "Der er lavet en folder, dog ikke i så omfattende grad som planlagt.", "partly_completed"),
    ("da", "Udvekslingen blev sat i bero i 2012.", "paused"),
    ("da", "Den fælles konference blev aflyst.", "cancelled"),
    ("da", "Opgaven er opgivet på grund af manglende ressourcer.", "cancelled"),
    ("da", "Sprogkurset er endnu ikke igangsat.", "not_started"),
    ("da", "Der er ikke blevet udarbejdet en velkomstpakke.", "not_started"),
    ("da", "Byggeriet forventes at være afsluttet i 2026.", "in_progress"),
    ("da", "Kommunen har en lang tradition for udveksling.", "unknown"),
    # Norwegian Bokmål
    ("nb", "Den nye kulturskolen ble ferdigstilt i mars.", "completed"),
    ("nb", "Tiltaket er gjennomført som planlagt i budsjettet.", "completed"),
    ("nb", "Arbeidet med ny plan pågår.", "in_progress"),
    ("nb", "Reguleringsplanen er under arbeid.", "in_progress"),
    ("nb", "Tiltaket er delvis gjennomført.", "partly_completed"),
    ("nb", "Prosjektet er satt på vent til neste år.", "paused"),
    ("nb", "Studieturen ble avlyst.", "cancelled"),
    ("nb", "Arbeidet er ikke startet.", "not_started"),
    # Norwegian Nynorsk
    ("nn", "Tiltaket er gjennomført.", "completed"),
    ("nn", "Arbeidet er ikkje starta enno.", "not_started"),
    ("nn", "Planarbeidet er godt i gang.", "in_progress"),
    # Dutch
    ("nl", "Het project is in 2018 afgerond.", "completed"),
    ("nl", "De fietsroute is gerealiseerd.", "completed"),
    ("nl", "De maatregel is in uitvoering.", "in_progress"),
    ("nl", "Het onderzoek is gedeeltelijk uitgevoerd.", "partly_completed"),
    ("nl", "Het project is opgeschort tot na de verkiezingen.", "paused"),
    ("nl", "De uitwisseling is geannuleerd.", "cancelled"),
    ("nl", "De actie is nog niet gestart.", "not_started"),
    # one-word cells of a status column
    ("da", "Udgår", "cancelled"),
    ("nb", "Forsinket", "in_progress"),
    ("nl", "Gereed", "completed"),
    ("nl", "Ingetrokken", "cancelled"),
]


@pytest.mark.parametrize(("language", "sentence", "status"), STATUS_SENTENCES)
def test_each_status_is_read_from_its_sentence(language, sentence, status):
    verdict = reading.classify(sentence, language)
    assert verdict.status == status
    assert verdict.evidence == (None if status == "unknown" else sentence)


def test_negation_wins_over_the_positive_word_it_contains():
    assert reading.classify("Handlingen er ikke igangsat.", "da").status == "not_started"
    assert reading.classify("Het project is niet gestart.", "nl").status == "not_started"
    assert reading.classify("Tiltaket er ikke gjennomført.", "nb").status == "not_started"


def test_done_beside_cancelled_or_not_started_work_is_partly_completed():
    cancelled = reading.classify("En sommerlejr blev afholdt i 2011. Lejren i 2012 blev aflyst.", "da")
    assert cancelled == reading.Verdict("partly_completed", "Lejren i 2012 blev aflyst.")
    missing = reading.classify("Der er etableret en dialog. Der er ikke blevet oprettet et mødested.", "da")
    assert missing == reading.Verdict("partly_completed", "Der er ikke blevet oprettet et mødested.")


def test_work_still_going_on_outweighs_parts_already_done():
    text = "Der er udarbejdet en ny portal. Arbejdet med en video er igangsat."
    assert reading.classify(text, "da") == reading.Verdict("in_progress", "Arbejdet med en video er igangsat.")


def test_a_strong_completion_word_is_preferred_as_evidence_over_a_weak_tense_cue():
    text = "Der har været tilbudt sprogkurser. Udvalgene har gennemført to studierejser."
    assert reading.classify(text, "da") == reading.Verdict("completed", "Udvalgene har gennemført to studierejser.")


# --- item shapes ---------------------------------------------------------------------------

DANISH_EVALUATION = """Evaluering af handleplanen 2016-2019

Status på handlinger efterår 2019

Handling 1.1 ”Nye borgere får en god modtagelse”
Der er udarbejdet en velkomstfolder på engelsk. Arbejdet med en app er igangsat.

Handling 1.2 ”Skolerne har en venskabsskole”
Alle skoler har fået en venskabsskole, og udvekslingerne er gennemført.

Handling 2.1. ”Foreningerne søger internationale midler”
Der er afholdt to informationsmøder om EU-midler.

Handling 2.2 ”Politikerne lærer af andre byer”
Kommunen har stadig en pulje til rejser.

Ikke gennemførte handlinger

I 2017 blev det besluttet, at følgende handlinger skulle sættes i bero:

Handling 3.1 ”Et internationalt hus”
Handling 3.2 ”En engelsk borgerservice”

Konklusion

De fleste handlinger er blevet igangsat, og flere er gennemført.
"""


def test_danish_numbered_actions_with_quoted_titles_and_a_paused_group():
    assert _rows(DANISH_EVALUATION, "da") == [
        ("1.1", "Nye borgere får en god modtagelse", "in_progress"),
        ("1.2", "Skolerne har en venskabsskole", "completed"),
        ("2.1", "Foreningerne søger internationale midler", "completed"),
        ("2.2", "Politikerne lærer af andre byer", "unknown"),
        ("3.1", "Et internationalt hus", "paused"),
        ("3.2", "En engelsk borgerservice", "paused"),
    ]


def test_grouped_items_quote_the_intro_sentence_as_evidence():
    doc = document_from_text(DANISH_EVALUATION, language="da")
    paused = [r for r in actions.extract(doc) if r.status == "paused"]
    assert {r.status_evidence for r in paused} == {
        "I 2017 blev det besluttet, at følgende handlinger skulle sættes i bero:"
    }
    assert all(doc.text[r.char_start : r.char_end] == r.title for r in paused)


def test_norwegian_tiltak_with_a_status_heading_over_items_without_own_text():
    text = """Oppfølging av handlingsplanen 2023

Tiltak 1: Etablere et internasjonalt kontor. Kontoret ble åpnet i mai og er tatt i bruk av næringslivet, \
skolene og frivillige organisasjoner i hele regionen.
Tiltak 2: Delta i to EU-prosjekter
Arbeidet med søknadene pågår, og kommunen samarbeider med fylkeskommunen og to vennskapsbyer om \
partnerskap og finansiering.

Tiltak som er avlyst
Tiltak 3: Studietur til Brussel
Tiltak 4: Ungdomsutveksling med Skottland
"""
    assert _rows(text, "nb") == [
        ("1", "Etablere et internasjonalt kontor", "completed"),
        ("2", "Delta i to EU-prosjekter", "in_progress"),
        ("3", "Studietur til Brussel", "cancelled"),
        ("4", "Ungdomsutveksling med Skottland", "cancelled"),
    ]


def test_dutch_numbered_acties_with_a_dash_title():
    text = """Voortgangsrapportage uitvoeringsprogramma

Actie 1 – Nieuwe stedenband verkennen
De verkenning is afgerond en in de raadsvergadering van maart besproken met alle fracties en de \
betrokken maatschappelijke organisaties uit de gemeente.
Actie 2 – Internationale week
De internationale week is opgeschort tot 2025, omdat de partnersteden in Duitsland en Polen dit jaar \
geen delegatie konden sturen.
Actie 3 – Europese subsidies werven
Het werven van subsidies is nog niet gestart; de gemeente wacht op de nieuwe oproepen van het \
Interreg-programma en op advies van de provincie.
"""
    assert _rows(text, "nl") == [
        ("1", "Nieuwe stedenband verkennen", "completed"),
        ("2", "Internationale week", "paused"),
        ("3", "Europese subsidies werven", "not_started"),
    ]


def test_bullets_under_an_intro_naming_actions_take_its_status_and_keep_their_heads():
    text = """Klimaplan 2030

Væsentlige igangsatte initiativer, der vil nedbringe udledningen:

• Strategisk varmeplan. Med planen sætter byrådet retningen for fjernvarmen
• Udtagning af lavbundsjorde jfr. aftale med staten
• Deltagelse i Grøn Korridor, et Interreg samarbejde, der skaber bedre transport
• Nyt indkøb af elbiler, som erstatter dieselbiler. Det første udbud er gennemført.
"""
    assert _rows(text, "da") == [
        (None, "Strategisk varmeplan", "in_progress"),
        (None, "Udtagning af lavbundsjorde jfr. aftale med staten", "in_progress"),
        (None, "Deltagelse i Grøn Korridor", "in_progress"),
        (None, "Nyt indkøb af elbiler", "completed"),
    ]


def test_reported_events_name_one_action_per_project():
    text = """Viktige hendelser i 2024:

  • Oppstart bygging av ny barnehage i Vika og ny gangbru over elva.
  • Åpning av nytt kulturhus i sentrum. Sluttført nytt tak på idrettshallen.

Kommunalsjefen har ansvar for flere rammeområder."""
    assert _rows(text, "nb") == [
        (None, "bygging av ny barnehage i Vika", "in_progress"),
        (None, "ny gangbru over elva", "in_progress"),
        (None, "nytt kulturhus i sentrum", "completed"),
        (None, "nytt tak på idrettshallen", "completed"),
    ]


def test_headed_blocks_in_a_status_section_drop_those_without_a_status():
    text = """Sagsfremstilling

Udvalget orienteres i denne sag om igangværende anlægsprojekter på skoleområdet.

Nordskolen, ny tilbygning

Tilbygningen er taget i brug efter sommerferien.

Sydskolen, tag

Arbejdet fortsætter i henhold til tidsplanen og forventes afsluttet i 2026.

Vestskolen

Der er nu valgt en rådgiver, som"""
    assert _rows(text, "da") == [
        (None, "Nordskolen, ny tilbygning", "completed"),
        (None, "Sydskolen, tag", "in_progress"),
    ]


def test_a_project_tracker_page_of_label_value_lines_is_one_action():
    text = """Voorjaarsnota 2020
Overzicht projecten
Renovatie sporthal De Vliet
Soort rapportage
Eindrapportage
Afdeling
Sport
Startdatum project
1-3-2017
Einddatum project
31-12-2019
Resultaat
De sporthal is op tijd opgeleverd en in gebruik genomen.
Krediet
Het project is afgerond binnen het krediet.
Verleend krediet
2.100.000"""
    doc = document_from_text(text, language="nl")
    rows = actions.extract(doc)
    assert [(r.title, r.status, r.status_evidence) for r in rows] == [
        ("Renovatie sporthal De Vliet", "completed", "Het project is afgerond binnen het krediet.")
    ]  # the sentence about the project itself states its status


def test_a_status_table_gives_one_action_per_row():
    nb = "Status for tiltakene\nTiltak\tStatus\nNy nettside\tGjennomført\nSkoleutveksling\tPågår\n"
    nb += "Studietur\tIkke startet\n"
    assert _rows(nb, "nb") == [
        (None, "Ny nettside", "completed"),
        (None, "Skoleutveksling", "in_progress"),
        (None, "Studietur", "not_started"),
    ]
    nl = "Nr. | Actie | Stand van zaken\n1.1 | Nieuwe website | Afgerond in 2023\n"
    nl += "1.2 | Jongerenuitwisseling | In uitvoering\n"
    assert _rows(nl, "nl") == [("1.1", "Nieuwe website", "completed"), ("1.2", "Jongerenuitwisseling", "in_progress")]


def test_a_status_written_into_the_item_line_itself_is_read():
    text = "Tiltak 4 – Vennskapsbyprogram for ungdom (utsatt)\nTiltak 5 – Ny nettside er lansert.\n"
    assert _rows(text, "nb") == [
        ("4", "Vennskapsbyprogram for ungdom", "paused"),
        ("5", "Ny nettside er lansert", "completed"),
    ]


# --- negatives -------------------------------------------------------------------------------


def test_a_strategy_listing_planned_work_gives_no_actions():
    text = """Handlingsplan 2025

Kommunen vil gennemføre følgende initiativer:

• Etablere et internationalt hus
• Styrke samarbejdet med venskabsbyerne
• Søge flere EU-midler"""
    assert _rows(text, "da") == []


def test_bullets_of_a_plan_saying_what_will_be_done_are_not_reports():
    text = """Vi vil:

• sikre, at alle skoler er i gang med en udveksling
• fortsætte samarbejdet med venskabsbyerne"""
    assert _rows(text, "da") == []


def test_decisions_in_a_case_protocol_are_not_implementation_statuses():
    text = """Saksprotokoll
Vedtak:
Innstillingen ble enstemmig vedtatt.
Forslag fra Hansen ble vedtatt med 30 mot 5 stemmer."""
    assert _rows(text, "nb") == []


def test_an_event_programme_gives_no_actions():
    text = """Programma 17 november
13.00 Welkom door de burgemeester
14.15 Deelsessies
1. Global Goals in actie
2. Stedenbanden vernieuwd
17.00 Borrel"""
    assert _rows(text, "nl") == []


def test_other_languages_give_no_actions():
    assert _rows("Action 1.1 'New website'\nThe website was completed in 2019.", "en") == []


def _seconds_to_extract(size: int, one_line: bool) -> float:
    """CPU time for `size` characters of an evaluation, as lines or unwrapped into one line (a page
    whose line breaks were lost: every heading there is run onto its report)."""
    text = (DANISH_EVALUATION * (size // len(DANISH_EVALUATION) + 1))[:size]
    text = text.replace("\n", " ") if one_line else text
    doc = Document(doc_id="perf", source="<text>", text=text, language="da")  # already one paragraph a line
    return cpu_seconds(lambda: actions.extract(doc))


@pytest.mark.parametrize("one_line", [False, True], ids=["lines", "one-line"])
def test_reading_time_grows_no_faster_than_the_text(one_line):
    """Four times the text takes at most ten times as long (linear with room for a shared CPU's noise;
    a reader that rescans the document per line, or a long line per capital, takes sixteen times)."""
    _seconds_to_extract(20_000, one_line)  # warm the rule caches

    def linear(small: float, large: float) -> bool:
        return large <= 10 * max(small, 0.02)

    small, large = least_pair(partial(_seconds_to_extract, 50_000, one_line),
                              partial(_seconds_to_extract, 200_000, one_line), linear)
    assert linear(small, large), (small, large)
