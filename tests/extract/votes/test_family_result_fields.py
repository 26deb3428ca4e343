"""Result fields: a vote's result written as a labelled field on its own line, often in capitals, often with
its counts on the lines below ("Resultat: FORKASTET" / "For 11" / "Mot 32", "Uitslag: AANGENOMEN").

The field gives the outcome about the case (or the proposal named above it); a shouted value reads as its
words do in lower case, unanimity included, and party codes in capitals keep their case. A result field whose
value is no outcome ("Resultat: Behandlet") decides nothing, and so do look-alikes: a tracker's status, a
goal field, a heading alone.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, vote_cells, votes

TITLE = {"da": "Budget 2021", "nb": "Budsjett 2024", "nn": "Budsjett 2024", "nl": "Klimaatadaptatie"}


def _decided(field: str, language: str) -> list[tuple]:
    """Subject, outcome and unanimity of each row a field under the case header gives."""
    return [(r.subject, r.outcome, r.unanimous) for r in votes(f"{CASE[language]}{field}\n", language)]


@pytest.mark.parametrize(
    ("field", "language", "outcome", "unanimous"),
    [
        ("Resultat: vedtatt", "nb", "adopted", None),
        ("Resultat: VEDTATT", "nb", "adopted", None),
        ("Resultat: FORKASTET", "nb", "rejected", None),
        ("Resultat: Ikke vedtatt", "nb", "rejected", None),
        ("RESULTAT: ENSTEMMIG VEDTATT", "nb", "adopted", True),
        ("Resultat: Vedtatt (enstemmig)", "nb", "adopted", True),
        ("Utfall: UTSATT", "nb", "postponed", None),
        ("Resultat: Vedteke", "nn", "adopted", None),
        ("Resultat: SAMRØYSTES VEDTEKE", "nn", "adopted", True),
        ("Resultat: FALL", "nn", "rejected", None),
        ("Resultat: Ikkje vedteke", "nn", "rejected", None),
        ("Resultat: UTSETT", "nn", "postponed", None),
        ("Resultat: Vedtaget", "da", "adopted", None),
        ("Resultat: VEDTAGET", "da", "adopted", None),
        ("Resultat: FORKASTET", "da", "rejected", None),
        ("Resultat: Enstemmigt vedtaget", "da", "adopted", True),
        ("Afstemningsresultat: UDSAT", "da", "postponed", None),
        ("Uitslag: AANGENOMEN", "nl", "adopted", None),
        ("Stemuitslag: VERWORPEN", "nl", "rejected", None),
        ("Resultaat: UNANIEM AANGENOMEN", "nl", "adopted", True),
        ("Uitslag: AANGEHOUDEN op verzoek van de indiener", "nl", "postponed", None),
        ("Uitslag: niet behandeld, doorgeschoven naar de vergadering van 11 juni 2026", "nl", "postponed", None),
        ("Uitslag: DOORGESCHOVEN naar de volgende raadsvergadering", "nl", "postponed", None),
    ],
)
def test_a_result_field_gives_its_outcome_about_the_case(field, language, outcome, unanimous):
    assert _decided(field, language) == [(TITLE[language], outcome, unanimous)]


@pytest.mark.parametrize(
    ("field", "language", "outcome", "unanimous"),
    [
        ("Vedtak: ENSTEMMIG VEDTATT", "nb", "adopted", True),
        ("Vedtak: FORKASTET", "nb", "rejected", None),
        ("Vedtak: VEDTATT", "nb", "adopted", None),
        ("Vedtak: UTSATT", "nb", "postponed", None),
        ("Vedtak: SAMRØYSTES VEDTEKE", "nn", "adopted", True),
        ("Vedtak: IKKJE VEDTEKE", "nn", "rejected", None),
        ("Beslutning: GODKENDT", "da", "adopted", None),
        ("Beslutning: ENSTEMMIGT GODKENDT", "da", "adopted", True),
        ("Beslutning: UDSAT", "da", "postponed", None),
        ("Besluit: VASTGESTELD", "nl", "adopted", None),
        ("Besluit: UNANIEM AANGENOMEN", "nl", "adopted", True),
        ("Beslissing: GOEDGEKEURD", "nl", "adopted", None),
        ("Besluit: VERWORPEN", "nl", "rejected", None),
        ("Vedtak: IKKE VEDTATT", "nb", "rejected", None),
        ("Vedtak: VEDTEKE", "nn", "adopted", None),
        ("Vedtak: FALL", "nn", "rejected", None),
        ("Vedtak: UTSETT", "nn", "postponed", None),
        ("Beslutning: FORKASTET", "da", "rejected", None),
        ("Beslutning: VEDTAGET", "da", "adopted", None),
        ("Beslissing: UNANIEM GOEDGEKEURD", "nl", "adopted", True),
    ],
)
def test_a_shouted_decision_value_reads_as_written_in_lower_case(field, language, outcome, unanimous):
    assert _decided(field, language) == [(TITLE[language], outcome, unanimous)]


@pytest.mark.parametrize(
    ("field", "language", "votes_for", "votes_against"),
    [
        ("Resultat: VEDTATT\nFor 27\nMot 8", "nb", 27, 8),
        ("Resultat: FORKASTET\n  For    9\n  Mot    26", "nb", 9, 26),
        ("Resultat: Vedteke\nFor 15\nMot 2", "nn", 15, 2),
        ("Resultat: VEDTAGET\nFor 19\nImod 6", "da", 19, 6),
        ("Resultat: Forkastet\nFor 4\nMod 21", "da", 4, 21),
        ("Uitslag: BENOEMD   37 stemmen voor, 1 blanco, 1 ongeldig", "nl", 37, None),
        ("Uitslag: AANGENOMEN     Voor: 30     Tegen: 9", "nl", 30, 9),
        ("Vedtak: VEDTATT MED 30 MOT 3 STEMMER", "nb", 30, 3),
        ("Resultat: FORKASTET MED 12 MOT 21 STEMMER", "nb", 12, 21),
        ("Resultat: FORKASTET\nFor 14\nMot 29\nAvholdende 2", "nb", 14, 29),
        ("Vedtak: VEDTEKE MED 17 MOT 4 RØYSTER", "nn", 17, 4),
        ("Resultat: FALL\nFor 6\nMot 19", "nn", 6, 19),
        ("Resultat: VEDTEKE\n  For    12\n  Mot    9", "nn", 12, 9),
        ("Resultat: FALL MED 8 MOT 13 RØYSTER", "nn", 8, 13),
        ("Beslutning: GODKENDT MED 20 STEMMER FOR OG 5 IMOD", "da", 20, 5),
        ("Resultat: Vedtaget\n  For    23\n  Imod   4", "da", 23, 4),
        ("Resultat: FORKASTET\nFor 3\nImod 24\nUndlod 2", "da", 3, 24),
        ("Uitslag: AANGENOMEN MET 25 STEMMEN VOOR EN 8 TEGEN", "nl", 25, 8),
        ("Stemuitslag: VERWORPEN met 11 stemmen voor en 20 tegen", "nl", 11, 20),
        ("Uitslag: GEKOZEN   21 stemmen voor", "nl", 21, None),
    ],
)
def test_count_lines_under_a_result_field_are_its_counts(field, language, votes_for, votes_against):
    rows = votes(f"{CASE[language]}{field}\n", language)
    assert [(r.votes_for, r.votes_against) for r in rows] == [(votes_for, votes_against)]


VOTE_PAGES = {
    "nl": (
        "Stemming 1 van 3\nMotie: Motie van de SP over gratis zwemles\nUitslag: VERWORPEN\nVoor 12\nTegen 21\n\n"
        "Stemming 2 van 3\nAmendement: Meer groen op het Marktplein\nUitslag: AANGENOMEN\nVoor: 24\nTegen: 9\n\n"
        "Stemming 3 van 3\nRaadsvoorstel\nUitslag: UNANIEM AANGENOMEN\n",
        [
            ("Motie van de SP over gratis zwemles", "rejected", 12, 21),
            ("Meer groen op het Marktplein", "adopted", 24, 9),
            ("Klimaatadaptatie", "adopted", None, 0),
        ],
    ),
    "nb": (
        "Votering 1 av 2\nForslag: Forslag fra SV om gratis skolemat\nResultat: FORKASTET\nFor 11\nMot 32\n\n"
        "Votering 2 av 2\nForslag: Innstillingen\nResultat: VEDTATT\nFor 40\nMot 3\n",
        [("Forslag fra SV om gratis skolemat", "rejected", 11, 32), ("Innstillingen", "adopted", 40, 3)],
    ),
    "nn": (
        "Røysting 1\nFramlegg: Framlegg frå Senterpartiet om ny brannstasjon\nResultat: FALL\nFor 7\nMot 18\n\n"
        "Røysting 2\nResultat: SAMRØYSTES VEDTEKE\n",
        [("Framlegg frå Senterpartiet om ny brannstasjon", "rejected", 7, 18), ("Budsjett 2024", "adopted", None, 0)],
    ),
    "da": (
        "Afstemning 1\nForslag: Ændringsforslag fra Enhedslisten om billigere busser\nResultat: FORKASTET\n"
        "For 5\nImod 20\n\nAfstemning 2\nResultat: VEDTAGET\nFor 25\nImod 0\n",
        [
            ("Ændringsforslag fra Enhedslisten om billigere busser", "rejected", 5, 20),
            ("Budget 2021", "adopted", 25, 0),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(VOTE_PAGES))
def test_a_vote_page_gives_one_row_per_vote_about_the_proposal_it_names(language):
    page, expected = VOTE_PAGES[language]
    rows = votes(CASE[language] + page, language)
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == expected


@pytest.mark.parametrize(
    ("field", "language", "proposer"),
    [
        ("Forslag: Forslag fra SV om gratis skolemat", "nb", (None, "SV")),
        ("Forslag: Forslag fra Kari Lund (Ap) om nytt bibliotek", "nb", ("Kari Lund", "Ap")),
        ("Framlegg: Framlegg frå Per Vik (Sp) om ny ferjekai", "nn", ("Per Vik", "Sp")),
        ("Forslag: Ændringsforslag fra Mette Bro (V) om cykelstier", "da", ("Mette Bro", "V")),
    ],
)
def test_a_vote_pages_proposal_field_names_its_mover(field, language, proposer):
    result = {"nb": "FORKASTET", "nn": "FALL", "da": "FORKASTET"}[language]
    rows = votes(f"{CASE[language]}Votering 1\n{field}\nResultat: {result}\n", language)
    assert [(r.proposer, r.proposer_party) for r in rows] == [proposer]


@pytest.mark.parametrize(
    ("field", "language", "against"),
    [
        ("Uitslag: AANGENOMEN\nVoor: 30\nTegen: 9 (VVD 5, PVV 4)", "nl", {"VVD": 5, "PVV": 4}),
        ("Uitslag: UNANIEM AANGENOMEN\nVoor: 31\nTegen: 0", "nl", None),
        ("Uitslag: AANGENOMEN\nVoor: 31\nTegen: 8 (SGP 3, PVV 5)", "nl", {"SGP": 3, "PVV": 5}),
        ("Resultat: VEDTATT MOT 7 STEMMER (FRP)", "nb", {"FRP": 7}),
        ("Resultat: VEDTATT\nFor 30\nMot 5 (KRF 3, SP 2)", "nb", {"KRF": 3, "SP": 2}),
        ("Resultat: VEDTAGET\nFor 20\nImod 4 (DF 4)", "da", {"DF": 4}),
    ],
)
def test_party_codes_in_capitals_keep_their_case_beside_a_shouted_outcome(field, language, against):
    rows = vote_cells(f"{CASE[language]}{field}\n", language)
    assert [(row[2], row[5]) for row in rows] == [("adopted", against)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Resultat: Behandlet\n", "nb"),
        ("Resultat: BEHANDLET\n", "nb"),
        ("Resultat: Behandlet Arkivsak: 24/5521\n", "nb"),
        ("Resultatmål: Vedtatt plan innen 2026 og 40 nye boliger\n", "nb"),
        ("RESULTAT\n\nKommunen har nådd sine mål for 2025.\n", "nb"),
        ("Resultat av høringen: 14 innspill, de fleste positive\n", "nb"),
        ("Resultat: Handsama\n", "nn"),
        ("Resultat: Drøftet\n", "da"),
        ("Resultatmål: Godkendt lokalplan i 2027\n", "da"),
        ("Resultatmål: Vedteken plan innan 2027\n", "nn"),
        ("RESULTAT\n\nKommunen nådde måla for 2025.\n", "nn"),
        ("Resultat av høyringa: 12 innspel, dei fleste positive\n", "nn"),
        ("Resultat: IKKJE HANDSAMA\n", "nn"),
        ("Resultat af høringen: 30 høringssvar\n", "da"),
        ("RESULTAT\n\nMålet for 2025 er nået.\n", "da"),
        ("Resultat: IKKE BEHANDLET\n", "da"),
        ("RESULTAAT\n\nDe doelen voor 2025 zijn gehaald.\n", "nl"),
        ("Resultaat van de enquête: 60 procent tevreden\n", "nl"),
        ("Tegen: VVD, PVV\n", "nl"),
        ("Status: IN UITVOERING\n", "nl"),
        ("Resultaat: BESPROKEN\n", "nl"),
        ("Uitslag: niet behandeld\n", "nl"),
    ],
)
def test_a_field_that_records_no_outcome_gives_no_row(text, language):
    assert votes(CASE[language] + text, language) == []


@pytest.mark.parametrize(
    ("block", "language", "subject"),
    [
        (
            "Forslag nr. 2 fra Kari Lund (SV)\n«Bystyret ber om ny gang- og sykkelvei langs Elvegata.»\n"
            "Resultat: FORKASTET\n",
            "nb",
            "Bystyret ber om ny gang- og sykkelvei langs Elvegata.",
        ),
        (
            'Forslag fra Ola Berg (H)\n"Eiendomsskatten fjernes fra 2026."\nResultat: Ikke vedtatt\n',
            "nb",
            "Eiendomsskatten fjernes fra 2026.",
        ),
        (
            "Framlegg frå Siri Haug (Sp)\n«Kommunestyret ber om at skulen i bygda vert halden oppe.»\nResultat: FALL\n",
            "nn",
            "Kommunestyret ber om at skulen i bygda vert halden oppe.",
        ),
        (
            "Ændringsforslag fra Peter Holm (Ø)\n“Taksten for beboerlicens fastholdes.”\nResultat: FORKASTET\n",
            "da",
            "Taksten for beboerlicens fastholdes.",
        ),
        ("Forslag: Gratis skolemat fra høsten 2027\nResultat: FORKASTET\n", "nb", "Gratis skolemat fra høsten 2027"),
        ("Forslag: KrFs forslag om leksehjelp\nResultat: FORKASTET\nFor 9\n", "nb", "KrFs forslag om leksehjelp"),
        ("Framlegg: Ny gymsal ved Nes skule\nResultat: FALL\n", "nn", "Ny gymsal ved Nes skule"),
        ("Forslag: Gratis parkering i julen\nResultat: FORKASTET\n", "da", "Gratis parkering i julen"),
        ("Formannskapets innstilling\nResultat: VEDTATT\nFor 30\nMot 13\n", "nb", "Formannskapets innstilling"),
        ("Kommunedirektørens innstilling\nResultat: Vedtatt\n", "nb", "Kommunedirektørens innstilling"),
        ("Formannskapet si innstilling\nResultat: VEDTEKE\n", "nn", "Formannskapet si innstilling"),
        ("Økonomiudvalgets indstilling\nResultat: VEDTAGET\n", "da", "Økonomiudvalgets indstilling"),
        ("Innstilling\nResultat: VEDTATT\n", "nb", "Budsjett 2024"),
    ],
)
def test_a_vote_page_vote_is_about_the_quoted_proposal_or_the_label_above_its_result(block, language, subject):
    rows = votes(f"{CASE[language]}Votering 1 av 1\n{block}", language)
    assert [r.subject for r in rows] == [subject]


@pytest.mark.parametrize(
    ("lines", "language", "against"),
    [
        (
            "For 11\nMot 32\nAvholdende 0\nStemte mot: Ap 12, H 9, FrP 6, Sp 3, KrF 2",
            "nb",
            {"Ap": 12, "H": 9, "FrP": 6, "Sp": 3, "KrF": 2},
        ),
        ("For 5\nMot 20 (FrP 14, KrF 6)", "nb", {"FrP": 14, "KrF": 6}),
        ("For 3\nMot 14\nRøysta mot: Sp 9, KrF 5", "nn", {"Sp": 9, "KrF": 5}),
        ("For 8\nImod 17\nStemte imod: V 12, DF 5", "da", {"V": 12, "DF": 5}),
        ("For 4\nMod 22 (V 18, LA 4)", "da", {"V": 18, "LA": 4}),
        ("For: 6 MDG, 5 SV\nMot: 20 H, 14 Ap, 3 FrP", "nb", {"H": 20, "Ap": 14, "FrP": 3}),
        ("For 8\nMot 25\nMot: 13 Ap, 12 H", "nb", {"Ap": 13, "H": 12}),
        ("For: 3 R, 2 MDG\nMot: 9 Sp, 6 H, 2 KrF", "nn", {"Sp": 9, "H": 6, "KrF": 2}),
        ("For: 4 SF, 2 EL\nImod: 11 V, 8 A", "da", {"V": 11, "A": 8}),
        ("For: 2 LA\nMod: 9 V, 4 C", "da", {"V": 9, "C": 4}),
    ],
)
def test_party_counts_under_a_result_fields_counts_are_the_parties_against(lines, language, against):
    result = {"nb": "Resultat: FORKASTET", "nn": "Resultat: FALL", "da": "Resultat: FORKASTET"}[language]
    rows = vote_cells(f"{CASE[language]}{result}\n{lines}\n", language)
    assert [row[5] for row in rows] == [against]


@pytest.mark.parametrize(
    ("head", "language"),
    [
        ("Utvalg: Bystyret\nMøtedato: 12.03.2025\nSak: 14/25\nResultat: Vedtatt\nArkivsak: 24/5521\n", "nb"),
        ("Utvalg: Bystyret\nMøtedato: 12.03.2025\nSak: 14/25\n\nResultat: VEDTATT\n\nArkivsak: 24/5521\n", "nb"),
        ("Utvalg: Formannskapet\nMøtedato: 02.04.2025\nSak: 31/25\nResultat: Enstemmig vedtatt\n", "nb"),
        ("Utval: Kommunestyret\nMøtedato: 20.05.2025\nSak: 40/25\nResultat: Vedteke\nArkivsak: 25/118\n", "nn"),
        ("Utval: Kommunestyret\nMøtedato: 20.05.2025\nSak: 41/25\nResultat: SAMRØYSTES VEDTEKE\n", "nn"),
    ],
)
def test_a_result_field_in_a_cases_field_block_sums_up_the_decision_recorded_below(head, language):
    rows = votes(f"Saksprotokoll\n\n{head}\nVedtak:\nPlanen godkjennes.\n", language)
    assert [(r.subject, r.outcome) for r in rows] == [("Planen godkjennes", "adopted")]


@pytest.mark.parametrize(
    ("page", "language", "date"),
    [
        (
            "Politikk › Møter › Bystyret 22.10.2026\n\nSak 51/26 Skolebruksplan\n"
            "Møte: Bystyret, torsdag 22. oktober 2026\n\n"
            "Formannskapets innstilling (fra møte 6. oktober 2026):\n"
            "Skolebruksplanen vedtas.\n\nVotering 1 av 1\nFormannskapets innstilling\nResultat: VEDTATT\n"
            "For 35\nMot 8\n\nPublisert 23.10.2026\n",
            "nb",
            "2026-10-22",
        ),
        (
            "Politikk › Møte › Kommunestyret 12.11.2026\n\nSak 60/26 Ny brannstasjon\n"
            "Møte: Kommunestyret, 12. november 2026\n\n"
            "Innstilling frå formannskapet (møte 28. oktober 2026):\n"
            "Brannstasjonen vert bygd.\n\nRøysting\nFormannskapet si innstilling\nResultat: VEDTEKE\n"
            "For 20\nMot 7\n\nSist oppdatert 13.11.2026\n",
            "nn",
            "2026-11-12",
        ),
    ],
)
def test_a_vote_page_dates_its_votes_by_its_meeting_not_by_the_recommendations_meeting(page, language, date):
    assert [r.meeting_date for r in votes(page, language)] == [date]


@pytest.mark.parametrize(
    ("text", "language", "against"),
    [
        ("Forslaget falt med 12 mot 31 stemmer.\nFor: 7 SV, 5 R\nMot: 18 H, 13 Ap", "nb", {"H": 18, "Ap": 13}),
        ("Innstillingen ble vedtatt med 30 mot 9 stemmer.\nMot: 6 FrP, 3 KrF", "nb", {"FrP": 6, "KrF": 3}),
        ("Framlegget fall med 5 mot 16 røyster.\nFor: 3 Sp, 2 KrF\nMot: 10 Ap, 6 H", "nn", {"Ap": 10, "H": 6}),
        ("Forslaget blev forkastet med 4 stemmer mod 21.\nFor: 2 EL, 2 SF\nImod: 12 A, 9 V", "da", {"A": 12, "V": 9}),
    ],
)
def test_party_count_lists_under_a_vote_sentence_are_the_parties_against(text, language, against):
    assert [row[5] for row in vote_cells(f"{CASE[language]}Votering 1\n{text}\n", language)] == [against]
