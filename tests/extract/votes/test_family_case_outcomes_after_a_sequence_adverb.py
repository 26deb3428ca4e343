"""An outcome sentence about the case's own proposal keeps its meaning when a sequence adverb stands in it.

Minutes put the vote on the proposal after the votes on amendments and motions, and say so: 'Het raadsvoorstel
wordt daarna met algemene stemmen aangenomen.', 'Het ontwerpbesluit wordt uiteindelijk goedgekeurd ...',
'Indstillingen blev herefter godkendt ...', 'Innstillingen ble deretter vedtatt ...', 'Framlegget til vedtak vart
deretter samrøystes vedteke.' The adverb ('daarna', 'vervolgens', 'hierna', 'ten slotte', 'daarmee'; 'herefter',
'derefter', 'dermed'; 'deretter', 'til slutt') changes nothing about what was voted on: each language names the
row as it does without the adverb (Dutch: the point's title, `subjects.case_outcomes`; Danish: the case title for
a lone 'Indstillingen', the label beside an amendment; Norwegian: the recommendation's label).

Look-alikes keep their own subject: an amended proposal ('Het geamendeerde reglement wordt daarna ...'), a
member's proposal named by its mover, a motion or an amendment named above. All sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, outcomes

MINUTES = (
    "NOTULEN van de openbare vergadering van de gemeenteraad van Testby,\ngehouden op donderdag 12 maart 2026.\n\n"
)
FLEMISH = "Besluitenlijst gemeenteraad\nZitting van maandag 23 maart 2026\n\n"


@pytest.mark.parametrize(
    ("head", "item", "expected"),
    [
        (
            MINUTES,
            "Agendapunt 7 – Woningbouwlocatie De Gouw\n"
            "Het raadsvoorstel wordt daarna met algemene stemmen aangenomen.\n",
            ("adopted", "Woningbouwlocatie De Gouw"),
        ),
        (
            MINUTES,
            "Agendapunt 9. Verordening afvalstoffenheffing 2027\n"
            "Het voorstel wordt vervolgens aangenomen met 17 stemmen voor en 8 stemmen tegen.\n",
            ("adopted", "Verordening afvalstoffenheffing 2027"),
        ),
        (
            MINUTES,
            "Agendapunt 11. Zienswijze begroting 2027 GGD\n"
            "De VOORZITTER: Het voorstel is daarmee zonder stemming aangenomen.\n",
            ("adopted", "Zienswijze begroting 2027 GGD"),
        ),
        (
            FLEMISH,
            "4. Retributiereglement parkeren - wijziging\n"
            "   Het ontwerpbesluit wordt uiteindelijk goedgekeurd met 15 stemmen voor en 10\n   stemmen tegen.\n",
            ("adopted", "Retributiereglement parkeren - wijziging"),
        ),
        (
            FLEMISH,
            "6. Samenwerkingsovereenkomst Erfgoedcel - verlenging\n   Het punt wordt hierna eenparig goedgekeurd.\n",
            ("adopted", "Samenwerkingsovereenkomst Erfgoedcel - verlenging"),
        ),
        (
            MINUTES,
            "Agendapunt 12. Nota grondbeleid 2026\n"
            "Het raadsvoorstel wordt ten slotte verworpen met 11 stemmen voor en 16 tegen.\n",
            ("rejected", "Nota grondbeleid 2026"),
        ),
    ],
)
def test_a_dutch_outcome_with_a_sequence_adverb_is_about_the_point(
    head: str, item: str, expected: tuple[str, str]
) -> None:
    assert outcomes(head + item, "nl") == [expected]


def test_the_dutch_proposal_voted_after_an_amendment_is_the_point() -> None:
    item = (
        "Agendapunt 7 – Woningbouwlocatie De Gouw\n"
        'Het amendement A1 "Meer sociale huur" wordt verworpen met 5 stemmen voor en 13 tegen.\n'
        "Het raadsvoorstel wordt daarna met algemene stemmen aangenomen.\n"
    )
    assert outcomes(MINUTES + item, "nl")[-1] == ("adopted", "Woningbouwlocatie De Gouw")


@pytest.mark.parametrize(
    ("head", "item", "subject"),
    [
        (
            FLEMISH,
            "5. Subsidiereglement voor jeugdverenigingen - wijziging\n"
            "   Het geamendeerde reglement wordt daarna eenparig goedgekeurd.\n",
            "Het geamendeerde reglement wordt daarna eenparig goedgekeurd",
        ),
        (
            FLEMISH,
            "6. Punt toegevoegd door raadslid Jan Peeters (Vooruit): gratis zwembad voor kinderen\n"
            "   Het voorstel van raadslid Peeters wordt vervolgens verworpen met 6 stemmen voor en 19 stemmen tegen.\n",
            "Het voorstel van raadslid Peeters wordt vervolgens verworpen met 6 stemmen voor en 19 stemmen tegen",
        ),
        (
            MINUTES,
            "Agendapunt 8. Moties vreemd aan de orde van de dag\n"
            'Mevrouw DE BOER (SP) dient de motie "Gratis zwemles voor elk kind" in.\n'
            "De motie wordt daarna verworpen met 4 stemmen voor en 19 tegen.\n",
            "Gratis zwemles voor elk kind",
        ),
        (
            MINUTES,
            "Agendapunt 10. Kadernota 2027\nHet geamendeerde raadsvoorstel wordt daarna unaniem aangenomen.\n",
            "Het geamendeerde raadsvoorstel wordt daarna unaniem aangenomen",
        ),
    ],
)
def test_a_dutch_outcome_naming_another_proposal_keeps_its_subject(head: str, item: str, subject: str) -> None:
    assert [s for _, s in outcomes(head + item, "nl")] == [subject]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("da", "Beslutning i Byrådet\nIndstillingen blev herefter godkendt med 21 stemmer mod 8.\n", "Budget 2021"),
        ("da", "Beslutning i Byrådet\nIndstillingen blev derefter godkendt.\n", "Budget 2021"),
        ("da", "Beslutning i Byrådet\nIndstillingen blev dermed godkendt.\n", "Budget 2021"),
        (
            "da",
            "Beslutning i Byrådet\nØkonomiudvalgets indstilling blev herefter godkendt med 25 stemmer for.\n",
            "Økonomiudvalgets indstilling",
        ),
        (
            "da",
            "Beslutning i Byrådet\n"
            "Ændringsforslag fra Ø om 2 mio. kr. mere blev forkastet med 3 stemmer for og 26 imod.\n"
            "Indstillingen blev herefter godkendt med 26 stemmer for og 3 imod.\n",
            "Indstillingen",
        ),
        ("nb", "Vedtak:\nInnstillingen ble deretter enstemmig vedtatt.\n", "Innstillingen"),
        ("nb", "Behandling:\nInnstillingen ble deretter vedtatt med 25 mot 10 stemmer.\n", "Innstillingen"),
        (
            "nb",
            "Behandling:\nFormannskapets innstilling ble deretter vedtatt med 30 mot 5 stemmer.\n",
            "Formannskapets innstilling",
        ),
        ("nb", "Behandling:\nInnstillingen er dermed vedtatt.\n", "Innstillingen"),
        ("nb", "Behandling:\nInnstillingen ble til slutt enstemmig vedtatt.\n", "Innstillingen"),
        ("nn", "Røysting:\nFramlegget til vedtak vart deretter samrøystes vedteke.\n", "Framlegget til vedtak"),
        ("nn", "Røysting:\nInnstillinga vart deretter vedteken med 18 mot 7 røyster.\n", "Innstillinga"),
        ("nn", "Røysting:\nTilrådinga vart deretter vedteken med 4 mot 1 røyst.\n", "Tilrådinga"),
        ("nn", "Røysting:\nInnstillinga er dermed vedteken.\n", "Innstillinga"),
        (
            "nn",
            "Røysting:\nFramlegget til vedtak vart til slutt vedteke med 12 mot 5 røyster.\n",
            "Framlegget til vedtak",
        ),
    ],
)
def test_a_nordic_outcome_with_a_sequence_adverb_names_the_row_as_without_it(
    language: str, body: str, expected: str
) -> None:
    assert outcomes(CASE[language] + body, language)[-1] == ("adopted", expected)
