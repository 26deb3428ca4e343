"""Normalisation: hyphenation repair, running headers and page numbers, paragraph joining, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.text.normalise import clean_lines, normalise

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# A paragraph hard-wrapped at ~60 characters, as a PDF delivers it.
WRAPPED = (
    "Kommunen har i en lang årrække deltaget i internationale\n"
    "netværk og har gennem de seneste år styrket samarbejdet med\n"
    "de nordiske venskabsbyer, især inden for uddannelse og kultur\n"
    "samt på klimaområdet, hvor der er mange fælles udfordringer.\n"
)


def text_of(*pages: str) -> str:
    return normalise(list(pages))[0]


def test_wrapped_lines_become_one_paragraph():
    assert text_of(WRAPPED).count("\n") == 0
    assert "internationale netværk og har" in text_of(WRAPPED)


@pytest.mark.parametrize(
    ("broken", "repaired"),
    [
        ("i samarbejde med kommu-\nnen om at styrke", "i samarbejde med kommunen om at styrke"),
        ("deltagelse i flere EU-\nprojekter og i Interreg", "deltagelse i flere EU-projekter og i Interreg"),
        ("gjennom det såkalte SØT-\nsamarbeidet med Sundsvall", "gjennom det såkalte SØT-samarbeidet med Sundsvall"),
        ("samarbeid med kommuner i Nord-\nNorge og Sverige om", "samarbeid med kommuner i Nord-Norge og Sverige om"),
        ("og mål for planperioden 2019-\n2022 som vedtatt av bystyret", "planperioden 2019-2022 som vedtatt"),
        ("de faste by-til-by-\nrelationer som kommunen har", "de faste by-til-by-relationer som kommunen har"),
    ],
)
def test_line_end_hyphenation_is_repaired_and_real_hyphens_kept(broken, repaired):
    # The rest of the paragraph makes the broken line a full-width wrapped line.
    paragraph = f"Der er gennem de seneste fire år arbejdet målrettet med {broken}."
    assert repaired in text_of(paragraph)


@pytest.mark.parametrize(
    ("broken", "kept"),
    [
        ("i samarbejde med by-\nog landdistrikter i regionen", "by- og landdistrikter"),
        ("en ambisiøs handlings-\nog økonomiplan for perioden", "handlings- og økonomiplan"),
        ("de gemeente werkt aan land-\nen tuinbouw in de regio", "land- en tuinbouw"),
    ],
)
def test_coordinated_compounds_keep_hyphen_and_space(broken, kept):
    assert kept in text_of(f"Der er gennem de seneste fire år arbejdet målrettet {broken}.")


def test_pdfium_hyphen_marker_is_treated_as_a_line_end_hyphen():
    text = text_of("Bystyret ber rådmannen komme tilbake med en sak om venns\ufffe\nkapsbyavtalene og videre arbeid.")
    assert "vennskapsbyavtalene" in text


def test_document_vocabulary_keeps_a_real_hyphen_broken_at_a_line_end():
    page = (
        "Aftalen med bolig-organisationer er fornyet i år.\n\n"
        "Der er i april 2009 indgået rammeaftale mellem skolerne og bolig-\n"
        "organisationer om boliger til udvekslingsstuderende i kommunen."
    )
    assert "og bolig-organisationer om" in text_of(page)


def test_running_header_and_footer_with_page_numbers_are_dropped():
    bodies = ["Indledning om strategien.", "Status for venskabsbyerne.", "Afrunding og perspektiver."]
    pages = [
        f"Aalborg Kommune – International strategi 2024\nSide {n} af 3\n\n{body}\n"
        for n, body in enumerate(bodies, start=1)
    ]
    assert text_of(*pages).split("\n") == bodies


@pytest.mark.parametrize("footer", ["Side 2 af 12", "Side 2 av 7", "Pagina 2 van 9", "- 2 -", "Side 2", "2/9"])
def test_page_number_line_at_page_bottom_is_dropped_even_once(footer):
    text = text_of("Første side om strategien.", f"Anden side om strategien.\n{footer}")
    assert footer not in text
    assert "Anden side om strategien." in text


def test_page_number_line_of_a_single_page_is_dropped():
    page = "Aalborg Kommune\nSide 1 af 1\nVenskabsbyer og netværk."
    assert text_of(page) == "Aalborg Kommune\nVenskabsbyer og netværk."


def test_bare_numbers_are_dropped_only_when_they_repeat_as_page_numbers():
    numbered = text_of("Indledning om arbejdet.\n1", "Status for handlingerne.\n2", "Afrunding af notatet.\n3")
    assert numbered.split("\n") == ["Indledning om arbejdet.", "Status for handlingerne.", "Afrunding af notatet."]
    once = text_of("Indledning om arbejdet.", "Antal venskabsbyer i alt:\n33")
    assert once.endswith("33")


def test_repeated_line_in_the_middle_of_pages_is_kept():
    page = "Sak 1.\nForslag.\nBehandling.\nVotering:\nVedtatt.\nMerknad.\nNeste sak."
    assert text_of(page, page.replace("1", "2")).count("Votering:") == 2


def test_list_items_numbered_items_and_table_rows_stay_own_lines():
    page = (
        "Strategien bygger på følgende fem målområder som vedtatt av bystyret\n"
        "- globalt partnerskap og solidaritet\n"
        "• utvikling gjennom deltagelse i EU-prosjekter\n"
        "1. styrke samspillet mellom forskning og næringsliv\n"
        "a) vennskapsbysamarbeid\n"
        "Formannskapet\tRådmann\tAnsvarsområder\n"
        "By | Land | Siden\n"
        "Vejle | Danmark | 1947"
    )
    assert text_of(page).split("\n") == [line for line in page.split("\n")]


def test_short_lines_starting_with_digits_stay_own_lines():
    page = "\n".join(f"00:0{i}:07 - 00:0{i}:33 - Spreker nummer {i} van de raad" for i in range(8))
    assert text_of(page).split("\n") == page.split("\n")


def test_heading_ending_in_colon_and_short_lines_stay_own_lines():
    page = "Vedtak:\nbystyret vedtar strategien.\nUtvalg:BystyretMøtedato:29.08.2019Sak:87/19\nResultat: Behandlet"
    assert text_of(page).split("\n") == page.split("\n")


def test_blank_line_always_ends_a_paragraph():
    page = WRAPPED.replace("styrket samarbejdet med\n", "styrket samarbejdet med\n\n")
    assert text_of(page).split("\n")[0].endswith("styrket samarbejdet med")


def test_sentence_end_in_unwrapped_text_ends_a_paragraph():
    page = "Handling 1.2 ”Man bliver godt taget imod i Ballerup Kommune”\nDer er ikke blevet udarbejdet en pakke."
    assert text_of(page).split("\n") == page.split("\n")


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_transcripts_with_one_paragraph_per_line_keep_every_line(path):
    source = path.read_text(encoding="utf-8")
    assert text_of(source).split("\n") == [line for line in clean_lines(source) if line]


def test_paragraph_running_over_a_page_break_is_joined_and_page_starts_point_into_it():
    page1 = WRAPPED + "Samarbejdet er forankret i borgmesterens afdeling, som koordinerer de\n"
    page2 = "forskellige indsatser på tværs af forvaltningerne i hele kommunen.\n\nNyt afsnit om EU."
    text, pages = normalise([page1, page2])
    assert "koordinerer de forskellige indsatser" in text
    assert text[pages[1].start :].startswith("forskellige indsatser")
    for page in pages:
        assert text[page.start : page.start + len(page.text)] == page.text
    assert pages[1].text.endswith("Nyt afsnit om EU.")


def test_empty_pages_keep_their_number_and_a_valid_offset():
    text, pages = normalise(["Første side.", "", "Tredje side."])
    assert [p.number for p in pages] == [1, 2, 3]
    assert pages[1].text == "" and pages[2].start == text.index("Tredje")


def test_spaces_and_invisible_characters_are_cleaned():
    assert text_of("Aalborg\u00a0 Kommune\u200b  har  \u00advenskabsbyer.") == "Aalborg Kommune har venskabsbyer."


# One line per member: a vote page's records must stay one per line, in any language and separator.
MEMBER_PAGES = [
    "Kari Nordmann (Arbeiderpartiet) – For\nPer Hansen (Høyre) – Mot\nOla Olsen (Fremskrittspartiet) – For\n",
    "Anne Kristine Johansen (Sosialistisk Venstreparti) - For\nBjørn Erik Pedersen (Senterpartiet) - Avstår\n",
    "Mette Frederiksen Holm (Socialdemokratiet) – For\nLars Løkke Jensen (Venstre) – Imod\nJens Bo Ravn (SF) – For\n",
    "Jan Jansen, VVD: tegen\nPetra de Vries, GroenLinks: voor\nKees Bakker, CDA: voor\n",
    "Liv Berg (Rødt): Mot\nTrine Dahl (Kristelig Folkeparti): For\nSiv Lund (Pensjonistpartiet): Mot\n",
]


@pytest.mark.parametrize("page", MEMBER_PAGES)
def test_member_vote_lines_stay_one_per_line(page):
    assert text_of(page).split("\n") == page.strip().split("\n")


def test_member_vote_lines_stay_apart_across_a_page_break_and_after_a_long_heading():
    first = (
        "Votering over forslaget fra Høyre om å sende saken tilbake til administrasjonen for ny vurdering:\n"
        "Kari Nordmann (Arbeiderpartiet) – For\nPer Hansen (Høyre) – Mot\n"
    )
    second = "Stemmeresultat for sak 41/23 Budsjett 2024 og økonomiplan for perioden 2024–2027\nLiv Berg (Rødt) – Mot\n"
    lines = text_of(first, second).split("\n")
    assert "Per Hansen (Høyre) – Mot" in lines
    assert "Liv Berg (Rødt) – Mot" in lines


def test_a_wrapped_sentence_with_a_bracket_still_runs_on():
    text = (
        "Kommunestyret vedtok at planen (som ble lagt ut til offentlig ettersyn i mars) skal\n"
        "revideres i løpet av neste valgperiode, og at arbeidet skal starte allerede i høst.\n"
    )
    assert text_of(text).count("\n") == 0


# A hard-wrapped paragraph whose last line ends a sentence, then a heading line without blank line.
HEADED = {
    "Beslutning": "Økonomiudvalget har på mødet behandlet sagen om beskæftigelsesindsatsen,\n"
    "og administrationen har lagt en status frem for fjerde kvartal med tal\n"
    "for ledighed, aktivering og sygedagpenge samt for de unge under 30 år.\n",
    "Indstilling": "Sagen blev udsat på sidste møde, fordi udvalget ønskede flere oplysninger\n"
    "om de økonomiske konsekvenser, som forvaltningen nu har beskrevet her.\n",
    "Vedtak": "Kommunedirektøren har redegjort for sykefraværet i fjerde kvartal og for\n"
    "de tiltakene som er satt i verk i helse og omsorg og i oppvekst i år.\n",
    "Behandling i formannskapet": "Formannskapet drøftet saken i møtet og ba om en ny orientering til\n"
    "våren, med tall for hver enhet og en plan for oppfølging av tiltakene.\n",
    "Tilråding": "Heradsstyret har tidlegare gjort vedtak om ein ny skulestruktur, og\n"
    "kommunedirektøren legg no fram ei sak om korleis vedtaket skal følgjast opp.\n",
    "Besluit": "Het college stelt voor de verordening afvalstoffenheffing te wijzigen\n"
    "zodat de tarieven voor 2025 aansluiten bij de kosten van de inzameling.\n",
    "Stemming": "De fractie van de VVD diende een amendement in om het tarief voor\n"
    "grofvuil te verlagen; de wethouder ontraadde het amendement in de raad.\n",
    "Energi og forsyning": "Kommunens klimaarbejde er organiseret i tre indsatsområder, som hver\n"
    "har egne mål og indsatser, og som følges op hvert år i en statusrapport.\n",
}


@pytest.mark.parametrize("heading", sorted(HEADED))
def test_a_short_heading_after_a_finished_wrapped_sentence_stays_its_own_line(heading):
    text = text_of(HEADED[heading] + heading + "\nGodkendt uden bemærkninger fra de tilstedeværende medlemmer.\n")
    assert f"\n{heading}\n" in text


@pytest.mark.parametrize(
    "last",
    ["Det gælder fra 2025.", "Arbeidet starter i mars.", "Dat geldt vanaf 1 januar.", "Sagen afsluttes hermed!"],
)
def test_a_short_last_sentence_of_a_wrapped_paragraph_still_runs_on(last):
    assert f"år. {last}" in text_of(HEADED["Beslutning"] + last + "\n")


@pytest.mark.parametrize("line", ["med virkning fra 2025", "og for alle ansatte"])
def test_a_short_lower_case_line_after_a_full_sentence_still_runs_on(line):
    assert f"år. {line}" in text_of(HEADED["Beslutning"] + line + "\n")


@pytest.mark.parametrize(
    "lines",
    [
        ["Hans Mose (Løsgænger) stemte imod", "Anne Jensen (V) stemte for", "Per Holm (A) stemte for"],
        ["Kari Nordmann (Ap) stemte for forslaget", "Ola Li (H) stemte imot forslaget"],
        ["Marit Dahl (Sp) røysta for", "Nils Vik (FrP) røysta mot", "Åse Lie (SV) røysta for"],
        ["Jan Jansen (VVD) stemt tegen", "Els de Vries (D66) stemt voor", "Piet Bakker (CDA) stemt voor"],
        ["Mette Holm (Det Konservative Folkeparti) undlod at stemme", "Søren Dahl (Venstre) undlod at stemme"],
    ],
)
def test_parallel_member_vote_sentences_stay_one_per_line(lines):
    assert text_of("Afstemning\n" + "\n".join(lines) + "\n").split("\n")[1:] == lines


def test_a_wrapped_sentence_naming_two_members_in_brackets_still_runs_on():
    text = text_of(
        "Forslaget blev fremsat af Kari Nordmann (Ap) og støttet af flere medlemmer af\n"
        "formannskapet, mens Ola Li (H) talte imot forslaget i hele den lange debatten.\n"
    )
    assert text.count("\n") == 0


# A short text of headings over one-line paragraphs: no line is long enough to have been wrapped.
SHORT_HEADED = [
    "Folkehelseplan 2026–2030\nSatsingsområde A – Fysisk aktivitet\nVi vil ha flere aktive barn og unge.\n"
    "Satsingsområde B – Psykisk helse\nVi vil styrke tilbudene.\n",
    "Sundhedspolitik 2026\nIndsatsområde 1 – Mental sundhed for alle\nVi vil styrke trivslen blandt unge.\n"
    "Indsatsområde 2 – Bevægelse\nVi vil have flere i gang.\n",
    "Kommuneplan 2026–2036\nSatsingsområde 1 – Busetjing i heile kommunen\nVi vil bli fleire innbyggjarar.\n"
    "Satsingsområde 2 – Næring\nVi vil ha fleire jobbar.\n",
    "Omgevingsvisie 2040\nSpeerpunt 1 – Betaalbaar wonen voor iedereen\nWe bouwen tot 2040 ruim 3.000 woningen.\n"
    "Speerpunt 2 – Groen\nWe vergroenen de kernen.\n",
    "Klimaplan 2026\nTema 3: Transport og mobilitet i byen\nDen kollektive trafik skal styrkes.\n"
    "Tema 4: Affald\nVi sorterer mere.\n",
]


@pytest.mark.parametrize("text", SHORT_HEADED)
def test_a_heading_over_a_paragraph_in_a_short_text_stays_its_own_line(text):
    heading = text.split("\n")[1]
    assert f"\n{heading}\n" in text_of(text)


def test_a_wrapped_line_ending_before_a_name_still_runs_on_in_a_wrapped_text():
    text = (
        "Kommunen har i en lang årrække deltaget i internationale netværk og har\n"
        "gennem de seneste år styrket det nordiske samarbejde, især med\n"
        "Ballerup og de øvrige venskabsbyer inden for uddannelse og kultur samt klima.\n"
    )
    assert "især med Ballerup" in text_of(text)


# a decision list whose label and outcome lines have about one length, as a wrapped paragraph's lines do
DECISION_LIST = [
    "Amendement A1 van VVD en CDA 'Geen extra parkeerbelasting'",
    "Verworpen met 12 stemmen voor en 21 stemmen tegen.",
    "Motie M1 van D66 'Meer groen op schoolpleinen'",
    "Aangenomen met 30 stemmen voor en 3 stemmen tegen.",
    "Motie M2 van SP 'Huurbevriezing van de sociale woningen'",
    "Aangehouden op verzoek van de indiener van de motie.",
    "Raadsvoorstel Kadernota 2027 met de financiële kaders",
    "Unaniem aangenomen door de raad, zonder stemverklaringen.",
]


@pytest.mark.parametrize("start", range(0, len(DECISION_LIST), 2))
def test_a_decision_lists_label_and_outcome_lines_stay_apart(start):
    lines = DECISION_LIST[start:] + DECISION_LIST[:start]
    assert text_of("\n".join(lines) + "\n").split("\n") == lines


def test_a_wrapped_paragraph_whose_line_opens_with_a_lower_case_outcome_word_still_runs_on():
    text = (
        "De raad heeft in de vergadering van maart de motie over het groen\n"
        "aangenomen met een ruime meerderheid van de stemmen van de fracties\n"
        "en het college gevraagd om voor de zomer met een voorstel te komen.\n"
    )
    assert text_of(text).count("\n") == 0
