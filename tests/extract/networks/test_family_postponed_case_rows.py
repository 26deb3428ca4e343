"""A decision list or vote page whose row names a programme or network in its title cell and postpones or refuses
the case in its outcome cell ('FS 10/26   Deltakelse i X-prosjektet   Utsatt.', '| Deltagelse i X-projektet |
Udsat |', 'Toetreding tot X<TAB>uitgesteld'): the case decided nothing, so nothing is held. The cells may be split
by tabs, pipes or aligned by runs of spaces (the normaliser makes aligned columns tabs). The same row adopted, or a
prose sentence whose next sentence postpones something else, still holds the name."""

from __future__ import annotations

import pytest

POSTPONED = [
    (
        "nb",
        "Vefsn",
        "Sak        Tittel                                          Vedtak\n"
        "FS 12/26   Deltakelse i Interreg-prosjektet «Kystlys»      Utsatt.\n"
        "FS 13/26   Budsjettjustering                               Vedtatt enstemmig.\n",
        "Interreg",
    ),
    (
        "da",
        "Vordingborg",
        " Pkt | Sag                                          | Resultat  | For | Imod\n"
        ' 41  | Deltagelse i LIFE-projektet "Kystsikring"      | Udsat     |  -  |  -\n'
        " 42  | Lokalplan 12                                 | Vedtaget  | 21  | 0\n",
        "LIFE",
    ),
    (
        "nl",
        "Oisterwijk",
        "Nr.  Onderwerp                                  Besluit\n"
        "7    Deelname aan Interreg-project Grensbeek     uitgesteld\n"
        "8    Begrotingswijziging                        aangenomen\n",
        "Interreg",
    ),
    (
        "nn",
        "Kvam",
        "Sak      Tittel                                              Vedtak\n"
        "HS 8/26  Deltaking i Erasmus+-prosjektet Ung i fjorden       Vart utsett.\n"
        "HS 9/26  Skulebruksplan                                      Vedteke.\n",
        "Erasmus+",
    ),
    (
        "da",
        "Struer",
        "Punkt\tSag\tBeslutning\n4\tDeltagelse i Interreg-projektet Fjordlink\tUdskudt til juni\n",
        "Interreg",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), POSTPONED)
def test_a_case_row_postponed_holds_no_network(rows, language, town, text, network):
    assert network not in rows(text, language, town)


HELD = [
    (
        "nb",
        "Vefsn",
        "Sak        Tittel                                          Vedtak\n"
        "FS 12/26   Deltakelse i Interreg-prosjektet «Kystlys»      Vedtatt enstemmig.\n",
        "Interreg",
    ),
    (
        "nl",
        "Oisterwijk",
        "Nr.  Onderwerp                                  Besluit\n"
        "7    Deelname aan Interreg-project Grensbeek     aangenomen\n",
        "Interreg",
    ),
    (
        "da",
        "Vordingborg",
        "Vordingborg Kommune er medlem af Eurocities.  Byggeriet af hallen er udsat til 2027.",
        "Eurocities",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), HELD)
def test_a_case_row_adopted_or_a_later_sentence_keeps_the_network(rows, language, town, text, network):
    assert network in rows(text, language, town)
