"""Focus areas: the strategy's own enumerated themes, found by their cue, in every list shape."""

from __future__ import annotations

from functools import partial

import pytest
from cpu_time import cpu_seconds, least_pair

from pipeline.build import document_from_text
from pipeline.document import Document
from pipeline.extract.focus_areas import extractor as focus_areas


def _labels(text: str, language: str) -> list[str]:
    doc = document_from_text(text, language=language, municipality="Testkommune")
    rows = focus_areas.extract(doc)
    assert [r.ordinal for r in rows] == list(range(1, len(rows) + 1))
    return [r.label for r in rows]


# --- list shapes -------------------------------------------------------------------------


def test_danish_bulleted_list_after_a_cue_ending_in_a_colon():
    text = """International strategi for Egeskov Kommune

Kommunens internationale arbejde skal i de kommende år særligt prioriteres inden for:

- Skoler og ungdomsuddannelser
- Kultur og foreningsliv
- Grøn omstilling

Strategien revideres hvert fjerde år."""
    assert _labels(text, "da") == ["Skoler og ungdomsuddannelser", "Kultur og foreningsliv", "Grøn omstilling"]


def test_norwegian_numbered_list_after_a_counted_cue_without_colon():
    text = """Vedtak:
Strategien er basert på fire målområder og bygger på kommunens planstrategi.

- 1. Klima og bærekraft
- 2. Næringsutvikling gjennom internasjonale prosjekter
- 3. Vennskapsbysamarbeid
- 4. Et inkluderende lokalsamfunn

Rådmannen legger fram en handlingsplan."""
    assert _labels(text, "nb") == [
        "Klima og bærekraft",
        "Næringsutvikling gjennom internasjonale prosjekter",
        "Vennskapsbysamarbeid",
        "Et inkluderende lokalsamfunn",
    ]


def test_nynorsk_bullets_under_a_counted_satsingsomrade_cue():
    text = """Kommuneplanen sin samfunnsdel

Hovudmålet er vekst i heile kommunen. For å nå målet skal det leggjast vekt på dei tre satsingsområda:

• Oppvekst og skule

• Reiseliv og landbruk

• Gode bustadområde

Handlingsdelen syner korleis planen skal følgjast opp."""
    assert _labels(text, "nn") == ["Oppvekst og skule", "Reiseliv og landbruk", "Gode bustadområde"]


def test_dutch_numbered_themes_keep_order_and_lose_trailing_punctuation():
    text = """Leeswijzer
De belangrijkste thema's voor de komende vier jaren zijn:
1. Wonen voor iedereen
2. Een bereikbare gemeente
3. Samen sterk.
Elk thema wordt verder toegelicht in dit programma."""
    assert _labels(text, "nl") == ["Wonen voor iedereen", "Een bereikbare gemeente", "Samen sterk"]


def test_plain_one_item_a_line_list_under_a_cue_heading():
    text = """Fokusområder
Klima og energi
Uddannelse og job
Sundhed og trivsel

De tre områder er valgt af kommunalbestyrelsen, fordi de fylder mest i budgettet."""
    assert _labels(text, "da") == ["Klima og energi", "Uddannelse og job", "Sundhed og trivsel"]


def test_first_column_of_a_table_whose_header_is_the_cue():
    text = """4. Mål og strategi

Satsingsområder\tMål\tHovedstrategi
Grønn by\tKommunen skal kutte utslipp.\tSamarbeide med andre byer.
\tfortsettelse av raden.\tmer tekst.
Kunnskapsbyen\tFlere internasjonale studenter.\tTette bånd til universitetet.
Kultur | Flere internasjonale festivaler. | Bruke vennskapsbyene.

5. Oppfølging"""
    assert _labels(text, "nb") == ["Grønn by", "Kunnskapsbyen", "Kultur"]


def test_a_cue_heading_with_a_short_intro_before_its_list():
    text = """Speerpunten
Het college kiest de komende jaren voor:
- Betaalbaar wonen
- Werk en inkomen
- Een veilige buurt

Deze speerpunten worden uitgewerkt in het uitvoeringsprogramma."""
    assert _labels(text, "nl") == ["Betaalbaar wonen", "Werk en inkomen", "Een veilige buurt"]


def test_numbered_headings_with_running_text_between_them_under_a_cue_heading():
    text = """Indsatsområder

1. Klima og bæredygtighed

Kommunen vil reducere udledningen af CO2 markant inden 2030 gennem en lang række konkrete indsatser.

2. Uddannelse og udveksling

Alle unge skal have en uddannelse, og skolerne skal have mindst én udveksling med en venskabsby.

Økonomi

Strategien finansieres inden for den eksisterende ramme."""
    assert _labels(text, "da") == ["Klima og bæredygtighed", "Uddannelse og udveksling"]


def test_themes_numbered_with_the_cue_word_on_their_own_headings():
    text = """Kommuneplanens samfunnsdel

Satsingsområde 1 – Folkehelse og levekår

Kommunen skal legge til rette for gode levekår og aktive innbyggere i alle aldre og i alle deler av kommunen.

Satsingsområde 2 – Næringsutvikling. Vi vil styrke samarbeidet med næringslivet.

Satsingsområde 3 – Klima og miljø

Satsingsområde 5 i forrige plan er tatt ut av planen."""
    assert _labels(text, "nb") == ["Folkehelse og levekår", "Næringsutvikling", "Klima og miljø"]


def test_items_with_an_explanation_keep_only_their_first_sentence():
    text = """Direktionens strategiplan er vedtaget af byrådet. I planen står, at direktionen især vil arbejde for tre ting. Det er:1) En attraktiv arbejdsplads. Her nævnes fleksibel arbejdstid.

2) Flere tilflyttere. Kampagner skal være mere målrettede.

3) En enkel kommune. Det skal være nemt at kontakte kommunen."""  # noqa: E501
    assert _labels(text, "da") == ["En attraktiv arbejdsplads", "Flere tilflyttere", "En enkel kommune"]


def test_long_sentence_items_are_kept_whole():
    item = (
        "Styrke samarbejdet med regionens virksomheder om internationale projekter gennem "
        "fælles ansøgninger, netværksmøder og en årlig konference om eksport."
    )
    text = f"Strategien har to indsatsområder:\n- {item}\n- Bruge venskabsbyerne mere strategisk.\n"
    assert _labels(text, "da") == [item.rstrip("."), "Bruge venskabsbyerne mere strategisk"]


def test_counted_themes_run_into_a_paragraph_are_read_as_that_many_sentences():
    text = (
        "Side 3 Strategi og handlingsplan I planen er beskrevet følgende 3 temaer, som supplerer "
        "forvaltningernes arbejde Styrke det europæiske samarbejde via flere EU-projekter og et stærkt EU-kontor. "
        "Udvikle samarbejdet med Norden gennem Interreg. Bruge venskabsbyerne mere strategisk. "
        "Hvad har vi opnået Med strategien har vi fået et fælles sprog. Side 4"
    )
    assert _labels(text, "da") == [
        "Styrke det europæiske samarbejde via flere EU-projekter og et stærkt EU-kontor",
        "Udvikle samarbejdet med Norden gennem Interreg",
        "Bruge venskabsbyerne mere strategisk",
    ]


def test_dutch_run_in_enumeration_takes_the_form_of_matching_headings():
    text = """Het coalitieakkoord
Met deze titel benadrukken we de twee speerpunten voor de komende jaren, namelijk duurzaamheid en nabijheid.
Duurzaamheid
We werken aan een energieneutrale gemeente.
Nabijheid
Het bestuur staat dicht bij de inwoners."""
    assert _labels(text, "nl") == ["Duurzaamheid", "Nabijheid"]


def test_a_repeated_list_gives_one_row_per_focus_area_from_its_first_full_occurrence():
    text = """Strategien er basert på tre målområder:
1. Global solidaritet
2. EU-prosjekter
3. Vennskapsbyer

3. De internasjonale målområdene
Nedenfor presenteres målområdene:
3.1 Global solidaritet og partnerskap
Kommunen skal bidra til FNs bærekraftsmål.

Målområder\tMål
Globalt partnerskap\tBidra til bærekraftsmålene.
Deltagelse i EU-prosjekter\tØke engasjementet.
Vennskapsby- og prosjektsamarbeid\tStrategiske virkemidler."""
    assert _labels(text, "nb") == ["Global solidaritet", "EU-prosjekter", "Vennskapsbyer"]


def test_rows_point_back_at_the_label_in_the_text():
    text = "Indsatsområder:\n- Klima\n- Skole\n"
    doc = document_from_text(text, language="da", municipality="Egeskov")
    rows = focus_areas.extract(doc)
    assert [doc.text[r.char_start : r.char_end] for r in rows] == ["Klima", "Skole"]
    assert {r.municipality for r in rows} == {"Egeskov"} and rows[0].doc_id == doc.doc_id


CUES = {
    "da": ("Kommunen har valgt tre fokusområder:", "Fokusområde | Mål | Indsats"),
    "nb": ("Strategien har tre satsingsområder:", "Satsingsområde | Mål | Tiltak"),
    "nn": ("Planen har tre satsingsområde:", "Satsingsområde | Mål | Tiltak"),
    "nl": ("Het college kiest drie speerpunten:", "Speerpunt | Doel | Aanpak"),
}
THEMES = ["Klima", "Kultur og idræt", "Erhverv"]
SHAPES = {
    "numbered": lambda cue, header: cue + "\n1. " + "\n2. ".join(THEMES[:2]) + "\n3. " + THEMES[2],
    "bulleted": lambda cue, header: cue + "\n" + "\n".join(f"• {t}" for t in THEMES),
    "one_a_line": lambda cue, header: cue + "\n" + "\n".join(THEMES) + "\n\nMere tekst følger her.",
    "table": lambda cue, header: header + "\n" + "\n".join(f"{t} | Et mål. | En indsats." for t in THEMES),
}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("language", CUES)
def test_every_list_shape_in_every_language(language, shape):
    text = SHAPES[shape](*CUES[language]) + "\n"
    assert _labels(text, language) == THEMES


# --- negatives: lists of other things ----------------------------------------------------


def test_the_municipal_vision_themes_are_not_focus_areas():
    text = """Strategien skal understøtte ambitionerne inden for alle visionens fire overordnede temaer:
- Vi skaber fremtiden sammen
- En grøn by
- En erhvervsby
- En uddannelsesby
Strategien er tværgående."""
    assert _labels(text, "da") == []


def test_a_table_of_contents_is_not_a_list_of_focus_areas_but_the_real_list_after_it_is():
    toc = """Innhold
1. Innledning 3
2. Satsingsområder 5
3. Handlingsplan 9
4. Økonomi 12
"""
    body = """2. Satsingsområder
Kommunen har valgt disse satsingsområdene:
- Barn og unge
- Næringsliv
"""
    assert _labels(toc, "nb") == []
    assert _labels(toc + body, "nb") == ["Barn og unge", "Næringsliv"]


def test_session_topics_of_an_event_programme_are_not_focus_areas():
    text = """Programma 12 maart, Utrecht
13.00 Welkom
14.15 Deelsessies, met de volgende thema's:
1. Global Goals in de gemeente
2. Stedenbanden in een nieuwe tijd
3. Economic Boards en internationalisering
16.00 Borrel"""
    assert _labels(text, "nl") == []


def test_a_list_without_a_cue_is_not_read():
    text = """We werken samen met de volgende partners:
- Gemeente Breda
- Provincie Utrecht
- VNG International"""
    assert _labels(text, "nl") == []


def test_a_list_shorter_than_the_announced_count_is_rejected():
    text = "De gemeente kiest vijf speerpunten:\n1. Wonen\n2. Werken\n3. Zorg\n\nDe rest volgt later."
    assert _labels(text, "nl") == []


def test_counted_goals_are_not_themes():
    text = "Kommuneplanen har tre mål.\n1. Vekst\n2. Trivsel\n3. Klima"
    assert _labels(text, "nb") == []


def test_other_languages_give_no_rows():
    assert _labels("Our strategy has three themes:\n- Climate\n- Jobs\n- Culture", "en") == []


_PAGE = (
    "Indledning\nKommunen har mange opgaver, bl.a. skoler, veje og kultur. " * 3
    + "\nFokusområder i 2020 blev drøftet; 12 af 30 punkter blev valgt.\n"
    + "- punkt uden kontekst\n" * 3
)


def _seconds_to_extract(size: int) -> float:
    text = (_PAGE * (size // len(_PAGE) + 1))[:size]
    doc = Document(doc_id="perf", source="<text>", text=text, language="da")  # already one paragraph a line
    return cpu_seconds(lambda: focus_areas.extract(doc))


def test_reading_time_grows_no_faster_than_the_text():
    """Four times the text takes at most six times as long (linear, with room for noise): no
    reader rescans the document per cue or per line."""
    _seconds_to_extract(20_000)  # warm the rule caches

    def linear(small: float, large: float) -> bool:
        return large <= 6 * small

    small, large = least_pair(partial(_seconds_to_extract, 250_000), partial(_seconds_to_extract, 1_000_000), linear)
    assert linear(small, large), (small, large)
