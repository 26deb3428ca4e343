"""An outcome sentence about the case's own proposal keeps its meaning when a sequence adverb stands in it.

Minutes put the vote on the proposal after the votes on amendments and motions, and say so: 'Het raadsvoorstel
wordt daarna met algemene stemmen aangenomen.', 'Het ontwerpbesluit wordt uiteindelijk goedgekeurd ...',
'Indstillingen blev herefter godkendt ...', 'Innstillingen ble deretter vedtatt ...', 'Framlegget til vedtak vart
deretter samrøystes vedteke.' The adverb ('daarna', 'vervolgens', 'hierna', 'ten slotte', 'daarmee'; 'herefter',
'derefter', 'dermed'; 'deretter', 'til slutt') changes nothing about what was voted on: each language names the
row as it does without the adverb (Dutch: the point's title, `subjects.case_outcomes`; Danish: the case title for
a lone 'Indstillingen', the label beside an amendment; Norwegian: the recommendation's label).

Look-alikes keep their own subject: an amended proposal ('Het geamendeerde reglement wordt daarna ...'), a
member's proposal named by its mover, a motion named above. All sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, outcomes

NOTULEN = (
    "NOTULEN van de openbare vergadering van de gemeenteraad van Testby,\ngehouden op donderdag 12 maart 2026.\n\n"
)
ZITTING = "Besluitenlijst gemeenteraad\nZitting van maandag 23 maart 2026\n\n"
DA_TITLE = ("adopted", "Budget 2021")  # a lone Danish 'Indstillingen' is named by the case title of CASE["da"]

WITH_AN_ADVERB = [
    (
        "nl",
        NOTULEN + "Agendapunt 7 – Woningbouwlocatie De Gouw\n"
        "Het raadsvoorstel wordt daarna met algemene stemmen aangenomen.\n",
        ("adopted", "Woningbouwlocatie De Gouw"),
    ),
    (
        "nl",
        NOTULEN + "Agendapunt 9. Verordening afvalstoffenheffing 2027\n"
        "Het voorstel wordt vervolgens aangenomen met 17 stemmen voor en 8 stemmen tegen.\n",
        ("adopted", "Verordening afvalstoffenheffing 2027"),
    ),
    (
        "nl",
        NOTULEN + "Agendapunt 11. Zienswijze begroting 2027 GGD\n"
        "De VOORZITTER: Het voorstel is daarmee zonder stemming aangenomen.\n",
        ("adopted", "Zienswijze begroting 2027 GGD"),
    ),
    (
        "nl",
        ZITTING + "4. Retributiereglement parkeren - wijziging\n"
        "   Het ontwerpbesluit wordt uiteindelijk goedgekeurd met 15 stemmen voor en 10\n   stemmen tegen.\n",
        ("adopted", "Retributiereglement parkeren - wijziging"),
    ),
    (
        "nl",
        ZITTING
        + "6. Samenwerkingsovereenkomst Erfgoedcel - verlenging\n   Het punt wordt hierna eenparig goedgekeurd.\n",
        ("adopted", "Samenwerkingsovereenkomst Erfgoedcel - verlenging"),
    ),
    (
        "nl",
        NOTULEN + "Agendapunt 12. Nota grondbeleid 2026\n"
        "Het raadsvoorstel wordt ten slotte verworpen met 11 stemmen voor en 16 tegen.\n",
        ("rejected", "Nota grondbeleid 2026"),
    ),
    (  # after an amendment's vote: the last row is the point's own proposal
        "nl",
        NOTULEN + "Agendapunt 7 – Woningbouwlocatie De Gouw\n"
        'Het amendement A1 "Meer sociale huur" wordt verworpen met 5 stemmen voor en 13 tegen.\n'
        "Het raadsvoorstel wordt daarna met algemene stemmen aangenomen.\n",
        ("adopted", "Woningbouwlocatie De Gouw"),
    ),
    ("da", CASE["da"] + "Beslutning i Byrådet\nIndstillingen blev herefter godkendt med 21 stemmer mod 8.\n", DA_TITLE),
    ("da", CASE["da"] + "Beslutning i Byrådet\nIndstillingen blev derefter godkendt.\n", DA_TITLE),
    ("da", CASE["da"] + "Beslutning i Byrådet\nIndstillingen blev dermed godkendt.\n", DA_TITLE),
    (
        "da",
        CASE["da"] + "Beslutning i Byrådet\nØkonomiudvalgets indstilling blev herefter godkendt med 25 stemmer for.\n",
        ("adopted", "Økonomiudvalgets indstilling"),
    ),
    (
        "da",
        CASE["da"] + "Beslutning i Byrådet\n"
        "Ændringsforslag fra Ø om 2 mio. kr. mere blev forkastet med 3 stemmer for og 26 imod.\n"
        "Indstillingen blev herefter godkendt med 26 stemmer for og 3 imod.\n",
        ("adopted", "Indstillingen"),
    ),
    ("nb", CASE["nb"] + "Vedtak:\nInnstillingen ble deretter enstemmig vedtatt.\n", ("adopted", "Innstillingen")),
    (
        "nb",
        CASE["nb"] + "Behandling:\nInnstillingen ble deretter vedtatt med 25 mot 10 stemmer.\n",
        ("adopted", "Innstillingen"),
    ),
    (
        "nb",
        CASE["nb"] + "Behandling:\nFormannskapets innstilling ble deretter vedtatt med 30 mot 5 stemmer.\n",
        ("adopted", "Formannskapets innstilling"),
    ),
    ("nb", CASE["nb"] + "Behandling:\nInnstillingen er dermed vedtatt.\n", ("adopted", "Innstillingen")),
    ("nb", CASE["nb"] + "Behandling:\nInnstillingen ble til slutt enstemmig vedtatt.\n", ("adopted", "Innstillingen")),
    (
        "nn",
        CASE["nn"] + "Røysting:\nFramlegget til vedtak vart deretter samrøystes vedteke.\n",
        ("adopted", "Framlegget til vedtak"),
    ),
    (
        "nn",
        CASE["nn"] + "Røysting:\nInnstillinga vart deretter vedteken med 18 mot 7 røyster.\n",
        ("adopted", "Innstillinga"),
    ),
    ("nn", CASE["nn"] + "Røysting:\nTilrådinga vart deretter vedteken med 4 mot 1 røyst.\n", ("adopted", "Tilrådinga")),
    ("nn", CASE["nn"] + "Røysting:\nInnstillinga er dermed vedteken.\n", ("adopted", "Innstillinga")),
    (
        "nn",
        CASE["nn"] + "Røysting:\nFramlegget til vedtak vart til slutt vedteke med 12 mot 5 røyster.\n",
        ("adopted", "Framlegget til vedtak"),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), WITH_AN_ADVERB)
def test_an_outcome_with_a_sequence_adverb_names_the_row_as_without_it(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    assert outcomes(text, language)[-1] == expected


ANOTHER_PROPOSAL = [
    (
        ZITTING + "5. Subsidiereglement voor jeugdverenigingen - wijziging\n"
        "   Het geamendeerde reglement wordt daarna eenparig goedgekeurd.\n",
        "Het geamendeerde reglement wordt daarna eenparig goedgekeurd",
    ),
    (
        ZITTING + "6. Punt toegevoegd door raadslid Jan Peeters (Vooruit): gratis zwembad voor kinderen\n"
        "   Het voorstel van raadslid Peeters wordt vervolgens verworpen met 6 stemmen voor en 19 stemmen tegen.\n",
        "Het voorstel van raadslid Peeters wordt vervolgens verworpen met 6 stemmen voor en 19 stemmen tegen",
    ),
    (
        NOTULEN + "Agendapunt 8. Moties vreemd aan de orde van de dag\n"
        'Mevrouw DE BOER (SP) dient de motie "Gratis zwemles voor elk kind" in.\n'
        "De motie wordt daarna verworpen met 4 stemmen voor en 19 tegen.\n",
        "Gratis zwemles voor elk kind",
    ),
    (
        NOTULEN + "Agendapunt 10. Kadernota 2027\nHet geamendeerde raadsvoorstel wordt daarna unaniem aangenomen.\n",
        "Het geamendeerde raadsvoorstel wordt daarna unaniem aangenomen",
    ),
]


@pytest.mark.parametrize(("text", "subject"), ANOTHER_PROPOSAL)
def test_a_dutch_outcome_with_an_adverb_naming_another_proposal_keeps_its_subject(text: str, subject: str) -> None:
    assert [s for _, s in outcomes(text, "nl")] == [subject]
