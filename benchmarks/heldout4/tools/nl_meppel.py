from g import *
B="gemeenteraad"; D="2024-11-07"
write("nl-meppel-raadsvergadering-2024-11-07","Meppel","NL","case_protocol","Notulen gemeenteraad Meppel 7 november 2024",
 votes=[V(B,D,"5","Vaststellen notulen van 10 oktober 2024","adopted"),
  V(B,D,"6","Ingekomen stukken","noted"),
  V(B,D,"7","Raadsvoorstel Kindcentrum Nijeveen","adopted",False,14,9,{"GroenLinks":2,"SP":2,"Partij voor de Dieren":1,"PVV":2,"Meppeler Fractie":1},archive="2024/118"),
  V(B,D,"8","Motie 'Gratis openbaar vervoer voor 65-plussers'","rejected",False,5,None,proposer="Meijer",party="SP"),
  V(B,D,"9","Verordening Jeugdhulp gemeente Meppel 2025","postponed"),
  V(B,D,"10","Amendement 'Behoud bibliotheekfiliaal Nijeveen'","adopted",proposer="Jansen",party="CDA"),
  V(B,D,"10","Het geamendeerde voorstel wordt unaniem aangenomen.","adopted",True,None,0)],
 notes="FICTIONAL notulen (Meppel), 23 members present. Body 'gemeenteraad'; case_number = agendapunt; the date comes from the header, not from the approved minutes of 10 oktober 2024 (point 5). "
 "VOTES: 5 minutes 'vastgesteld' -> adopted. 6 'voor kennisgeving aangenomen' -> noted. 7: hoofdelijke stemming with member-by-member lines; stated result 14 voor / 9 tegen. The FOR list has 14 names (consistent); the AGAINST list names only 8 members (GroenLinks 2, SP 2, Partij voor de Dieren 1, PVV 2, Meppeler Fractie 1) -> against_parties counted from the names (sum 8) while votes_against keeps the stated 9: counts inconsistent, kept and flagged, not corrected. archive_case = the raadsvoorstel number 2024/118 (borderline). "
 "8: motion by de heer Meijer (SP) 'verworpen'; 'Voor de motie stemmen de fracties van SP, PvdA en PVV (5 leden)' -> votes_for 5, votes_against not stated -> null, unanimous false; the party list is the FOR side. "
 "9: 'aan te houden tot de raadsvergadering van 12 december 2024' -> postponed (the wethouder's toezegging is not a decision). 10: amendment by mevrouw Jansen (CDA) adopted 'zonder stemming' -> unanimous null (no vote, not stated unanimous; borderline); the amended Bibliotheekbeleid 2025-2028 'unaniem aangenomen' -> second row, unanimous true. "
 "NOT CODED: the request for a hoofdelijke stemming, opening/closing, the absent member.")
