"""Family: a fixed-width follow-up table under a ruler of dash runs whose rows wrap onto a second line
in the title column ("22/26   Helhedsplan for havnen og den gamle" / "        færgeplads"), and whose
status column is followed by a date or a responsible column, sometimes one space away ("Ikke
påbegyndt Teknik"). The ruler marks where each column starts: the wrapped line belongs to the
title, the column after the status is no part of it. A comment line under a row stays the row's
comment, and a row without a case number is a row of its own. Tables written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

WIDTHS = (8, 41, 16)  # case number, title, status; the last column takes the rest


def _table(intro: str, header: tuple[str, ...], lines: list[tuple[str, ...]]) -> str:
    """A fixed-width table: each line's cells padded to the column widths, a ruler under the header."""

    def laid_out(cells: tuple[str, ...]) -> str:
        return "".join(cell.ljust(width) for cell, width in zip(cells, WIDTHS, strict=False)) + "".join(
            cells[len(WIDTHS) :]
        )

    ruler = "  ".join("-" * (width - 2) for width in WIDTHS) + "  ----------"
    return f"{intro}\n\n" + "\n".join([laid_out(header), ruler, *(laid_out(c).rstrip() for c in lines)]) + "\n"


# language: (intro, header, lines, expected rows); a line with an empty first cell wraps the row above
DATED = {
    "da": (
        "Opfølgning på byrådets beslutninger - 3. kvartal 2026",
        ("Sag", "Beslutning", "Status", "Frist"),
        [
            ("14/26", "Ny legeplads i Vestbyen med", "Gennemført", "01.05.2026"),
            ("", "shelter og bålplads"),
            ("22/26", "Helhedsplan for havnen og den gamle", "I gang", "31.12.2026"),
            ("", "færgeplads"),
            ("31/26", "Gratis bus for pensionister", "Ikke påbegyndt", "01.01.2027"),
            ("40/26", "Flere pædagoger i dagtilbud i", "Sat i bero", "30.06.2027"),
            ("", "landdistrikterne"),
            ("52/26", "Renovering af svømmehallen", "Aflyst", "-"),
        ],
        [
            ("14/26", "Ny legeplads i Vestbyen med shelter og bålplads", "completed"),
            ("22/26", "Helhedsplan for havnen og den gamle færgeplads", "in_progress"),
            ("31/26", "Gratis bus for pensionister", "not_started"),
            ("40/26", "Flere pædagoger i dagtilbud i landdistrikterne", "paused"),
            ("52/26", "Renovering af svømmehallen", "cancelled"),
        ],
    ),
    "nb": (
        "Vedtaksoppfølging 2. tertial 2026",
        ("Sak", "Vedtak", "Status", "Frist"),
        [
            ("45/25", "Gratis kjernetid i SFO for alle elever", "Under arbeid", "01.08.2026"),
            ("", "på første trinn"),
            ("61/25", "Ny idrettshall på Bakken", "Utført", "15.03.2026"),
            ("80/25", "Lånegaranti for Fritidsparken og", "Ikke påbegynt", "31.12.2026"),
            ("", "den nye skianlegget"),
            ("92/25", "Trafikksikring av skoleveien", "Stilt i bero", "01.06.2027"),
            ("", "ved Nordbyen skole"),
            ("97/25", "Ny brannstasjon i sentrum", "Avlyst", "-"),
        ],
        [
            ("45/25", "Gratis kjernetid i SFO for alle elever på første trinn", "in_progress"),
            ("61/25", "Ny idrettshall på Bakken", "completed"),
            ("80/25", "Lånegaranti for Fritidsparken og den nye skianlegget", "not_started"),
            ("92/25", "Trafikksikring av skoleveien ved Nordbyen skole", "paused"),
            ("97/25", "Ny brannstasjon i sentrum", "cancelled"),
        ],
    ),
    "nn": (
        "Oppfølging av politiske vedtak - 2. tertial 2026",
        ("Sak", "Vedtak", "Status", "Frist"),
        [
            ("12/25", "Ny gangveg til skulen langs", "Fullført", "01.04.2026"),
            ("", "fylkesvegen"),
            ("19/25", "Utgreiing av felles brannvesen", "Pågår", "30.09.2026"),
            ("", "med nabokommunane"),
            ("27/25", "Gratis kjernetid i SFO", "Stilt i bero", "01.08.2027"),
            ("33/25", "Fleire lærarar i småskulen", "Ikkje starta", "01.08.2026"),
            ("41/25", "Nytt kulturhus på torget med", "Avlyst", "-"),
            ("", "kino og bibliotek"),
        ],
        [
            ("12/25", "Ny gangveg til skulen langs fylkesvegen", "completed"),
            ("19/25", "Utgreiing av felles brannvesen med nabokommunane", "in_progress"),
            ("27/25", "Gratis kjernetid i SFO", "paused"),
            ("33/25", "Fleire lærarar i småskulen", "not_started"),
            ("41/25", "Nytt kulturhus på torget med kino og bibliotek", "cancelled"),
        ],
    ),
    "nl": (
        "Voortgang moties en toezeggingen - najaar 2026",
        ("Nr.", "Motie", "Stand van zaken", "Datum"),
        [
            ("M12", "Meer bomen in de binnenstad en", "Afgerond", "12-03-2026"),
            ("", "langs de invalswegen"),
            ("M15", "Onderzoek naar een jongerenraad", "In uitvoering", "01-09-2026"),
            ("M19", "Gratis parkeren op zaterdag in", "Niet gestart", "01-01-2027"),
            ("", "het centrum"),
            ("M23", "Nieuwe sporthal in Zuid", "Aangehouden", "01-06-2027"),
            ("M27", "Extra handhavers voor de", "Vervallen", "-"),
            ("", "wijken in Oost"),
        ],
        [
            ("M12", "Meer bomen in de binnenstad en langs de invalswegen", "completed"),
            ("M15", "Onderzoek naar een jongerenraad", "in_progress"),
            ("M19", "Gratis parkeren op zaterdag in het centrum", "not_started"),
            ("M23", "Nieuwe sporthal in Zuid", "paused"),
            ("M27", "Extra handhavers voor de wijken in Oost", "cancelled"),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(DATED))
def test_a_wrapped_title_joins_its_row_and_the_date_after_the_status_is_no_part_of_it(language):
    intro, header, lines, expected = DATED[language]
    assert rows(_table(intro, header, lines), language) == expected


RESPONSIBLE = {
    "da": ("Sag", "Beslutning", "Status", "Ansvarlig"),
    "nb": ("Sak", "Vedtak", "Status", "Ansvarlig"),
    "nn": ("Sak", "Vedtak", "Status", "Ansvarleg"),
    "nl": ("Nr.", "Motie", "Status", "Portefeuille"),
}
NARROW = {  # a status that fills its column, one space before the responsible column
    "da": ("Ny cykelsti til skolen", "Ikke påbegyndt", "Teknik", "not_started"),
    "nb": ("Ny sykkelvei til skolen", "Ikke påbegynt", "Teknisk", "not_started"),
    "nn": ("Ny sykkelveg til skulen", "Ikkje starta", "Teknisk", "not_started"),
    "nl": ("Nieuw fietspad naar school", "Niet gestart", "Verkeer", "not_started"),
}


@pytest.mark.parametrize("language", sorted(RESPONSIBLE))
def test_a_responsible_column_one_space_after_the_status_is_cut_at_the_ruler(language):
    title, status, owner, expected = NARROW[language]
    ident, name, state, responsible = RESPONSIBLE[language]
    width = len(status)
    text = (
        f"Opfølgning\n\n{ident:<8}{name:<41}{state:<{width + 1}}{responsible}\n"
        f"{'-' * 6}  {'-' * 39}  {'-' * width} {'-' * 10}\n{'7/26':<8}{title:<41}{status} {owner}\n"
    )
    assert rows(text, language) == [("7/26", title, expected)]


def test_a_comment_line_under_a_row_is_no_part_of_its_title():
    lines = [
        ("61/25", "Ny idrettshall på Bakken", "Under arbeid", "Teknisk"),
        ("", "Kommentar: Hallen åpnes i juni."),
        ("62/25", "Nytt kulturhus", "Utført", "Kultur"),
    ]
    assert rows(_table("Vedtaksoppfølging", RESPONSIBLE["nb"], lines), "nb") == [
        ("61/25", "Ny idrettshall på Bakken", "in_progress"),
        ("62/25", "Nytt kulturhus", "completed"),
    ]


def test_a_row_without_a_case_number_is_no_wrapped_line():
    lines = [
        ("61/25", "Ny idrettshall på Bakken", "Under arbeid", "Teknisk"),
        ("", "Nytt kulturhus", "Utført", "Kultur"),
    ]
    found = rows(_table("Vedtaksoppfølging", RESPONSIBLE["nb"], lines), "nb")
    assert found[0] == ("61/25", "Ny idrettshall på Bakken", "in_progress")
