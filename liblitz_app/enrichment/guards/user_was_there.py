"""Where the user was, read from who does what in the memory's clauses: the user joined someone at the place the
memory gives as theirs ("Pantxo est à l'hôpital… Je suis allé le voir"), or sat, waited, was stuck there ("sat
at tsawwassen for 3 hrs"); or the memory tells where the user was ("I'm alone in the flat", « on a passé la soirée
au salon ») and names the proposed place only in a clause of someone else's ("Mei's grandmother passed in
Guangzhou", « il veut ouvrir une librairie à Nantes »)."""
from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from ..away import seen_off_from
from ..folding import find_phrase, fold_str
from ..language import FRENCH_ON, detect_language
from ..mentions import COMMON_PLACES, PLACE_NOUNS
from ..names import (
    a_diary_participle, a_verb_follows, english_past, inflected_verb, is_english_word, is_first_name, is_french_word,
    maybe_first_name,
)
from ..time_phrases import MONTHS, WEEKDAYS, find_times

# The user went to the person there, after the sentence that puts them there: « je suis allée la voir », "went to
# see him", "visited them", « je l'ai rejoint ».
_JOINED = re.compile(r"\b(?:(?:suis|sommes|est|etait|etions) alle(?:e|s|es)? (?:le |la |les |lui )?voir"
                     r"|(?:lui|leur) (?:ai|avons|a) rendu visite|(?:l'|les )(?:ai|avons|a) rejointe?s?"
                     r"|went (?:over |up |down )?to see (?:him|her|them)|visited (?:him|her|them)"
                     r"|joined (?:him|her|them)"
                     # a thing brought to them there: "I brought him the card", « je lui ai apporté des fleurs »
                     r"|brought (?:him|her|them) (?:the|a|an|some|his|her|their|my)"
                     r"|(?:lui|leur) (?:ai|avons) (?:apporte|amene)"
                     # the user taken there after (round 56: "tickets to see Death Cab at the Edgefield, and drove us
                     # there")
                     r"|(?:took|drove|brought|walked) (?:me|us) there"
                     r"|(?:m'y|nous y) (?:a|ont) (?:emmene|conduit|amene)\w*)\b")
# The user did something to someone who was there, in one sentence: "Helped a first-year who was crying in the
# corridor", « consolé une petite qui pleurait dans le couloir ».
_TO_ONE_WHO_WAS_THERE = re.compile(
    r"\b(?:helped|comforted|consoled|found|met|hugged|calmed|aide|console|trouve|croise|rencontre|calme)e?s?\b"
    r"[^.!?;]{0,40}\b(?:who|qui)\b[^.!?;]*$")
# The user sat, waited, was stuck right there: "sat at tsawwassen", « chui bloqué a lille flandres ».
_STUCK_THERE = re.compile(
    r"^\s*(?:(?:i|we|je|j'|on|nous|chui|jsuis|and|et|then|puis|so|du coup)\s+)*"
    r"(?:(?:was|were|got|had|ai|a|suis|sommes|est|been|'ve|'m|am|ete)\s+)?"
    r"(?:sat|waited|stuck|stayed|slept|stranded|bloquee?s?|coincee?s?|restee?s?|attendu|dormi|assise?s?)\s+"
    r"(?:for\s+\w+\s+\w+\s+)?(?:at|in|on|inside|a|au|aux|dans|sur|en)\s*(?:the\s+|la\s+|le\s+|les\s+|l')?$")
_CLAUSE_END = re.compile(r"[.!?;:\n,]|\b(?:parce que|because|but|mais|while|alors que|whereas|pendant que|tandis que)\b")


def there_too(text: str, place: str) -> bool:
    """The user was at this place too, whoever else the memory puts there."""
    folded = fold_str(text)
    if len(folded) != len(text):
        return False
    for start, end in find_phrase(text, place):
        before = folded[:start]
        sentence = re.split(r"[.!?;\n]", before)[-1]
        clause = _CLAUSE_END.split(before)[-1]
        if _JOINED.search(folded[end:]) or _TO_ONE_WHO_WAS_THERE.search(sentence) or _STUCK_THERE.search(clause):
            return True
    return False


# Someone else doing something, at the start of a clause: a pronoun or a name ("Deb keeps showing me", "Mei's
# grandmother passed", « il veut »).
# (Not the weather's or the time's « il », round 49: « Il fait un froid de loup à l'atelier », « il pleuvait ».)
_THIRD_PERSON = re.compile(r"^\s*(?:(?:and|et|then|puis|so|alors|donc|mais|but)\s+)?"
                           r"(?:(?P<pronoun>(?i:il(?!\s+(?:fait|faisait|pleut|pleuvait|neige|neigeait|g[èe]le|gelait"
                           r"|vente|ventait|y\s+a(?:vait)?|faut|fallait|reste|restait|manque|manquait|s['’]agit|est\s+\d"
                           r"|[ée]tait\s+\d))|elle|ils|elles|he|she|they|lui|who|qui))\b"
                           r"|(?P<name>[A-ZÀ-Ý][\w-]*)(?:['’]s)?\s+[a-zà-ÿ])")
_NOT_A_NAME = frozenset("the a an my his her their our your this that these those mon ma mes le la les un une son sa"
                        " ses ce cette notre votre leur leurs".split())
# The user as a subject: « je », "I", "we", "me and Tom".
_I = re.compile(r"(?<![\w'])(?:(?:je|nous|i|i'm|we|chui|jsuis|moi|me and|and me)(?![\w'])|j')")
_ON = re.compile(FRENCH_ON)
# Someone taking the user there: "picked me up at", « m'a emmenée à ».
# ("drove us there": round 56)
_WITH_ME = re.compile(r"\b(?:picked|took|drove|brought|met|joined|dropped|walked|showed)\s+(?:me|us)\s+(?:up\s+)?"
                      r"(?:at|to|in|around|round|there)\b|\b(?:m'a|nous a|m'ont|nous ont)\s+(?:emmen|amen|depos|rejoint"
                      r"|retrouv|accueilli|invit|recu|reconnu|aide|serre|embrass|accompagn|attendu|crois"
                      r"|train|tire"  # (round 50: « Clairette m'a traîné au marché de Noël »)
                      # what someone gave or lent the user to do there (round 55: « Solène m'a offert un baptême
                      # en parapente au-dessus de Val d'Isère », « Inès m'a prêté son badge pour prendre un café
                      # à la machine de la salle de soins »)
                      r"|offert|prete)"
                      r"|\b(?:gave|lent|bought|got)\s+(?:me|us)\b"
                      # someone dropping by where the user is (« Anouk est passée à la station »)
                      r"|\b(?:est|sont)\s+passee?s?\s+(?:a|au|aux)\b|\b(?:came|stopped|dropped|popped)\s+(?:by|in)\b"
                      # with the user, doing it together: « sont venus m'aider », "came to help us"
                      r"|\b(?:m'aider|nous aider|help(?:ed)? (?:me|us))\b"
                      # the user's hand in it (round 49: « Jules a lâché ma main devant la grille de l'école »)
                      r"|\b(?:ma main|mon bras|my hand|my arm)\b"
                      # the user taken along, or visited (round 50: "Sam surprised me with a weekend in the Lake
                      # District", "Dad finally came to see the studio")
                      r"|\b(?:dragged|surprised|treated)\s+(?:me|us)\s+(?:to|with|into)\b"
                      r"|\b(?:came|come|comes|coming)\s+(?:round\s+|over\s+|by\s+)?to\s+(?:see|visit)\b"
                      r"|\b(?:est|sont)\s+(?:venue?s?|passee?s?)\s+(?:voir|visiter)\b")
# Where the user was, said without a name: "in the flat", "at the kitchen table", « au salon », « depuis la
# terrasse », "at home". Not a time ("in the morning", « au moins »), nor what is to come.
_NOT_A_PLACE = (r"(?:morning|afternoon|evening|night|weekend|end|beginning|start|middle|way|moment|meantime|rain"
                r"|time|past|future|mood|mean|long|front|case|fact|least|moins|fait|bout|final|debut|revoir|sun"
                r"|cas|lieu|secours|calme|passage|pluie|soleil|fin|matin|soir|nuit|telephone|phone"
                # the user's body, no place ("I pretended to have something in my eye", round 52)
                r"|eyes?|head|heart|mind|hands?|arms?|throat|chest|stomach|belly|pockets?|tete|coeur|mains?|bras"
                r"|gorge|ventre|yeux|oeil|poches?"
                # what the user carries ("I still have it in my wallet", round 62)
                r"|wallet|purse|handbag|bag|portefeuille|porte-monnaie|sac"
                # a moment, not a place (« jusqu'à l'arrivée de son fils », round 68)
                r"|arrivee|arrival|retour|depart)\b")
_LOCATED = re.compile(rf"\b(?:at|in|on|inside|from)\s+(?:the|my|our)\s+(?!{_NOT_A_PLACE})[a-z]"
                      rf"|\bat home\b|\b(?:dans|depuis|devant|sur|sous)\s+(?:la|le|les|l'|mon|ma|mes|notre|nos)\s*"
                      rf"(?!{_NOT_A_PLACE})[a-z]|\b(?:au\s+|a la\s+|a l')(?!{_NOT_A_PLACE})[a-z]|\bchez (?:moi|nous)\b"
                      rf"|\ba la maison\b")
_TO_COME = re.compile(r"\b(?:will|'ll|going to|gonna|vais|va|vas|irai|ira|irons|veux|veut|want|wants|would|wish"
                      r"|hope|espere|dois|doit|must|need to|faut)\b|\bdemain\b|\btomorrow\b")


def another_ones_beside_the_users(text: str, place: str, people: frozenset[str] = frozenset()) -> bool:
    """Every clause naming the place tells what someone else (`people`: folded names the user recorded or the
    memory came with) did or does there, with the user neither its subject nor taken along; and another clause says
    where the user was."""
    folded = fold_str(text)
    spans = find_phrase(text, place)
    if not spans or len(folded) != len(text) or any(seen_off_from(text, start) for start, _ in spans):
        return False  # (round 60: "Jordan caught the train home from Basel. We hugged on the platform")
    bounds = [0, *(m.end() for m in _CLAUSE_END.finditer(folded)), len(text)]
    clauses = [(a, b) for a, b in pairwise(bounds) if text[a:b].strip()]
    theirs = [(a, b) for a, b in clauses if any(a <= s < b for s, _ in spans)]
    if not theirs or not all(_someone_elses(text, folded, a, b, spans, people) for a, b in theirs):
        return False
    return any(_the_users_place(text, folded, a, b) for a, b in clauses if (a, b) not in theirs)


def _someone_elses(text: str, folded: str, first: int, last: int, spans: list[tuple[int, int]],
                   people: frozenset[str]) -> bool:
    said = folded[first:last]
    if _the_user_in(said, text) or _WITH_ME.search(said):
        return False
    subject = _THIRD_PERSON.match(text[first:last])
    if subject is None or any(first + subject.start() <= s < first + subject.end() for s, _ in spans):
        return False  # "Dakar va me manquer": the place itself, what the clause is about
    name = subject["name"]
    if name and (_AN_EVENT_OF.match(text[first + subject.end("name"):last]) or find_times(name, _ANY_DAY)):
        return False  # "Kenji's funeral was at St. Mary's", « Toussaint passée à Quimper »: an event, attended
    said_from = first + (subject.end("name") if name else subject.end())
    if _CAME_HERE.search(text[said_from:min((s for s, _ in spans if first <= s < last), default=last)]):
        return False  # "Eli's class came to the station", « Yvette est venue à la boulangerie »: where the user was
    # A person's: a name recorded or whose something is told ("Mei's grandmother"), or no word of the dictionaries
    # (not a diary's verb, "Rowed on…", nor « Marée énorme à la Côte des Basques », "The sheep got out").
    if not name or fold_str(name) in people or text[first + subject.end("name"):].startswith(("'s", "’s")):
        return True
    if not maybe_first_name(name) or fold_str(name) in _NOT_A_NAME:
        return False
    if not is_english_word(name.lower()) and not is_french_word(name.lower()):
        return True
    # A given name that is a word too, doing something: "Tom did his own in York" (not "Carol concert at St Mary's")
    return is_first_name(name) and _a_verb_next(text, first + subject.end("name"))


# Coming, bringing: toward where the user was; a birthday someone celebrated there, attended
# (« Clem a fêté ses 25 ans dans un bowling »).
_CAME_HERE = re.compile(r"\b(?:came|come|comes|coming)\s+(?:in(?:to)?|to|by|round|over|down to|up to)\b"
                        r"|\b(?:brought|brings|bringing)\b.*\bto\s+(?:the|our|my)?\s*$"
                        r"|\b(?:est|sont|[ée]tait|[ée]taient)\s+(?:venue?s?|pass[ée]e?s?|arriv[ée]e?s?)\s+"
                        r"|\b(?:a|ont)\s+f[êe]t[ée]\s+(?:ses|son|sa|leurs?)\b", re.IGNORECASE)
_ANY_DAY = date(2000, 1, 1)  # only whether a word is a time phrase is asked, not its day
# Someone's event the user may well have been at: "Kenji's funeral", "Ana's wedding".
_AN_EVENT_OF = re.compile(r"['’]s\s+(?:\w+\s+)?(?:funeral|wedding|party|birthday|concert|gig|match|game|recital|show"
                          r"|graduation|christening|leaving do|send-off|wake|memorial|service|do)\b")


def _the_users_place(text: str, folded: str, first: int, last: int) -> bool:
    """The clause puts the user somewhere: "I'm alone in the flat", « on a passé la soirée au salon »."""
    clause = folded[first:last]
    user = _the_user_in(clause, text) or _a_diary_opening(text, first, last)
    located = _LOCATED.search(clause) or any(not {fold_str(m["name"]), fold_str(m["name"])[:-1]} & _DAYS_AND_MONTHS
                                             and not _GOT_IT.search(text[first:first + m.start()])
                                             for m in _AT_A_NAME.finditer(text[first:last]))
    return bool(user and located) and not _TO_COME.search(clause) and not _A_PART.search(clause) \
        and not _LOOKING_ON.search(clause) and not _seated_there(clause)


def _seated_there(clause: str) -> bool:
    return bool(_A_SEAT.search(clause)) and not any(m["kind"] in COMMON_PLACES or m["kind"] in PLACE_NOUNS
                                                     for m in _IN_A_KIND.finditer(clause))


def _a_verb_next(text: str, end: int) -> bool:
    following = re.match(r"\s+([a-zà-ÿ]+)", text[end:])
    if following is None:
        return False
    return a_verb_follows(text, end, "fr") if detect_language(text) == "fr" else inflected_verb(following.group(1))


def _the_user_in(clause: str, text: str) -> bool:
    """The user is a subject of this folded clause of `text`."""
    return bool(_I.search(clause) or _ON.search(clause) and detect_language(text) == "fr")


def _a_diary_opening(text: str, first: int, last: int) -> bool:
    """A sentence opening on the user's deed, its "I" unsaid: "Repainted our shutters in Salem", « Repeint les
    volets chez nous »."""
    if re.search(r"\w", text[max(text.rfind(c, 0, first + 1) for c in ".!?\n") + 1:first]):
        return False  # not the sentence's first clause
    clause = text[first:last].strip()
    opening = clause.split()[0] if clause else ""
    if not opening[:1].isupper() or maybe_first_name(opening):
        return False
    return english_past(opening.lower()) or detect_language(clause) == "fr" and a_diary_participle(clause)


# Looking on: "I was filming from the dunes" (at them, there), « on regardait depuis la digue ».
_LOOKING_ON = re.compile(r"\b(?:watch\w*|film\w*|photograph\w*|saw|seeing|looking|cheer\w*|regard\w*|voy\w*"
                         r"|vu|applaud\w*)\b")
# A part of some building ("dans la salle d'attente", "in the walk-in"): perhaps of the very place named.
_A_PART = re.compile(r"\b(?:salle d'attente|waiting room|parking|car park|couloir|corridor|lobby|hall|accueil|reception"
                     r"|entree|entrance|cafeteria|canteen|cantine|loos?|toilettes|toilets|walk-in|backstage|coulisses"
                     r"|gift shop|boutique|ward|stairs|escaliers?|vestiaires?|changing rooms?|foyer)\b")
# Where one stands or sits at a place (round 68: "Bia defended her thesis at the Sorbonne. I sat in the back row", "I
# stood at the back", « au bord du terrain »): perhaps the very place named, unless the clause names a kind of place
# too ("Dana and I were in the front row in the gym", for a project on the Willamette).
_A_SEAT = re.compile(r"\b(?:back row|front row|at the back|touchline|sidelines?|the stands|terraces|premier rang"
                     r"|dernier rang|au fond|bord du terrain|gradins|tribunes?)\b")
_IN_A_KIND = re.compile(r"\b(?:in|at|on|inside|dans|au|aux|a)\s+(?:the\s+|le\s+|la\s+|les\s+|l')?(?P<kind>[a-z-]+)")


# At a place by its name: "Rowed on Lake Ontario", « au Stade de France » (not "on Monday", "in June").
_AT_A_NAME = re.compile(r"\b(?:at|in|on|from|à|au|dans|sur)\s+(?:the\s+|la\s+|le\s+|l['’])?"
                        r"(?P<name>(?-i:[A-ZÀ-Ý][\w'’-]*))")
_DAYS_AND_MONTHS = frozenset(WEEKDAYS) | frozenset(MONTHS)  # (and "on Saturdays", read without its "s")
# What one takes after someone, no place: "I say he gets it from Bracken" (round 62).
_GOT_IT = re.compile(r"\b(?:gets?|got|getting|inherited|tient|tiens|tenait)\s+(?:it|that|this|them|ça|ca|cela)\s*$",
                     re.IGNORECASE)
