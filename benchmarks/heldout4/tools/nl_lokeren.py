from g import *
B="gemeenteraad"; D="2025-04-28"
write("nl-lokeren-gemeenteraad-2025-04-28","Lokeren","BE","case_protocol","Notulen gemeenteraad – zitting van 28 april 2025",
 nw=[N("Covenant of Mayors","Burgemeestersconvenant","city_network")],
 votes=[V(B,D,"1","Goedkeuring notulen zitting 24 maart 2025","adopted",True,None,0,archive="2025_GR_00071"),
  V(B,D,"2","Jaarrekening 2024 stad en OCMW - vaststelling","adopted",False,24,8,archive="2025_GR_00072"),
  V(B,D,"3","Amendement van raadslid Tom Verstraeten (Vooruit)","rejected",False,10,24,{"Open Vld":12,"N-VA":8,"cd&v":4},proposer="Tom Verstraeten",party="Vooruit",archive="2025_GR_00073"),
  V(B,D,"3","Reglement buurtbudgetten - amendement","adopted",True,None,0,archive="2025_GR_00073"),
  V(B,D,"4","Verkoop perceel Heiende - principebeslissing","postponed",archive="2025_GR_00074"),
  V(B,D,"5","Kennisname rapportering opvolging meerjarenplan","noted",archive="2025_GR_00075"),
  V(B,D,"6","Toetreding tot het Burgemeestersconvenant 2030","adopted",False,29,5,{"Vlaams Belang":5},archive="2025_GR_00076")],
 notes="FICTIONAL Flemish notulen (Lokeren), 34 members voting. Body 'gemeenteraad'; date from 'Zitting van 28 april 2025' (not from the approved minutes of 24 maart, nor the signature date 29 april); case_number = the agenda point, archive_case = the decision number '2025_GR_000nn' that heads each item. "
 "VOTES: 1 minutes approved, 'Stemming: eenparig' -> unanimous (one row, the unanimity line belongs to that decision). 2: 24 voor / 8 tegen (Vlaams Belang, Vooruit) / 2 onthoudingen (Groen) -> two parties against without per-party counts -> against_parties null; abstentions are not against. "
 "3: Tom Verstraeten's (Vooruit) amendment 'Verworpen' 10-24 with per-party against counts (Open Vld 12, N-VA 8, cd&v 4 = 24, consistent) -> rejected; then the draft decision 'Eenparig goedgekeurd' -> adopted unanimous (subject = the item title as written, which ends in '- amendement'). "
 "4: 'wordt verdaagd' -> postponed. 5: 'neemt kennis van' as the whole decision -> noted. 6: 29-5, single party against -> {Vlaams Belang:5}. 7: interpellation, 'Er wordt niet gestemd' -> no row. "
 "NETWORKS: the council decides to join the Burgemeestersconvenant voor Klimaat en Energie 2030 and mandates the mayor to sign -> coded as joining the Covenant of Mayors (city_network; decision to join counts as joining, dev convention; borderline because the signature itself is still to follow).")
