from g import *
B="Ørsta kommunestyre"; D="2025-02-13"
write("nn-orsta-kommunestyret-2025-02-13","Ørsta","NO","case_protocol","Møtebok – Ørsta kommunestyre 13.02.2025",
 votes=[V(B,D,"8/25","Godkjenning av innkalling og sakliste","adopted",True,None,0),
  V(B,D,"9/25","Framlegget frå Sigrid Vik","rejected",False,8,None,proposer="Sigrid Vik",party="Sp",archive="23/1490"),
  V(B,D,"9/25","Innstillinga","adopted",False,21,8,{"Sp":5,"Raudt":3},archive="23/1490"),
  V(B,D,"10/25","Kommunestyret tek rapporten til vitande.","noted",True,None,0),
  V(B,D,"11/25","Utsetjingsframlegget","postponed",True,None,0,archive="24/2203"),
  V(B,D,"12/25","framlegget frå Anders Myklebust (H)","adopted",False,15,14,proposer="Anders Myklebust",party="H",archive="24/3310")],
 notes="FICTIONAL Nynorsk møtebok (Ørsta), 29 members present. Body as written in the header ('Ørsta kommunestyre'); case_number 'PS n/25' written as 'n/25'; archive_case 'Arkivsak'. The 'Saksnr / Innhald' table of contents is not a set of decisions. "
 "VOTES: 8/25 'Samrøystes godkjent.' -> unanimous. 9/25: Sigrid Vik's (Sp) motion to send the case back 'fekk 8 røyster og fall' -> rejected (votes_against not stated -> null; unanimous false); the innstilling 'vedteken med 21 mot 8 røyster. Sp (5) og Raudt (3) røysta mot' -> against_parties {Sp:5,Raudt:3} (= 8, consistent). "
 "10/25: 'tek rapporten til vitande', 'Samrøystes.' -> noted, unanimous true. 11/25: the chair's motion to postpone 'vart samrøystes vedteke' -> postponed, unanimous true; proposer null ('Ordføraren' is a role, not a name). "
 "12/25: alternative vote between the innstilling (14) and Anders Myklebust's (H) motion to refuse (15) -> one row for the winning alternative, adopted, votes_for 15, votes_against 14 (votes for the losing innstilling); the party breakdown 'H (4), FrP (6), Sp (5)' is the FOR side (= 15, consistent), the against side has no party counts -> against_parties null. The innstilling is not coded as a separate rejected row (alternative-vote rule).")
