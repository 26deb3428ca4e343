"""Decision lists whose outcome stands in a column of its own beside the item, set apart by wide gaps and
with no header row ("PS 31/26 <gap> Budsjettregulering <gap> Vedtatt mot 4 stemmer (Sp)"); look-alikes: trackers,
agendas with times, a member list."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes
from tests.extract.votes.test_family_item_lists import HEADS

COLUMNS = {  # a list whose outcome stands in a column of its own, set apart by wide gaps, no header
    "nl": (
        "  1    Goedkeuring notulen vorige zitting        Goedgekeurd\n"
        "  2    Mobiliteitsplan centrum 2026              Goedgekeurd - eenparig\n"
        "  3    Jaarrekening AGB Sport 2025               Kennisname\n"
        "  4    Reglement standplaatsen                   Verdaagd\n"
        "  5    Motie over zwerfvuil                      Verworpen      9 - 20\n",
        [("1", "adopted"), ("2", "adopted"), ("3", "noted"), ("4", "postponed"), ("5", "rejected")],
    ),
    "nb": (
        "PS 30/26    Godkjenning av innkalling og saksliste     Godkjent\n"
        "PS 31/26    Budsjettregulering 1. tertial              Vedtatt mot 4 stemmer (Sp)\n"
        "PS 32/26    Årsmelding for eldrerådet 2025             Tatt til orientering\n"
        "PS 33/26    Reguleringsplan for Solbakken              Utsatt\n"
        "PS 34/26    Forslag fra Rødt om skolemat               Ikke vedtatt     7 - 22\n",
        [("30/26", "adopted"), ("31/26", "adopted"), ("32/26", "noted"), ("33/26", "postponed"), ("34/26", "rejected")],
    ),
    "nn": (
        "PS 30/26    Godkjenning av innkalling og sakliste      Godkjend\n"
        "PS 31/26    Budsjettendring 1. tertial                 Vedteke mot 2 røyster (Raudt)\n"
        "PS 32/26    Årsmelding for ungdomsrådet 2025           Teke til orientering\n"
        "PS 33/26    Reguleringsplan for Nesvegen               Utsett\n"
        "PS 34/26    Framlegg frå SV om gratis SFO              Ikkje vedteke\n",
        [("30/26", "adopted"), ("31/26", "adopted"), ("32/26", "noted"), ("33/26", "postponed"), ("34/26", "rejected")],
    ),
    "da": (
        "Pkt. 40    Godkendelse af dagsorden                    Godkendt\n"
        "Pkt. 41    Lokalplan 212 for Havnefronten              Godkendt - enstemmigt\n"
        "Pkt. 42    Årsberetning 2025 for Handicaprådet         Taget til efterretning\n"
        "Pkt. 43    Budgetopfølgning pr. 28. februar            Udsat\n"
        "Pkt. 44    Forslag fra Enhedslisten om busser          Forkastet\n",
        [("40", "adopted"), ("41", "adopted"), ("42", "noted"), ("43", "postponed"), ("44", "rejected")],
    ),
}


@pytest.mark.parametrize("language", sorted(COLUMNS))
def test_an_outcome_in_a_column_of_its_own_is_the_items(language):
    text, expected = COLUMNS[language]
    rows = votes(HEADS[language] + text, language)
    assert [(r.case_number, r.outcome) for r in rows] == expected
    assert all(r.subject and "\t" not in r.subject for r in rows)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "  1.1    Laadpalen in de wijken        Afgerond\n  1.2    Nieuw fietspad      Loopt\n"),
        ("nb", "Tiltak 1    Ny barnehage      Under arbeid\nTiltak 2    Ny skole     Ikke startet\n"),
        ("nl", "  1    Opening       19.30 uur\n  2    Vaststelling agenda      19.35 uur\n"),
        ("da", "1    Kari Hansen (A)     Godkendt som stedfortræder\n"),
    ],
)
def test_columns_without_outcomes_or_without_items_give_no_rows(language, text):
    assert votes(HEADS[language] + text, language) == []
