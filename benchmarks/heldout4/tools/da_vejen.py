from g import *
import os
t=open(os.path.join(HERE,"docs","da-vejen-biodiversitet-status-2025.txt"),encoding="utf-8").read().split("\n")
row=lambda n:[l for l in t if l.startswith(n+"\t")][0]
def R(n,status):
    parts=row(n).split("\t"); return A(n,parts[1],status,row(n))
write("da-vejen-biodiversitet-status-2025","Vejen","DK","report","Status på Handleplan for biodiversitet 2023-2026",
 actions=[R("1.1","completed"),R("1.2","in_progress"),R("1.3","paused"),R("2.1","completed"),R("2.2","not_started"),R("2.3","partly_completed"),
  A("3.1","Kortlægning af invasive arter","completed","Kortlægningen blev afsluttet i oktober 2024, og resultaterne er lagt"),
  A("3.2","Bekæmpelse af kæmpebjørneklo","in_progress","Indsatsen fortsætter i 2025 i samarbejde med lodsejerne langs Kongeåen."),
  A("3.3","Etablering af biodiversitetsråd","cancelled","Indsatsen er derfor udgået.")],
 notes="FICTIONAL status report (Vejen). ACTIONS: six tab-separated table rows (Nr. / Indsats / Status / Bemærkning); status from the Status field, evidence = the whole row (tabs included): Gennemført -> completed, I gang -> in_progress, 'Sat i bero' -> paused, 'Ikke påbegyndt' -> not_started, 'Delvist gennemført' -> partly_completed. "
 "Three more under the unnumbered heading 'Øvrige indsatser' with status sentences: 3.1 'afsluttet' -> completed (evidence cut at the line break); 3.2 'fortsætter' -> in_progress; 3.3 'opgive rådet ... udgået' -> cancelled. "
 "NOT CODED: the summary 'Af de 9 indsatser er 3 gennemført' (blanket, consistent with 1.1, 2.1, 3.1); the two goals named in the introduction ('Mere vild natur på kommunens arealer', 'Borgere og lodsejere som medspillere') are goals of the action plan, not focus areas of a strategy; the 'Indstilling' is a recommendation without a recorded decision (no vote); the adoption 'i maj 2023' and the September 2024 committee decision are background. Grønt Råd is a local council, not a network.")
