"""Build ``nlpclaims/lang/data/cues_extra.jsonl`` (new cue lemmas) and
``nlpclaims/lang/data/cues_extra_frames.jsonl`` (lemmas already in the cue table, with frames or
forms it lacks) from the table below, in the cue-row format.

The table was written from Dutch grammar: each lemma's complement frames as the ANS and the
Alpino lexicon give them (checked against the candidates in ``../shared/notes/cue-candidates.md``),
restricted to the frames in which the verb reports content in news. Forms come from
``nlpclaims.lang.conjugation`` (weak verbs by rule, strong verbs as listed here).

    python tools/build_cues_extra.py          # rewrite the two files
    python tools/build_cues_extra.py --check  # exit 1 if the files differ from the table

One row per line, fields separated by `` | ``::

    lemma | class | frames | options | example (optional)

options (space separated): ``prt=aan`` separable particle; ``apart=before|after`` particle written
as its own word (``duidelijk maakt``, ``liet weten``); ``s=past,past_pl,participle`` strong or
irregular base verb; ``stem=…`` weak stem the rules cannot spell; ``noge``/``ge`` participle
without/with ``ge-`` against the guess; ``req=erop`` word right after the verb; ``addr`` the object
is the person addressed; ``unattr`` news without a source; ``forms=a,b`` fixed words (nouns,
copular predicates); ``obj=…``, ``y=…``, ``lv=…`` words for the generated example (content object,
predicate of ``als``, light verb of a nominal cue).
Without an example, one is written from the main (first) frame.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlpclaims.lang.conjugation import Forms, strong, weak, with_particle  # noqa: E402

DATA = ROOT / "nlpclaims" / "lang" / "data"
OUT = DATA / "cues_extra.jsonl"
OUT_FRAMES = DATA / "cues_extra_frames.jsonl"
OF_CLAUSE = {"betwijfelen", "twijfelen", "in twijfel trekken"}
"""Doubt: the of-clause is the content ('betwijfelt of de kosten stijgen'), not an indirect question."""
OUT_MULTIWORD = DATA / "cues_extra_multiword.jsonl"  # forms written with spaces (read as phrases)
OUT_OVERLAP = DATA / "cues_extra_overlap.jsonl"  # lemmas the main table has (their frames are merged)

CLASSES = {"speech", "stance", "request", "commit", "accuse", "evidential", "nominal", "copular"}
FIXED_FRAMES = {"dat", "te", "obj_te", "object", "als", "xy", "colon", "quote", "inverted"}

TABLE = """
# -- speech: saying, telling, announcing ------------------------------------------------------
beschrijven | speech | dat,als,object | s=beschreef,beschreven,beschreven obj=een chaotische situatie
verkondigen | speech | dat,object | obj=een nieuwe koers
uitspreken | speech | dat | prt=uit s=sprak,spraken,gesproken
aanstippen | speech | dat,object | prt=aan obj=een tweede probleem
aantekenen | speech | dat,inverted | prt=aan
beklemtonen | speech | dat,inverted,quote
formuleren | speech | colon,dat
uiteenzetten | speech | dat,object | prt=uiteen obj=de plannen
verklappen | speech | dat,object | obj=de naam van de nieuwe trainer
verwoorden | speech | colon,object | obj=het gevoel van veel boeren
opsommen | speech | colon,object | prt=op obj=de bezwaren
schetsen | speech | object,dat | obj=een somber beeld van de economie
preciseren | speech | dat,inverted
verduidelijken | speech | dat,inverted
nuanceren | speech | dat,inverted,quote | stem=nuanceer
aanvullen | speech | inverted,quote,dat,colon | prt=aan
repliceren | speech | dat,inverted,quote
counteren | speech | dat,inverted,quote | stem=counter
pareren | speech | inverted,quote,dat
prijsgeven | speech | dat,object | prt=prijs s=gaf,gaven,gegeven
memoreren | speech | dat,inverted
herinneren | speech | dat | req=eraan stem=herinner
mailen | speech | dat,quote,colon
appen | speech | dat,quote | stem=app
bloggen | speech | dat,quote
schreeuwen | speech | quote,inverted,dat
fluisteren | speech | quote,inverted,dat | stem=fluister
brullen | speech | quote,inverted
bulderen | speech | quote,inverted | stem=bulder
mompelen | speech | quote,inverted,dat
brommen | speech | quote,inverted
grommen | speech | quote,inverted
snauwen | speech | quote,inverted
sneren | speech | quote,inverted,dat | stem=sneer
sissen | speech | quote,inverted
gillen | speech | quote,inverted
zuchten | speech | quote,inverted
verzuchten | speech | quote,inverted,dat
stamelen | speech | quote,inverted
stotteren | speech | quote,inverted | stem=stotter
lachen | speech | quote,inverted
grinniken | speech | quote,inverted
glimlachen | speech | quote,inverted
grijnzen | speech | quote,inverted
grappen | speech | quote,inverted,dat
spotten | speech | quote,inverted
jubelen | speech | quote,inverted,dat
juichen | speech | quote,inverted,dat
kraaien | speech | quote,inverted,dat
jammeren | speech | quote,inverted,dat | stem=jammer
mopperen | speech | quote,inverted,dat | stem=mopper
foeteren | speech | quote,inverted | stem=foeter
klagen | speech | dat,quote,inverted
filosoferen | speech | quote,inverted
peinzen | speech | quote,inverted
hernemen | speech | quote,inverted | s=hernam,hernamen,hernomen
beginnen | speech | quote | s=begon,begonnen,begonnen
afsluiten | speech | quote,inverted | prt=af s=sloot,sloten,gesloten
samenvatten | speech | colon,dat | prt=samen
uitroepen | speech | quote,inverted | prt=uit s=riep,riepen,geroepen
beargumenteren | speech | dat
poneren | speech | dat,object | obj=een gewaagde stelling
postuleren | speech | dat
proclameren | speech | dat,object | obj=de overwinning
opwerpen | speech | dat,object | prt=op s=wierp,wierpen,geworpen obj=een lastige vraag
tegenwerpen | speech | dat,inverted,quote | prt=tegen s=wierp,wierpen,geworpen
inbrengen | speech | dat,inverted | prt=in s=bracht,brachten,gebracht
opbiechten | speech | dat,object | prt=op obj=een affaire
verhalen | speech | dat,quote
informeren | speech | dat | addr | De minister informeerde de Kamer dat de nieuwe brug later opengaat.
signaleren | speech | dat,object | obj=een groeiend tekort aan leraren
berekenen | speech | dat | noge
becijferen | speech | dat | stem=becijfer
kenbaar maken | speech | dat,object | prt=kenbaar apart=before obj=haar bezwaren
duidelijk maken | speech | dat | prt=duidelijk apart=before
openbaar maken | speech | object,dat | prt=openbaar apart=before obj=het rapport
te kennen geven | speech | dat,te | prt=te kennen apart=before s=gaf,gaven,gegeven
laten doorschemeren | speech | dat | prt=doorschemeren apart=after s=liet,lieten,laten stem=laat
laten blijken | speech | dat | prt=blijken apart=after s=liet,lieten,laten stem=laat
laten optekenen | speech | dat,colon | prt=optekenen apart=after s=liet,lieten,laten stem=laat
doorgeven | speech | dat,object | prt=door s=gaf,gaven,gegeven obj=de nieuwe cijfers
vertolken | speech | object | obj=de zorgen van de ouders
uitdragen | speech | object,dat | prt=uit s=droeg,droegen,gedragen obj=de boodschap van de partij
toevertrouwen | speech | dat | prt=toe addr stem=vertrouw | De wethouder vertrouwde een collega toe dat hij wil stoppen.
verwittigen | speech | dat | addr
uitbazuinen | speech | dat,object | prt=uit obj=de goede cijfers
staande houden | speech | dat | prt=staande apart=before s=hield,hielden,gehouden stem=houd pres3=houdt
zich beroepen | speech | dat | prt=zich s=beriep,beriepen,beroepen req=erop
getuigen | speech | dat
naar buiten brengen | speech | dat,object | prt=naar buiten apart=before s=bracht,brachten,gebracht stem=breng obj=het nieuws
naar voren brengen | speech | dat,object | prt=naar voren apart=before s=bracht,brachten,gebracht stem=breng obj=het argument
aannemelijk maken | speech | dat | prt=aannemelijk apart=before
voorrekenen | speech | dat | prt=voor stem=reken
voorhouden | speech | dat | prt=voor s=hield,hielden,gehouden stem=houd pres3=houdt addr
voorspiegelen | speech | dat | prt=voor
bepalen | speech | dat | noge
beslissen | speech | dat,te | noge
decreteren | speech | dat
# -- stance and cognition ---------------------------------------------------------------------
geloven | stance | dat,te
veronderstellen | stance | dat,te
aannemen | stance | dat | prt=aan s=nam,namen,genomen
uitgaan | stance | dat | prt=uit s=ging,gingen,gegaan stem=ga pres3=gaat req=ervan
inzien | stance | dat | prt=in s=zag,zagen,gezien stem=zie pres3=ziet
realiseren | stance | dat
snappen | stance | dat
betwijfelen | stance | dat,object | obj=de cijfers van het ministerie
twijfelen | stance | dat | req=eraan
inschatten | stance | dat,als | prt=in stem=schat
afleiden | stance | dat | prt=af stem=leid
opmaken | stance | dat | prt=op
uitsluiten | stance | dat | prt=uit s=sloot,sloten,gesloten
onderkennen | stance | dat,object | noge obj=het probleem
ervaren | stance | dat,als | s=ervoer,ervoeren,ervaren
merken | stance | dat
ontdekken | stance | dat
waarnemen | stance | dat | prt=waar s=nam,namen,genomen
speculeren | stance | dat
wensen | stance | dat
verlangen | stance | dat,object,te | obj=duidelijkheid
accepteren | stance | dat
aanvaarden | stance | dat,object | noge obj=de uitslag
blijven | stance | dat | s=bleef,bleven,gebleven req=erbij
vasthouden | stance | dat | prt=vast s=hield,hielden,gehouden stem=houd pres3=houdt req=eraan
beschouwen | stance | als,xy
bestempelen | stance | als
typeren | stance | als,xy
karakteriseren | stance | als
kenschetsen | stance | als
kwalificeren | stance | als
betitelen | stance | als
omschrijven | stance | als,dat | s=omschreef,omschreven,omschreven
afschilderen | stance | als,xy | prt=af stem=schilder
afdoen | stance | als | prt=af s=deed,deden,gedaan stem=doe pres3=doet y=onzin
wegzetten | stance | als | prt=weg stem=zet
neerzetten | stance | als | prt=neer stem=zet
aanmerken | stance | als | prt=aan
aanduiden | stance | als | prt=aan stem=duid
aanwijzen | stance | als | prt=aan s=wees,wezen,gewezen y=de schuldige
duiden | stance | als | stem=duid
interpreteren | stance | als,dat
opvatten | stance | als | prt=op stem=vat
beoordelen | stance | als,xy
brandmerken | stance | als | y=een schandvlek
prijzen | stance | als,dat,object | s=prees,prezen,geprezen obj=de inzet van de hulpverleners
loven | stance | als,object | obj=de snelle aanpak
roemen | stance | als,object | obj=de samenwerking
bejubelen | stance | als | y=een doorbraak
verwelkomen | stance | als,object | stem=verwelkom obj=het besluit van de rechter y=een stap vooruit
toejuichen | stance | object,dat | prt=toe obj=het besluit
waarderen | stance | dat,object | obj=de inzet van de vrijwilligers
onderschrijven | stance | dat,object | s=onderschreef,onderschreven,onderschreven obj=de conclusies
betreuren | stance | dat,object | obj=het besluit
in twijfel trekken | stance | object,dat | prt=in twijfel apart=before s=trok,trokken,getrokken stem=trek obj=de cijfers
op het standpunt staan | stance | dat | prt=op het standpunt apart=before s=stond,stonden,gestaan stem=sta pres3=staat
# -- request, demand and advice ---------------------------------------------------------------
aanraden | request | dat,obj_te,te | prt=aan s=raadde,raadden,geraden
aanbevelen | request | dat,obj_te,object | prt=aan s=beval,bevalen,bevolen stem=beveel obj=een strengere aanpak
voorstellen | request | dat,te,object | prt=voor obj=een nieuwe regeling
bepleiten | request | dat,object | obj=een verbod op vuurwerk
pleiten | request | pp:voor,dat
vorderen | request | object,dat | stem=vorder obj=een celstraf van vier jaar
smeken | request | obj_te,pp:om,dat,quote | addr
sommeren | request | obj_te | addr stem=sommeer
manen | request | obj_te,pp:tot | addr
aanmanen | request | obj_te,pp:tot | prt=aan addr
aansporen | request | obj_te,pp:tot | prt=aan addr
aanmoedigen | request | obj_te | prt=aan addr
opdragen | request | obj_te | prt=op s=droeg,droegen,gedragen addr
bevelen | request | obj_te,dat | s=beval,bevalen,bevolen stem=beveel addr
gelasten | request | obj_te,dat | addr stem=gelast noge
gebieden | request | obj_te | s=gebood,geboden,geboden addr
instrueren | request | obj_te | addr
ijveren | request | pp:voor | stem=ijver
lobbyen | request | pp:voor | stem=lobby
hameren | request | dat,pp:op | req=erop stem=hamer
aansturen | request | pp:op | prt=aan
doelen | speech | pp:op | | De minister doelde daarmee op de fouten bij de aanbesteding.
hinten | speech | pp:op | stem=hint | De bank hint op een renteverlaging in de nabije toekomst.
zinspelen | speech | pp:op | stem=zinspeel | De trainer zinspeelde op het einde van zijn loopbaan.
vermanen | request | obj_te,quote | addr
uitnodigen | request | obj_te | prt=uit stem=nodig addr
verbieden | request | obj_te | s=verbood,verboden,verboden addr
# -- promise and threat -----------------------------------------------------------------------
waarborgen | commit | dat,object | obj=de veiligheid van de bezoekers
overeenkomen | commit | dat,te,object | prt=overeen s=kwam,kwamen,gekomen stem=kom obj=een nieuwe cao
aanbieden | commit | te | prt=aan s=bood,boden,geboden
afkondigen | commit | object | prt=af obj=de noodtoestand
in het vooruitzicht stellen | commit | object | prt=in het vooruitzicht apart=before obj=een belastingverlaging
zich verplichten | commit | te | prt=zich apart=before
# -- accusation, denial and admission ---------------------------------------------------------
aanrekenen | accuse | dat | prt=aan stem=reken
verdenken | accuse | pp:van,obj_te | s=verdacht,verdachten,verdacht addr | De officier van justitie verdenkt de wethouder van fraude.
betichten | accuse | pp:van | addr stem=beticht
aanwrijven | accuse | object | prt=aan s=wreef,wreven,gewreven | De oppositie wrijft de minister de fouten bij de aanbesteding aan.
tegenspreken | accuse | object,dat | prt=tegen s=sprak,spraken,gesproken obj=de beschuldigingen
weerspreken | accuse | object,dat | s=weersprak,weerspraken,weersproken obj=de lezing van de politie
betwisten | accuse | object,dat | obj=de uitslag
bestrijden | accuse | dat,object | s=bestreed,bestreden,bestreden obj=de conclusies van het rapport
weerleggen | accuse | object,dat | noge obj=de kritiek
ontkrachten | accuse | object | obj=het gerucht
logenstraffen | accuse | object | obj=de voorspellingen
verwerpen | accuse | object,als | s=verwierp,verwierpen,verworpen obj=het voorstel
afwijzen | accuse | object,als | prt=af s=wees,wezen,gewezen obj=het bod
bekennen | accuse | object,dat,te,inverted | obj=de diefstal
verdedigen | accuse | dat,object | obj=het besluit
rechtvaardigen | accuse | dat,object | obj=de ingreep
bekritiseren | accuse | object,als | obj=de aanpak van de politie
hekelen | accuse | object,dat | obj=de trage aanpak
veroordelen | accuse | object,als | obj=de aanslag
afkeuren | accuse | object,als | prt=af obj=het plan
afkraken | accuse | object | prt=af obj=het nieuwe plan
afserveren | accuse | als,object | prt=af obj=het voorstel
laken | accuse | object | obj=de gang van zaken
kapittelen | accuse | object | obj=de regering
insinueren | accuse | dat
protesteren | accuse | dat,pp:tegen
fulmineren | accuse | quote,pp:tegen
uitvaren | accuse | quote,pp:tegen | prt=uit s=voer,voeren,gevaren
zich beklagen | accuse | dat | prt=zich req=erover
van de hand wijzen | accuse | object | prt=van de hand apart=before s=wees,wezen,gewezen stem=wijs obj=de kritiek
wijsmaken | accuse | dat | prt=wijs addr stem=maak
# -- evidential: a document or finding says -------------------------------------------------
staan | evidential | dat | s=stond,stonden,gestaan stem=sta pres3=staat | In het rapport van de inspectie staat dat de kosten van de nieuwe brug fors stijgen.
uitwijzen | evidential | dat | prt=uit s=wees,wezen,gewezen
aantonen | evidential | dat | prt=aan stem=toon
laten zien | evidential | dat | prt=zien apart=after s=liet,lieten,laten stem=laat
bewijzen | evidential | dat | s=bewees,bewezen,bewezen
doorsijpelen | evidential | dat | prt=door unattr
uitkomen | evidential | dat | prt=uit s=kwam,kwamen,gekomen stem=kom unattr
# -- nominal cues: noun + dat-clause (or the frame given) -----------------------------------
de overtuiging | nominal | dat | forms=overtuiging,overtuigingen lv=uitte
het verwijt | nominal | dat | forms=verwijt,verwijten lv=herhaalde
de eis | nominal | dat,pp:om | forms=eis,eisen lv=herhaalde
de belofte | nominal | dat,te | forms=belofte,beloften,beloftes lv=deed
de hoop | nominal | dat | forms=hoop lv=uitte
de vrees | nominal | dat | forms=vrees lv=uitte
de verwachting | nominal | dat | forms=verwachting,verwachtingen lv=uitte
de mening | nominal | dat | forms=mening lv=herhaalde
de opvatting | nominal | dat | forms=opvatting lv=verdedigde
de stelling | nominal | dat | forms=stelling lv=verdedigde
de bewering | nominal | dat | forms=bewering,beweringen lv=herhaalde
de claim | nominal | dat | forms=claim,claims lv=herhaalde
de mededeling | nominal | dat | forms=mededeling lv=deed
de boodschap | nominal | dat | forms=boodschap lv=herhaalde
de waarschuwing | nominal | dat | forms=waarschuwing,waarschuwingen lv=herhaalde
de oproep | nominal | pp:tot,obj_te,dat | forms=oproep,oproepen lv=deed
het dreigement | nominal | dat,te | forms=dreigement,dreigementen lv=herhaalde
de beschuldiging | nominal | dat | forms=beschuldiging,beschuldigingen lv=herhaalde
de aantijging | nominal | dat | forms=aantijging,aantijgingen lv=herhaalde
de ontkenning | nominal | dat | forms=ontkenning lv=herhaalde
de erkenning | nominal | dat | forms=erkenning lv=herhaalde
de bekentenis | nominal | dat | forms=bekentenis lv=deed
de toezegging | nominal | dat,te | forms=toezegging,toezeggingen lv=deed
de garantie | nominal | dat | forms=garantie,garanties lv=gaf
de verzekering | nominal | dat | forms=verzekering lv=gaf
de suggestie | nominal | dat | forms=suggestie lv=deed
het voorstel | nominal | te,dat | forms=voorstel lv=herhaalde
het advies | nominal | dat,te | forms=advies lv=herhaalde
het verzoek | nominal | dat,te,pp:om | forms=verzoek lv=herhaalde
de conclusie | nominal | dat | forms=conclusie lv=trok
de constatering | nominal | dat | forms=constatering lv=deed
het oordeel | nominal | dat | forms=oordeel lv=herhaalde
het standpunt | nominal | dat | forms=standpunt lv=verdedigde
de gedachte | nominal | dat | forms=gedachte lv=uitte
de veronderstelling | nominal | dat | forms=veronderstelling lv=herhaalde
het vermoeden | nominal | dat | forms=vermoeden lv=uitte
de twijfel | nominal | dat,pp:over | forms=twijfel lv=uitte
de klacht | nominal | dat | forms=klacht,klachten lv=herhaalde
het bezwaar | nominal | dat | forms=bezwaar,bezwaren lv=herhaalde
het argument | nominal | dat | forms=argument lv=herhaalde
de indruk | nominal | dat | forms=indruk lv=wekte
het gevoel | nominal | dat | forms=gevoel lv=uitte
de zorg | nominal | dat,pp:over | forms=zorg,zorgen lv=uitte
de angst | nominal | dat | forms=angst lv=uitte
de wens | nominal | dat,te | forms=wens lv=herhaalde
de verklaring | nominal | dat | forms=verklaring lv=herhaalde
de aankondiging | nominal | dat | forms=aankondiging lv=herhaalde
het pleidooi | nominal | pp:voor | forms=pleidooi lv=herhaalde
de roep | nominal | pp:om | forms=roep lv=herhaalde
de kritiek | nominal | dat | forms=kritiek lv=herhaalde
de overweging | nominal | dat | forms=overweging lv=gaf
de raming | nominal | dat | forms=raming lv=gaf
de prognose | nominal | dat | forms=prognose lv=gaf
de voorspelling | nominal | dat | forms=voorspelling lv=deed
de uitspraak | nominal | dat | forms=uitspraak,uitspraken lv=herhaalde
de lezing | nominal | dat | forms=lezing lv=gaf
het gerucht | nominal | dat | forms=gerucht,geruchten lv=verspreidde
de melding | nominal | dat | forms=melding,meldingen lv=deed
de theorie | nominal | dat | forms=theorie lv=verdedigde
de hypothese | nominal | dat | forms=hypothese lv=verdedigde
de aanname | nominal | dat | forms=aanname lv=deed
de inschatting | nominal | dat | forms=inschatting lv=maakte
de vaststelling | nominal | dat | forms=vaststelling lv=deed
de bevinding | nominal | dat | forms=bevinding,bevindingen lv=deelde
de aanbeveling | nominal | dat,te | forms=aanbeveling,aanbevelingen lv=deed
de aanklacht | nominal | dat | forms=aanklacht lv=herhaalde
het ultimatum | nominal | dat,te | forms=ultimatum lv=stelde
de bezorgdheid | nominal | dat | forms=bezorgdheid lv=uitte
het besef | nominal | dat | forms=besef lv=uitte
het idee | nominal | dat | forms=idee lv=opperde
# -- copular stance: predicate + dat-clause ----------------------------------------------------
van mening | copular | dat | forms=van,mening
van oordeel | copular | dat | forms=van,oordeel
van opvatting | copular | dat | forms=van,opvatting
de mening toegedaan | copular | dat | forms=mening,toegedaan
ervan overtuigd | copular | dat | forms=ervan,overtuigd
ervan doordrongen | copular | dat | forms=ervan,doordrongen
zich ervan bewust | copular | dat | forms=ervan,bewust
er zeker van | copular | dat | forms=zeker,van
er gerust op | copular | dat | forms=gerust,op
het ermee eens | copular | dat | forms=ermee,eens
het oneens | copular | dat | forms=oneens
bang | copular | dat | forms=bang
bezorgd | copular | dat | forms=bezorgd
bevreesd | copular | dat | forms=bevreesd
ongerust | copular | dat | forms=ongerust
optimistisch | copular | dat | forms=optimistisch
pessimistisch | copular | dat | forms=pessimistisch
hoopvol | copular | dat | forms=hoopvol
voorstander | copular | dat,pp:van | forms=voorstander,voorstanders
tegenstander | copular | dat,pp:van | forms=tegenstander,tegenstanders
"""

#: lemmas already in the cue table that gain frames or forms here (written to cues_extra_frames)
EXISTING_FRAMES = """
zien | stance | als | s=zag,zagen,gezien stem=zie pres3=ziet
noemen | stance | xy,als
vinden | stance | xy | s=vond,vonden,gevonden stem=vind
achten | stance | xy
dreigen | commit | pp:met
vragen | request | pp:om,obj_te | s=vroeg,vroegen,gevraagd stem=vraag addr
eisen | request | object,te | | De officier van justitie eist een celstraf van acht jaar.
roepen | speech | quote,inverted | s=riep,riepen,geroepen
zeggen | speech | quote,inverted | s=zei,zeiden,gezegd stem=zeg forms=zeide,zeiden
antwoorden | speech | quote,inverted
erkennen | accuse | object | obj=de nederlaag
ontkennen | accuse | object | obj=alle beschuldigingen
claimen | speech | object | obj=de overwinning
waarschuwen | speech | pp:voor | 
spreken | speech | pp:van | s=sprak,spraken,gesproken req=van
oproepen | request | pp:tot,obj_te | prt=op s=riep,riepen,geroepen addr
aandringen | request | dat,pp:op | prt=aan s=drong,drongen,gedrongen req=erop
verwijten | accuse | obj_te,dat | s=verweet,verweten,verweten addr | De oppositie verweet de minister de Kamer te laat te hebben ingelicht.
beschuldigen | accuse | obj_te,pp:van | addr | De advocaat beschuldigt de politie ervan het dossier te hebben gelekt.
toegeven | accuse | te,object | prt=toe s=gaf,gaven,gegeven obj=zijn fout | De verdachte geeft toe het geld te hebben gestolen.
beloven | commit | object | obj=beterschap
aankondigen | speech | object | prt=aan stem=kondig obj=een onderzoek naar de brand
opmerken | speech | quote,inverted | prt=op
"""

#: notes for rows whose use needs a word of explanation
NOTES = {
    "staan": "evidential only with a document as the place: 'Dat staat in het rapport van X', 'In de brief van X staat dat …'; the source is the document's owner",
    "uitwijzen": "evidential: the subject is a study or document ('Onderzoek wijst uit dat …'); the source is its author",
    "aantonen": "evidential: the subject is a study or document; the source is its author",
    "laten zien": "evidential: the subject is a study or document; the source is its author",
    "bewijzen": "evidential: the subject is a study or document, or a person",
    "uitkomen": "news without a source: 'Vorige week kwam uit dat …'",
    "doorsijpelen": "news without a source: 'Vorige week sijpelde door dat …'",
    "beginnen": "only as an inverted cue after a quote ('„…”, begint X.')",
    "afsluiten": "only as an inverted cue after a quote ('„…”, sluit X af.')",
    "lachen": "only as an inverted cue after a quote ('„…”, lacht X.')",
    "glimlachen": "only as an inverted cue after a quote",
    "grijnzen": "only as an inverted cue after a quote",
    "grinniken": "only as an inverted cue after a quote",
    "zuchten": "only as an inverted cue after a quote",
    "hernemen": "older prose: '„…”, hernam hij.'",
    "uitsluiten": "mostly negated: 'sluit niet uit dat …' (the content is what is not excluded)",
    "voorstander": "copular with 'er … van dat' ('is er voorstander van dat …') or a van-PP",
    "tegenstander": "copular with 'er … van dat' or a van-PP",
}

SUBJECT = {"speech": "De woordvoerder", "stance": "De onderzoeker", "request": "De burgemeester",
           "commit": "De minister", "accuse": "De advocaat", "evidential": "Het rapport",
           "nominal": "De minister", "copular": "De minister"}
CONTENT = "de kosten van de nieuwe brug fors stijgen"
#: the content of a dat-clause in generated examples, by class
CLASS_CONTENT = {"request": "het kabinet snel ingrijpt", "accuse": "de politie het dossier heeft gelekt",
                 "stance": "het plan te duur is", "commit": "de fabriek open blijft"}
TE_CONTENT = "de fabriek open te houden"
PP_DEFAULT = {"om": "uitstel", "tot": "kalmte", "voor": "een verbod op vuurwerk", "op": "snelle maatregelen",
              "van": "een doorbraak", "met": "ontslag", "tegen": "het nieuwe plan", "over": "de trage aanpak",
              "aan": "de inwoners om voorzichtig te zijn"}


def parse_options(text: str) -> dict[str, str]:
    opts: dict[str, str] = {}
    key = None
    for tok in text.split():
        if "=" in tok:
            key, val = tok.split("=", 1)
            opts[key] = val
        elif key and key in {"obj", "y", "prt", "lv"} and tok not in {"addr", "unattr", "noge", "ge"}:
            opts[key] += " " + tok  # multi-word value
        else:
            opts[tok] = "1"
            key = None
    return opts


def verb_forms(lemma: str, o: dict[str, str]) -> Forms:
    base = lemma
    prt = o.get("prt", "")
    if prt == "zich":
        base = lemma.split(" ", 1)[1]
    elif prt and o.get("apart"):
        base = lemma.replace(prt, "").strip()
        if base.startswith("laten"):
            base = "laten"
        elif " " in base:
            base = base.split()[-1]
    elif prt and lemma.startswith(prt):
        base = lemma[len(prt):]
    prefixed = False if "ge" in o else (True if "noge" in o else None)
    if "s" in o:
        past, past_pl, part = o["s"].split(",")
        return strong(base, past, past_pl, part, stem=o.get("stem"), pres3=o.get("pres3"))
    return weak(base, o.get("stem"), prefixed)


def example_for(lemma: str, cls: str, frame: str, forms: Forms | None, o: dict[str, str]) -> str:
    """One written sentence in which the cue reports content in ``frame``."""
    s = SUBJECT[cls]
    content = CLASS_CONTENT.get(cls, CONTENT)
    if cls == "nominal":
        noun = lemma
        lv = o.get("lv", "herhaalde")
        if frame == "dat":
            return f"{s} {lv} {noun} dat {content}."
        if frame == "te":
            return f"{s} {lv} {noun} om {TE_CONTENT}."
        if frame == "obj_te":
            return f"{s} {lv} {noun} aan de inwoners om voorzichtig te zijn."
        prep = frame.split(":")[1]
        return f"{s} {lv} {noun} {prep} {PP_DEFAULT[prep]}."
    if cls == "copular":
        pred = lemma
        if pred in {"voorstander", "tegenstander"}:
            return f"{s} is er {pred} van dat {CONTENT}." if frame == "dat" else f"{s} is {pred} van een verbod op vuurwerk."
        if pred.startswith("zich "):
            return f"{s} is zich {pred[5:]} dat {CONTENT}."
        if pred.startswith("de mening"):
            return f"{s} is de mening toegedaan dat {CONTENT}."
        if pred.startswith("het ") or pred.startswith("er "):
            return f"{s} is {pred} dat {CONTENT}."
        return f"{s} is {pred} dat {CONTENT}."
    assert forms is not None
    prt = o.get("prt", "")
    apart = o.get("apart", "")
    fin, past = forms.pres3, forms.past
    req = o.get("req", "")
    if prt == "zich":  # reflexive: "verplicht zich", "verzet zich"
        fin, prt = f"{fin} zich", ""
    tail = prt  # particle at the end of the middle field
    if frame == "dat":
        if req in {"in"}:  # "staat in het rapport dat …"
            return f"In het rapport {fin} dat {CONTENT}."
        if req:
            return f"{s} {fin} {req} {tail} dat {CONTENT}.".replace("  ", " ")
        if "addr" in o:
            return f"{s} {fin} de Kamer {tail} dat {CONTENT}.".replace("  ", " ")
        if "unattr" in o:
            return f"Vorige week {past} {prt} dat {CONTENT}.".replace("  ", " ")
        return f"{s} {fin} {tail} dat {CONTENT}.".replace("  ", " ")
    if frame == "te":
        return f"{s} {fin} {tail} {TE_CONTENT}.".replace("  ", " ")
    if frame == "obj_te":
        om = "om " if prt else ""
        return f"{s} {fin} de inwoners {tail} {om}voorzichtig te zijn.".replace("  ", " ")
    if frame == "object":
        return f"{s} {fin} {o.get('obj', 'de beschuldigingen')} {tail}.".replace(" .", ".")
    if frame == "als":
        return f"{s} {fin} het voorstel {tail} als {o.get('y', 'een gevaar voor de democratie')}.".replace("  ", " ")
    if frame == "xy":
        return f"{s} {fin} het voorstel onverantwoord {tail}.".replace(" .", ".")
    if frame.startswith("pp:"):
        prep = frame.split(":")[1]
        if req and req != prep:
            return f"{s} {fin} {req} {tail} {prep} {PP_DEFAULT[prep]}.".replace("  ", " ")
        if "addr" in o and prep in {"van"}:
            return f"{s} {fin} de wethouder {prep} fraude.".replace("  ", " ")
        return f"{s} {fin} {tail} {prep} {PP_DEFAULT[prep]}.".replace("  ", " ")
    if frame == "colon":
        return f"{s} {fin} {tail}: „We gaan door.”".replace("  ", " ").replace(" :", ":")
    if frame in {"quote", "inverted"}:
        subj = s[0].lower() + s[1:]
        return f"„We gaan door”, {past} {subj} {tail}.".replace(" .", ".")
    raise ValueError(frame)


def build_rows(table: str) -> list[dict]:
    rows = []
    for line in table.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        lemma, cls, frames = parts[0], parts[1], parts[2].split(",")
        o = parse_options(parts[3] if len(parts) > 3 else "")
        example = parts[4] if len(parts) > 4 and parts[4] else ""
        key = lemma
        row: dict = {"lemma": key}
        forms = None
        if cls in {"nominal", "copular"}:
            row["forms"] = o["forms"].split(",")
            row["particle"] = None
        else:
            forms = verb_forms(key, o)
            if "prt" in o and o["prt"] != "zich":
                apart = o.get("apart", "")
                joined, base = with_particle(forms, o["prt"], apart)
                row["forms"] = joined
                row["particle"] = o["prt"]
                row["base_forms"] = base
            else:
                row["forms"] = forms.all() + [f for f in o.get("forms", "").split(",") if f and f not in forms.all()]
                row["particle"] = None
        row["class"] = cls
        row["frames"] = frames
        for f in frames:
            if f not in FIXED_FRAMES and not f.startswith("pp:"):
                raise ValueError(f"{lemma}: unknown frame {f}")
        if "req" in o:
            row["requires"] = [o["req"]]
        elif o.get("prt") == "zich" or key.startswith("zich "):
            row["requires"] = ["zich"]  # "verplicht zich", verb-final "omdat hij zich verplicht"
            row["requires_before"] = ["zich"]
        if "addr" in o:
            row["addressee_object"] = True
        if key in OF_CLAUSE:
            row["of_clause"] = True
        if "unattr" in o:
            row["unattributed"] = True
        row["example"] = example or example_for(key, cls, frames[0], forms, o)
        notes = [NOTES[key]] if key in NOTES else []
        if o.get("apart") and o.get("prt") != "zich":
            notes.append("particle written as its own word: forms are the verb clusters, base_forms the finite "
                         f"verbs that take '{o['prt']}' later in a main clause")
        if o.get("prt") == "zich" or key.startswith("zich "):
            notes.append("reflexive: 'zich' follows the finite verb")
        if notes:
            row["notes"] = "; ".join(notes)
        rows.append(row)
    return rows


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the files are not what the table gives")
    args = ap.parse_args(argv)
    rows = build_rows(TABLE)
    main_lemmas = {json.loads(line)["lemma"] for line in (DATA / "cues.jsonl").read_text(encoding="utf-8").splitlines()
                   if line.strip()}
    overlap = [r for r in rows if r["lemma"] in main_lemmas]
    multiword = [r for r in rows if r not in overlap and any(" " in f for f in r["forms"])]
    single = [r for r in rows if r not in overlap and r not in multiword]
    targets = {OUT: dump(single), OUT_FRAMES: dump(build_rows(EXISTING_FRAMES)), OUT_MULTIWORD: dump(multiword),
               OUT_OVERLAP: dump(overlap)}
    stale = [p for p, text in targets.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    if args.check:
        for p in stale:
            print(f"out of date: {p.relative_to(ROOT)}")
        return 1 if stale else 0
    DATA.mkdir(parents=True, exist_ok=True)
    for p, text in targets.items():
        p.write_text(text, encoding="utf-8")
        print(f"{text.count(chr(10))} rows -> {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
