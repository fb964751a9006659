"""Places a memory names that are not where it happened, read from what the sentence does with them: a
dream's or a picture's place, someone else's whereabouts or a caller's end, a plan still to come, a team's name."""
from __future__ import annotations

import re

from ..folding import find_phrase, fold_str
from ..language import ENGLISH, FRENCH
from ..mentions import PLACE_NOUNS, kin, only_elsewhere
from ..time_phrases import told_in_the_past


def elsewhere(text: str, place: str) -> bool:
    """Every time the memory names this place, it is not where the memory happened."""
    spans = find_phrase(text, place)
    return bool(spans) and (only_elsewhere(text, place) or all(_elsewhere_here(text, s, e) for s, e in spans))


def _elsewhere_here(text: str, start: int, end: int) -> bool:
    sentence = re.split(r"[.!?;\n]", text[:start])[-1]
    return bool(_in_a_dream(sentence) or _DEPICTED.search(sentence) or _planned(text, sentence)
                or _someone_elses_whereabouts(text, sentence, end) or _part_of_a_name(text, start, end)
                or _a_callers_end(text, sentence))


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
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:of|about|on|de|du|des|d['’]|sur)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$",
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
    r"|d[ée]c[ée]d[ée]e?s?|vit|vivent|vivait|habite|habitent|habitait|travaille|travaillait|[ée]tudie|moved|left"
    r"|went|gone|flew|relocated|emigrated|fought|served|died|lives|lived|works|worked|studies|studied"
    r"|stationed|living|working|studying)"
    r"\b[^,]*"
    r"|(?:venue?s?|arriv[ée]e?s?|revenue?s?|rentr[ée]e?s?|came|come|flew in|arrived)\s+(?:all the way\s+)?"
    r"(?:de|d['’]|du|depuis|from)\s*(?:the\s+|la\s+|le\s+|l['’])?)$", re.IGNORECASE)
_RESIDENCE = re.compile(r"\b(?:install[ée]e?s?|d[ée]m[ée]nag|[ée]migr|vit|vivent|vivait|habit|travaill|[ée]tudie|moved"
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
