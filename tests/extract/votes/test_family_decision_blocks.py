"""Family 1: a decision recorded without vote words — the decision block or committee step is the row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

ADOPTED = [
    ("nb", "Vedtak:\nKommunestyret godkjenner budsjettet for 2026 slik det er lagt fram.\n"),
    ("nb", "VEDTAK:\n\nFormannskapet slutter seg til rådmannens forslag om ny skolestruktur.\n"),
    ("nb", "Kommunestyrets vedtak:\nPlanprogrammet for sentrum fastsettes, og planen legges ut til høring.\n"),
    ("nb", "Bystyrets vedtak: Bystyret vedtar temaplan for idrett og friluftsliv.\n"),
    ("nb", "Vedtak\nHovedutvalg for teknikk gir tilskudd på 200 000 kroner til nytt lysanlegg.\n"),
    ("nn", "Vedtak:\nKommunestyret godkjenner reglementet for folkevalde.\n"),
    ("nn", "Kommunestyret sitt vedtak\nHeradsstyret løyver 1,2 millionar kroner til ny brannbil.\n"),
    ("nn", "Vedtak\nFormannskapet gjev tilskot til ungdomsklubben.\n"),
    ("nn", "Vedtak i Formannskapet:\nRammene for budsjettarbeidet vert fastsette som i saksframlegget.\n"),
    ("nn", "Endeleg vedtak:\nPlanen vert lagd ut til offentleg ettersyn.\n"),
    ("da", "Beslutning\nByrådet godkender forslaget til ny affaldsplan.\n"),
    ("da", "Beslutning:\nKommunalbestyrelsen bevilger 500.000 kr. til renovering af hallen.\n"),
    ("da", "Afgørelse:\nUdvalget godkender tidsplanen for skolereformen.\n"),
    ("da", "Udvalgets beslutning\nIndstillingen tiltrædes.\n"),
    ("da", "Beslutning\n\nForslaget om nye takster godkendt.\n"),
    ("nl", "Besluit:\nDe raad stelt de verordening parkeerbelastingen 2025 vast.\n"),
    ("nl", "Besluit\nDe gemeenteraad besluit het bestemmingsplan Dorpskern vast te stellen.\n"),
    ("nl", "Besluit: De raad besluit een krediet van € 300.000 beschikbaar te stellen.\n"),
    ("nl", "Beslissing:\nDe gemeenteraad keurt de jaarrekening 2024 goed.\n"),
    ("nl", "Besluit\n\nDe raad besluit de heer Jansen toe te laten als raadslid.\n"),
]


@pytest.mark.parametrize(("language", "text"), ADOPTED)
def test_a_decision_block_without_vote_words_is_one_adopted_row(language, text):
    (row,) = votes(text, language)
    assert (row.outcome, row.unanimous, row.votes_for) == ("adopted", None, None)
    assert row.subject


NOTED = [
    ("nb", "Vedtak:\nSaken tas til orientering.\n"),
    ("nb", "Vedtak\nFormannskapet tar økonomirapporten til orientering.\n"),
    ("nn", "Vedtak:\nFormannskapet tek den økonomiske stoda til vitande.\n"),
    ("nn", "Vedtak\nMeldinga vert teken til orientering.\n"),
    ("da", "Beslutning\nOrienteringen tages til efterretning.\n"),
    ("da", "Beslutning:\nTaget til efterretning.\n"),
    ("nl", "Besluit:\nDe raad neemt kennis van de voortgangsrapportage.\n"),
    ("nl", "Besluit\nDe brief wordt voor kennisgeving aangenomen.\n"),
]


@pytest.mark.parametrize(("language", "text"), NOTED)
def test_a_block_that_only_takes_the_matter_for_information_is_noted(language, text):
    (row,) = votes(text, language)
    assert row.outcome == "noted"


POSTPONED = [
    ("da", "3. Anlægsregnskab for vejprojekt\n\nBeslutning\n\nDer ønskes en redegørelse inden endelig behandling.\n"),
    ("da", "4. Ny hal\n\nBeslutning\n\nSagen sendes tilbage til forvaltningen.\n"),
    ("nb", "Vedtak:\nSaken sendes tilbake til administrasjonen for nærmere utredning.\n"),
    ("nn", "Vedtak:\nSaka vert send attende til kommunedirektøren.\n"),
    ("nl", "Besluit:\nHet voorstel wordt aangehouden tot de volgende vergadering.\n"),
]


@pytest.mark.parametrize(("language", "text"), POSTPONED)
def test_a_block_that_sends_the_case_back_is_postponed(language, text):
    (row,) = votes(text, language)
    assert row.outcome == "postponed"


EMPTY = [
    ("da", "1. Fraværende\n\nBeslutning\n\nIngen.\n"),
    ("da", "2. Bemærkninger til dagsordenen\n\nBeslutning\n\nIntet.\n"),
    ("nb", "Vedtak:\nIngen.\n"),
    ("nn", "Vedtak:\nIngen merknader.\n"),
    ("nl", "Besluit:\nN.v.t.\n"),
]


@pytest.mark.parametrize(("language", "text"), EMPTY)
def test_a_block_that_records_nothing_gives_no_row(language, text):
    assert votes(text, language) == []


def test_a_danish_committee_step_with_its_own_date_is_a_row_for_that_committee():
    rows = votes(
        "Punkt 86 Lokalplan for boliger ved havnen\n\nBeslutning i Økonomiudvalget den 12-03-2021\n\nAnbefales.\n\n"
        "Beslutning i Byrådet den 24-03-2021\n\nGodkendt.\n",
        "da",
    )
    assert [(r.body, r.meeting_date, r.outcome) for r in rows] == [
        ("Økonomiudvalget", "2021-03-12", "adopted"),
        ("Byrådet", "2021-03-24", "adopted"),
    ]


@pytest.mark.parametrize(
    "step",
    ["Godkendt.", "Anbefales.", "Indstilles godkendt.", "Godkendt uden afstemning.", "Oversendes til Byrådet."],
)
def test_danish_one_word_committee_steps_are_adopted(step):
    (row,) = votes(
        f"Økonomiudvalget\n\nMødedato: 12. marts 2021\n\n7. Budgetopfølgning\n\nBeslutning\n\n{step}\n", "da"
    )
    assert (row.case_number, row.outcome) == ("7", "adopted")


DA_HEAD = "Børne- og Skoleudvalget\n\nMødedato: 3. juni 2024\n\n9. Ny skolestruktur\n\nBeslutning\n"


@pytest.mark.parametrize(
    ("sentence", "outcome", "unanimous", "counts"),
    [
        ("Udvalget godkendte indstillingen.", "adopted", None, (None, None)),
        ("Udvalget godkendte indstillingen med 5 stemmer mod 2.", "adopted", False, (5, 2)),
        ("Udvalget anbefaler indstillingen over for Byrådet.", "adopted", None, (None, None)),
        ("Et enigt udvalg godkendte indstillingen.", "adopted", True, (None, 0)),
        ("Et samlet udvalg anbefaler indstillingen.", "adopted", True, (None, 0)),
        ("Udvalget kunne ikke anbefale indstillingen.", "rejected", None, (None, None)),
        ("Udvalget tiltrådte indstillingen, enstemmigt.", "adopted", True, (None, 0)),
    ],
)
def test_danish_the_committee_as_agent_of_its_decision(sentence, outcome, unanimous, counts):
    (row,) = votes(DA_HEAD + sentence + "\n", "da")
    assert (row.body, row.case_number, row.outcome, row.unanimous) == (
        "Børne- og Skoleudvalget",
        "9",
        outcome,
        unanimous,
    )
    assert (row.votes_for, row.votes_against) == counts
    assert row.subject == "Ny skolestruktur"  # the recommendation voted alone: the case it recommends for


@pytest.mark.parametrize(
    "sentence",
    [
        "Udvalget besluttede at udsætte sagen til næste møde.",
        "Sagen udsættes.",
        "Sagen blev trukket fra dagsordenen og behandles på næste møde.",
        "Udvalget ønsker yderligere oplysninger inden sagen behandles.",
        "Sagen sendes tilbage til forvaltningen.",
    ],
)
def test_danish_a_block_that_puts_the_matter_off_is_postponed(sentence):
    (row,) = votes(DA_HEAD + sentence + "\n", "da")
    assert (row.case_number, row.outcome, row.subject) == ("9", "postponed", "Ny skolestruktur")


DA_POINTS = (
    "Byrådet - Referat\n\nMødedato: 26-03-2024\n\n47. Budgetopfølgning\n\nIndstilling\nDirektionen indstiller, at\n"
    "1. budgetopfølgningen godkendes\n2. der gives en tillægsbevilling på 2 mio. kr.\n\nBeslutning\n"
)


@pytest.mark.parametrize(
    ("decision", "second"),
    [
        ("Ad 1. Godkendt.\nAd 2. Udsat.", "postponed"),
        ("Ad 1\nGodkendt.\n\nAd 2\nForkastet med 12 stemmer mod 15.", "rejected"),
        ("Ad pkt. 1: Godkendt.\nAd pkt. 2: Udsat.", "postponed"),
        ("Ad 1) Godkendt\nAd 2) Ikke godkendt", "rejected"),
        ("Ad punkt 1: Vedtaget.\nAd punkt 2: Forkastet.", "rejected"),
    ],
)
def test_danish_a_decision_per_recommendation_point_is_about_that_point(decision, second):
    rows = votes(DA_POINTS + decision + "\n", "da")
    assert [(r.case_number, r.outcome, r.subject) for r in rows] == [
        ("47", "adopted", "budgetopfølgningen godkendes"),
        ("47", second, "der gives en tillægsbevilling på 2 mio. kr."),
    ]
