"""A place the memory names apart from where it happened: after it, in a clause about something else, a plan (« On se
retrouve samedi à Cluny », "Next one at the union hall"), someone else's life (« son fils, parti étudier à Rennes »,
"a guy who runs a firm in Orlando"), a reason ("because the staffroom printer is broken"), a future told in the verb
(« on dînera chez Tom à Mâcon »), what came before or after it, a trip; or before it, as a plan told in a sentence
of its own ("Next Sunday is the race on Snowdon. Today, a recce in Llanberis").

The memory's own place is the first one it puts the user at with a preposition of place (« au café de la Poste »,
"at Costa", « au salon de thé », "in the school gym"), that no other reading calls somewhere else nor a future puts
later; else the first it says the user visited or went to (« Visite des Hospices de Beaune », "Drove up to Malham
Cove"). Told one after the other with "then" or « le soir », two places are two parts of the day: either may be the
memory's (blind sets' writers chose both), so a sequence alone is not enough."""
from __future__ import annotations

import re
from typing import Any

from ..away import only_elsewhere
from ..folding import find_phrase, fold, fold_str, words
from ..mentions import COMMON_PLACES, PLACE_NOUNS, Mention, find_places
from ..names import is_first_name, read
from ..towns import a_town
from .elsewhere import elsewhere, the_days_appointment

# Where someone is, not where they are going: « au », « chez », « dans le », "at the", "in my".
_AT = re.compile(r"(?:\b(?:à|au|aux|chez|dans|devant|at|in|inside)\s+"
                 r"(?:(?:la|le|les|the|my|our|mon|ma|notre)\s+|l['’])?|\bchez\s*)$", re.IGNORECASE)
# What tells another event than the one the memory is about: a plan or a wish; someone else's story, a reason; what
# came before or after it, a trip (« après trois semaines à Lisbonne », "before Saturday's concert at…"; not
# « avant-hier », nor « après que… », which leads to what happened there).
_A_PLAN = {"fr": re.compile(r"\b(?:prevue?s?|prevoit|projet|voyage|prochaine?|futur|future|demain|on se retrouve"
                           r"|rendez-vous|veut"
                           r"|deplacement|voulait|invit\w*|propose|prepare|preparer|reserve|reve"
                           # leaving for it, joining someone there, signing up, a maybe (round 55: « Dans trois
                           # semaines je pars à Marrakech », « rejoindre Maëlle à Sydney », « peut-être à Mâcon »)
                           r"|pars|part|(?<!a )partir|partons|partent|rejoindre|inscrire|m'inscrire|peut-etre|idee"
                           # announced, voted, talked of (« Marc a annoncé la sortie de fin de saison à Zermatt »,
                           # « On a voté une sortie commune à Audierne », « Solène m'a parlé d'un stage à Auch »)
                           r"|annonce\w*\s+(?:la|le|les|un|une|l'|son|sa|ses|notre|nos)|vote|parle d\w*"
                           # asked of the user for later (« Il m'a demandé de l'emmener jeudi au cimetière de Loyasse »)
                           r"|(?:m'|nous )(?:a|ont) demande d\w*)\b"),
           # (read on the memory's own case: "Will and I drove the hives up to the Tanargue" is someone, round 67)
           "en": re.compile(r"(?i:\b(?:'ll|’ll|going to|next|future|planning|booked|book (?:a|the|our|my)|tomorrow"
                           r"|wants?|wanted|invited?|asked)\b)|\bwill\b")}
_SOMEONE_ELSES = {"fr": re.compile(r"\b(?:originaire|nee?|morte?|partie?|qui|dont|venait|parce que|car|sejour"
                                  r"|avant(?!-)|apres(?!-| que| qu')|ensuite|plus tard|le soir|en sortant"
                                  # a stop on the way home (round 43: « Au retour on s'est arrêtés au Jardin de Ville »)
                                  r"|en rentrant|au retour|(?:chemin|route) du retour|de retour|via|en passant par"
                                  # (round 74: « Sur le retour je me suis arrêtée à Honfleur », « on s'est arrêtés
                                  # boire un café place Bellecour »: a stop on the way)
                                  r"|sur le retour|(?:s'est|se sont|me suis|nous sommes) arrete(?:e|s|es)?"
                                  # where the day ended (round 44: « puis on a fini la journée à la crêperie »)
                                  r"|on a (?:fini|termine)(?! par)|pour finir"
                                  # a likeness (round 54: « ça sentait comme chez ma grand-mère à Oran »; not
                                  # « comme tous les étés »)
                                  r"|comme (?:chez|a|au|aux|dans|en))\b"),
                  "en": re.compile(r"\b(?:who|whose|born|died|because|where|trip|before|after|afterwards|later"
                                  r"|one day|on the way (?:home|back)|the way back"
                                  # a stop on the way (round 64: "Got home at one, via a calving in Boécourt")
                                  r"|via"
                                  # a return after it (round 44: "Back at the campsite by dark")
                                  r"|back (?:at|to|in)"
                                  # someone leaving for it, the rest going on to it (round 55: "then drove off to
                                  # his shift at the Yeovil Tesco", "then everyone went on to the Cheese and Grain")
                                  r"|(?:went|drove|headed|ran|rushed|dashed|cycled|walked) off to"
                                  r"|(?:went|moved|carried) on to"
                                  # a stop on the way (round 45: "stopping at moody's for pie")
                                  r"|(?:stopping|stopped)(?: off)? (?:at|in|for)|(?:pulled|pulling) in"
                                  r"|ended the (?:day|night|evening)|finished (?:up|the (?:day|night|evening))"
                                  # a likeness (round 54: "It felt like the crew deck in Glacier Bay", "hums like the
                                  # fridge in my old apartment in Columbus"; not "I'd like to")
                                  r"|(?<!would )(?<!'d )like(?! to))\b")}
# A stop told as coming after, last in its sentence (round 44: "Pancakes at the Original Pancake House after.",
# "Celebrating at the Corn Mill later", « resto à Ussel après »).
# Or on the way home (round 45: « puis crêpes à la Croix-Rousse avant de rentrer », "a curry in Llandrindod on the way
# home").
_TOLD_AS_AFTER = {"fr": re.compile(r"^[^,;:]*?\b(?:apres|ensuite|plus tard|avant de (?:rentrer|repartir)|en rentrant"
                                   r"|(?:au|sur le) retour)(?:\s*,[^,;:]{1,25})?\W*$"),
                  "en": re.compile(r"^[^,;:]*?\b(?:after|afterwards|later|on the way (?:home|back)"
                                   # (a short aside may close it: "Pints at the Ship Inn after, on me.",
                                   # "Midnight mass at St. Mark's after, but Priya drove us.", round 64; « Burger King
                                   # de Lunel au retour, minuit passé », round 67)
                                   r"|before (?:heading|going|driving) (?:home|back))(?:\s*,[^,;:]{1,25})?\W*$"
                                   # or what one went there for after it (round 71: "We walked down to the Round
                                   # Tower after to see the lights", "Got a taxi to Claire's after to collect the dog")
                                   r"|^[^,;:]*?\b(?:after|afterwards)\s+to\s+[a-z]+\b[^,;:]*$")}
_SENTENCE_END = ".!?;\n"
# The verb itself tells what is to come: « se fera », « on ira », « on pourrait » (the small pipeline reads some
# imperfects as conditionals, « j'allais », and « été » as a future: the ending must say it too).
_FUTURE_ENDING = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")
_CONDITIONAL_ENDING = re.compile(r"r(?:ais|ait|ions|iez|aient)$")
_HERE = re.compile(r"\b(?:ici|here)\s+(?:à|a|au|en|in|at)\s*$", re.IGNORECASE)


def told_after_where_it_happened(text: str, place: str, language: str) -> str | None:
    """The memory's words for where it happened, when every mention of `place` comes after them in a clause
    telling another event, or before them in a plan of its own; None otherwise (and when the memory names `place`
    both before and after them)."""
    spans = _spans_of(text, place)
    if not spans:
        return None  # (before reading where it happened: the slow part, every place mention's "elsewhere")
    anchor = _where_it_happened(text, place, language, spans)
    if anchor is None or anchor.span[0] < spans[-1][1] and anchor.span[1] > spans[0][0]:
        return None
    if anchor.span[0] > spans[-1][1]:  # told before it: « la fête sera au parc Lakeside. Réunion à la salle »
        return anchor.words if _another_sentence(text, spans[-1][1], anchor.span[0]) and all(
            _another_event(text, start, 0, language, plans_only=True) for start, _ in spans) else None
    if len(text[anchor.span[1]:spans[0][0]]) <= 5 or _INSIDE.fullmatch(text, anchor.span[1], spans[0][0]):
        return None  # its name right after the kind of place (« au bar Le Galion »), or around it ("in the van in the
        # Lidl car park", round 67)
    if any(_HERE.search(text[max(0, start - 12):start]) for start, _ in spans):
        return None  # « ici à Vancouver »: where the writer is
    if all(_another_event(text, start, anchor.span[1], language) or _told_as_after(text, end, language)
           or _to_come_after(text, end, language) or _who_or_what_comes_from(text, start, language)
           or _a_stop_after(text, anchor, start, place) or _GONE_HOME.search(text, max(0, start - 20), start)
           for start, end in spans):
        return anchor.words
    return None


_INSIDE = re.compile(r"\s*(?:in|at|on|near|by|à|a|au|dans|sur|pres de)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?",
                     re.IGNORECASE)


# Home reached after it (round 65: "Eid lunch at the community hall of the Grande Mosquée… came home with an empty
# bowl", « Concert à la Cigale… rentrés à la maison à deux heures »; "Got home from the honeymoon in Lisbon" is where
# the memory happened: no place told before it).
_GONE_HOME = re.compile(r"\b(?:came|got|went|headed|walked|drove|cycled|back|rentr[ée]e?s?\s+(?:à|a))\s+(?:la\s+)?$",
                        re.IGNORECASE)


def _a_stop_after(text: str, anchor: Mention, start: int, place: str) -> bool:
    """"Rehearsal at Kings Place…, then a quick dinner in Camden", « Après on a mangé une crêpe à Limoges » — the
    place at `start` told after "then", « puis », once the memory's own is said. Not after an errand ("Stopped at
    Walmart for supplies, then spent the afternoon at…"), nor where "then" opens a part of the day (« puis cet
    après-midi Jurassic World au Pathé »), nor for a place in the memory's own town (« Trois jours à Pornic… puis a
    couru le long de la plage des Sablons »), nor in someone else's sentence. (Round 64: on the 2,916 open pairs that
    say "then" or « puis » and propose a place, 46 better, 0 worse; read as _SOMEONE_ELSES reads "after", 51 better
    and 16 worse.)"""
    if _a_given_name(anchor.words):
        return False  # "Snapped at Sam…": someone, not where it happened
    if a_town(anchor.words) and named_part(place).islower():
        return False  # "First week in Barcelona… then we sat on the balcony": in the town (round 67)
    # In the place's sentence, after the memory's own place or in a sentence of the user's ("…boards. Then a pint at
    # the Taps", "Found it, photographed forty pages, then met Gemma…"; not "Priya got into the conservatory in Boston.
    # She screamed, then cried, then played… on my kitchen table", hers)
    said_from = max(anchor.span[1], _sentence_start(text, start))
    clause = fold_str(text[said_from:start])
    then = _THEN.search(clause)
    if then and said_from != anchor.span[1] and _someone_opens(text, said_from) \
            and not _WE_THEN.match(clause, then.end()):
        then = None  # theirs, unless the user's own subject follows "then" (« Elle m'a tiré…, puis on a pique-niqué »)
    if then is None or _A_DAYS_PART_THEN.match(clause, then.end()) or _AN_ERRAND.match(clause[then.end():]):
        return False  # (nor an errand after it: "Met Sam at the café, then picked up Jo from the station")
    opening = fold_str(text[_sentence_start(text, anchor.span[0]):anchor.span[0]])
    said_before = set(words(text[:said_from + then.start()]))
    return not _AN_ERRAND.search(opening) and not _tokens(place) & said_before


_THEN = re.compile(r"\b(?:then|puis)\b")
_WE_THEN = re.compile(r"\s*(?:we|i|on|nous|j'|je)\b")
_SOMEONE_ELSE_OPENS = re.compile(r"\W*(?:(?:and|et|then|puis|ensuite)\W+)?"
                                 r"(?:(?:she|he|they|il|elle|ils|elles)\b|(?P<name>[\w'’-]+)\s)", re.IGNORECASE)


def _someone_opens(text: str, at: int) -> bool:
    """The sentence at `at` opens on someone else: "She", « Il », "Priya"."""
    m = _SOMEONE_ELSE_OPENS.match(text, at)
    return m is not None and (not m["name"] or _a_given_name(m["name"]))


def _a_given_name(words: str) -> bool:
    """Someone's name, not a town's ("Sam", not "Florence")."""
    return is_first_name(words) and not a_town(words)


# A part of the day, or a long stretch spent there, opened by "then": the memory's own as much as the first.
_A_DAYS_PART_THEN = re.compile(r"\W*(?:(?:we|i|on|nous|j')\s*)?(?:this (?:afternoon|evening|morning)"
                               r"|in the (?:afternoon|evening)|cet? ?(?:apres-midi|soir|matin)|l'apres-midi"
                               r"|(?:spent|passe) (?:the|l'|la|le) ?(?:afternoon|day|evening|morning|night|apres-midi"
                               r"|journee|soiree|matinee))")
# An errand first, the day's business after it (« Déposé Maureen chez sa sœur », "Picked up Grandma's prescriptions").
_AN_ERRAND = re.compile(r"^\W*(?:(?:i|we|on|j'ai|on a|nous avons)\s+)?(?:dropped|stopped|picked up|grabbed|popped|voted"
                        r"|bought|filled up|collected|fetched|depose|passe prendre|recupere|achete|fait le plein"
                        r"|drove to [^,.;]* for)\b")


# Someone or something from the place, after where the memory happened (round 49: "Mrs. Nguyen from the motel
# brought egg rolls", "sold the platter to a couple from Edinburgh", "turkey from the Hy-Vee in Decorah", "the one from
# Llandudno"): where they came from. Not the user's way ("the whole ride from", "picked up a woman from the Wawa", "a
# video call from my kitchen", "watched the livestream from Portland"), nor what is seen from there ("the view from").
_COMES_FROM = re.compile(
    r"(?<![\w'’])(?:(?:the|a|an|his|her|their|some|two|three|\d+|mr|mrs|ms|dr|(?-i:[A-Z][\w-]*)['’]s)\.?\s+"
    r"(?:[\w'’-]+\s+){0,3}?|(?-i:[a-z]+)\s+|^\s*)"
    r"(?P<what>[\w'’-]+)\s+from\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
_NOT_COMING_FROM = frozenset(
    "ride drive walk journey trip way flight view views livestream stream call calls video interview show home back"
    " away far straight down up out off across apart aside live fresh came come coming went go going got get run ran"
    " flew fly moved move returned return arrived headed travelled traveled commuted escaped".split())
_FETCHED = re.compile(r"\b(?:pick(?:ed|ing)? up|collect(?:ed|ing)?|fetch(?:ed|ing)?|drove|driving|drive|rescued"
                      r"|watch(?:ed|ing)?|saw|see|look(?:ed|ing)?|called|phoned|rang|texted|facetimed|worked|working"
                      r"|bought|buy|hear|heard|borrowed|rented|ordered)\b", re.IGNORECASE)


# In French « de » says too many other things: only someone said by what they are, or something sent, before it (« les
# cousins de Landerneau », « une lettre de la préfecture »), or someone else coming from it (« Tonton Serge arriver de
# Montréal », « Inès, montée de Paris pour la journée »; not « on a fait la montée de Fourvière »).
_FROM_FR = re.compile(
    r"(?:(?<![\w'’])(?:cousine?s?|ami(?:e|es|s)?|copains?|copines?|potes?|gars|filles?|garçons?|gens|habitants?"
    r"|[ée]tudiante?s?|retrait[ée]e?s?|b[ée]n[ée]voles?|coll[èe]gues?|voisine?s?|[ée]l[èe]ves?|couple|famille"
    r"|dame|monsieur|type|mec|colonne|d[ée]l[ée]gation|[ée]quipe|l['’][ée]quipe|lettre|courrier|colis|paquet"
    r"|carte postale)"
    r"|(?<![\w'’])(?<!\bla )(?<!\bune )(?:vien(?:s|t|nent)|venue?s?|venir|arriv(?:er|[ée]e?s?|ait|aient)"
    r"|revenue?s?|mont[ée]e?s?|descendue?s?|redescendue?s?))"
    r"\s+(?:de la|de l['’]|de|du|des|d['’])\s*$", re.IGNORECASE)
_I_CAME = re.compile(r"(?<![\w'’])(?:je|j['’]|on|nous)\s*(?:(?:suis|sommes|est|[ée]tais|[ée]tions|[ée]tait)\s+)?$",
                     re.IGNORECASE)


def _who_or_what_comes_from(text: str, start: int, language: str) -> bool:
    """The place ending a "someone / something from" phrase."""
    if language == "fr":
        before = text[max(0, start - 60):start]
        came = _FROM_FR.search(before)
        return came is not None and not _I_CAME.search(before[:came.start()])  # (not « je suis venue de Lyon »)
    if re.match(r"(?:my|our)\b", text[start:], re.IGNORECASE):
        return False  # "at Wembley from our balcony": the user's own spot
    clause = re.split(r"[.!?;:,\n—–]", text[_sentence_start(text, start):start])[-1]
    come = _COMES_FROM.search(clause)
    return come is not None and fold_str(come["what"]) not in _NOT_COMING_FROM and not come["what"].endswith("ed") \
        and not _FETCHED.search(clause[:come.start("what")])


def told_only_as_a_plan(text: str, place: str, language: str) -> bool:
    """Every mention of `place` is in a clause telling what is still to come (« on se retrouve samedi à la Salle
    Vasse », "we've been invited to sing at St Giles'", « le voyage qu'on fera au Portugal »), and another sentence
    tells what the memory is about (round 37). Not in a quotation, a habit (« tous les jeudis »), a backstory (« un
    jour, il faudra que je raconte la nuit où… ») nor "next term's trip", which names the trip, not the place."""
    spans = _spans_of(text, place)
    if not spans or not any(c in _SENTENCE_END for c in text.rstrip(" .!?…")) and not _A_CALL_TOLD.search(text) \
            and not _TOLD_THEN_PLANNED.search(text):
        return False
    language = "fr" if language == "fr" else "en"
    return all(_in_a_plan(text, start, language) or _to_come_after(text, end, language)
               or _going_at_a_time_ahead(text, start, end, language) for start, end in spans)


# A call or a message, then what it told after a colon (round 64: "Denise called: … the hearing will be at…"; not a
# message's sender, "Theo: thanks for tonight at The Dead Rabbit, same time next week?").
_A_CALL_TOLD = re.compile(r"\b(?:called|rang|phoned|texted|emailed|wrote|a appel[ée]|m['’]a appel[ée]e?|m['’]a dit"
                          r"|m['’]a [ée]crit|a t[ée]l[ée]phon[ée])\s*:", re.IGNORECASE)


# Or what was done, then after a colon what it planned (round 67: « Julien et moi avons enfin fixé le planning d'été
# par téléphone : les enfants partiront avec lui à Biarritz », « Au téléphone avec Camille ce midi… : elle nous invite
# à Metz »; not a day's label, « Samedi : », nor a message's sender, « [12/06/2025 07:05] Florian : on se retrouve »).
_TOLD_THEN_PLANNED = re.compile(r"^(?!\s*\[)\W*(?:[^\W\d_][\w'’-]*\W+){2,}?[^\W\d_][\w'’-]*\s?:\s")


def _to_come_after(text: str, end: int, language: str) -> bool:
    """A time to come or a wish a few words after the place ending at `end` ("Leeds, York and Hull next April")."""
    rest, language = fold_str(text[end:]), "fr" if language == "fr" else "en"
    return bool(_TO_COME_AFTER[language].search(rest) or _A_WISH_AFTER[language].search(rest))


# « dans dix jours », « dans 3 semaines », « d'ici deux mois »: always ahead (« en trois semaines » is how long).
_COUNTED_AHEAD = (r"(?:dans|d'ici) (?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|quelques|\d+)"
                  r" (?:jours?|semaines?|mois|ans)")
# A promise, a booking, a vote, a registration for later (round 38: « on s'est promis un week-end à Amsterdam », "He
# made me promise to take him to…", "We're booking the function room at…", "voted to hold the summer meeting in…"; round
# 39: "Registered for the Seattle Marathon"; not "invited me to", which leads as often to where the user went).
_PLAN_AHEAD = {
    "fr": re.compile(r"\b(?:demain|(?:semaine|annee|fois) prochaine|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi"
                     r"|dimanche|week-end|mois|ete|hiver|printemps|automne) prochain"
                     r"|on se (?:retrouve|reverra|revoit|voit)|(?:s'est|se sont|nous sommes) promis"
                     # tickets booked, a departure or an outing still to come (round 39: « Réservé les billets pour… »,
                     # « Lundi on part pour Vézelay »)
                     r"|promettre|(?<!la )(?<!une )(?<!en )reserve|on part pour|on ira|qu'on aille"
                     # (round 72: « Il m'a promis un week-end à Deauville au printemps »)
                     r"|(?:m'|nous |lui )(?:a|ont) promis"
                     # a trip being planned (round 44: « à planifier notre voyage de Pâques à Prague », « on a préparé
                     # le voyage de la Toussaint à Bali »)
                     r"|planifier|prepar\w* (?:le|notre|nos|un|une|la|les) (?:[\w'-]+ ){0,2}?"
                     r"(?:voyage|vacances|sejour|tournee|week-end|escapade|depart)"
                     # what someone asks of the user for later (round 46: « Mme Vasseur m'a proposé de jouer au gala »)
                     r"|(?:m'|nous )a propose de"
                     # what was decided together, a date fixed, applied for (round 63: « On a décidé qu'il ferait son
                     # stage en mars à la caserne », « On a fixé l'exercice au cirque de Troumouse pour le 18 », « ma
                     # candidature pour la fouille de Délos »; not « Loulou a décidé que la chambre serait la sienne »,
                     # « Samir l'a fixé au mur », nor « On a décidé de finir la soirée chez Margaux », done that day)
                     r"|(?:on a|avons|ont) (?:decide qu|programme)|(?:on a|avons|ont) fixe (?:la|le|l'|une|un) ?"
                     r"(?:date|rendez-vous|rdv|sortie|exercice|reunion|repetition|entrainement|depart|match|concert)"
                     r"|candidature pour|postuler"
                     # (round 65: « On prévoit d'aller courir ensemble au parc de Parilly »)
                     r"|prevo(?:it|ient|yons|yez|yait) d"
                     # an invitation, an aim, a season planned (round 67: « elle nous invite à Metz pour la
                     # Toussaint », « Samedi on vise les Sablettes », « on a planifié l'été : la Gaspésie »; not
                     # « Matthieu a planifié toute l'étape du GR20 », done)
                     r"|(?:m'|nous )invitent? (?:a|en|chez)"
                     r"|on vise|planifie (?:l'|le |la |les |notre |nos )(?:ete|hiver|printemps|automne|vacances|voyage"
                     r"|sejour|week-end|rentree)"
                     # a time counted ahead (round 68: « Le vrai départ pour Vienne, c'est dans trois semaines »)
                     r"|" + _COUNTED_AHEAD
                     + r")\b"),
    "en": re.compile(r"(?i:\b(?:going to|gonna|tomorrow|meant to|we(?:'re| are) meeting|invited to"
                     r"|(?:made|make) (?:me|us|him|her) promise|promised to|(?:we're|we are|i'm|i am) booking"
                     r"|voted to|registered for"
                     # (round 63: "I'm applying for the midwifery course in Bradford"; not "we decided to go to the Red
                     # Lion instead", done that day)
                     r"|(?:i'm|i am|we're|we are|she's|he's) applying for|applied for"
                     # a plan still a thought, a name put forward (round 78: "he's thinking of applying to college in
                     # Norwich", "putting my name forward for the placement in Barnsley"; not "planned our trip…",
                     # told where it was planned: "on a napkin at the Bar des Oiseaux")
                     r"|thinking (?:of|about) (?:applying|going|moving|doing|taking|booking|getting)"
                     r"|putting (?:my|his|her|our|your) names? forward"
                     # (round 46: "We promised each other we'd kayak to…", "Mr. Okafor wants me to play at…", "my
                     # route to Melbourne")
                     r"|promised (?:each other|ourselves|myself)|wants? (?:me|us) to|wants to|route to"
                     # (round 44: "planning our ski week in Zermatt"; not a "planning meeting in Declan's front room")
                     r"|planning (?:our|the|a|my|this|next) (?:[\w'-]+ ){0,3}?(?:trip|holidays?|week|weekend|visit|tour"
                     r"|journey|honeymoon|getaway|wedding|break|vacation)"
                     r"|next (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|term"
                     r"|summer|spring|autumn|fall|winter)(?!'s)))\b"
                     # "will", "we'll", not the name Will nor a title's "You'll Never Walk Alone"
                     r"|\bwill\b|\b(?:[a-z]+|I|We|They|He|She)'ll\b")}
_MONTHS = {"fr": "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre",
           "en": "january|february|march|april|may|june|july|august|september|october|november|december"}
# When, told right after the place, a few words on (round 44: "We're doing Edinburgh, Glasgow and Inverness next
# August", « on chante à Colmar l'été prochain »; not "In the staff room, Ingeborg invited me to her wedding in Tromsø
# next August", a plan made there).
_FEW_WORDS = r"^(?:[^\w.!?;:—]*[\w'-]+){0,5}?[^\w.!?;:—]*"
_TO_COME_AFTER = {
    # ("a map of the Long Mynd for next time", « pour la prochaine fois », round 55)
    "fr": re.compile(_FEW_WORDS + r"\b(?:(?:semaine|annee|fois) prochaine|prochaine fois|l'an prochain"
                     r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|mois|ete|hiver|printemps"
                     rf"|automne|{_MONTHS['fr']})"
                     r" prochain|" + _COUNTED_AHEAD + r")\b"),
    "en": re.compile(_FEW_WORDS + r"\bnext (?:time|week|weekend|month|year|term|summer|spring|autumn|fall|winter|monday"
                     rf"|tuesday|wednesday|thursday|friday|saturday|sunday|{_MONTHS['en']})\b(?!'s)")}
# Or what someone wishes there, told right after the place (round 63: « du stage à Clairefontaine qu'il veut faire cet
# été », "the Great Smoky Mountains trip she wants for spring break"; not "the café she likes").
_NEXT_WORDS = r"^\s*(?:(?!(?:and|et|said|told|dit|a|to|about|pour|de|du)\b)[\w'-]+\s+){0,2}?"
_A_WISH_AFTER = {
    # (round 65: « un chalet au lac Memphrémagog où elle veut nous emmener l'été prochain »)
    "fr": re.compile(_NEXT_WORDS + r"(?:qu['’])?(?:il|elle|ils|elles|on)"
                     r" (?:veu(?:t|lent)|voudrai\w*|aimerai\w*|reve\w* de)\b"),
    "en": re.compile(_NEXT_WORDS + r"(?:he|she|they|we) (?:wants?|would (?:like|love)|hopes?|plans?|dreams? of)"
                     r" (?:to|us|me|for|of)\b")}
_CLAUSE_BREAK = re.compile(r"[,;(]|\b(?:but|mais|alors|so|then|puis|and|et)\b")
_NOT_A_PLAN = re.compile(r"\b(?:tous les|toutes les|every|ou|comment|where|how|apres|after|depuis|since|un jour"
                         r"|someday|one day)\b")


def _in_a_plan(text: str, start: int, language: str) -> bool:
    sentence_start = _sentence_start(text, start)
    clause_start = _clause_start(text, sentence_start, start)
    before = text[:start]
    if before.count("«") > before.count("»") or before.count('"') % 2 or _NOT_A_PLAN.search(
            fold_str(text[sentence_start:start])):
        return False
    clause = text[clause_start:start]
    if _PLAN_AHEAD[language].search(clause if language == "en" else fold_str(clause)):
        return True
    return language == "fr" and _a_verb_to_come(text, sentence_start, clause_start, start, conditional=False)


# Going there told in the present, with a date or a season in its sentence (round 72: « le chœur part à Vézelay en
# juillet », « cet été, on retourne tous les deux à l'île d'Yeu », « On retourne voter à Luçon le 12 », « il partait
# vivre chez son fils à Épinal à l'automne », « ne parle plus que de descendre aux Saintes-Maries pour la Pentecôte »):
# a plan. Not « on est partis à Nice en juillet », told done.
# (not the noun: « quelque part », « une part », « à part »)
_GOING_NOW = re.compile(r"\b(?:(?<!quelque )(?<!une )(?<!la )(?<!à )(?<!de )part|pars|partons|partent|partait"
                        r"|partaient|retourne|retournons|retournent|descend|descendons|descendent|monte|montons"
                        r"|montent|va|vont|allons|organise|organisent"
                        r"|(?:de|d') ?(?:partir|aller|descendre|monter|retourner))\b")
_WHEN_AHEAD = re.compile(rf"\b(?:en (?:{_MONTHS['fr']}|ete|hiver|automne)|cet (?:ete|hiver|automne)|ce printemps"
                         r"|a l'automne|au printemps|le (?:\d{1,2}|1er)(?! ?h)|pour (?:la |le |l')?(?:toussaint|noel"
                         r"|paques|pentecote|nouvel an|ascension|rentree|vacances))\b")


# In English, what someone is doing now for it, asked or wanted of the user (round 72: "the Trust is sending me to
# Canterbury in the autumn", "she and Sam are taking Nell to Edinburgh at half term", "Eilidh asked me to be guest of
# honour at Isla's christening in St Mary's in September"); not "we were taking", "Dad's wedding in June".
_GOING_NOW_EN = re.compile(r"\b(?:(?:am|is|are|(?<=\w)'re|(?<=i)'m|(?<=he|it)'s)\s+"
                           r"(?!(?:morning|evening|wedding|meeting|building|something|nothing|anything|everything"
                           r"|during|spring|string)\b)[a-z]+ing"
                           r"|(?:asked|wants?|invited)\s+(?:me|us)\s+to)\b")
_WHEN_AHEAD_EN = re.compile(rf"\b(?:in (?:{_MONTHS['en']}|the (?:autumn|spring|summer|winter|new year))"
                            r"|(?:at|after) (?:half[- ]term|christmas|easter|new year)"
                            r"|this (?:autumn|spring|summer|winter|christmas|easter))\b")


def _going_at_a_time_ahead(text: str, start: int, end: int, language: str) -> bool:
    sentence_start = _sentence_start(text, start)
    # (read unfolded: « organisé », « retourné », « monté » are told done)
    clause = text[_clause_start(text, sentence_start, start):start].lower()
    sentence = fold_str(text[sentence_start:_sentence_end(text, end)])
    if language != "fr":
        return bool(_GOING_NOW_EN.search(clause.replace("’", "'"))) and not _NOT_A_PLAN.search(fold_str(clause)) \
            and bool(_WHEN_AHEAD_EN.search(sentence))
    # (« tous les deux » is who goes, not a habit's « tous les jeudis »)
    habit = _NOT_A_PLAN.search(fold_str(re.sub(r"\btous les deux\b", "", clause)))
    return bool(_GOING_NOW.search(clause)) and not habit and bool(_WHEN_AHEAD.search(sentence))


def _clause_start(text: str, sentence_start: int, at: int) -> int:
    """Where the clause holding `at` begins: after the last comma or "but", « mais »… of its sentence before it."""
    breaks = list(_CLAUSE_BREAK.finditer(text, sentence_start, at))
    return breaks[-1].end() if breaks else sentence_start


def _tokens(place: str) -> set[str]:
    return set(_place_words(place))


def _place_words(place: str) -> list[str]:
    return [w for w in words(place) if len(w) > 2 and w not in _ARTICLES]


# Not a word of the place's own ("the" of "the car" said before "Then fish and chips in the car", round 67).
_ARTICLES = frozenset({"the", "les", "des", "aux", "une"})


def named_part(place: str) -> str:
    """"Lisbon" for "Lisbon, Portugal", "lake" for "the lake" (the memory may say "our lake"): the part
    of a proposed place the memory itself says."""
    # Its preposition too: the memory may reach "Oran" by another one ("repensé à Oran" for "à Oran").
    return re.sub(r"^(?:(?:à|a|au|en|in|at|on|dans|sur)\s+)?(?:(?:the|la|le|les)\s+|l['’])?", "",
                  place.split(",")[0].strip(), flags=re.IGNORECASE)


def _spans_of(text: str, place: str) -> list[tuple[int, int]]:
    if spans := find_phrase(text, named_part(place)):
        return spans
    # The longest word first, ties in the place's own order (not a set's: that changes with each run's hashes); whose
    # place it is last ("Keisha" in "Keisha's lake cabin in Chelan": she is named for other things as often).
    owner = fold_str(m[1]) if (m := re.match(r"\s*([\w-]+)['’]s?\s", place)) else None
    for word in sorted(dict.fromkeys(_place_words(place)), key=lambda w: (w == owner, -len(w))):
        if spans := find_phrase(text, word):
            return spans
    return []


def _another_sentence(text: str, start: int, end: int) -> bool:
    return any(c in text[start:end] for c in _SENTENCE_END)


# Kinds of place a memory puts the user at without a name (« au salon de thé de Lamballe », "in the school gym"), which
# find_places, for names and a few common places, does not read (round 35).
_KINDS = frozenset(COMMON_PLACES) | PLACE_NOUNS | frozenset(
    "salon cave grenier cuisine chambre escalier terrasse balcon atelier chantier hangar cour mjc bibliotheque"
    " mediatheque gymnase patinoire sous-sol parking magasin boutique kitchen bedroom cellar attic garden yard shed"
    " workshop studio pool rink van car bus train centre center canteen cantine refectoire classroom classe ward"
    " basement"
    " room"
    # (round 45: « au planétarium de Vaulx-en-Velin », "at the salvage yard in Bath")
    " planetarium observatoire observatory abattoir loft diner chapelle chapel temple marina barn grange"
    " brewery winery vineyard aquarium castle chateau abbaye abbey stables ecurie halle refuge cabane hut cabin"
    " pharmacie pharmacy mall galerie gallery"
    # (round 63: « la soirée au club-house à préparer le déplacement à Clermont »)
    " club-house clubhouse vestiaire vestiaires"
    # (round 64: « Réunion à la mairie de Villeurbanne ce matin pour le futur local… à Décines »)
    " mairie"
    # (round 71: « Cérémonie au monument aux morts… Après, vin chaud à la Brasserie de la Gare », « au bowling de la
    # zac… apres on va au mcdo »)
    " monument memorial cimetiere cemetery bowling pier jetee digue".split())
_AT_A_KIND = re.compile(r"(?<!\w)(?:(?:au|aux)\s+(?P<bare>)|(?:a|dans|sur|at|in|on)\s+)"
                        r"(?P<place>(?(bare)|(?:la\s+|le\s+|les\s+|l'|the\s+|our\s+|my\s+))"
                        rf"(?:[\w'-]+\s+){{0,2}}?(?:{'|'.join(sorted(_KINDS, key=len, reverse=True))})(?![\w-])"
                        r"(?:\s+[a-z]+(?:al|ale|aux|ique|aire|elle|ienne|aise))?"  # « médical », « paroissiale »
                        # and whose it is, or where: « au salon de thé de Lamballe », "the gym of St Mary's"
                        r"(?:\s+(?:(?:de la|de|du|des|of the|of)\s+|de l'|d')[\w-]+){0,2})(?![\w-])")


def _a_kind_of_place(text: str) -> list[Mention]:
    folded = fold(text)
    return [Mention(text[a:b], (a, b), "place") for m in _AT_A_KIND.finditer(folded.folded)
            for a, b in [folded.span(m.start("place"), m.end())]]


# A venue by its name alone, after "at the", "in the" (round 48: "Dress rehearsal tonight in the Corn Exchange.
# Afterwards half the orchestra went to the Wheatsheaf"): no place word says it is one, the preposition does.
_AT_A_NAMED_VENUE = re.compile(r"\b(?:at|in|in front of|outside)\s+the\s+"
                               r"(?P<place>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,3})"
                               # and in French (round 51: « Sortie d'équipe à la Cité internationale de la
                               # gastronomie. Après, Clem nous a traînés à la pâtisserie Sève »; round 64: « aux
                               # Cascades du Hérisson… On a fini la journée au restaurant, à Ilay »)
                               # (not an event, « au Festival mondial des théâtres », nor someone or something
                               # spoken to: « dit au revoir à la Xsara de mamie »)
                               # (round 69: « Set de deux heures devant l'Opéra Comédie, puis… »)
                               r"|(?<!revoir )(?<!adieu )(?<!merci )(?:\b[àa]\s+la|\b[àa]\s+l['’]|\baux?"
                               r"|\bdevant\s+(?:la\s+|le\s+|l['’]))\s*"
                               r"(?!(?:Festival|Salon|Tournoi|Championnat|Marathon|Concours|Forum|Congr[èe]s|Carnaval"
                               r"|F[êe]te|Nuit|Journ[ée]e|Semaine|Mois|Rallye|Tour|Grand Prix|Mondial|Coupe)\b)"
                               r"(?P<lieu>(?-i:[A-ZÀ-Ý][\w'’-]+)"
                               r"(?:\s+(?:(?-i:[A-ZÀ-Ý][\w'’-]+)|(?-i:[a-zà-ÿ]+(?:ale?|aux|ique|aire|elle|ienne|aise))"
                               r"|(?:de\s+la|de|du|des)\s+[\w'’-]+|d['’][\w'’-]+)){0,4})")


def _a_named_venue(text: str) -> list[Mention]:
    # (the English name is "place", the French one "lieu": whichever alternative matched)
    return [Mention(m[m.lastgroup], m.span(m.lastgroup), "place") for m in _AT_A_NAMED_VENUE.finditer(text)]


def _where_it_happened(text: str, place: str, language: str, spans: list[tuple[int, int]]) -> Mention | None:
    found = sorted([*find_places(text), *_a_kind_of_place(text), *_a_named_venue(text)], key=lambda m: m.span[0])
    for mention in found:
        start = mention.span[0]
        if _tokens(mention.words) & _tokens(place):
            continue  # the proposed place itself
        at = mention.words.lower().startswith("chez") or _AT.search(text[max(0, start - 25):start])
        if at and not (elsewhere(text, mention.words) or only_elsewhere(text, mention.words)) \
                and not _a_place_to_come(text, start, language):
            break
    else:
        mention = None
    # (the first of the two: "Took Maya to the Museum of Childhood… Then we got ice cream in Portobello and she slept
    # in the car", round 65)
    gone_to = _a_place_gone_to(text, place, spans)
    return gone_to if gone_to and (mention is None or gone_to.span[0] < mention.span[0]) else mention


# Where the user went, by a visit or a going there (round 54: « Visite des Hospices de Beaune avec le CFA… Après on a
# mangé sur la place Carnot », "Drove up to Malham Cove… On the way home we stopped at the Buck Inn", "a Clippers game
# at Huntington Park"), which find_places may not read as a place or reads without the preposition the memory's own
# place needs (round 67: "the library group toured the Château de Pompadour… Tea in Uzerche on the way home").
_VISITED = re.compile(r"\b(?:(?:[Vv]isite(?:\s+guid[ée]e)?|[Vv]isited|[Vv]isit\s+to|[Tt]our\s+of|[Tt]oured)\s+"
                      r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|the\s+)?"
                      # (round 64: « on est allés avec Maëlle voir l'ancienne gare de Saint-Sulpice »; not « allée
                      # voir Mamie », someone)
                      r"|all[ée]e?s?\s+(?:[\w'’-]+\s+){0,3}?(?:voir|visiter)\s+(?:la\s+|le\s+|les\s+|l['’]))"
                      r"(?P<place>[\w'’-]+(?:\s+(?!(?:avec|with|and|et|ce|cet|cette|this|ces)\b)[\w'’-]+){0,3})")
_GONE_TO = re.compile(r"\b(?:(?:[Ww]ent|[Dd]rove|[Ww]alked|[Hh]eaded|[Dd]ay\s+trip|[Tt]rip"
                      # or taken there (round 65: "Took Nora to the Aquarium by La Concha… Then we got churros in
                      # the Parte Vieja", "Karim drove us to the Bergerac Fringe")
                      r"|(?:[Tt]ook|[Bb]rought|[Dd]rove|[Dd]ragged)\s+(?:me|us|[A-ZÀ-Ý][\w'’-]+))"
                      r"(?:\s+(?:up|down|over|out))?\s+to|at)\s+(?:the\s+)?"
                      r"(?P<place>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3})")


def _a_place_gone_to(text: str, place: str, spans: list[tuple[int, int]]) -> Mention | None:
    """The first place the memory says the user visited or went to, before `place` (said at `spans`) and not `place`
    itself."""
    found = sorted((Mention(m["place"], m.span("place"), "place") for pattern in (_VISITED, _GONE_TO)
                    for m in pattern.finditer(text)), key=lambda m: m.span[0])
    return next((m for m in found if not _tokens(m.words) & _tokens(place) and spans and m.span[1] <= spans[0][0]
                 and _APART.search(text, m.span[1], spans[0][0])
                 and not (elsewhere(text, m.words) or only_elsewhere(text, m.words))), None)


# Something between the two that sets them apart (not "the Royal Highland Show planning meeting in Ingliston": one
# place).
_APART = re.compile(r"[,.;:!?()—–]|\b(?:then|puis|ensuite|apr[èe]s|after|afterwards|for|pour|because|parce)\b",
                    re.IGNORECASE)


def _a_place_to_come(text: str, start: int, language: str) -> bool:
    """« L'opération se fera à la clinique »: a French future or conditional before the place, in its sentence."""
    sentence_start = _sentence_start(text, start)
    return language == "fr" and _a_verb_to_come(text, sentence_start, sentence_start, start)


def _another_event(text: str, start: int, after: int, language: str, plans_only: bool = False) -> bool:
    """The clause leading to this mention (from its sentence's start, or the memory's place if later) tells
    another event (`plans_only`: one to come); in French, or its sentence's verb is a future or a conditional."""
    sentence_start = _sentence_start(text, start)
    clause_start = max(sentence_start, after)
    clause = fold_str(text[clause_start:start])
    language = "fr" if language == "fr" else "en"
    planned = _A_PLAN[language].search(clause if language == "fr" else text[clause_start:start])
    if planned and planned.group() == "rendez-vous" \
            and the_days_appointment(text[sentence_start:_sentence_end(text, start)]):
        planned = None  # « Mardi, rendez-vous chez le cardiologue à Estaing. Tout va bien »: the day's own, told
    if planned or not plans_only and _SOMEONE_ELSES[language].search(clause):
        return True
    return language == "fr" and _a_verb_to_come(text, sentence_start, clause_start, _sentence_end(text, start))


def _told_as_after(text: str, end: int, language: str) -> bool:
    """The place ending at `end` is told as coming after, last in its sentence ("Coffee at Nero's after.")."""
    rest = fold_str(text[end:_sentence_end(text, end)])
    return bool(_TOLD_AS_AFTER["fr" if language == "fr" else "en"].search(rest))


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1


def _sentence_end(text: str, at: int) -> int:
    return min((i for i in (text.find(c, at) for c in _SENTENCE_END) if i >= 0), default=len(text))


# « je livrerai », « j'irai », « je n'en parlerai pas »: a future its ending says after « je » (the small pipeline
# reads some as presents; not « nous », whose « -rons » ends presents too: « nous espérons »).
_I_WILL = re.compile(r"\b(?:je|j['’])\s*(?:(?:ne|n['’]|le|la|les|l['’]|lui|leur|y|en|me|m['’]|te|t['’]|vous"
                     r"|nous)\s*)*[a-zàâçéèêëîïôûù]+rai\b", re.IGNORECASE)


def _a_verb_to_come(text: str, sentence_start: int, clause_start: int, end: int, conditional: bool = True) -> bool:
    """A French future or, unless not `conditional`, a conditional in the sentence between `clause_start` and `end`
    (« on se mariera à », « la collecte aura lieu au », « on pourrait »). A plan's own verb is read as a future only:
    a conditional also tells what did not happen (« sans lui on n'aurait jamais trouvé »), and a capitalised word is a
    name read as one (« Laura »)."""
    if _I_WILL.search(text, clause_start, end):
        return True  # (round 67: « Je les enverrai à Londres », read as a past)
    doc = read(text[sentence_start:end])
    return doc is not None and any(t.idx >= clause_start - sentence_start and t.pos_ in ("VERB", "AUX")
                                   and _to_come(t, conditional) for t in doc)


def _to_come(token: Any, conditional: bool) -> bool:
    """One of the pipeline's tokens (`read`) a future, or a conditional when asked, its ending says too."""
    if "Fut" in token.morph.get("Tense") and _FUTURE_ENDING.search(token.text):
        return conditional or token.text.islower()
    return conditional and "Cnd" in token.morph.get("Mood") and _CONDITIONAL_ENDING.search(token.text) is not None
