from g import *
B="gemeenteraad"; D="2025-01-27"
write("nl-zwolle-besluitenlijst-raad-2025-01-27","Zwolle","NL","case_protocol","Besluitenlijst gemeenteraad 27 januari 2025",
 pc=[P("Lünen","Lünen","DE","twin")],
 votes=[V(B,D,"2","de agenda wordt ongewijzigd vastgesteld.","adopted"),
  V(B,D,"3a","Verordening precariobelasting 2025","adopted"),
  V(B,D,"3b","Benoeming leden rekenkamercommissie","adopted"),
  V(B,D,"4","Amendement A1 'Meer sociale huur in Stadshagen-Oost'","adopted",False,24,15,{"VVD":6,"CDA":4,"ChristenUnie":3,"JA21":2},party="SP"),
  V(B,D,"4","Raadsvoorstel, zoals geamendeerd","adopted",True,None,0),
  V(B,D,"4","Motie M1 'Groen dak op elke nieuwe school'","rejected",False,12,27,party="Partij voor de Dieren"),
  V(B,D,"5","Verordening leerlingenvervoer","postponed"),
  V(B,D,"6","Zienswijze begroting 2026 GGD IJsselland","adopted",False,33,6),
  V(B,D,"7","Motie vreemd aan de orde van de dag","adopted",False,37,2,{"PVV":2})],
 notes="FICTIONAL besluitenlijst (Zwolle), 39 members present. Body 'gemeenteraad' as written; case_number = agenda point (3a/3b for the hamerstukken). "
 "VOTES: 2 agenda adopted (no vote info -> unanimous null). 3a/3b 'als hamerstuk vastgesteld' -> adopted; a hamerstuk is adopted without a vote and the text does not say 'unaniem', so unanimous null (borderline). "
 "4: amendment A1 (SP) 24-15, against per party VVD 6, CDA 4, ChristenUnie 3, JA21 2 (= 15, consistent); the amended raadsvoorstel 'unaniem aangenomen' -> unanimous true, votes_against 0; motion M1 (Partij voor de Dieren) 'verworpen' 12-27 -> rejected, no party breakdown. "
 "5: 'aangehouden' -> postponed. 6: amendment A2 'door de indiener ingetrokken' -> withdrawn, not coded; raadsvoorstel 33-6 with two parties against (PVV, SP) but no per-party counts -> against_parties null. "
 "7: motie vreemd, 37-2, single party against -> {PVV:2}; submitted jointly by D66 and Swollwacht -> proposer_party null (two parties; borderline); subject cut at the line break of its title. "
 "PARTNER_CITIES (borderline): the adopted motion 'Zwolle blijft partnerstad van Lünen' states an existing partnerstad relation -> Lünen, DE, twin, no year. "
 "NOT CODED: opening, the absence of dhr. Smit (CDA), closing, and 'Vastgesteld in de openbare vergadering van 24 februari 2025' (adoption of this list at a later meeting).")
