"""A proposal to join withdrawn, taken off the agenda or postponed is no membership: the item names the network
('Punt toegevoegd door raadslid X: deelname aan Y', 'Sak 7/26 Tilslutning til Y', 'Forslag fra SV: innmelding i Y')
and its outcome is that the mover or the chair withdrew it ('trekt het punt in', 'trakk forslaget', 'trekte
framlegget', 'trak sagen') or that it left the agenda ('van de agenda gehaald', 'tatt av sakskartet', 'teken av
sakslista', 'udgik af dagsordenen', 'verdaagd'). A withdrawal after the joining was adopted, or of something else
beside a membership held, leaves the membership."""

from __future__ import annotations

import pytest

WITHDRAWN = [
    (
        "nl",
        "Wuustwezel",
        "15. Punt toegevoegd door raadslid Karel Daems (Groen): deelname aan Fairtrade Gemeente\nKarel Daems "
        "trekt het punt in bij het begin van de bespreking. Er wordt niet gestemd.",
        "Fair Trade Towns",
    ),
    (
        "nl",
        "Wuustwezel",
        "7. Voorstel van raadslid Els Wouters (Vooruit): toetreding tot Energy Cities\nDe indiener trok het "
        "agendapunt in.",
        "Energy Cities",
    ),
    (
        "nl",
        "Wuustwezel",
        "Punt 12. Motie 'Lochem sluit zich aan bij Cittaslow'\nDe motie wordt van de agenda gehaald.",
        "Cittaslow",
    ),
    (
        "nl",
        "Wuustwezel",
        "4. Toegevoegd punt van raadslid Tom Peeters (N-VA): aansluiting bij Eurocities\nHet punt wordt "
        "verdaagd naar de zitting van oktober.",
        "Eurocities",
    ),
    (
        "nl",
        "Wuustwezel",
        "Agendapunt 9: Voorstel tot toetreding tot ICLEI\nHet college trekt het voorstel in afwachting van "
        "meer informatie in.",
        "ICLEI",
    ),
    (
        "nb",
        "Bodø",
        "Sak 45/26 Forslag fra SV: innmelding i Eurocities\nForslagsstilleren trakk forslaget før avstemning.",
        "Eurocities",
    ),
    (
        "nb",
        "Bodø",
        "Sak 12/26 Forslag om medlemskap i Energy Cities\nSaken ble trukket fra sakskartet.",
        "Energy Cities",
    ),
    (
        "nb",
        "Bodø",
        "Forslag fra Venstre: Bodø melder seg inn i Cittaslow.\nRepresentanten trekker forslaget.",
        "Cittaslow",
    ),
    ("nb", "Bodø", "Sak 7/26 Tilslutning til Covenant of Mayors\nSaken ble tatt av sakskartet.", "Covenant of Mayors"),
    ("nb", "Bodø", "Sak 30/26 Forslag om innmelding i ICLEI\nRådmannen trakk saken før møtet.", "ICLEI"),
    (
        "nn",
        "Volda",
        "Sak 45/26 Framlegg frå SV: innmelding i Eurocities\nForslagsstillaren trekte framlegget før røystinga.",
        "Eurocities",
    ),
    ("nn", "Volda", "Sak 12/26 Framlegg om medlemskap i Energy Cities\nSaka vart teken av sakslista.", "Energy Cities"),
    (
        "nn",
        "Volda",
        "Framlegg frå Venstre: Volda melder seg inn i Cittaslow.\nRepresentanten trekkjer framlegget.",
        "Cittaslow",
    ),
    (
        "nn",
        "Volda",
        "Sak 7/26 Tilslutning til Covenant of Mayors\nSaka vart trekt frå sakskartet.",
        "Covenant of Mayors",
    ),
    ("nn", "Volda", "Sak 30/26 Framlegg om innmelding i ICLEI\nKommunedirektøren trekte saka før møtet.", "ICLEI"),
    (
        "da",
        "Sorø",
        "Punkt 12. Forslag fra Enhedslisten: indmeldelse i Eurocities\nForslagsstilleren trak forslaget "
        "inden afstemningen.",
        "Eurocities",
    ),
    (
        "da",
        "Sorø",
        "Punkt 8. Forslag om medlemskab af Energy Cities\nSagen blev taget af dagsordenen.",
        "Energy Cities",
    ),
    (
        "da",
        "Sorø",
        "Medlemsforslag fra Venstre: Sorø melder sig ind i Cittaslow.\nForslagsstilleren trækker forslaget.",
        "Cittaslow",
    ),
    ("da", "Sorø", "Punkt 3. Tilslutning til Covenant of Mayors\nSagen udgik af dagsordenen.", "Covenant of Mayors"),
    ("da", "Sorø", "Punkt 14. Forslag om indmeldelse i ICLEI\nBorgmesteren trak sagen inden mødet.", "ICLEI"),
]

HELD = [
    (
        "nl",
        "Tielt",
        "7. Toetreding tot Energy Cities\nDe gemeenteraad keurt de toetreding goed met 25 stemmen voor. "
        "Raadslid Peeters trekt zijn amendement over de contributie in.",
        "Energy Cities",
    ),
    (
        "nl",
        "Tielt",
        "Tielt is sinds 2019 lid van Energy Cities. Raadslid Peeters trekt zijn vraag over de contributie in.",
        "Energy Cities",
    ),
    (
        "nb",
        "Bodø",
        "Sak 12/26 Innmelding i Energy Cities\nInnstillingen ble vedtatt enstemmig. Representanten fra FrP "
        "trakk forslaget om lavere kontingent.",
        "Energy Cities",
    ),
    (
        "nn",
        "Volda",
        "Sak 12/26 Innmelding i Energy Cities\nInnstillinga vart vedteken samrøystes. Raudt trekte "
        "framlegget om lågare kontingent.",
        "Energy Cities",
    ),
    (
        "da",
        "Sorø",
        "Byrådet besluttede at melde Sorø ind i Energy Cities. Enhedslisten trak forslaget om et loft over "
        "kontingentet.",
        "Energy Cities",
    ),
    (
        "da",
        "Sorø",
        "Sorø har været medlem af Energy Cities siden 2015. Punktet om kontingent udgik af dagsordenen.",
        "Energy Cities",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), WITHDRAWN)
def test_a_proposal_to_join_withdrawn_or_taken_off_the_agenda_is_no_membership(rows, language, town, text, name):
    assert name not in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "name"), HELD)
def test_a_withdrawal_of_something_else_leaves_the_membership(rows, language, town, text, name):
    assert name in rows(text, language, town)
