"""Dutch attribution cues: speech and stance verbs with their forms, and particle verbs.

Forms are listed, not derived from a lemmatizer, so cues are found the same way on every base
pipeline (the embedded one, ``nl_core_news_*`` or a blank tokenizer).
"""

from __future__ import annotations

# lemma -> (present 1sg stem, present 3sg, plural/infinitive, past sg, past pl, participle)
# Only the forms that occur; spaces separate alternatives.
_SPEECH: dict[str, str] = {
    "zeggen": "zeg zegt zeggen zei zeiden zegde zegden gezegd",
    "melden": "meld meldt melden meldde meldden gemeld",
    "stellen": "stel stelt stellen stelde stelden gesteld",
    "verklaren": "verklaar verklaart verklaren verklaarde verklaarden verklaard",
    "schrijven": "schrijf schrijft schrijven schreef schreven geschreven",
    "benadrukken": "benadruk benadrukt benadrukken benadrukte benadrukten",
    "onderstrepen": "onderstreep onderstreept onderstrepen onderstreepte onderstreepten",
    "bevestigen": "bevestig bevestigt bevestigen bevestigde bevestigden bevestigd",
    "ontkennen": "ontken ontkent ontkennen ontkende ontkenden ontkend",
    "waarschuwen": "waarschuw waarschuwt waarschuwen waarschuwde waarschuwden gewaarschuwd",
    "beloven": "beloof belooft beloven beloofde beloofden beloofd",
    "beweren": "beweer beweert beweren beweerde beweerden beweerd",
    "vertellen": "vertel vertelt vertellen vertelde vertelden verteld",
    "erkennen": "erken erkent erkennen erkende erkenden erkend",
    "betogen": "betoog betoogt betogen betoogde betoogden betoogd",
    "concluderen": "concludeer concludeert concluderen concludeerde concludeerden geconcludeerd",
    "constateren": "constateer constateert constateren constateerde constateerden geconstateerd",
    "menen": "meen meent menen meende meenden gemeend",
    "vinden": "vind vindt vinden vond vonden",
    "denken": "denk denkt denken dacht dachten",
    "verwachten": "verwacht verwachten verwachtte verwachtten",
    "hopen": "hoop hoopt hopen hoopte hoopten",
    "vrezen": "vrees vreest vrezen vreesde vreesden gevreesd",
    "eisen": "eis eist eisen eiste eisten geëist",
    "dreigen": "dreig dreigt dreigen dreigde dreigden gedreigd",
    "claimen": "claim claimt claimen claimde claimden geclaimd",
    "suggereren": "suggereer suggereert suggereren suggereerde suggereerden gesuggereerd",
    "antwoorden": "antwoord antwoordt antwoorden antwoordde antwoordden geantwoord",
    "reageren": "reageer reageert reageren reageerde reageerden gereageerd",
    "twitteren": "twittert twitteren twitterde twitterden getwitterd tweet tweette tweetten getweet",
    "posten": "post postte postten gepost",
    "herhalen": "herhaal herhaalt herhalen herhaalde herhaalden herhaald",
    "garanderen": "garandeer garandeert garanderen garandeerde garandeerden gegarandeerd",
    "voorspellen": "voorspel voorspelt voorspellen voorspelde voorspelden",
    "verwijten": "verwijt verwijten verweet verweten",
    "beschuldigen": "beschuldig beschuldigt beschuldigen beschuldigde beschuldigden beschuldigd",
    "zweren": "zweer zweert zweren zwoer zwoeren gezworen",
    "bezweren": "bezweer bezweert bezweren bezwoer bezwoeren bezworen",
    "benoemen": "",
    "uitleggen": "uitgelegd",
    "vermoeden": "vermoed vermoedt vermoeden vermoedde vermoedden",
    "aandringen": "",
    "verzekeren": "verzeker verzekert verzekeren verzekerde verzekerden verzekerd",
    "opperen": "oppert opperen opperde opperden geopperd",
    "toezeggen": "toegezegd",
    "mededelen": "meegedeeld medegedeeld",
    "bekendmaken": "bekendgemaakt",
    "aankondigen": "aangekondigd",
    "aangeven": "aangegeven",
    "toevoegen": "toegevoegd",
    "toelichten": "toegelicht",
    "opmerken": "opgemerkt",
    "volhouden": "volgehouden",
    "toegeven": "toegegeven",
    "laten weten": "",
    "roepen": "roept riep riepen geroepen",
    "noemen": "noem noemt noemen noemde noemden genoemd",
    "willen": "wil wilt willen wilde wilden wou",
    "aanvoeren": "aangevoerd",
    "onthullen": "onthul onthult onthullen onthulde onthulden onthuld",
    "rapporteren": "rapporteer rapporteert rapporteren rapporteerde rapporteerden gerapporteerd",
    "berichten": "bericht berichten berichtte berichtten",
    "vermelden": "vermeld vermeldt vermelden vermeldde vermeldden",
    "aanklagen": "",
    "wijzen": "wijst wees wezen gewezen",
    "overtuigd": "",
    "achten": "acht achten achtte achtten geacht",
    "oordelen": "oordeel oordeelt oordelen oordeelde oordeelden geoordeeld",
    "besluiten": "",
    "vaststellen": "vastgesteld",
    "concluderend": "",
    "tweeten": "",
    "vragen": "vraag vraagt vragen vroeg vroegen gevraagd",
    "verzoeken": "verzoek verzoekt verzoeken verzocht verzochten",
    "weten": "weet weten wist wisten",
    "beseffen": "besef beseft beseffen besefte beseften",
    "begrijpen": "begrijp begrijpt begrijpen begreep begrepen",
    "bedoelen": "bedoel bedoelt bedoelen bedoelde bedoelden",
    "voorzien": "voorziet voorzag voorzagen",
    "schatten": "schat schatten schatte schatten geschat",
    "zien": "ziet zien zag zagen",
    "aandringen": "",
    "adviseren": "adviseer adviseert adviseren adviseerde adviseerden geadviseerd",
    "oproepen": "opgeroepen",
    "afspreken": "afgesproken",
    "toegeven": "toegegeven",
    "spreken": "spreekt spreken sprak spraken gesproken",
    "rekenen": "rekent rekenen rekende rekenden",
    "vervolgen": "vervolgt vervolgde vervolgden",
    "vertrouwen": "vertrouwt vertrouwen vertrouwde vertrouwden",
}

# Particle verbs: finite forms that need the particle later in the clause.
# particle -> finite forms of the base verb
_PARTICLE: dict[str, str] = {
    "weten": "laat laten liet lieten",
    "bekend": "maakt maken maakte maakten",
    "toe": "voegt voegen voegde voegden geeft geven gaf gaven licht lichten lichtte lichtten zegt zeggen zegde zegden",
    "op": "merkt merken merkte merkten roept roepen riep riepen",
    "vol": "houdt houden hield hielden",
    "mee": "deelt delen deelde deelden",
    "uit": "legt leggen legde legden gaat gaan ging gingen lekt lekte lekten",
    "erop": "wijst wijzen wees wezen",
    "af": "spreekt spreken sprak spraken",
    "verder": "gaat gaan ging gingen",
    "aan": "geeft geven gaf gaven kondigt kondigen kondigde kondigden voert voeren voerde voerden vult vullen vulde vulden",
}

# Verbs that only count as a cue in some constructions.
STANCE_LEMMAS = frozenset({"vinden", "denken", "verwachten", "hopen", "vrezen", "menen", "willen", "achten", "vermoeden",
                           "weten", "beseffen", "begrijpen", "zien", "voorzien", "schatten"})
# Cues that need a dat-clause (never a bare infinitive): wishes and plans with "te" are not claims.
DAT_ONLY_LEMMAS = frozenset({"vinden", "denken", "verwachten", "hopen", "willen", "menen", "vermoeden", "noemen", "achten", "wijzen", "roepen", "vrezen", "vertellen", "uitleggen",
                             "weten", "beseffen", "begrijpen", "bedoelen", "voorzien", "schatten", "zien",
                             "rekenen", "vertrouwen"})
# Cues that need a particular word right after them: "spreekt van", "rekent erop dat".
REQUIRED_NEXT = {"spreken": frozenset({"van"}), "rekenen": frozenset({"erop"}), "vertrouwen": frozenset({"erop"}),
                 "wijzen": frozenset({"erop", "er"})}  # "wees (er ook) op dat", not "wees dat idee van de hand"
# ... or a word before them when the verb comes last: "dat hij erop wees", "wordt er in het vonnis op gewezen".
REQUIRED_BEFORE = {"wijzen": frozenset({"erop", "op"})}
# Cues that may introduce an infinitive complement (zei bereid te zijn, beloofde te stoppen).
INFINITIVE_LEMMAS = frozenset({
    "zeggen", "beloven", "dreigen", "beweren", "verklaren", "ontkennen", "erkennen", "claimen",
    "stellen", "melden", "laten weten", "verwijten", "beschuldigen", "zweren", "toezeggen", "aankondigen",
    "aangeven", "garanderen", "verzekeren", "waarschuwen", "vragen", "verzoeken", "oproepen", "adviseren",
    "eisen", "afspreken",
})
# Cues that report news without a source: "lekte uit dat …".
UNATTRIBUTED_LEMMAS = frozenset({"uitlekken"})
# Cues whose object is the person addressed, not the speaker: "riep premier Rutte op om …".
ADDRESSEE_LEMMAS = frozenset({"oproepen", "vragen", "verzoeken", "adviseren"})
# Speech verbs whose noun object says what was said (ontkende de beschuldiging, noemt X een Y).
OBJECT_LEMMAS = frozenset({"spreken van", "noemen", "ontkennen", "eisen", "bevestigen", "claimen", "verwijten", "beschuldigen",
                           "vinden", "aankondigen", "beloven", "erkennen", "benadrukken", "onderstrepen"})
# Cues that mark attribution after the content without a dat-clause (…, zei hij).
INVERTED_OK = frozenset(set(_SPEECH) - {"willen", "hopen", "noemen", "roepen", "wijzen", "achten", "besluiten", "weten",
                                         "begrijpen", "zien", "vragen", "verzoeken", "bedoelen", "beseffen"}
                        | {"laten weten", "bekendmaken", "toevoegen", "aangeven", "toelichten", "uitleggen", "opmerken", "verdergaan"})

FORM_TO_LEMMA: dict[str, str] = {}
for _lemma, _forms in _SPEECH.items():
    for _form in _forms.split():
        FORM_TO_LEMMA.setdefault(_form, _lemma)
# participles of particle verbs written as one word
for _form, _lemma in {
    "bekendgemaakt": "bekendmaken", "toegevoegd": "toevoegen", "aangegeven": "aangeven",
    "aangekondigd": "aankondigen", "opgemerkt": "opmerken", "volgehouden": "volhouden",
    "meegedeeld": "mededelen", "toegelicht": "toelichten", "toegegeven": "toegeven", "uitgelegd": "uitleggen",
    "uitgelekt": "uitlekken",
}.items():
    FORM_TO_LEMMA[_form] = _lemma

PARTICLE_FORMS: dict[str, frozenset[str]] = {p: frozenset(f.split()) for p, f in _PARTICLE.items()}
PARTICLE_LEMMA = {
    "weten": "laten weten", "bekend": "bekendmaken", "toe": "toevoegen", "aan": "aangeven",
    "op": "opmerken", "vol": "volhouden", "mee": "mededelen", "uit": "uitleggen", "erop": "wijzen",
    "af": "afspreken",
    "verder": "verdergaan",
}
# Base verbs whose particle verb is not the particle's usual one: "roept … op" is oproepen, not opmerken.
PARTICLE_FORM_LEMMA = {("op", f): "oproepen" for f in ("roept", "roepen", "riep", "riepen")}
# "lekte uit dat …": leaked news, with no source named
PARTICLE_FORM_LEMMA.update({("uit", f): "uitlekken" for f in ("lekt", "lekte", "lekten")})
# "laten weten" also as infinitive cluster: "heeft laten weten"
CLUSTER_CUES = {("laten", "weten"): "laten weten", ("bekend", "gemaakt"): "bekendmaken"}

# Words that lead a source phrase where no verb is needed.
VOLGENS = frozenset({"volgens"})
ALDUS = frozenset({"aldus"})

# Back-reference cue subjects: "Dat zegt X." "Dit meldt X."
BACKREF_PRONOUNS = frozenset({"dat", "dit"})
# Evidential back-references: "Dat blijkt uit een rapport van X."
EVIDENTIAL_FORMS = frozenset({"blijkt", "bleek", "blijken", "bleken", "gebleken"})

# "volgens X" where X is not a source.
VOLGENS_NOT_SOURCE = frozenset({
    "mij", "ons", "jou", "u", "jullie", "me", "plan", "planning", "schema", "regels", "regel", "wet",
    "afspraak", "afspraken", "traditie", "verwachting", "verwachtingen", "protocol",
    "hetzelfde", "dezelfde", "principe", "recept", "boekje", "reglement", "norm", "normen", "voorschrift",
})

# Words that open a source's document: "volgens cijfers van het CBS" → CBS.
DOCUMENT_NOUNS = frozenset({
    "cijfers", "gegevens", "berekeningen", "onderzoek", "rapport", "verklaring", "schattingen",
    "peiling", "analyse", "bronnen", "data", "statistieken", "documenten", "woorden", "ingewijden",
    "informatie", "mededeling", "brief", "persbericht", "verslag", "studie", "raming", "ramingen",
})

# Source phrases that name a document, not its author ("volgens de aanklacht").
DOCUMENT_SOURCES = DOCUMENT_NOUNS - {"bronnen", "ingewijden", "woorden"} | frozenset({
    "aanklacht", "vonnis", "uitspraak", "wet", "wetsvoorstel", "dossier", "tekst", "akkoord", "regels", "rapporten",
    "onderzoeken", "cijfer", "enquête", "tweet", "bericht", "artikel",
})

# Personal pronouns that can be a speaker.
SUBJECT_PRONOUNS = {"hij": "m", "zij": "fp", "ze": "fp", "hem": "m", "haar": "f", "zijzelf": "f", "hijzelf": "m"}
SECOND_PERSON = frozenset({"jij", "je", "u", "jullie"})
FIRST_SECOND_PERSON = frozenset({"ik", "wij", "we", "men", "mij", "me", "ons"}) | SECOND_PERSON

# Function words that never head a source phrase.
NON_SOURCE_WORDS = frozenset({
    "dat", "dit", "het", "er", "die", "wat", "wie", "zo", "ook", "nu", "daar", "hier", "toen",
    "men", "iedereen", "niemand", "alles", "niets", "dan", "wel", "niet", "nog", "al",
})


def speech_lemma(form: str) -> str | None:
    """The cue lemma of a word form, or None if the word is not a speech or stance verb form."""
    return FORM_TO_LEMMA.get(form.lower())

# Speech-verb forms that are also common nouns: only verbs when the tagger says so.
NOUN_HOMOGRAPHS = frozenset({
    "bericht", "berichten", "zeggen", "eis", "eisen", "vraag", "vragen", "antwoord", "antwoorden", "post",
    "claim", "claims", "hoop", "vrees", "schat", "licht", "verzoek", "verzoeken", "verwijt", "verwijten",
    "belofte", "melding", "weten", "schrijven", "verklaren",
})
