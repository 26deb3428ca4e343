"""A table typed with spaces keeps its columns at fixed positions even where a long cell leaves only one or two
spaces before the next column: the narrow gap parts the cells too, when at least three rows start a cell there
and one of them after three spaces or more. Label fields aligned with spaces, prose and lists whose only gaps are
two spaces keep their words together."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise


def lines_of(page: str) -> list[str]:
    return normalise([page])[0].split("\n")


TABLES = [
    (
        "  Nr.  Sag                                             Resultat\n"
        "  12   Godkendelse af dagsorden                        Godkendt\n"
        "  13   Anlægsregnskab – stiforbindelse ved Dragør Fort Godkendt\n"
        "  14   Budgetopfølgning 1/2026                         Anbefalet\n",
        ["Nr.\tSag\tResultat", "12\tGodkendelse af dagsorden\tGodkendt",
         "13\tAnlægsregnskab – stiforbindelse ved Dragør Fort\tGodkendt", "14\tBudgetopfølgning 1/2026\tAnbefalet"],
    ),
    (
        "Sak      Tittel                              Vedtak\n"
        "41/26    Budsjettregulering 1/2026           Vedtatt\n"
        "42/26    Reguleringsplan for Moen nord del 2 Utsatt\n"
        "43/26    Årsmelding 2025                     Tatt til orientering\n",
        ["Sak\tTittel\tVedtak", "41/26\tBudsjettregulering 1/2026\tVedtatt",
         "42/26\tReguleringsplan for Moen nord del 2\tUtsatt", "43/26\tÅrsmelding 2025\tTatt til orientering"],
    ),
    (
        "Nr   Onderwerp                             Besluit\n"
        "5    Verordening jeugdhulp 2027            Vastgesteld\n"
        "6    Motie Warme stad voor alle inwoners   Verworpen\n"
        "7    Grondexploitatie Veldzicht fase twee  Aangenomen\n",
        ["Nr\tOnderwerp\tBesluit", "5\tVerordening jeugdhulp 2027\tVastgesteld",
         "6\tMotie Warme stad voor alle inwoners\tVerworpen", "7\tGrondexploitatie Veldzicht fase twee\tAangenomen"],
    ),
    (
        "Tiltak                         Status              Merknad\n"
        "Ny gang- og sykkelvei          Fullført            Åpnet i mai.\n"
        "Lademuligheter ved rådhuset    Delvis gjennomført  Fire av åtte ladere er satt opp.\n"
        "Grønn skolegård                Ikke startet        Avventer midler.\n",
        ["Tiltak\tStatus\tMerknad", "Ny gang- og sykkelvei\tFullført\tÅpnet i mai.",
         "Lademuligheter ved rådhuset\tDelvis gjennomført\tFire av åtte ladere er satt opp.",
         "Grønn skolegård\tIkke startet\tAvventer midler."],
    ),
    (
        "Punt  Onderwerp                 Stemming\n"
        "1     Vaststelling agenda       unaniem\n"
        "2     Kadernota 2027 gemeente   24 - 9\n"
        "3     Motie bomenkap centrum    12 - 21\n",
        ["Punt\tOnderwerp\tStemming", "1\tVaststelling agenda\tunaniem", "2\tKadernota 2027 gemeente\t24 - 9",
         "3\tMotie bomenkap centrum\t12 - 21"],
    ),
]


@pytest.mark.parametrize(("page", "expected"), TABLES)
def test_a_narrow_gap_at_a_column_of_a_space_aligned_table_parts_the_cells(page, expected):
    assert lines_of(page) == expected


LOOK_ALIKES = [
    # label fields aligned with spaces: a value after a label, no column
    (
        "Møtested:  Rådhuset, Vikersund\nMøtedato:  mandag 2. mars 2026\nSted:      Sal 1\nTid:       18:00–22:15\n",
        ["Møtested: Rådhuset, Vikersund", "Møtedato: mandag 2. mars 2026"],
    ),
    # a numbered list whose only gaps are two spaces
    (
        "1.1  Udfasning af naturgas i boligområder\n1.2  Solceller på kommunale bygninger\n"
        "1.3  Overskudsvarme fra datacenter\n",
        ["1.1 Udfasning af naturgas i boligområder", "1.2 Solceller på kommunale bygninger"],
    ),
    # prose typed with two spaces after a stop
    (
        "Sagen blev behandlet.  Udvalget bad om mere.\nForvaltningen svarede.  Sagen er lukket.\n"
        "Der var enighed.  Mødet sluttede.\n",
        ["Sagen blev behandlet. Udvalget bad om mere."],
    ),
]


@pytest.mark.parametrize(("page", "kept"), LOOK_ALIKES)
def test_label_fields_two_space_lists_and_prose_keep_their_words_together(page, kept):
    text = normalise([page])[0]
    assert all(line in text.split("\n") or line in text for line in kept)
    openings = {k.split(" ", 1)[0] for k in kept}
    assert not any("\t" in line for line in text.split("\n") if line.split(" ", 1)[0] in openings)
