"""Places a memory names that are not where it happened, read from what the sentence does with them: a
dream's or a picture's place, someone else's whereabouts or a caller's end, a plan still to come, a team's name,
a promise, an agreement or a duty, a team played against or watched, what a listing offers, a route given up, the
other end of a call, what someone else says, what a screen showed; a caller's town at other hours, a month ahead, a
game, a place nearly reached, someone's quoted message, a trip called off, someone's hour, a decision just taken."""
from __future__ import annotations

import re

from ..folding import find_phrase, fold_str
from ..language import ENGLISH, FRENCH
from ..mentions import PLACE_NOUNS, kin, only_elsewhere
from ..time_phrases import MONTHS, told_in_the_past


def elsewhere(text: str, place: str) -> bool:
    """Every time the memory names this place, it is not where the memory happened."""
    spans = find_phrase(text, place)
    return bool(spans) and (only_elsewhere(text, place) or all(_elsewhere_here(text, s, e) for s, e in spans))


def _elsewhere_here(text: str, start: int, end: int) -> bool:
    sentence = re.split(r"[.!?;\n]", text[:start])[-1]
    return bool(_in_a_dream(sentence) or _depicted(text, start, end, sentence) or _planned(text, sentence)
                or _someone_elses_whereabouts(text, sentence, end) or _part_of_a_name(text, start, end)
                or _a_callers_end(text, sentence) or _intended(sentence) or _an_opponent(text, start, sentence)
                or _a_route_given_up(text, start, sentence) or _the_other_end_of_a_call(sentence)
                or _in_what_someone_says(text, end, sentence) or _on_a_screen(text, start, end, sentence)
                or _a_team(text, start, end, sentence) or _LISTED.search(sentence)
                or _a_faraway_callers_end(text, start, sentence) or _ahead_by_its_month(text, start, end, sentence)
                or _a_game(text, start, sentence) or _NEARLY.search(sentence.rsplit(",", 1)[-1])
                or _in_someone_elses_quoted_words(text, start) or _A_TRIP_CALLED_OFF.search(sentence)
                or _THEIR_HOUR.search(sentence) or _DECIDED.search(sentence))


# A trip called off: "we had to cancel the trip to Kyoto", « on a annulé notre séjour à Rome »: never reached.
_A_TRIP_CALLED_OFF = re.compile(
    r"\b(?:cancel(?:led|ed|ling|ing)?|call(?:ed)? off|annul\w*|renonc\w* (?:à|a|au)|gave up|give up)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:trip|journey|holiday|vacation|visit|flight|voyage|vacances|s[ée]jour|week-?end|vol"
    r"|visite)\s+(?:to|in|à|a|en|au|aux|sur)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", re.IGNORECASE)


# The hour where someone else is: "it's 2am for him in Vancouver", « il est minuit pour elle à Tokyo ».
_THEIR_HOUR = re.compile(r"(?:\b\d{1,2}\s*(?:am|pm|h)\b|\b(?:midnight|minuit|morning|night|matin|nuit|soir))\s+"
                         r"(?:for|pour|chez) (?:him|her|them|lui|elle|eux|elles)\s+(?:in|à|a|en|au)\s*$",
                         re.IGNORECASE)


# A decision told as just taken, its deeds after a colon ("I've decided: I'm joining the swimming group at the
# Ponds", « c'est décidé : je m'inscris au club de Vannes »): ahead.
_DECIDED = re.compile(r"\b(?:I['’]ve|I have|we['’]ve|we have) decided\s*:|\bc['’]est d[ée]cid[ée]\s*:",
                      re.IGNORECASE)


# The other end of a call from a town or a country, a name with no article, when the memory says the two ends keep
# different hours ("Yanis m'a appelé de Séoul à 3h, il avait oublié le décalage", "Bean FaceTimed from Melbourne at
# 7am our time") or did something together over the call ("made gnocchi with me on FaceTime from Bari"): the
# caller's town, not the user's. Alone ("my uncle rang me from Dublin"), the caller's town stays a fair guess; not
# "I called from Lyon": the user's own end.
_CALLED_FROM_AFAR = re.compile(
    r"(?:\b(?:m['’]|nous\s+)(?:(?:a|avait|ont|avaient)\s+)?(?:appel|t[ée]l[ée]phon|[ée]cri|envoy|bip)\w*"
    r"|(?<!\bI )(?<!\bwe )\b(?:called|phoned|rang|facetimed|skyped|texted|messaged|video-?called|rings|calls)"
    r"|\b(?:on|via|over|sur|par|en) (?:facetime|skype|zoom|whatsapp|visio|the phone))"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:de|d['’]|depuis|from)\s*$", re.IGNORECASE)


_APART = re.compile(r"\b(?:d[ée]calage|jet ?lag|time difference|(?:our|my|her|his|their) time|(?:mon|notre|son|leur) heure"
                    r"|(?:with me|with us|avec moi|avec nous) (?:on|over|via|by|en|au|sur|par) (?:facetime|skype|zoom"
                    r"|whatsapp|video|the phone|visio|t[ée]l[ée]phone))\b", re.IGNORECASE)


def _a_faraway_callers_end(text: str, start: int, sentence: str) -> bool:
    return text[start].isupper() and bool(_CALLED_FROM_AFAR.search(sentence)) and bool(_APART.search(text))


# A place with a month after it, in a clause told in the present or with no verb, or after "pour aller" ("Léonie
# déménage à Montréal en juin", « Mariage à Biarritz en septembre », "posé mes congés pour aller voir Ophélie à
# Montréal en février", "Hope is moving to Lisbon in March"): a move, a wedding, a trip to come, not where the
# memory happened. (Not "we went to Rome in March": told in the past, where one was.)
_A_MONTH_AFTER = re.compile(r"^[^,;:.!?\n]{0,25}?\b(?:en|in|debut|fin|mi-|early|late|mid-?)\s*(?:" +
                            "|".join(MONTHS) + r")\b", re.IGNORECASE)
_TO_GO = re.compile(r"\b(?:pour|afin de) (?:aller|partir|rejoindre|retrouver|voir|rendre visite)"
                    r"|\b(?:to|so (?:I|we) can) (?:go|fly|visit|see|join|travel)\b", re.IGNORECASE)


def _ahead_by_its_month(text: str, start: int, end: int, sentence: str) -> bool:
    if not _A_MONTH_AFTER.match(fold_str(text[end:])):
        return False
    clause = sentence.rsplit(",", 1)[-1] + re.split(r"[.!?;,\n]", text[start:])[0]
    return bool(_TO_GO.search(sentence)) or not told_in_the_past(clause)


# A game played, won or lost in French: « jouer au Monopoly », « il a encore gagné au Carcassonne » — a town takes
# « à » (« au Mans »: the article is the town's own, "Le Mans").
_PLAYED_AT = re.compile(r"\b(?:jou(?:e|er|é|ée|és|ait|aient|ons|ez|ent)|gagn\w*|perd(?:u|ue|us|ait|re|s|ons)?|trich\w*"
                        r"|battue?s?|une partie)\s+(?:(?:encore|toujours|aussi|d[ée]j[àa]|enfin|souvent)\s+)?(?:au|aux)\s*$",
                        re.IGNORECASE)


def _a_game(text: str, start: int, sentence: str) -> bool:
    return text[start].isupper() and bool(_PLAYED_AT.search(sentence))


# Somewhere nearly reached, by someone or something: "the wind nearly took her hat to France", « on a failli finir à
# Calais »: what did not happen.
_NEARLY = re.compile(r"\b(?:nearly|almost|failli|faillit|manqué de|presque)\b[^,;]*\b(?:to|into|à|a|au|aux|en|"
                     r"jusqu['’]à|jusqu['’]au)\s*(?:the\s+|la\s+|le\s+|l['’])?$", re.IGNORECASE)


# Someone else's words in quotation marks, a message from them ("Text from Dallas: 'landed in Reno, call u when
# im at the hotel'", « SMS de Jade : "je suis à Brest" »): the place is theirs. Not a caption of the user's own.
_MESSAGE_FROM = re.compile(r"\b(?:text|message|sms|texto|mail|email|e-mail|note|voicemail|vocal|letter|lettre|carte)"
                           r"\s+(?:from|de|d['’])\s*(?-i:[A-ZÀ-Ý][\w-]+)|(?-i:[A-ZÀ-Ý][\w-]+)\s+"
                           r"(?:wrote|texted|écrit|a écrit|m['’]a écrit)", re.IGNORECASE)
_QUOTE_OPEN = re.compile(r"[«“\"]|(?<![\w])['‘]")


def _in_someone_elses_quoted_words(text: str, start: int) -> bool:
    before = text[:start]
    opened = list(_QUOTE_OPEN.finditer(before))
    if not opened:
        return False
    quote = opened[-1]
    closing = {"«": "»", "“": "”", '"': '"', "'": "'", "‘": "’"}[quote.group()]
    closed = re.search(re.escape(closing) + r"(?!\w)", before[quote.end():])
    return closed is None and bool(_MESSAGE_FROM.search(before[max(0, quote.start() - 60):quote.start()]))


# A promise, an offer, a wish or a duty still ahead, governing the rest of its clause ("on s'était juré de faire le
# Japon", "Rémi m'a proposé de partir avec lui à Berlin", "il faudra que je retourne à Tlemcen", "we swore we'd hike
# the Camino", "I need to go back to Accra"): a place of what is to be done, not of what was. (Not "had to":
# a duty done; not an invitation, often taken up.)
_INTENDED = re.compile(
    r"(?:\b(?:jur[ée]e?s?|promis|propos[ée]e?s?|sugg[ée]r[ée]e?s?|conseill[ée]e?s?) (?:de|d['’])"
    r"|\b(?:il )?(?:faudra|faudrait|faut) (?:que|qu['’])|\b(?:envie|besoin) (?:de|d['’])|\b(?:aimerai[st]|aimerions"
    r"|voudrai[st]|voudrions|devrai[st]?|devrons|devrions) "
    r"|\b(?:accept[ée]e?s?|acceptent|accepte|consenti) (?:de|d['’])"  # an agreement to do: still ahead
    r"|\b(?:swore|sworn|promised|vowed|pledged|suggested|agreed|agrees|accepted|accepts)"
    r"(?: (?:me|us|him|her|them|(?-i:[A-Z][\w-]+)))? (?:to|that|we|we['’]d|I['’]d|we would|I would)\s"
    r"|\bproposed (?:that|we|going)\s"  # not "proposed to Jen": a marriage proposal, where it was
    r"|\b(?:need|needs|have|has|ought) to |\bgotta |\b(?:would|['’]d) (?:love|like) to "
    r"|\b(?:should|must)(?! (?:have|['’]ve)\b) "
    # What one is ready for or will be able to do: "ready to take the job in Leeds", "so I can work on the site"
    r"|\bready to |\bpr[êe]te?s? (?:à|a) |\bso (?:that )?(?:I|we) can |\b(?:pour|afin de) pouvoir )"  # "should have seen us at…": a past
    r"(?P<rest>[^,;:]*)$", re.IGNORECASE)
# « il faut que je te raconte la soirée chez Paul », "I have to say, Montmartre…": what follows is told, not planned.
_TELLING = re.compile(r"^\s*(?:(?:je|j['’]|I|you|we|on)\s+)?(?:(?:te|vous|t['’])\s+)?"
                      r"(?:racont|dis|dise|parl|avou|say|tell|admit|confess|mention|thank|remerci)", re.IGNORECASE)


def _intended(sentence: str) -> bool:
    intended = _INTENDED.search(sentence)
    return intended is not None and not _TELLING.match(intended["rest"])


# The other side of a match: "l'OM a perdu contre Lens", "we lost against Leeds", "face à Brest": a team named
# after its town, not where it was played.
_AGAINST = re.compile(r"\b(?:contre|against|versus|vs\.?|face (?:à|a|au))\s*(?:l['’]|le\s+|la\s+|les\s+|the\s+)?$",
                      re.IGNORECASE)


def _an_opponent(text: str, start: int, sentence: str) -> bool:
    return text[start].isupper() and bool(_AGAINST.search(sentence))


# A team, named by its club or its town: what a match is "of" (« match du Stade Rennais », "the game of the
# Leeds Rhinos"), or who wins, loses or plays ("watched the Jets lose", « l'OM a gagné »). The place of a match is
# where it was played, which a preposition says ("at Anfield", « au Vélodrome »).
# (Not "a fan of the Lake District": one may love a place.)
_MATCH_OF = re.compile(r"\b(?:match(?:es|s)?|rencontre|derby|game|supporters?)\s+(?:du|de la|de l['’]|des|de|d['’]"
                       r"|of the|of)\s*(?:the\s+)?$", re.IGNORECASE)
_PLAYED = re.compile(r"^\s+(?:(?:a|ont|avait|avaient)\s+)?(?:lose|lost|losing|loses|win|won|wins|winning|beat|beats"
                     r"|beating|play|played|plays|playing|score|scored|draw|drew|perd|perdre|perdu|gagn[ée]|gagne"
                     r"|gagner|battu|bat|jou[ée]|joue|marqu[ée])\b", re.IGNORECASE)


def _a_team(text: str, start: int, end: int, sentence: str) -> bool:
    return text[start].isupper() and bool(_MATCH_OF.search(sentence) or _PLAYED.match(text[end:]))


# What a listing offers ("les annonces de maisons en Ardèche", "browsed flat listings in Lisbon", "job offers in
# Dubai"): the place of what is offered, not of the one reading it (nor "the brochures at the library": where
# they were).
_LISTED = re.compile(r"\b(?:annonces?|listings?|ads|adverts?|advertisements?|offres? d['’](?:emploi|achat)|job offers"
                     r"|postings?|brochures?"
                     r"|catalogues?)\b(?:\s+[\w'’-]+){0,4}?\s+(?:en|à|a|in|near|around)"
                     r"\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", re.IGNORECASE)


# A route by its two ends ("train Paris-Bordeaux", "the Leeds–York bus") that was cancelled or missed: the user
# never reached its end.
_VEHICLE = r"(?:trains?|tgv|ter|vols?|flights?|bus|cars?|coach|ferry|ligne|line)\b"
_ROUTE_BY_ITS_ENDS = re.compile(rf"(?:\b{_VEHICLE}\s+)?(?-i:[A-ZÀ-Ý][\w'’]*)\s*[-–]\s*$", re.IGNORECASE)
_VEHICLE_BEFORE = re.compile(rf"\b{_VEHICLE}\s+(?-i:[A-ZÀ-Ý][\w'’]*)\s*[-–]\s*$", re.IGNORECASE)
_VEHICLE_AFTER = re.compile(rf"\s+{_VEHICLE}", re.IGNORECASE)
_GIVEN_UP = re.compile(r"\b(?:annul[ée]e?s?|supprim[ée]e?s?|rat[ée]e?s?|manqu[ée]e?s?|cancell?ed|missed|scrapped)\b",
                       re.IGNORECASE)


def _a_route_given_up(text: str, start: int, sentence: str) -> bool:
    """The second of two names joined by a dash, a vehicle's before or after them ("vol Lyon-Porto", "the
    Leeds-York train"), in a sentence that says the trip was cancelled or missed."""
    rest = re.split(r"[.!?;\n]", text[start:])[0]
    after = re.match(r"[\w'’]+", rest)
    route = _VEHICLE_BEFORE.search(sentence) or _ROUTE_BY_ITS_ENDS.search(sentence) and after is not None \
        and _VEHICLE_AFTER.match(rest, after.end())
    return bool(route) and bool(_GIVEN_UP.search(sentence + rest))


# A call with someone who is somewhere ("Video call with Nkechi in Lagos", « appel visio avec Malik à Montréal »,
# "Called Mum at the hospital"): the place is theirs; where the user was, a call does not say ("from": the user's end).
_CALL_WITH = re.compile(
    r"\b(?:(?:video|phone|zoom|skype|facetime)[- ]?calls?|calls?|facetime|skype|zoom|visio|appels?(?: vid[ée]o)?"
    r"|coup de fil|(?:called|phoned|rang|facetimed|skyped|video-?called|appel[ée]e?s?|t[ée]l[ée]phon[ée]e?s?)\b)"
    r"(?:\s+(?:with|avec|à|a))?\s+"
    r"(?:(?:my|ma|mon|mes)\s+[\w-]+|(?-i:[A-ZÀ-Ý][\w-]+)(?:\s+(?:et|and|&)\s+(?-i:[A-ZÀ-Ý][\w-]+))?)"
    r"\s+(?:in|at|à|a|au|aux|en|dans)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", re.IGNORECASE)


def _the_other_end_of_a_call(sentence: str) -> bool:
    return bool(_CALL_WITH.search(sentence))


# Seen on a screen: "watched someone propose on the Eiffel Tower live on TV", « vu à la télé un mariage à Venise »:
# what was watched, between the verb and the screen or after a screen said at once, is the picture's place.
_WATCHED = re.compile(r"\b(?:watch(?:ed|ing)?|saw|seen|vu|regard[ée]e?s?|regardais|regardait)\b", re.IGNORECASE)
_SCREEN = re.compile(r"\b(?:on (?:tv|the telly|television|the news|youtube|netflix|tiktok|instagram|a stream)"
                     r"|(?:à|a) la (?:t[ée]l[ée]|t[ée]l[ée]vision|radio)|aux infos|au (?:journal|jt)"
                     r"|sur (?:youtube|netflix|tiktok|instagram|internet))\b", re.IGNORECASE)


# Where one watches a screen: someone's home, a pub, a café, a cinema ("watched the final at Tom's on TV").
_WHERE_ONE_WATCHES = re.compile(r"['’]s?\b|^chez\b|\b(?:home|house|maison|pub|bar|caf[ée]|cin[ée]ma|cinema|salon"
                                r"|living room|lounge|sofa|couch|canap[ée]|flat|appart\w*)\b", re.IGNORECASE)


def _on_a_screen(text: str, start: int, end: int, sentence: str) -> bool:
    watched = _WATCHED.search(sentence)
    if watched is None or _WHERE_ONE_WATCHES.search(text[start:end]):
        return False
    rest = re.split(r"[.!?;\n]", text[start:])[0]
    seen_after = _SCREEN.search(rest)
    said_first = _SCREEN.match(sentence[watched.end():].lstrip())
    return bool(seen_after and not re.search(r"[,;]", rest[:seen_after.start()]) or said_first)


# The other end of a call ("Papa m'a appelé depuis l'hôpital de Rennes", "Mum rang me from the ward") while the
# memory says where the user was, even with a word between ("moi j'étais coincé dans les bouchons", "I was stuck
# at work"). Not "I called from the hotel": the user's own end.
_CALL_FROM = re.compile(
    r"(?:\b(?:m['’]|nous\s+)(?:a|avait|ont|avaient)\s+(?:appel|t[ée]l[ée]phon|[ée]crit|envoy|bip)\w*"
    r"|(?<!\bI )(?<!\bwe )\b(?:called|phoned|rang|facetimed|texted|messaged|video-?called)\s+(?:me|us))"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:de|d['’]|du|depuis|from)\s*(?:the\s+|la\s+|le\s+|l['’])?$", re.IGNORECASE)
_USER_WAS = re.compile(r"(?<![\w'’])(?:I was|I'm|we were|j['’][ée]tais|on [ée]tait|nous [ée]tions|je suis)\s+"
                       r"(?:[\w'’-]+\s+){0,2}?(?:at|in|on|au|aux|à|a|dans|en|chez|sur)\b", re.IGNORECASE)


def _a_callers_end(text: str, sentence: str) -> bool:
    return bool(_CALL_FROM.search(sentence) and _USER_WAS.search(text))


# A dream told: the rest of its sentence is the dream's ("mon cauchemar de cette nuit : je perdais mes dents dans
# un ascenseur", "I dreamt I was lost in a hospital"). Not a dream come true, a dream job or house.
_DREAM = re.compile(
    r"\b(?:cauchemars?|nightmares?|(?:j['’]ai|i|we|on a|nous avons) (?:r[êe]v[ée]|dreamt|dreamed|had a dream)"
    r"|(?:mon|un|ce|le|my|a|this|the|last night['’]s) (?:r[êe]ve|dream)"
    r"(?! (?:job|house|home|trip|holiday|come|r[ée]alis|devenu|de voyage)))\b",
    re.IGNORECASE)


# A diary's "Dreamt I was back in Lagos": the verb alone, in the place's clause.
_DREAMT = re.compile(r"(?<![\w'’])(?:dreamt|dreamed|r[êe]vée?s?)(?! (?:of|about|de|d['’]))\b", re.IGNORECASE)


def _in_a_dream(sentence: str) -> bool:
    return bool(_DREAM.search(sentence) or _DREAMT.search(sentence.rsplit(",", 1)[-1]))


# What a picture, a puzzle, a model, a book or a film shows: "le puzzle de 2000 pièces de la tour Eiffel", "a
# poster of the Golden Gate", "a documentary about Iceland". (Photos: the user may have taken them there.)
_DEPICTED = re.compile(
    r"\b(?:puzzles?|jigsaws?|posters?|affiches?|tableaux?|paintings?|peintures?|dessins?|drawings?|maquettes?"
    r"|models?|lego|replicas?|r[ée]pliques?|miniatures?|cartes? postales?|postcards?|documentaires?|documentar(?:y|ies)"
    r"|reportages?|books?|livres?|romans?|novels?|guides?|guidebooks?|calendriers?|calendars?|fonds d['’][ée]cran"
    r"|wallpapers?|magnets?|snow ?globes?|boules? à neige|prints?|images?|exposés?|essays?|presentations?|talks?"
    r"|lectures?|conf[ée]rences?|articles?|reports?|rapports?|quiz(?:zes)?|th[èe]ses?|thesis)\b"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:(?P<of>of|on|de|du|des|d['’])|about|sur)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$",
    re.IGNORECASE)


def _depicted(text: str, start: int, end: int, sentence: str) -> bool:
    """What a thing shows or is about; after "de", "of", "on", a named place only: « le puzzle de la tour Eiffel »
    shows it, « le puzzle de la salle commune » is the room's own, "my novel on the train" was read there."""
    shown = _DEPICTED.search(sentence)
    named = re.search(r"[A-ZÀ-Ý]", text[start:end]) is not None
    return shown is not None and (not shown["of"] or named) or bool(_READ_ABOUT.search(sentence))


# A part of a text read or written about a place: « le passage sur Valparaíso », "the chapter about Kyoto" (not
# "a chapter of it on the train": where it was read).
_READ_ABOUT = re.compile(r"\b(?:passages?|pages?|chapitres?|chapters?|entr(?:y|ies)|lignes|lines)\b"
                         r"(?:\s+[\w'’-]+){0,3}?\s+(?:about|sur)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$",
                         re.IGNORECASE)

# A plan told in the near future ("Going to celebrate with Tom at Luigi's tonight", « On va fêter ça chez
# Luigi ») — not what "was going to" (undone) or "going to the park" (going) say.
_TO_COME = re.compile(
    r"(?<!\bwas )(?<!\bwere )\b(?:going to|gonna)\s+(?!(?:the|a|an|my|our|his|her|their|bed|be|see how)\b)"
    r"(?-i:[a-z]+)\b[^.!?;]*$"
    r"|\b(?:je vais|on va|nous allons|ils vont|elles vont|tu vas|vous allez)\s+(?:[\w'’]+\s+)?"
    r"(?-i:[a-zéèêî]+(?:er|ir|re))\b[^.!?;]*$", re.IGNORECASE)
# A trip told in the present ("We're flying to Lisbon on Friday", « on part à Lyon »): a plan beside what the memory
# tells done ("Got the visa! We're flying to Lisbon on Friday"); alone, the memory is the plan, its place too.
_TRIP_TO_COME = re.compile(
    r"(?:\b(?:we['’]re|we are|i['’]m|i am)\s+(?:flying|going|heading|driving|leaving|off)|\b(?:je pars|on part"
    r"|nous partons|we leave|we fly))\s+(?:to|for|à|a|en|au|aux|pour)\s*(?:the\s+|la\s+|le\s+|l['’])?$", re.IGNORECASE)


# "Tous les dimanches je vais voir Fernand à l'EHPAD": a habit's present, not a plan.
_HABIT = re.compile(r"\b(?:tous les|toutes les|chaque|every|each|always|toujours|souvent|often|usually|d['’]habitude)\b",
                    re.IGNORECASE)


def _planned(text: str, sentence: str) -> bool:
    if _HABIT.search(sentence):
        return False
    clause = sentence.rsplit(",", 1)[-1]
    return bool(_TO_COME.search(clause) or _TRIP_TO_COME.search(clause) and _something_done_beside(text, sentence))


def _something_done_beside(text: str, sentence: str) -> bool:
    others = [s for s in re.split(r"[.!?;\n]", text) if s.strip() and s.strip() not in sentence]
    return any(told_in_the_past(s) for s in others)


# Someone else's whereabouts, told in a clause that is theirs: "depuis que Marion est partie à Berlin", "Her
# great-grandfather fought at Gallipoli", "même Ryad venu de Montréal". Not "Marion et moi sommes parties à
# Berlin", "Mum took me to Leeds" (the user is in it), nor a birth or a move to come ("my niece was born at St
# Mary's", « il déménage à Montréal »): the memory may be that very event.
_SUBJECT = (r"(?:(?:même|meme|even|aussi|also|puis|then)\s+)?"
            r"(?:il|elle|ils|elles|he|she|they"
            r"|(?:my|his|her|their|our|ma|mon|mes|sa|son|ses|notre|nos|leur|leurs)\s+[\w-]+(?:\s+[\w-]+)?"
            r"|(?:(?:tonton|tata|tatie|oncle|tante|uncle|aunt|auntie|cousin|cousine|mamie|papi|papy|grandma|grandpa"
            r"|granny|dr|docteur|madame|monsieur|mr|mrs|ms)\.?\s+)?(?P<name>(?-i:[A-ZÀ-Ý][\w-]+))"
            r"(?:\s+(?:et|and|&)\s+(?-i:[A-ZÀ-Ý][\w-]+))?)")
_WHEREABOUTS = re.compile(
    rf"^\s*{_SUBJECT}\s+(?:(?:est|sont|s['’]est|se sont|a|ont|avait|had|has|have|was|were|is|['’]s|just|recently"
    r"|finally|enfin|vient de|venait de)\s+){0,2}"
    r"(?:(?:partie?s?|all[ée]e?s?|install[ée]e?s?|d[ée]m[ée]nag(?:é|ée|és|ées)(?!\w)|[ée]migr[ée]e?s?|morte?s?"
    r"|d[ée]c[ée]d[ée]e?s?|vit|vivent|vivait|habite|habitent|habitait|travaille|travaillait|bosse|bossent|bossait"
    r"|[ée]tudie|based|moved|left"
    r"|went|gone|flew|relocated|emigrated|fought|served|died|lives|lived|works|worked|studies|studied"
    r"|stationed|living|working|studying)"
    r"\b[^,]*"
    r"|(?:venue?s?|arriv[ée]e?s?|revenue?s?|rentr[ée]e?s?|came|come|flew in|arrived)\s+(?:all the way\s+)?"
    r"(?:de|d['’]|du|depuis|from)\s*(?:the\s+|la\s+|le\s+|l['’])?)$", re.IGNORECASE)
_RESIDENCE = re.compile(r"\b(?:install[ée]e?s?|d[ée]m[ée]nag|[ée]migr|vit|vivent|vivait|habit|travaill|boss|based"
                        r"|[ée]tudie|moved"
                        r"|relocated|emigrated|lives|lived|works|worked|studies|studied|stationed|living|working|studying"
                        r"|fought|served|died|morte?s?|d[ée]c[ée]d)", re.IGNORECASE)
# A clause begins after a comma or a word that starts one: "depuis que", "since", "because", "and".
_CLAUSE_START = re.compile(r",|\b(?:que|qu['’]|since|when|because|quand|lorsque|parce que|car|and|et|but|mais"
                           r"|while|pendant que|after|apr[eè]s que|now that|maintenant que)\b", re.IGNORECASE)
_USER = re.compile(r"(?<![\w'’])(?:moi|je|j['’]|m['’]|me|nous|on|I|we|us|my family|ma famille)(?![\w'’])",
                   re.IGNORECASE)


def _an_ordinary_word(word: str) -> bool:
    folded = fold_str(word)
    return not kin(word) and (folded in FRENCH or folded in ENGLISH)


def _someone_elses_whereabouts(text: str, sentence: str, end: int) -> bool:
    clause = _CLAUSE_START.split(sentence)[-1]
    told = _WHEREABOUTS.search(clause)
    if told is None or _USER.search(clause) or told["name"] and _an_ordinary_word(told["name"]):
        return False  # "Finally moved to Leeds": the user did
    # Where someone lives stays theirs whatever the user says next ("Sarah moved to Cork and I miss her"); where
    # someone went, the user may have joined ("Julie est allée au marché, je l'ai rejointe").
    rest = re.split(r"[.!?;\n]", text[end:])[0]
    if _RESIDENCE.search(told.group()):
        rest = re.split(r"[,]|\b(?:and|et|but|mais|so|donc)\b", rest)[0]
    return not _USER.search(rest)


# What someone else says ("My sister says rent in Austin is insane", "Mom called to say she's selling the house on
# Birch Street", « Léa m'a dit que les loyers à Nantes… »): the place is in their words. Not "told me at the pub"
# (where it was said), "said yes at the restaurant", nor "Mum said I was the best at the wedding in Leeds" (the
# user is in it).
_SAYS = re.compile(
    rf"(?<![\w'’]){_SUBJECT}\s+(?:(?:just|also|a|m['’]a|nous a|m['’]avait)\s+)*"
    r"(?:(?:says|said)(?!\s+(?:yes|no|hi|hello|goodbye|bye|sorry|thanks|grace|a prayer)\b)"
    r"|(?:tells|told|wrote|texted|emailed|messaged)(?: me| us)? (?:that|how|what|where|why)"
    r"|(?:called|rang|phoned|wrote|texted) (?:me |us )?to say"
    r"|(?:dit|racont[ée]|annonc[ée]|[ée]crit|appel[ée]e? pour (?:me |nous )?dire)(?: (?:que|qu['’])))"
    r"(?:\s+(?:that|que|qu['’]|me|us))*\s*(?P<said>.*)$", re.IGNORECASE)
_ONLY_WHERE = re.compile(r"^(?:(?:at|in|on|from|to|à|a|au|aux|en|dans|chez|the|la|le|les|l['’])\s*)*$", re.IGNORECASE)


def _in_what_someone_says(text: str, end: int, sentence: str) -> bool:
    told = _SAYS.search(sentence)
    if told is None or told["name"] and _an_ordinary_word(told["name"]):
        return False
    # Their words and the rest of the sentence: "Tom said the pub in Whitby was closing, so we went one last time".
    said, rest = told["said"], re.split(r"[.!?;\n]", text[end:])[0]
    # « il déménage à Montréal », "she's moving to Leeds": a move told, which the memory may be (see _WHEREABOUTS).
    return not _ONLY_WHERE.match(said) and not _ME.search(f"{said} {rest}") and not _A_MOVE.search(said)


_A_MOVE = re.compile(r"\b(?:d[ée]m[ée]nag\w*|s['’]install\w*|part\w*|mov(?:e|es|ed|ing)|relocat\w*)"
                     r"\s+(?:à|a|en|au|aux|to|in)?\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", re.IGNORECASE)


# The user in someone's words: "I", "my", « je », « on a » (not the English "on the").
_ME = re.compile(r"(?<![\w'’])(?:moi|je|j['’]|m['’]|me|nous|I|we|us|my|our|mon|ma|mes|notre|nos|on(?= (?:a|est|va|s['’]"
                 r"|se|n['’]|y|en)\b))(?![\w'’])", re.IGNORECASE)


# A place's name inside a team's name, a plural after it or before "de" ("les Loups de Saint-Ouen", "the
# Riverside Rockets"). Not a place's own kind ("Gare de Lyon", "Leeds City Council"), a shop's branch ("Carrefour
# de Villeurbanne"), an event held there ("the Brooklyn Half").
_HELD_THERE = PLACE_NOUNS | frozenset(
    "city council hall airport centre center university universite hopital market marche zoo marathon festival fair"
    " foire carnival carnaval pride week semaine open games jeux expo show salon mairie town village county comte"
    " park parc gardens jardin jardins beach plage lake lac river riviere bay baie valley vallee hill hills mont"
    " island ile bois foret forest castle chateau palace palais abbey abbaye library bibliotheque mosque mosquee"
    " synagogue temple chapel chapelle basilique cathedral cathedrale wall mur".split())
_NAME_AFTER = re.compile(r"\s+(?-i:[A-ZÀ-Ý][\w-]+[sx])(?![\w'’-])")
_NAME_BEFORE = re.compile(r"\b(?:les|the)\s+(?-i:[A-ZÀ-Ý][\w-]+[sx])\s+(?:de|du|des|d['’]|of)\s*(?:la\s+|l['’])?$",
                          re.IGNORECASE)


def _part_of_a_name(text: str, start: int, end: int) -> bool:
    if not text[start].isupper():
        return False
    after = _NAME_AFTER.match(text, end)
    if after and fold_str(after.group().strip()) not in _HELD_THERE:
        return True
    before = _NAME_BEFORE.search(text[max(0, start - 40):start])
    if before is None:
        return False
    heads = {fold_str(w) for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+", before.group())}
    return not heads & _HELD_THERE
