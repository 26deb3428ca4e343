from g import *
B="Byrådet"; D="2025-03-25"; O="Økonomiudvalget"; OD="2025-03-11"
write("da-struer-byraadet-2025-03-25","Struer","DK","case_protocol","Byrådet – Referat 25.03.2025",
 votes=[V(B,D,"30","Godkendelse af dagsorden","adopted"),
  V(O,OD,"44","Budgetopfølgning pr. 28. februar 2025","noted",archive="25/1187"),
  V(B,D,"31","Budgetopfølgning pr. 28. februar 2025","noted",archive="25/1187"),
  V(O,OD,"46","indstillingen","adopted",False,archive="24/9902"),
  V(B,D,"32","Overbygningen på Hjerm Skole bevares, og sagen genoptages i 2027.","rejected",False,9,16,{"A":10,"F":3,"Ø":2,"B":1},proposer="Mads Lykke",party="V",archive="24/9902"),
  V(B,D,"32","indstillingen","adopted",False,16,8,{"V":6,"DF":2},archive="24/9902"),
  V(O,OD,"49","Ansøgning om kommunegaranti - Struer Hallerne","adopted",archive="25/0311"),
  V(B,D,"33","Ansøgning om kommunegaranti - Struer Hallerne","postponed",archive="25/0311"),
  V(B,D,"34","Orientering om Struer Kommunes venskabsbyer","noted")],
 notes="FICTIONAL byråd minutes (Struer). case_number = item number for Byrådet rows, the committee's own 'pkt.' for Økonomiudvalget steps (dated 11 March 2025); archive_case = 'Sagsnr.'. "
 "VOTES: 30 'Godkendt.' (unanimous null). 31: the recommendation is that the budget follow-up 'tages til efterretning'; both the ØU 'Anbefales.' and the byråd 'Godkendt.' are therefore coded noted (convention: approving a til-efterretning recommendation is noted; the committee step follows the same logic, borderline). "
 "32 ØU step: 'Et flertal (A, F, B) anbefaler indstillingen. V og DF kan ikke anbefale' -> adopted, unanimous false (two parties declined to recommend, which is read as opposition, unlike a 'forbehold'), no counts -> votes and against_parties null. "
 "32 Byrådet: Venstre's amendment moved by Mads Lykke (V), subject = the quoted amendment text, 9 for / 16 against with per-party counts -> rejected ('forkastet'), against_parties {A:10,F:3,Ø:2,B:1}; then the indstilling 16 for / 8 against {V:6,DF:2}; C's abstention (1) is neither for nor against. Totals 9+16 = 25 and 16+8+1 = 25 are consistent. "
 "33: ØU 'Anbefales.' (adopted) but the byråd 'sendt tilbage til Økonomiudvalget' because the accounts are missing -> postponed. 34: 'Til efterretning.' -> noted. "
 "NOT CODED: the absence/substitute line; the venskabsbystævne names no city, so no partner rows.")
