from g import *
B="Økonomiudvalget"; D="2024-11-13"
write("da-rebild-oekonomiudvalget-2024-11-13","Rebild","DK","case_protocol","Økonomiudvalget – Referat 13. november 2024",
 votes=[V(B,D,"201","Godkendelse af dagsorden","adopted"),
  V(B,D,"202","Anlægsbevilling - udvidelse af Haverslev Børnehus","adopted",False,5,2,{"F":1,"Ø":1},archive="24/15220"),
  V(B,D,"203","Takster for affald 2025","adopted",archive="24/13871"),
  V(B,D,"204","Orientering om kvartalsrapport for sygedagpenge","noted",archive="24/2209"),
  V(B,D,"205","Frigivelse af midler til landsbypuljen","postponed",archive="24/16004"),
  V(B,D,"205","alle 19 ansøgninger imødekommes","rejected",False,2,None,proposer="Jens Kr. Mørk",party="V",archive="24/16004")],
 notes="FICTIONAL committee minutes in PDF-print style with OCR-like noise ('lmod' for 'Imod', 'forst' for 'først', dotted table of contents, page markers '-- 2 --'). The table of contents repeats the item titles and is not a set of decisions. "
 "VOTES: 201 'Godkendt.'. 202 'Anbefales godkendt med 5 stemmer mod 2' with the two named members against (F, Ø) -> adopted, against_parties {F:1,Ø:1} counted from the names, unanimous false. 203 'Anbefales', Henrik Skov (C) only 'tager forbehold' (a reservation, not a vote against) -> unanimous null. "
 "204 recommendation to take the report 'til efterretning', decision 'Til efterretning.' -> noted. 205: 'Sagen sendes tilbage til forvaltningen ... genoptages på mødet i december' -> postponed; inside the same item Jens Kr. Mørk (V) moved that all 19 applications be granted, 'Forslaget faldt' with only the proposer and Birgit Ladefoged voting for -> rejected, votes_for 2 (counted), votes_against null (not stated; 5 of 7 present would be inferred, not written), unanimous false (the rest opposed). Subject quoted up to the line break ('alle 19 ansøgninger imødekommes'). "
 "NOT CODED: the background 'Byrådet besluttede ved budgetvedtagelsen den 10. oktober 2024'; the attendance list (party letters are not votes).")
