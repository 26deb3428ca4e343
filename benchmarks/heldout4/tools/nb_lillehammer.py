from g import *
B="Formannskapet"; D="2024-10-03"
write("nb-lillehammer-formannskapet-2024-10-03","Lillehammer","NO","case_protocol","Formannskapet 03.10.2024 – Protokoll",
 pc=[P("Oberstdorf","Oberstdorf","DE","twin")],
 votes=[V(B,D,"88/24","Kommunedirektørens forslag til vedtak","adopted",False,None,3,{"H":2,"FrP":2},archive="24/2210"),
  V(B,D,"89/24","Tilleggsforslaget","rejected",False,4,6,proposer="Geir Sande",party="SV",archive="23/4471"),
  V(B,D,"89/24","Kommunedirektørens forslag","adopted",False,5,5,{"H":2,"FrP":2,"Sp":1},archive="23/4471",casting=True),
  V(B,D,"90/24","Orientering om flyktningsituasjonen","noted"),
  V(B,D,"91/24","Salg av tomt i Fåberg næringspark","postponed",True,None,0,archive="24/1875"),
  V(B,D,"92/24","Navnet «Hoveparken» ble enstemmig vedtatt.","adopted",True,None,0)],
 notes="FICTIONAL formannskap protocol (Lillehammer), 10 of 11 members present. case_number 'Sak nn/24', archive_case 'Arkivsak' where given (90/24 and 92/24 have none). "
 "VOTES: 88/24: the proposal both takes the budget control 'til orientering' AND raises a budget frame -> adopted (not noted); 'vedtatt mot 3 stemmer (2 H, 2 FrP)': votes_against 3 as stated, against_parties as written {H:2,FrP:2} which sums to 4 -> counts inconsistent, kept and flagged, not corrected; votes_for not stated -> null. "
 "89/24: Geir Sande's (SV) tilleggsforslag 'falt med 4 mot 6' -> rejected (the party list is the FOR side; against side not broken down -> against_parties null). Main proposal 'vedtatt med 5 mot 5 stemmer, ved ordførerens dobbeltstemme' -> adopted, casting_vote true, against {H:2,FrP:2,Sp:1} (= 5, consistent). The formannskap's innstilling to the kommunestyre is the same decision, not a second row. "
 "90/24 'Saken tas til orientering.' -> noted. 91/24 'sendt tilbake til kommunedirektøren for ny takst. Enstemmig.' -> postponed, unanimous true. 92/24: the name 'Hoveparken' adopted unanimously; the withdrawn proposal 'Skogtrollparken' (trukket før avstemning) is not coded. "
 "BACKGROUND: the kommunestyre decision of 26.09.2024 (sak 71/24) to end the twin-town cooperation with Oberstdorf is another body's earlier decision, only reported 'Til orientering' -> no vote row; Oberstdorf is coded as a partner city with relation twin (ended relations keep their relation; no start year). Borderline: the partner is named only in a background note. 'Protokollen godkjent elektronisk 04.10.2024' is not a decision.")
