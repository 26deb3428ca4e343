from g import *
B="Teknik- og Miljøudvalget"; D="2025-09-08"
write("da-lemvig-teknik-miljoeudvalget-2025-09-08","Lemvig","DK","case_protocol",
 "Teknik- og Miljøudvalget – Referat 8. september 2025",
 votes=[V(B,D,"112","Godkendelse af dagsorden","adopted"),
  V(B,D,"113","Indstillingen","adopted",False,4,1,{"Ø":1},archive="01.02.05-P16-3-25"),
  V(B,D,"114","Status på udskiftning af vejbelysning til LED","noted",archive="05.01.12-G01-1-23"),
  V(B,D,"115","Ansøgning om tilskud til stiforbindelse Lemvig - Nørre Nissum","postponed",archive="05.05.00-P20-2-25"),
  V(B,D,"116","Trafiksikkerhedsplan 2026-2029","adopted",True,None,0,archive="05.13.00-P15-1-24")],
 notes="FICTIONAL committee minutes (Lemvig). Body 'Teknik- og Miljøudvalget', date from the header and the 'Beslutning ... den 08-09-2025' lines; case_number = 'Pkt.' number; archive_case = the 'Sagsnr.' journal number where given (pkt. 112 has none). "
 "VOTES: 112 agenda 'godkendt' (no counts -> unanimous null). 113: 'Indstillingen anbefales' = committee recommendation step, adopted; 'For stemte 4 (A, V, DF)' and one named member against 'Søren Kabell (Ø)' -> votes_for 4, votes_against 1, against_parties {\"Ø\":1}, unanimous false. "
 "114: the recommendation is to take the orientation 'til efterretning' and the decision is 'Taget til efterretning.' -> noted. 115: 'Sagen udsættes til næste møde' because the committee wants operating costs described -> postponed. 116: 'Godkendt enstemmigt.' -> adopted, unanimous true, votes_against 0. "
 "NOT CODED: 'Byrådet vedtog den 24. april 2019 den gældende trafiksikkerhedsplan' is a background decision inside the case text; pkt. 117 was 'trukket af dagsordenen' (withdrawn before the meeting: no decision taken, so no row — borderline, a withdrawn item is neither adopted nor postponed by the body); pkt. 118 'Meddelelser' is information without decision. "
 "Karen Thygesen (V) is absent, not a vote. Running footers 'Teknik- og Miljøudvalget 08-09-2025 Side 2 af 4' are page chrome. Cykelpuljen is a national grant pool, not a network.")
