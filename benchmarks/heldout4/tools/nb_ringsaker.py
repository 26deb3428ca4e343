from g import *
B="Kommunestyret"; D="2025-06-18"
write("nb-ringsaker-kommunestyret-2025-06-18","Ringsaker","NO","case_protocol","Møteprotokoll – Kommunestyret 18.06.2025",
 votes=[V(B,D,"45/25","Innkalling og saksliste godkjennes.","adopted",True,None,0,archive="25/01544"),
  V(B,D,"46/25","Formannskapets innstilling","adopted",True,None,0,archive="24/03311"),
  V(B,D,"46/25","Kommuneplanens arealdel revideres allerede i 2026.","rejected",False,3,None,proposer="Ole Martin Sveen",party="MDG",archive="24/03311"),
  V(B,D,"47/25","innstillingen","adopted",False,34,15,{"H":5,"FrP":4,"KrF":2,"V":1,"Sp":3},archive="23/08820"),
  V(B,D,"48/25","Tertialrapport 1/2025 tas til orientering.","noted",True,None,0,archive="25/00977"),
  V(B,D,"49/25","Utsettelsesforslaget fra Tove Rustad (Sp)","postponed",False,28,21,proposer="Tove Rustad",party="Sp",archive="25/01022")],
 notes="FICTIONAL kommunestyre protocol (Ringsaker). case_number = 'PS nn/25', archive_case = 'Arkivsak'. "
 "VOTES: 45/25 'Enstemmig vedtatt' -> unanimous, votes_against 0. 46/25 the innstilling 'enstemmig vedtatt'; MDG's tilleggsforslag by Ole Martin Sveen 'fikk 3 stemmer (2MDG, 1SV) og falt' -> rejected, votes_for 3 (the party counts are the FOR side, not against_parties), votes_against not stated -> null, unanimous false. "
 "47/25: alternative vote between the innstilling and Høyre's proposal (Erik Bakken) -> ONE row for the winning alternative (innstillingen, 34 for); votes_against 15 = votes for the losing alternative, against_parties counted from the 15 named members: H 5, FrP 4, KrF 2, V 1, Sp 3 (= 15, consistent; 34+15 = 49). No separate row for the losing H proposal. "
 "48/25: 'tas til orientering' as the whole decision, 'Enstemmig.' -> noted, unanimous true. 49/25: decision to postpone to September, on Tove Rustad's (Sp) motion adopted 28-21 -> outcome postponed with the counts, proposer Tove Rustad. "
 "NOT CODED: 50/25 interpellation 'Ingen vedtak.'; the absence/vara line (party letters not votes); the 'Vedtak:' text repeated after 'Votering' restates the adopted innstilling (not a second decision).")
