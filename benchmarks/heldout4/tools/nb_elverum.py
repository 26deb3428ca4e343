from g import *
write("nb-elverum-kommuneplan-samfunnsdel-2024-2036","Elverum","NO","strategy","Kommuneplanens samfunnsdel 2024-2036",
 fa=["Trygg oppvekst","Helse og mestring hele livet","Bærekraftig næringsliv og levende sentrum","Klima, natur og miljø"],
 nw=[N("Sunne kommuner","Sunne kommuner","city_network")],
 notes="FICTIONAL kommuneplan samfunnsdel (Elverum) with a dotted table of contents, running header and footer. FOCUS_AREAS: 'fire satsingsområder', given as four unnumbered headings under 'Satsingsområder', in order. 'Klima, natur og miljø' is one label (comma inside the heading). "
 "NOT focus areas: the table-of-contents entries (Forord, Visjon og hovedmål, ...), the visjon and hovedmål, the asterisk bullets under each area (strategies/sub-goals), and the 'Gjennomgående perspektiver' (explicitly 'ikke egne satsingsområder'). "
 "NETWORKS: member of Sunne kommuner (national WHO network -> city_network, dev convention). Klimasats is a state grant scheme, not a network (not coded). "
 "NO VOTES: 'Vedtatt av kommunestyret 13.03.2024' (adoption of the plan itself) and the planprogram fixed 14. juni 2023 are background on a strategy page; the 2019 Klima- og energiplanen is an earlier plan.")
