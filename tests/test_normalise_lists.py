"""Lines that open alike are items of one list, never a wrapped sentence run on to the next."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise

LISTS = {
    "nl motions": [
        "Motie M5 'Bomen in de wijk' van GroenLinks en PvdA wordt verworpen",
        "Motie M6 'Zwemles voor ieder kind' van de SP wordt aangenomen",
        "Motie M7 'Meer handhaving in het centrum' van de VVD wordt aangehouden",
    ],
    "da amendments": [
        "Ændringsforslag 1 fra Venstre om parkeringsafgifter i bymidten blev forkastet",
        "Ændringsforslag 2 fra SF om flere cykelstier langs Ringvejen blev vedtaget",
    ],
    "nb cases": [
        "Sak 41/24 Budsjettjustering for andre tertial ble enstemmig vedtatt",
        "Sak 42/24 Reguleringsplan for Storgata nord ble utsatt til neste møte",
    ],
    "nn cases": [
        "Sak 12/25 Revidert økonomiplan for skulane i kommunen vart samrøystes vedteken",
        "Sak 13/25 Søknad om tilskot til nytt kunstgras på Bygdatunet vart utsett",
    ],
    "Flemish points": [
        "Punt 4 Aanpassing van het retributiereglement sportinfrastructuur goedgekeurd",
        "Punt 5 Verkoop van een perceel grond aan de Molenstraat wordt verdaagd",
    ],
}


@pytest.mark.parametrize("lines", LISTS.values(), ids=LISTS.keys())
def test_lines_opening_with_the_same_word_stay_separate_lines(lines):
    text, _ = normalise(["\n".join(lines)])
    assert text.splitlines() == lines


def test_a_wrapped_sentence_whose_lines_open_differently_still_runs_on():
    wrapped = (
        "Kommunen har i mange år haft et tæt kulturelt og erhvervsmæssigt samarbejde med\n"
        "Ballerup og flere andre kommuner i hovedstadsområdet om grøn omstilling."
    )
    text, _ = normalise([wrapped])
    assert text.splitlines() == [wrapped.replace("\n", " ")]


# Each list has a line at the full width first; the row before the short line is well below it.
ROWS = {
    "nl decision list": [
        "Amendement A1 van D66 over groene daken in de wijk Oost en de wijk West: aangenomen",
        "Motie M2 (CDA) Onderhoud van de fietspaden: aangenomen",
        "M3 ingetrokken",
        "Motie M4 (SP) Huurtoeslag voor alle huurders in de gemeente: verworpen",
    ],
    "da committee steps": [
        "Økonomiudvalget anbefaler sagen over for byrådet med en bemærkning om økonomien",
        "Økonomiudvalget anbefaler sagen over for byrådet",
        "Godkendt.",
        "Byrådet godkendte indstillingen fra forvaltningen uden afstemning i dag",
    ],
    "nb case list": [
        "PS 41/24 Budsjettjustering for andre tertial i kommunen og i fylkeskommunen",
        "PS 42/24 Reguleringsplan for Storgata nord",
        "Vedtatt",
        "PS 43/24 Reguleringsplan for Storgata sør og sentrum i byen",
    ],
}


@pytest.mark.parametrize("lines", ROWS.values(), ids=ROWS.keys())
def test_a_short_line_whose_first_word_would_have_fitted_above_is_its_own_line(lines):
    text, _ = normalise(["\n".join(lines)])
    assert text.splitlines() == lines


# A plan's coded goals and actions ("BD1 - ...", "AP1.1 ..."), one per line: the next code is never a wrap,
# even after a line at the full width.
CODED = {
    "nl Flemish plan": [
        "BD1 - Wingene is een gemeente waar jong en oud graag en betaalbaar woont",
        "AP1.1 Nieuwe sociale woningen in de Beernemstraat",
        "AP1.2 Premie voor renovatie van oude woningen in de deelgemeenten",
        "BD2 - We maken de dorpskernen veilig, bereikbaar en aangenaam om te wonen",
        "AP2.1 Fietspad langs de Ruiseledesteenweg",
    ],
    "da action plan": [
        "M1: Kommunen skal være klimaneutral som virksomhed i 2030 og i hele geografien",
        "H1.1 Energirenovering af kommunens skoler og daginstitutioner i de mindre byer",
        "H1.2 Solceller på rådhuset",
    ],
    "nb action plan": [
        "T3. Kommunen skal redusere klimagassutslippene fra egen drift med 60 prosent",
        "T3.1 Elektrifisere den kommunale bilparken innen utgangen av planperioden",
        "T3.2 Solceller på skoler",
    ],
    "nn action plan": [
        "HM2 - Vi skal ha levande bygder med gode tenester og trygge stader å bu",
        "TK2.1 Nytt fleirbrukshus på Haddal med bibliotek, kafé og lokale for lag",
        "TK2.2 Meir kollektivtrafikk",
    ],
    "nl action list": [
        "A12 Het college onderzoekt de haalbaarheid van een warmtenet in de wijk Noord",
        "A13 Zonnepanelen op alle gemeentelijke gebouwen voor het einde van 2027",
        "A14 Groene schoolpleinen",
    ],
}


@pytest.mark.parametrize("lines", CODED.values(), ids=CODED.keys())
def test_a_line_opening_with_a_plan_code_starts_a_new_item(lines):
    text, _ = normalise(["\n".join(lines)])
    assert text.splitlines() == lines


def test_a_code_inside_a_wrapped_sentence_before_a_lowercase_word_still_runs_on():
    wrapped = (
        "Fietsers kunnen straks veilig van de Markt naar het station rijden langs de nieuwe route naast de\n"
        "N35 en de spoorlijn, zodat ook scholieren uit de deelgemeenten sneller op school zijn."
    )
    text, _ = normalise([wrapped])
    assert text.splitlines() == [wrapped.replace("\n", " ")]


# A heading about as wide as the text's lines, then a short label or heading of its own (no sentence end):
# the label heads the next block, it never runs on from the heading above.
LABELLED = {
    "nl": [
        "4. 2025_GR_00074 - Verkoop van een perceel grond aan de Molenstraat",
        "Besluit",
        "De raad keurt de verkoop van het perceel aan de Molenstraat goed.",
    ],
    "nl vote": [
        "2. 2025_GR_00072 - Jaarrekening 2024 van de stad en het OCMW",
        "Stemming op het ontwerpbesluit",
        "Goedgekeurd met 24 stemmen voor en 8 stemmen tegen van de oppositie.",
    ],
    "da": [
        "Sag nr. 213 Forslag til ændret serviceniveau for vintertjenesten",
        "Beslutning",
        "Økonomiudvalget anbefaler indstillingen over for kommunalbestyrelsen.",
    ],
    "nb": [
        "PS 41/24 Budsjettjustering for andre tertial i kommunen og fylket",
        "Vedtak",
        "Kommunestyret vedtar budsjettjusteringen slik den er lagt fram i saken.",
    ],
    "nn": [
        "PS 12/25 Revidert økonomiplan for skulane i kommunen og regionen",
        "Innstilling",
        "Kommunedirektøren rår kommunestyret til å vedta den reviderte planen.",
    ],
}


@pytest.mark.parametrize("lines", LABELLED.values(), ids=LABELLED.keys())
def test_a_short_label_under_a_wide_heading_stays_its_own_line(lines):
    text, _ = normalise(["\n".join(lines)])
    assert text.splitlines() == lines


def test_a_short_line_closing_a_bracket_opened_above_runs_on():
    lines = [
        "• Ringkøbing, Danmark – vennskapsby siden 1962 (byen er i dag en del av",
        "Ringkøbing-Skjern Kommune)",
        "• Piteå, Sverige – vennskapsby siden 1952 og en aktiv partner i mange år",
    ]
    text, _ = normalise(["\n".join(lines)])
    assert text.splitlines() == [f"{lines[0]} {lines[1]}", lines[2]]


# A numbered agenda item's title, about as wide as the text's lines, then the item's first sentence on a line
# of its own: the sentence opens the item's text, it never runs on into the title (the title has no sentence end).
_WIDE = (
    "Aanwezig: de voorzitter van de gemeenteraad, de burgemeester, de schepenen en de\n"
    "raadsleden van alle fracties; de algemeen directeur en de adjunct-algemeen directeur\n"
)
ITEM_SENTENCES = {
    "nl secret ballot": (
        "1. Aanduiding van een vertegenwoordiger in de algemene vergadering van Fluvius",
        "De gemeenteraad gaat over tot geheime stemming.",
    ),
    "nl motivation": (
        "3. Goedkeuring van de samenwerkingsovereenkomst met de intercommunale Leiedal",
        "Het college legt de overeenkomst voor aan de raad.",
    ),
    "nl amendment": (
        "12. Verordening op de heffing en invordering van parkeerbelastingen 2027",
        "Amendement van de fractie Open VLD over de tarieven voor bewoners is ingediend.",
    ),
    "nl archive number": (
        "7. 2026_GR_00118 - Jaarverslag 2025 van het lokaal dienstencentrum De Kouter",
        "De gemeenteraad neemt akte van het jaarverslag.",
    ),
    "nl archive number, short sentence": (
        "6. 2026_GR_00117 - Naamgeving van een nieuwe straat in de wijk Ruddervoorde-Zuid",
        "Afgevoerd van de agenda.",
    ),
    "da": (
        "45. Godkendelse af takster for vand og spildevand i kommunens forsyning",
        "Byrådet skal tage stilling til taksterne for det kommende år.",
    ),
    "nb": (
        "7.2 Søknad om tilskudd til ny flerbrukshall ved skolen i sentrum av kommunen",
        "Kommunedirektøren har vurdert søknaden og anbefaler tilskudd.",
    ),
}


@pytest.mark.parametrize("lines", ITEM_SENTENCES.values(), ids=ITEM_SENTENCES.keys())
def test_a_sentence_under_a_wide_numbered_item_title_is_its_own_line(lines):
    text, _ = normalise([_WIDE + "\n".join(lines)])
    assert text.splitlines()[-2:] == list(lines)


def test_a_numbered_title_wrapped_onto_a_lowercase_line_still_runs_on():
    lines = [
        "4. Goedkeuring van het reglement voor de toekenning van subsidies aan",
        "erkende jeugdverenigingen en sportclubs.",
    ]
    text, _ = normalise([_WIDE + "\n".join(lines)])
    assert text.splitlines()[-1] == " ".join(lines)


# A running header about as wide as the text's lines, then an agenda item opened by its keyword and number:
# the item starts its own line, it never runs on from the header above (a dropped page number stood between).
AGENDA_ITEMS = {
    "nl": "Agendapunt 9. Raadsvoorstel Herinrichting van het Stationsplein en de Marktstraat",
    "nl colon": "Punt 12: Verordening maatschappelijke ondersteuning gemeente 2026 en verder",
    "nl lettered": "Agendapunt 4b. Zienswijze op de ontwerpbegroting van de veiligheidsregio",
    "da": "Punkt 5 Godkendelse af takster for vand og spildevand i kommunens forsyning",
    "nb": "Sak 7 Budsjettjustering for andre tertial i kommunen og fylket samlet sett",
}


@pytest.mark.parametrize("item", AGENDA_ITEMS.values(), ids=AGENDA_ITEMS.keys())
def test_an_agenda_keyword_item_under_a_wide_running_header_starts_its_own_line(item):
    header = "Gemeente Westervoort – Notulen openbare vergadering gemeenteraad dinsdag 27 januari 2026"
    text, _ = normalise([_WIDE + header + "\n" + item + "\nDe voorzitter opent de beraadslaging over dit punt."])
    assert item in text.splitlines()


def test_a_wrapped_sentence_ending_before_a_lowercase_keyword_still_runs_on():
    lines = [
        "De raad besprak de begroting uitgebreid en kwam daarna bij het volgende",
        "punt 5 van de agenda, de verordening op de heffing van parkeerbelastingen.",
    ]
    text, _ = normalise([_WIDE + "\n".join(lines)])
    assert text.splitlines()[-1].endswith(" ".join(lines))
