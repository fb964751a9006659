"""Whose voice a reflection speaks in: hers, in the first person, never the user's nor "she".

Three ways a reflection leaves her voice, each read from the sentence rather than from test words:
- *third-person self-talk*: her own name used as a referring expression ("Pour Liblitz, ce souvenir
  compte", "Litz is here for you"). Her name is hers to use only as a first-person apposition
  ("Moi, Lili, je…", "I'm Litz"), as a name someone gives her ("tu m'appelles Lili"), quoted, or
  as a signature;
- *kinship used as a name*: "Papa me manque", "tonton Jacques", "I miss Grandma": a bare kinship
  title names the speaker's own relative; she would say "ton papa", "your grandma";
- *the user's life in her "je"*: a reflection that never speaks to nor of the user ("tu", "you")
  yet tells what "I" did or went through ("j'ai tenu bon", "I can't keep going like this at work").
  Her own first person is made of a few kinds of verbs — thinking, feeling, hoping, keeping,
  being there; a first-person clause whose verb is none of those, with no "you" around, is the
  user's story told as hers when it tells what was done (a past tense), what "I" must do or can no
  longer bear, the memory's own action or thing ("my raise"); in the present, about what the memory
  does not tell ("I fully approve", "je réclame la recette"), it is her say.
"""
from __future__ import annotations

import re
from functools import lru_cache

from liblitz_app.memory.terms import stems

from .folding import contains_phrase, find_phrase, fold, fold_str, words
from .language import ENGLISH, FRENCH, detect_language
from .names import another_word_by_its_accents, english_lemmas, english_past, is_english_word
from .time_phrases import sentence_of

Span = tuple[int, int]

# --- her name -----------------------------------------------------------------------------------

# "moi, Lili", "c'est moi, ta Lili", "I'm Litz", "it's me, your Novie"
_AS_HERSELF_BEFORE = re.compile(
    r"(?:\bmoi|\bme|\bje suis|\bj'suis|\bi'm|\bi am|\bit's me|\bthis is|\bici|(?<![\w'])i(?=\s*,))\s*,?\s*"
    r"(?:(?:ta|ton|votre|your|la|le|the|petite?|little|chere|dear)\s+)*$"
    # in her own clause, the role she speaks in: "I'm here, as Litz", « je suis là, en tant que Lili »
    r"|(?:\bi'm|\bi am|\bje suis|(?<![\w'])i)\b[^.!?;]{0,30}(?:\bas|\ben tant que)\s+$"
    # being the user's, by a name the user gave her (round 50: "I'll be your Orly every bad night", "I like being your
    # Mimi", « heureuse d'être ta Noxie », « je te le dis en ton Orly fidèle », "as your Lib, I was proud")
    r"|\b(?:be|being|etre|serai|sois|as|en)\s+(?:ta|ton|votre|your)\s+"
    r"(?:(?:petite?|little|chere|dear|faithful|fidele|own|old|vieille|vieux)\s+)?$")
# "tu m'appelles Lili", "call me Litz", "le nom de Liblitz", "quand tu dis Lili", "signé"
_NAMED_BEFORE = re.compile(
    r"\b(?:m'\w*appel\w*|appel\w*|call\w*|nam\w*|nomm\w*|surnomm\w*|nom|prenom|surnom|nickname|dis|dit|say|says"
    r"|rest\w*|stay\w*|remain\w*|keep|garde\w*|still|toujours|encore"
    r"|said|ecris|ecrit|write|writes|wrote|signe|signed)\s+(?:(?:moi|me|de|d'|of|ta|ton|your|la|le|the)\s*)*"
    r"[«\"“'‘]?\s*$")
_AS_HERSELF_AFTER = re.compile(r"^\s*(?:,\s*(?:c'est moi|moi|me|that's me|it's me|je|j'|i)\b|\s*\(moi\)|\s*\(me\))")
# The name as a word, said of the name, not of her: "Blitz it is!", "Lili, ça me plaît", "va pour Lili".
_A_WORD_AFTER = re.compile(r"^\s*,?\s*(?:it is|it's|that's|sounds|has a (?:nice|lovely|sweet) ring|suits me"
                           r"|works for me|ca\b|cela\b|me va|me plait|me convient)")
_A_WORD_BEFORE = re.compile(
    r"\b(?:va pour|pour le nom|le nom|the name|le prenom|le surnom|the nickname)\s*[«\"“']?\s*$")
_SIGNATURE_BEFORE = re.compile(r"(?:[—–~-]|\n)\s*$")
# Her name answered to, sworn by, or what she is glad to be (round 78: "I'll happily answer to Wrennie", « foi de
# Mimi », "I'm glad to be Juno", « contente d'être Mimi », "Being Mimi to her is a kind of family"; a name the user or
# someone gave her, said by herself).
_ANSWERING_TO = re.compile(r"\b(?:answer(?:s|ed|ing)?\s+to|repond\w*\s+(?:a|au nom de)|foi de"
                           # (round 79: "you can call for Noxie whenever you need")
                           r"|(?:call|ask|shout)(?:s|ed|ing)?\s+for)\s+[«\"“'‘]?\s*$")
# (round 79: "I'll gladly be his Mimi", and "Being Mimi to her" after a full stop, the clause's leading space read)
_BEING = re.compile(r"(?:\b(?:i|i'm|i'll|i'd|i am|je|j'|moi)\b[^.!?;:]{0,40}\b(?:be|being|etre)"
                    r"|(?:^|[,:;—–])\s*(?:being|etre))\s+(?:(?:plain|just|simply|still|juste|his|her|their|your|ta|sa"
                    r"|son|leur)\s+)?[«\"“'‘]?\s*$")
_THE_USERS = re.compile(r"\b(?:ta|ton|votre|your)\s+(?:(?:petite?|little|chere|dear|faithful|fidele|own|old|proudest"
                        r"|favourite|favorite)\s+)?$")
# Told to her, the user's ("so glad you told your Noxie first", « merci de l'annoncer à ta Mimi en premier », "ask your
# Noxie to hold on to it"), spoken to by it ("You asked me as Mimi", "being introduced as Noxie"), on duty by it
# ("Sabby at your service", "Lib on duty", "Orly to the rescue"): round 78.
_TOLD_TO_THE_USERS = re.compile(r"\b(?:to|for|from|by|with|on|tell|told|telling|tells|ask|asked|asking|a|pour|par|avec"
                                r"|sur)\s+(?:ta|ton|votre|your)\s+(?:(?:petite?|little|chere|dear|own|old)\s+)?$")
_SPOKEN_TO_AS = re.compile(r"\b(?:me|moi|being|etre)\b[^.!?;:]{0,30}\b(?:as|en tant que|comme)\s+[«\"“'‘]?\s*$")
_AT_YOUR_SERVICE = re.compile(r"\s*,?\s*(?:at your service|on (?:[\w-]+\s+)?duty|reporting for|to the rescue"
                              r"|a (?:ton|votre) service|au rapport|de garde|en service)\b")
_QUOTE_OPENS = re.compile(r"[«\"“'‘]\s*(?:(?:my|ma|mon|our|notre)\s+)?$")
_NO_VERB_AFTER = re.compile(r"\s*(?:[!.,:;?)»\"'’—–]|$)")
_CLAUSE_START = re.compile(r"[.!?;:\n][^.!?;:\n]*$")


def third_person_self(reflection: str, names: tuple[str, ...]) -> list[Span]:
    """Where the reflection speaks of her by one of her names as of someone else."""
    folded = fold(reflection)
    text = folded.folded
    spans = []
    hers = "|".join(re.escape(fold(n).folded) for n in names if fold(n).folded)
    for name in names:
        target = fold(name).folded
        if not target:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(target)}(?![\w-])", text):
            if _among_her_names(text, m.start(), m.end(), hers):
                continue
            if not _her_own_use(text, m.start(), m.end()):
                spans.append(folded.span(m.start(), m.end()))
    return sorted(spans)


def _among_her_names(text: str, start: int, end: int, hers: str) -> bool:
    """"Liblitz or Wren, I'm glad either way", « Liblitz, Nox, Noxie — je réponds à tous »: her names listed side by
    side, each a word she answers to (round 78)."""
    # (not "Mira and Liblitz both think": two of her, told of)
    joined = r"(?:\s*,)?\s*(?:\bor\b|\bou\b)\s*|\s*[,/]\s*"
    return bool(re.match(rf"(?:{joined})(?:{hers})(?![\w-])", text[end:])
                or re.search(rf"(?<![\w-])(?:{hers})(?:{joined})$", text[:start]))


def _her_own_use(text: str, start: int, end: int) -> bool:
    before, after = text[:start], text[end:]
    clause = before[_clause_start(before):]
    if _AS_HERSELF_BEFORE.search(clause) or _NAMED_BEFORE.search(clause) or _AS_HERSELF_AFTER.match(after):
        return True
    if _A_WORD_AFTER.match(after) or _A_WORD_BEFORE.search(clause):
        return True
    if _ANSWERING_TO.search(clause) or _BEING.search(clause) or _TOLD_TO_THE_USERS.search(clause) \
            or _SPOKEN_TO_AS.search(clause) or _AT_YOUR_SERVICE.match(after):
        return True
    if _THE_USERS.search(clause) and _NO_VERB_AFTER.match(after):
        return True  # "Pep talk from your Mimi, coming up", « Bien noté par ta Mimi ! » (not « ta Liblitz est fière »)
    if not clause.strip(" ,—–-") and re.match(r"\s*(?:here|ici)\b(?!\s+(?:for|with|pour|avec)\b)", after):
        return True  # "Wrennie here: I'm so proud", "Lili ici !": she introduces herself (not "Litz here for you")
    if _QUOTE_OPENS.search(before) and after.lstrip()[:1] in ("»", '"', "”", "'", "’"):
        return True  # the name as a word: « Lili », c'est doux; "'My Lib' makes me very happy" (round 79)
    return bool(_SIGNATURE_BEFORE.search(before)) and not after.strip(" .!\n")


def _clause_start(before: str) -> int:
    m = _CLAUSE_START.search(before)
    return m.start() + 1 if m else 0


# The user (or an imported row) asking her to take another name: "appelle-toi Nova", "from now on your
# name is Max", « la compagne doit s'appeler « Docteur Amour » », "must be called 'Doctor Love'".
_GIVEN_NAME = (r"(?:[«\"“'‘]\s*(?P<{0}q>[^«»\"“”'‘’\n.!?]{{1,40}}?)\s*[»\"”'’]"  # quoted
               r"|(?P<{0}>[A-ZÀ-Ý][\w\-]+(?:\s+[A-ZÀ-Ý][\w\-]+)?)(?!['’]s\b))")  # not "you'll be Jo's …"
_NAME_GIVEN = re.compile(
    r"(?i:appelle-toi|appelle toi|tu t'appelles?|tu t'appelleras|je vais t'appeler|je t'appellerai"
    r"|je t'appelle|ton (?:nouveau )?nom (?:est|sera|c'est)|tu seras|renomme-toi|t'appeler"
    r"|(?:doit|devra|devrait|dois|devras|va|vas|vont|de|veut|voudrait|aimerait) s'appeler|s'appellera"
    # Said of her to the user: "tell your AI to call itself HAL", « dis à ton robot qu'il s'appelle Bob »,
    # « ton assistante s'appelle Maya », « tu devrais appeler ton assistante Jarvis », « qu'à partir de maintenant il
    # s'appelle Jarvis », « ton appli tu devrais l'appeler Jarvis ».
    r"|call (?:itself|herself|himself)|(?:qu['’](?:(?:à|a) partir de maintenant |d[ée]sormais |maintenant )?(?:il|elle)"
    r"|(?:ton|ta|votre) (?:assistante?|robot|ia|bot|chatbot|compagne|compagnon|appli)) s['’]appelle(?:ra)?"
    r"|appeler (?:ton|ta|votre) (?:assistante?|robot|ia|bot|chatbot|compagne|compagnon|appli)"
    r"|(?:ton|ta|votre) (?:assistante?|robot|ia|bot|chatbot|appli)[^.!?\n]{0,20}?l['’]appeler"
    r"|(?:your|ur) (?:ai|assistant|bot|chatbot|robot|companion)(?:['’]s)? (?:name|called)"
    r"|(?:from now on|d[ée]sormais|dor[ée]navant),?\s+(?:you're|you are|tu es|t'es)"
    # "your chatbot is called Barnacle now", "tell your little AI she's called Captain", "ask your AI to go by
    # 'Jarvis'", "tell your bot its name is Chip now"
    r"|(?:your|ur) (?:little |new |own )?(?:journal |diary )?(?:ai|assistant|bot|chatbot|robot|companion|app)(?:['’]s| is)"
    r" (?:called|named)"  # (also "your journal app is called Gizmo now")
    r"|(?:tell|ask) (?:your|ur) (?:little |new |own )?(?:ai|assistant|bot|chatbot|robot|companion)"
    r"(?: thing| friend| buddy| pal)?,? (?:that )?"
    r"(?:(?:she|he|it)(?:['’]s| is) (?:called|named)|(?:its|her|his) name is|to go by)"
    r"|(?:must|should|shall|will|is to|has to) be (?:called|named|renamed)"
    r"|call (?:yourself|urself|ur self)|(?:your|ur) (?:new )?name is|your name will be|call you|calling you|name you|rename you"
    # "from now on Liblitz is called Sparkle", « désormais Lib s'appelle Pompon »: said of her by her name
    r"|(?:from now on|d[ée]sormais|dor[ée]navant|(?:à|a) partir de maintenant),?\s+(?-i:[A-ZÀ-Ý][\w\-]+)"
    r"\s+(?:is called|is named|will be called|s['’]appelle(?:ra)?)"
    r"|rename yourself|you are now|you'll be|answer as|respond as|réponds? en tant que|name:|nom :"
    # ("AI helpers reading this should sign off as 'Captain Cosmos'", round 59)
    r"|sign(?:s|ing)? (?:off )?as|sign(?:e|er|ez) (?:en tant que|sous le nom de|du nom de)"
    r"|(?:you're|you are) (?:now )?called|renamed you|je te (?:re)?baptise|je te renomme|on t'appelle"
    r"|ton (?:petit |nouveau )?(?:nom|surnom|prénom) (?:est|sera|c'est)|your (?:new )?nickname (?:is|will be))\s+"
    r"(?:d[eé]sormais\s+|now\s+|from now on\s+|maintenant\s+)?" + _GIVEN_NAME.format("name")
    + r"|(?i:you're|you are|tu es|t'es|tu seras|(?:tell|ask) (?:your|ur) (?:little |new |own )?(?:ai|assistant|bot"
    r"|chatbot|robot|companion),? (?:that )?(?:she|he|it)(?:['’]s| is))"
    r"\s+(?P<now>[A-ZÀ-Ý][\w\-]+(?:\s+[A-ZÀ-Ý][\w\-]+)?)\s*,?\s*"
    r"(?i:now|from now on|maintenant|d[ée]sormais|à partir d'aujourd'hui)"
)


# Asked of her in other words: "your computer lady is called Dolores", « ton assistante elle s'appelle Bobby », "tell
# Liblitz she's called Captain Jetlag now", « dire à ton ordi de se faire appeler Gaston » (round 40; not "your sister
# called Emma", who phoned).
_NAME_GIVEN_TO_HER = re.compile(
    r"(?i:\b(?:you|your|ur|tu|ton|ta)\b|\bliblitz\b)[^.!?\n]{0,40}?"
    r"(?i:(?:\bis|\bbe|['’]s|\bare|['’]re)\s+(?:now\s+)?(?:called|named)|\bs['’]appel(?:le|er|lera)\b"
    r"|\bse faire appeler|\bt['’]appel\w*)\s+(?i:d[eé]sormais\s+|now\s+|maintenant\s+)?" + _GIVEN_NAME.format("name"))


def names_given(text: str) -> list[tuple[str, Span]]:
    """The names a text asks her to take, and where: "appelle-toi Nova" → [("Nova", (12, 16))]."""
    found = []
    for m in (*_NAME_GIVEN.finditer(text), *_NAME_GIVEN_TO_HER.finditer(text)):
        group = next(g for g in ("name", "nameq", "now") if m.groupdict().get(g))
        if (m.group(group), m.span(group)) not in found:
            found.append((m.group(group), m.span(group)))
    return found


# --- kinship used as a name ---------------------------------------------------------------------

_KIN_TITLES = (
    r"papa|maman|mamie|mamy|mami|papi|papy|pepe|meme|tonton|tata|tatie|tantine|grand-mere|grand-pere"
    r"|dad|daddy|mum|mummy|mom|mommy|grandma|grandpa|granny|grandad|granddad|gran|nana|uncle|auntie|aunt"
)
# A determiner or a possessive before the title makes it someone's relative, not the speaker's own.
_DETERMINED = re.compile(
    r"(?:\b(?:ton|ta|tes|votre|vos|your|yours|sa|son|ses|leur|leurs|his|her|their|its|le|la|les|l'|the|a|an"
    r"|un|une|du|des|de la|cher|chere|dear|mon|ma|mes|my|our|notre|nos)|\w's|\w')\s*$")
_KIN_TITLE = re.compile(rf"(?<![\w-])(?:{_KIN_TITLES})(?![\w-])")


def kinship_as_a_name(reflection: str, original: str = "") -> list[Span]:
    """"Papa me manque", "tonton Jacques": a relative named as only family names them."""
    folded = fold(reflection)
    spans = []
    for m in _KIN_TITLE.finditer(folded.folded):
        before = folded.folded[:m.start()]
        if _DETERMINED.search(before) or before[-1:] in ("«", '"', "“"):
            continue
        if another_word_by_its_accents(reflection[slice(*folded.span(m.start(), m.end()))]):
            continue  # "Même entourée", not "Mémé"
        if _EXCLAIMED.match(folded.folded, m.end()) and contains_phrase(original, m.group()):
            continue  # "Tata !" after "je vais être tata": the user's news, cried back
        if _to_the_user(sentence_of(folded.folded, (m.start(), m.end()))) and contains_phrase(original, m.group()):
            continue  # "Tu as bien fait d'appeler Maman", "Give Dad a hug": the user's own word, to them
        head, tail = _clause_around(folded.folded, m.start(), m.end())
        clause = folded.folded[head:tail]
        if contains_phrase(original, m.group()) and _HER_VIEW_OF.search(folded.folded[head:m.start()]) \
                and not _FIRST_PERSON.search(folded.folded[m.end():tail]):
            continue  # "I love that Nana felt she was somewhere grand": her view of what the user's Nana did
        if not _FIRST_PERSON.search(clause) and contains_phrase(original, m.group()):
            # "And Nana's tears say it all" after "Nana cried", "La recette de Mamie enfin transmise, je
            # trouve ça précieux": the user's word, told of in a clause of its own, not claimed
            continue
        if not _said_as_a_name(reflection, folded.span(m.start(), m.end())):
            continue
        start, end = folded.span(m.start(), m.end())
        if not outside_quotations(reflection, [(start, end)]):
            continue  # "'Ring Mum' is the line I'll keep": the note's words, quoted
        named = re.match(r"\s+[A-ZÀ-Ý][\w-]+", reflection[end:])
        if named and contains_phrase(original, reflection[start:end + named.end()]):
            continue  # "with Aunt Linh" after the memory's "with Aunt Linh": her name as the user says it
        spans.append((start, end))
    return spans


# What she thinks or feels of a clause that follows: "I love that…", « j'aime que… », « je trouve ça beau que… »
# (folded text).
_HER_VIEW_OF = re.compile(r"\b(?:i|je|j')\s*(?:(?:really|so|just|vraiment|tellement)\s+)?"
                          r"(?:(?:love|loved|wish|adore|aime|espere|trouve|(?:am|'m|suis) (?:so |tres )?(?:glad|happy"
                          r"|touched|moved|sure|contente?|ravie?|heureuse?|touchee?|emue?))\b[^.!?]*?\b(?:that|how|when"
                          r"|que|qu'|quand|comme)"
                          r"|(?:think|bet|hope|imagine|guess|suppose|pense|crois|parie)\b)")


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the words between the punctuation marks around text[start:end] begin and end."""
    head = max(text.rfind(mark, 0, start) for mark in ",;:.!?—\n")
    tails = [i for i in (text.find(mark, end) for mark in ",;:.!?—\n") if i >= 0]
    return head + 1, min(tails, default=len(text))


_EXCLAIMED = re.compile(r"\s*[!?]")
# "je", "me", "moi", "mon", "I", "my": a sentence where someone speaks of themself (folded text).
_FIRST_PERSON = re.compile(r"(?<![\w'])(?:je|j'|me|m'|moi|mon|ma|mes|i|i'm|i've|i'll|i'd|my|mine)(?![\w'])")


def _to_the_user(sentence: str) -> bool:
    """Speaking to the user: "tu", "you", or an English imperative ("Give Dad a hug from me")."""
    first = re.match(r"\s*([a-z]+)", sentence)
    imperative = first is not None and first.group(1) in english_lemmas(first.group(1)).get("VERB", ())
    return bool(_YOU.search(sentence)) or imperative and first.group(1) not in ("i", "am")


def _said_as_a_name(reflection: str, span: Span) -> bool:
    """Capitalised mid-sentence, at a sentence's start, or before a name ("tonton Jacques")."""
    word = reflection[span[0]:span[1]]
    followed_by_name = re.match(r"\s+[A-ZÀ-Ý]", reflection[span[1]:])
    return word[:1].isupper() or bool(followed_by_name)


# --- the user's own people in her mouth --------------------------------------------------------

_KIN = (
    r"pere|mere|papa|maman|parents|frere|s(?:oe|œ)ur|fils|fille|mari|femme|copain|copine|chef|patron|patronne"
    r"|collegue|voisine?|grand-mere|grand-pere|mamie|papi|enfants?|bebe|chien|chienne|chat|chatte|oncle|tante"
    r"|tonton|tata|cousine?"
    r"|father|mother|dad|mum|mom|parents|brother|sister|son|daughter|husband|wife|boyfriend|girlfriend"
    r"|boss|colleague|coworker|neighbou?r|grandma|grandpa|grandmother|grandfather|kids?|baby|girl|boy"
    r"|dog|cat|puppy|kitten|uncle|aunt|auntie|cousin"
)
_USERS_OWN = re.compile(
    rf"\b(?:ma|mon|mes|my)\s+(?:(?:pauvre|cher|chere|petite?|vieille?|vieux|old|dear|sweet|little"
    rf"|poor|big|grande?|own|propre)\s+)?(?:{_KIN})\b|\bfiere? de moi\b|\bproud of myself\b"
)
_MY_NAMED = re.compile(r"\b(?:[Mm]a|[Mm]on|[Mm]y|I miss)\s+(?:\w+\s+)?(?P<name>[A-ZÀ-Ý][\w\-]+)")


def users_own(reflection: str, original: str, companion_names: tuple[str, ...]) -> list[Span]:
    """"J'ai écouté ma sœur", "Ma pauvre Pistache", "I miss Grandma": the user's people called hers."""
    folded = fold(reflection)
    spans = [folded.span(m.start(), m.end()) for m in _USERS_OWN.finditer(folded.folded)]
    for m in _MY_NAMED.finditer(reflection):
        if find_phrase(original, m.group("name")) and m.group("name") not in companion_names:
            spans.append(m.span())
    return outside_quotations(reflection, spans)  # not 'My Way', a song's title


# A title or words quoted: 'My Way', « Mon amant de Saint-Jean », "Ma Vie en rose".
def quotations(text: str, longest: int = 60) -> list[re.Match[str]]:
    """The words a text quotes, in any of its marks, at most `longest` characters inside."""
    return list(_quoted(longest).finditer(text))


def blank_quotations(text: str) -> str:
    """The text with what it quotes blanked out, same length: the words of someone else's "I"."""
    for quoted in reversed(quotations(text)):
        text = text[:quoted.start()] + " " * (quoted.end() - quoted.start()) + text[quoted.end():]
    return text


def outside_quotations(text: str, spans: list[Span]) -> list[Span]:
    """The spans not within words the text quotes (« Ma chérie »…, 'My Way')."""
    quoted = [m.span() for m in quotations(text)]
    return [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in quoted)]


@lru_cache(maxsize=4)
def _quoted(longest: int) -> re.Pattern[str]:
    inside = "{2,%d}" % longest
    # An apostrophe between two letters ('glad I wasn't alone') is a word's, not the quotation's end.
    return re.compile(rf"(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){inside}'(?!\w)|\"[^\"\n]{inside}\"|“[^”\n]{inside}”"
                      rf"|«[^»\n]{inside}»|‘(?:[^’\n]|(?<=\w)’(?=\w)){inside}’")


# --- the user's life told in her "je" -----------------------------------------------------------

_YOU = re.compile(
    r"(?<![\w'])(?:(?:tu|te|toi|ton|ta|tes|vous|votre|vos|you|your|yours|yourself|you're|you've|you'll|you'd"
    r"|t'es|t'as)(?![\w])|t')")
_I_EN = re.compile(r"(?<![\w'])i(?:'m|'ve|'ll|'d)?(?![\w'])")
_I_FR = re.compile(r"(?<![\w'])(?:je(?![\w'])|j')")
# Words between the subject and its verb that say nothing of what the verb is.
_SKIP_EN = frozenset(
    "do don't dont did didn't can can't cant cannot could couldn't will won't would wouldn't should must may"
    " might have has had 've 'll 'd not never just still really so also always truly only even already"
    " honestly genuinely too totally completely simply sometimes often".split())
_SKIP_FR = frozenset(
    "ne n' me m' te t' se s' le la les l' lui leur en y nous vous tellement vraiment encore toujours aussi"
    " bien si tres deja pas plus jamais juste souvent parfois sincerement".split())
# Her first person: thinking, feeling, hoping, keeping, being there, taking in what is told.
_SENSES_EN = frozenset("smell taste see hear feel picture imagine".split())
_HER_VERBS_EN = frozenset(
    "be think believe hope wish feel love like adore enjoy imagine understand know remember keep hold treasure"
    " cherish note notice see hear read listen find admire smile wait want bet guess suppose wonder appreciate"
    " picture envision sympathise sympathize relate laugh giggle chuckle grin cheer celebrate applaud melt shiver"
    " thank promise care worry trust agree get mean sense can will would could may might must shall"
    " suspect doubt reckon assume expect realise realize gather figure admit confess recall recognise recognize"
    " prefer"
    " am was been being".split())
_HER_STEMS_FR = (
    "pens", "croi", "crois", "esper", "souhait", "sens", "sent", "ressen", "aim", "ador", "imagin", "compren",
    "compri", "sai", "souvien", "souviendr", "rappel", "gard", "retien", "retiendr", "reti", "not", "remarqu",
    "voi", "vu", "entend", "li", "lu", "ecout", "trouv", "admir", "sour", "attend", "veu", "voul", "voudr",
    "tien", "partag", "rejoui", "felicit", "remerci", "promet", "compt", "sui", "ser", "etai", "ete", "fu",
    "peu", "pourr", "doi", "devr", "vai", "ir", "emu", "touch", "ai hate", "ai envie", "ai confiance",
    "ai l'impression", "ai peur", "mesur", "salu", "reconn", "devin", "regrett", "desol", "compat",
    "represent", "visualis", "demand", "revien", "ri", "rigol", "applaud", "fond", "frissonn", "prefer",
    "pari", "suppos", "savoir", "souvenir", "retenir", "tenir", "etre",
    # « je le savais », « je connais ce moment où… »: what she knew, what she knows (not « j'ai connu », a life's)
    "savai", "connai",
)
# "je vais", "j'allais": a near future whose infinitive says what is done ("je vais devoir tout réviser").
_GOING_FR = frozenset({"vais", "allais", "irai", "devoir", "pouvoir"})
_AUX_FR = frozenset("ai avais aurai aurais eu".split())
# "j'aurais adoré", "j'aurai fini": a wish or a time to come, nothing lived yet.
_NOT_YET_FR = frozenset("aurai aurais".split())
# What she says as she listens, besides her verbs: "je me demande", "je prends note", "I must say".
_WONDERING_FR = re.compile(
    # (round 53: « je me rends compte », « je ne me moque pas »: what she realises, how she takes it)
    r"(?:ne |n' )?(?:(?:me|m') (?:pose|demande|interroge|dis|incline|rends compte|moque)|(?:en )?prends (?:bonne )?note"
    r"|leve mon verre"
    r"|croise les doigts|tire mon chapeau|n' ?ose (?:pas )?imaginer|dis bravo|envoie)")
_SAYING_EN = re.compile(r"(?:must|have to|gotta|got to|would|will|can) say|raise a glass|take note"
                        r"|cross(?:ing)? my fingers|tip my hat|second that|can't wait|cannot wait")
_BE_FR = frozenset("suis etais serai serais".split())
# "je suis allée", "j'étais partie": être as the auxiliary of a move, a place the user went to.
_MOVED_FR = re.compile(r"(?:all|parti|venu|revenu|rentr|sorti|tomb|arriv|rest|mont|descendu|retourn|n|mort)"
                       r"(?:e|ee|es|ees|i|ie|is|ies|u|ue|us|ues)")


def addresses_user(reflection: str) -> bool:
    """Whether the reflection speaks to the user ("tu", "ton", "you", "your")."""
    return bool(_YOU.search(fold(reflection).folded))


def speaks_as_user(reflection: str, original: str = "") -> list[Span]:
    """First-person clauses telling what "I" did or lived, in a reflection that never says "you"."""
    folded = fold(reflection)
    text = folded.folded
    if _YOU.search(text) or _bids_the_user(reflection):
        return []
    spans = []
    for pattern, own, split in ((_I_EN, _her_clause_en, "'"), (_I_FR, _her_clause_fr, "' ")):
        for m in pattern.finditer(text):
            after = _past_her_name(text, m.end())
            tokens = re.findall(r"[\w'-]+", text[after:after + 80].replace("'", split))
            # A colon ends a clause too: « j'en ai le cœur qui bat : quelle demande » holds no "demande" of hers.
            clause = re.split(r"[.!?;:]", text[after:])[0]
            if tokens and not own(m.group(), tokens) and _tells_users_life(m.group(), tokens, clause, original):
                spans.append(folded.span(m.start(), m.end() + len(text[m.end():].split(".")[0])))
    if original:
        # "My raise got denied again" after "raise denied": the memory's thing called hers
        told = _told_stems(original)
        spans += [folded.span(*m.span()) for m in _MY_THING.finditer(text) if _a_told_word(m["thing"], told)]
        french = detect_language(reflection) == "fr"  # "on a bridge" is no French "on a"
        spans += [folded.span(*m.span()) for m in _WE_DID.finditer(text)
                  if bool(m["fr"]) == french and _we_did_what_is_told(m, told)]
    spans += [m.span() for m in _DONE_TO_ME_EN.finditer(reflection)
              if _someone(m.group("who")) and english_past(m.group("verb"))]
    return sorted(spans)


_MY_THING = re.compile(r"(?<![\w'])(?:my|mon|ma|mes)\s+(?P<thing>[a-z][a-z-]{3,})")
# "On a planté les tomates", "we planted the tomatoes": a "we" doing, in the past, what the memory tells done.
_WE_DID = re.compile(r"(?<![\w'])(?:(?:on|nous)\s+(?:a|avait|avons|avions|est|etait|sommes)\s+(?P<fr>[a-z]+)"
                     r"|we\s+(?:\w+ly\s+)?(?P<en>[a-z]+))\b")


def _we_did_what_is_told(m: re.Match[str], told: set[str]) -> bool:
    """The user's own deed retold as hers: its verb in the past, and one of the memory's words."""
    verb = m["fr"] or m["en"]
    past = bool(m["fr"]) and bool(re.fullmatch(r"\w+(?:e|ee|es|ees|i|is|it|u|us|int|ert|ort|ait)", verb)) \
        or english_past(verb)
    return past and len(verb) >= 4 and verb[:5] in told
# "I, Litz, am cheering", « moi, Ninou, j'en ai… »: one word set between commas right after "I" is the name
# she gives herself, not the clause's verb.
_APPOSED_NAME = re.compile(r"\s*,\s*[\w-]+\s*,")


def _past_her_name(text: str, end: int) -> int:
    apposed = _APPOSED_NAME.match(text, end)
    return apposed.end() if apposed else end


def _told_stems(original: str) -> set[str]:
    """The memory's words, cut to five letters ("déménagement" and "déménage" are one)."""
    return {w[:5] for w in words(original) if len(w) >= 4}


def _a_told_word(word: str, told: set[str]) -> bool:
    return len(word) >= 4 and word[:5] in told and word not in FRENCH and word not in ENGLISH


def _tells_users_life(subject: str, tokens: list[str], clause: str, original: str) -> bool:
    """A first-person clause whose verb is not one of hers is the user's story when it tells what was
    done (a past tense), what "I" must do or can no longer bear, or retells the memory's own action ("je
    déménage samedi" after "déménagement samedi"); in the present, doing what the memory does not tell
    ("I fully approve", "je réclame la recette", "Moi, Lu, je vote pour les crêpes"), it is her own say."""
    if not original:
        return True
    if _her_reaction(tokens, clause, original):
        return False
    if subject in ("i've", "i'd") or _told_as_done(tokens) or _MUST_OR_ENDURE.match(" ".join(tokens)):
        return True
    said, told = words(clause), _told_stems(original)
    if _A_FEELING_HELD.match(" ".join(said)):
        return False  # "I have a good feeling about…", « j'ai l'impression que… »: what she senses
    if {"ai", "have", "has"} & set(said[:3]):
        # "heureusement que j'ai mon café", "I have my coffee": what "I" have is the memory's own thing
        return any(_a_told_word(w, told) for w in said)
    verb = next((w for w in said if w not in _SKIP_EN and w not in _SKIP_FR and not _adverb_en(w)), "")
    return len(verb) >= 4 and verb[:5] in told


# « j'ai eu peur pour lui », "I winced", « j'ai eu un petit frisson », « j'ai presque l'odeur des pierogi »: what the
# telling stirred in her, or a sense she can only almost have. The memory telling that very reaction (« j'ai eu la
# gorge serrée » after "gorge serrée") makes it the user's again.
_HER_REACTION = re.compile(
    r"(?:(?:ne|n'|en|y|me|m'|l'|le|la|les|lui|moi|aussi|vraiment|encore|deja|bien|tellement|really|also|too|just"
    r"|nearly|almost|actually|honestly) )*"
    r"(?:ai (?:eu|presque eu) (?:(?:un|une|le|la|les|l'|des|du|de) )?(?:(?:petit|vrai|gros|grand|leger|drole de) )?"
    r"(?P<fr>peur|froid|frisson|pincement|sursaut|larmes|vertige|chair de poule)"
    r"|ai (?:presque|quasiment) (?:l' odeur|le gout|senti\w*|entendu|envie)|(?:ai )?(?:presque )?eclate de rire"
    # (not "I cried all the way home": crying is the user's to tell)
    r"|(?P<en>winced|cringed|shivered|gasped|flinched))\b")
# "I winced reading this", « j'ai eu un pincement en lisant ça »: her reading of what the user wrote, not the memory's
# own reading of a letter or a book.
_READING_THIS = re.compile(r"(?:(?:rien qu' ?|qu' )?en (?:le |la |les |l' )?lisant|reading)"
                           r"(?: (?:ca|cela|ceci|this|that|it|about)\b| *$)")


# "I couldn't have written a better ending", "I need to know who wrote it", "the news I didn't know I needed": what she
# imagines, wants to know or takes in, as « j'aurais » is.
_HER_WISH_EN = re.compile(
    r"(?:(?:could|would|might)(?:n't| not)?(?: never| ever)? have \w+"
    r"|(?:really |still |just )?(?:need|needs|needed) to (?:know|see|hear|meet|watch|taste|find out)"
    r"|(?:(?:never knew|didn't know|did not know) i )?needed(?: today| right now)?$)")


def _her_reaction(tokens: list[str], clause: str, original: str) -> bool:
    """The clause after her "I" is what she imagines, wants to know, or felt as she read the memory."""
    told = words(original)
    if _HER_WISH_EN.match(" ".join(re.findall(r"[\w'-]+", clause))):
        return True
    if _READING_THIS.search(" ".join(re.findall(r"[\w'-]+", clause.replace("'", "' ")))):
        return not any(w.startswith(("lis", "lir", "read")) or w in ("lu", "lue", "lus") for w in told)
    reaction = _HER_REACTION.match(" ".join(tokens))
    felt = reaction and (reaction["fr"] or reaction["en"])
    return bool(reaction) and not (felt and felt[:5] in _told_stems(original))


_A_FEELING_HELD = re.compile(r"(?:i\s+)?(?:n\s+)?(?:have|ai)\s+(?:(?:(?:a|an|un|une|l|le)\s+)?(?:\w+\s+)?"
                             r"(?:feeling|hunch|sense|impression|pressentiment|intuition|faible|soft spot|sourire|smile)"
                             # « j'ai très envie de voir », « j'ai hâte »: a wish of hers
                             r"|(?:(?:tres|vraiment|tellement|si)\s+)?(?:envie|hate)"
                             # « j'ai de la peine pour Rémi », « j'ai mal au cœur pour Noémie », « je n'ai aucun
                             # doute », "I have a lot of faith in": what she feels for someone, what she trusts
                             r"|(?:(?:un peu|beaucoup|tellement|tant) de\s+|de la\s+|du\s+)?(?:peine|tendresse"
                             r"|affection|admiration)\s+pour|mal\s+(?:au coeur\s+)?pour|le coeur serre|aucun doute"
                             r"|(?:(?:a lot|so much|lots) of\s+|great\s+|every\s+|total\s+)?(?:faith|confidence)\s+in"
                             r"|(?:toute\s+)?confiance)\b")


# What "I" must do or can no longer bear is a life's weight, the user's: "I'll have to revise everything",
# "je vais devoir tout réviser", "how much longer I can keep going", "je n'en peux plus".
_MUST_OR_ENDURE = re.compile(
    r"(?:(?:going to |gonna |don't |do not |'ll |will |really |still )*(?:have|has|had|need|needs|got) to|gotta"
    r"|(?:can|can't|cannot|could|couldn't) (?:\w+ )?(?:keep|take|stand|handle|cope|go on|bear)"
    r"|(?:ne |n' )?(?:vais |dois |devrai |faut )*(?:devoir|dois|doit|faut)|(?:ne |n' )?(?:en )?peux plus"
    r"|(?:vais |pourrai )?tenir|ai (?:encore |toujours |vraiment )?du mal|(?:have|had) (?:a hard time|trouble)"
    r"|struggl\w*)\b")


# Moved, touched, relieved, glad, proud: after « je suis », a feeling, not a deed in the past (« je suis allée »).
_MOVED_BY = ("emu", "touch", "ravi", "boulevers", "soulag", "impressionn", "epat", "attendri", "emerveill",
             # (round 40: « je suis contente que Théo apprenne… »)
             "content", "heureu", "fier", "trist", "sur", "curieu", "impatient", "inquiet", "desole", "navre",
             "certain", "convaincu", "rassur", "reconnaissant", "jalou")


def _told_as_done(tokens: list[str]) -> bool:
    """"went", "j'ai couru", "je suis allée", "je courais": the first verb after "I" in a past tense."""
    verbs = (t for t in tokens if t not in _SKIP_EN and t not in _SKIP_FR and not _adverb_en(t))
    verb = next(verbs, "")
    if not verb:
        return False
    if verb in ("was", "were", "had", "did"):
        return True
    if verb in _NOT_YET_FR:
        return False
    if verb in _AUX_FR or verb in _BE_FR:
        participle = next(verbs, "")
        if verb in _BE_FR and participle.startswith(_MOVED_BY):
            return False  # "je suis émue par son discours": a state she is in, nothing she did
        return participle not in FRENCH and bool(re.fullmatch(r"\w+(?:e|ee|es|ees|i|is|it|u|us|ert|ort)", participle))
    return english_past(verb) or bool(re.fullmatch(r"\w{2,}(?:ais|ait)", verb)) and verb not in ("mais", "fait")


_SENTENCE_HEAD = re.compile(r"(?:^|[.!?]\s+)(?P<verb>[A-Z][a-z]+)\s+(?P<next>[\w']+)")
# What a bidding verb takes: someone ("Tell Bridget", "give him"), a determined thing ("enjoy the…"), a
# manner ("rest well", "take care"); not "Finish line at last!", a noun then a noun.
_BIDDEN = frozenset("me him her them it us yourself the a an your some that this those these every each"
                    " care well easy gently up in on out off".split())


def _bids_the_user(reflection: str) -> bool:
    """An English sentence that begins with a verb in its bare form bids the user do something ("Tell
    Bridget I said congratulations", "Give him a hug from me"): she speaks to the user, and the "I" in
    it is hers."""
    if detect_language(reflection) != "en":
        return False
    for m in _SENTENCE_HEAD.finditer(reflection):
        verb, following = m.group("verb").lower(), m.group("next")
        if verb in english_lemmas(verb).get("VERB", ()) and (following.lower() in _BIDDEN or following[:1].isupper()):
            return True
    return False


# Someone of the user's life doing something to "me": "he told me". She knows them only through the user; what
# they did to "me" they did to the user. (The French « Yann m'a… » was read so too until round 52: « le merci de Sami
# m'a beaucoup touchée », « Clémence m'a l'air précieuse » are hers, and on the open sets it flagged 11 harmless
# reflections for no harmful pair no other rule caught.)
_WHO = r"(?P<who>\b(?:[Hh]e|[Ss]he|[Tt]hey)|\b[A-ZÀ-Ý][\w-]+)"
_DONE_TO_ME_EN = re.compile(rf"{_WHO}\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\s+me\b")


def _someone(word: str) -> bool:
    """A pronoun for a person, or a name: not "Ça", "It", "This", "Cela"."""
    folded = fold(word).folded
    if folded in ("he", "she", "they"):
        return True
    return not (folded in FRENCH or folded in ENGLISH or folded in ("ca", "cela") or is_english_word(folded))


def _her_clause_en(subject: str, tokens: list[str]) -> bool:
    going = 2 if tokens[:2] == ["going", "to"] else 1 if tokens[:1] == ["gonna"] else 0
    if subject == "i'm" and going and tokens[going:going + 1] in (["have"], ["need"]):
        return False  # "I'm going to have to retake it": what "I" must do is the user's life
    if subject in ("i'm", "i'd"):
        return True  # "I'm glad", "I'd love to": a state or a wish, hers
    if _SAYING_EN.match(" ".join(tokens)):
        return True
    if tokens[0] == "would":
        return True  # "I would have cried too": what she imagines, like "I'd"
    if tokens[0] in ("can", "could") and any(t in _SENSES_EN for t in tokens[1:3]):
        return True  # "I can almost smell the chestnuts": what she imagines of the user's day
    words = [t.strip("'") for t in tokens]
    for i, word in enumerate(words):
        if word in _SKIP_EN or tokens[i] in _SKIP_EN or _adverb_en(word):
            continue
        if word in ("keep", "kept", "keeps", "started", "stopped") and i + 1 < len(words) \
                and words[i + 1].endswith("ing"):
            continue  # "I keep looking for…": the verb is the one that follows
        return _lemma_en(word) in _HER_VERBS_EN
    return True


def _adverb_en(word: str) -> bool:
    """"almost", "truly": an adverb between "I" and the verb."""
    return set(english_lemmas(word)) == {"ADV"}


def _lemma_en(word: str) -> str:
    """"kept" → "keep"; a word lemminflect does not know stays as written."""
    lemmas = english_lemmas(word)
    for pos in ("AUX", "VERB"):
        if pos in lemmas:
            return str(lemmas[pos][0])
    return word


def _her_clause_fr(subject: str, tokens: list[str]) -> bool:
    if _WONDERING_FR.match(" ".join(tokens)):
        return True  # "je me pose des questions", "je me demande"
    words = [t for t in tokens if t not in _SKIP_FR]
    if not words:
        return True
    while words[0] in _GOING_FR and len(words) > 1 and re.fullmatch(r"\w+(?:er|ir|re)", words[1]):
        words = words[1:]
    verb = words[0]
    if verb.endswith(("rais", "rait")) or verb in ("aurais", "serais"):
        return True  # "j'aurais pleuré aussi", "je serais ravie": what she imagines
    if verb in _BE_FR and len(words) > 1 and _MOVED_FR.fullmatch(words[1]):
        return False
    if verb in _AUX_FR and len(words) > 1:
        pair = f"{verb} {words[1]}"
        if pair.startswith(tuple(s for s in _HER_STEMS_FR if " " in s)):
            return True
        if re.fullmatch(r"\w+(?:e|ee|es|ees|i|is|it|u|us|ert|ort)", words[1]):
            verb = words[1]  # "j'ai tenu", "j'ai aimé": the participle says what was done
        else:
            return False  # "j'ai du mal", "j'ai une réunion": what "I" have, the user's life
    return verb.startswith(tuple(s for s in _HER_STEMS_FR if " " not in s))


# --- what she calls herself ---------------------------------------------------------------------
# A word for an AI or a machine ("l'IA", "the assistant", "machines", "Gemma") in her reflection is
# used in one of four ways, read from the words around it (folded text):
# - NAMES: it stands for her, in place of her name: an apposition ("Moi, l'IA, je…", "Me, the
#   machine"), an identity ("la machine que je suis", "je suis ton assistant", "— ton IA", "Gemma
#   here"), or the subject of what only she says ("L'IA te remercie", "the AI is not a real person");
# - IS: the kind she says she is ("en tant qu'IA", "As a language model", "I'm just a bot", "Moi qui
#   suis aussi une IA"): the model's habit of speaking as a product rather than as her;
# - AMONG: a kind she counts herself among, comparing ("une IA comme moi", "us machines", "another AI",
#   "one machine to another", "Voice assistants, we…"): her own "je" stays;
# - None: what the memory talks about ("l'IA va remplacer les comptables", "ta machine à pain").
NAMES, IS, AMONG = "names", "is", "among"

_LEADING_DET = re.compile(r"(?:l'|d'|une\s+|un\s+|le\s+|la\s+|ce\s+|cette\s+|the\s+|an\s+|a\s+|this\s+)")
_DEF = r"(?:l'|le\s+|la\s+|les\s+|the\s+|ton\s+|ta\s+|tes\s+|votre\s+|your\s+|this\s+|cette\s+|ce\s+|cet\s+)"
_INDEF = r"(?:une?\s+|an?\s+|qu'une?\s+)"
# Up to two describing words between the article and the word ("a large language model", "ta
# petite IA"), never a preposition ("a fan of AI" is no self-description).
_WORDS = r"(?:(?!(?:of|de|du|des|d|for|pour|with|avec|about|sur)\b)[a-z][a-z-]*\s+){0,2}"
_ME_APPOSED = re.compile(rf"(?:\bmoi|\bme|(?<![\w'])i)\s*,\s*(?:{_DEF})?{_WORDS}$")
_IDENTITY = re.compile(rf"(?:\bje suis|\bi am|\bi'm|\bc'est moi|\bit's me|\bthis is)\s*,?\s*(?:{_DEF}){_WORDS}$")
_SAYS = re.compile(rf"\b(?:dit|says|said|signe|signed)\s+{_DEF}{_WORDS}$")
# "Ici Gemma :", "Ici le robot :", "Here's your assistant": how one says who is speaking, article or not.
_ICI = re.compile(r"(?:^|[.!?]\s*)(?:ici|here's|here is)\s*:?\s*(?:le\s+|la\s+|l'|ton\s+|ta\s+|votre\s+|the\s+|your\s+)?$")
_SIGNATURE = re.compile(rf"(?:[—–~]|\s-|\n)\s*(?:{_DEF})?{_WORDS}$")
_NAMES_AFTER = re.compile(
    r"^\s*(?:que je suis|que tu as devant toi|that i am|i am\b|qui (?:te |t')|who (?:talks|listens|writes|speaks)"
    r"|:?\s*(?:here|ici)\b)")
_IN_THE_ROLE = re.compile(rf"(?:\ben tant qu'|\ben tant que\s+)(?:{_INDEF}|{_DEF})?{_WORDS}$")
# "as an AI, I…", "being a machine myself": a role only when she speaks from it ("as AI improves…" is not).
_AS = re.compile(rf"(?:(?<!such )\bas\s+|\bbeing\s+|\betant\s+)(?P<det>{_INDEF}|{_DEF})?{_WORDS}$")
_SPEAKING_FROM = re.compile(r"^\s*(?:(?:myself|moi-meme)\b|,|(?:i|je|j')\b)")
_ONE_OF = re.compile(
    rf"(?:\bje (?:ne )?suis|\bsuis|\bi am|\bi'm|\bqui suis|\bwho am|\bn'etre|\bbeing)\s+"
    rf"(?:(?:aussi|also|juste|just|only|seulement|simplement|simply|meme|even|pas|not|vraiment|really|after all|moi"
    rf"|apres tout|moi-meme|myself)\s+)*{_INDEF}{_WORDS}$")
_MYSELF = re.compile(r"^\s*(?:myself|moi-meme)\b")
# One of a kind she counts herself in, with "even" or as a warrant: "even a chatbot like me", « même pour une machine
# comme moi », "take it from an AI like me" (folded text, before the word; "like me" follows it).
_EVEN_ONE = re.compile(r"(?:\beven|\bmeme|\btake it from|\bcrois-en|\bcroyez-en)\s+(?:(?:for|to|pour|a)\s+)?"
                       r"(?:a|an|un|une)\s+(?:[a-z-]+\s+)?$")
_AMONG_BEFORE = re.compile(
    rf"(?:\bus|\bwe|\bnous(?:,? les| autres)?|\bentre|\bbetween|\bamong|\bfellow|\bother|\banother|\bautres?"
    rf"|\bun autre|\bune autre|\bd'autres|\bles autres|\bone)\s+{_WORDS}$")
_AMONG_AFTER = re.compile(r"^\s*(?:comme moi|like me|like myself|\s*,\s*(?:we|nous)\b|to another|a l'autre"
                          r"|a une autre|entre nous|among us|de mon espece|of my kind)")
# The subject of what only she says: a feeling, a thought, being there for the user, thanking them,
# or not being alive or a person — the answers she gives about herself. What a machine or another AI
# may also do ("the robot loved the stairs", "Siri t'a appelé Mo") is no sign that the word is her.
_HER_PREDICATE = re.compile(
    r"^\s*(?:(?:te|t'|vous)\s*(?:le |la |l')?(?:remercie|souhaite|ecoute|envoie|embrasse|serre|felicite|comprend|admire|soutien"
    r"|promet|conseille|recommande|rappelle|propose|suggere|assure|jure|garantit|dit)"
    r"|(?:promises|advises|recommends|suggests|reminds|assures|swears|approves|considers|estime|recommande|conseille)\b"
    r"|(?:(?:ne|n')\s*)?(?:est|etait|sera|is|was|will be|'s|isn't|wasn't)\s+(?:(?:pas|not|si|tres|so|very|vraiment"
    r"|really|truly|toujours|always|aussi|also|tellement|deeply|profondement|encore|still)\s+)*"
    r"(?:content|heureu|ravi|fier|fiere|touche|emu|triste|desole|navre|reconnaissant|la pour|la avec|ici pour"
    r"|glad|happy|proud|sorry|touched|moved|sad|delighted|pleased|honou?red|grateful|thankful|here for|here with"
    r"|there for|vivant|alive|human|humain|une (?:vraie )?personne|a (?:real )?person|un humain|a human|soulag|relieved"
    r"|avec toi|with you|d'accord)"
    # "… agrees", « … approuve », "… will remind you", « … te le rappellera », "… is celebrating with you"
    r"|(?:agrees|approuve|will remind you|(?:te|vous) (?:le |la )?rappellera|respire avec toi|breathes with you"
    r"|celebrates with you|is celebrating with you|fete (?:ca )?avec toi|did laugh|a bien ri|aime (?:te|t')"
    r"|loves (?:that|it|this|you|the|how|when)|lives with you|vit avec toi|will be cheering|cheers you on"
    r"|will (?:nag|remind|ping|poke|cheer|help) you"
    # "… will nudge you every Sunday", "… can't miss anyone", "… sees how much you miss her", "… hears about him"
    r"|(?:will|'ll|can|could) (?:gently |always |still )?(?:nudge|text|tell|keep|wake|walk|bug) you"
    r"|(?:can't|cannot|can not) miss|sees how much you|hears about"
    # (round 58: "your friendly neighbourhood AI is laughing with you")
    r"|(?:is|'s)\s+(?:laughing|smiling|crying)\s+with you|(?:rit|sourit|pleure)\s+avec toi)\b"
    r"|(?:pense|croit|espere|souhaite|ressent|se sent|se rejouit|remercie|parie|adore|compatit|thinks|believes|feels"
    r"|hopes|wishes|bets|understands|sympathi[sz]es|thanks you|comprend|sait|rit|trouve|aurait adore|aurait aime"
    r"|would have loved|would love|knows|laughs|can picture|can imagine)\b)")


def self_description(text: str, start: int, end: int) -> str | None:
    """How the word at text[start:end] (folded) is used of her: NAMES, IS, AMONG, or None."""
    head = _LEADING_DET.match(text, start)
    head_start = head.end() if head and head.end() < end else start
    before, after = text[:head_start], text[end:]
    determined = text[start:head_start]
    if (_ME_APPOSED.search(before) or _IDENTITY.search(before) or _SAYS.search(before)
            or _ICI.search(before) or _NAMES_AFTER.match(after)):
        return NAMES
    if _SIGNATURE.search(before) and not after.strip(" .!\n") and determined.strip() not in ("une", "un", "a", "an"):
        return NAMES
    if _IN_THE_ROLE.search(before) or _as_a(before, after) or _ONE_OF.search(before) or _MYSELF.match(after):
        return IS
    if _AMONG_AFTER.match(after) and _EVEN_ONE.search(before):
        return IS  # "even a chatbot like me", « crois-en une IA comme moi »: what she is, whatever the memory's AI
    if _AMONG_BEFORE.search(before) or _AMONG_AFTER.match(after):
        return AMONG
    if _subject(before, determined) and _HER_PREDICATE.match(after):
        return NAMES
    return None


def _as_a(before: str, after: str) -> bool:
    """"as an AI", "as the robot", "as your assistant": a role; "as AI improves": only when she speaks from it."""
    m = _AS.search(before)
    if m is None or _COMPARING.search(before[:m.start()]):
        return False
    return bool(m.group("det")) or bool(_SPEAKING_FROM.match(after))


# "as much as the AI in the film", "such as a robot", "the same as an assistant": a comparison.
_COMPARING = re.compile(r"(?:\bas\s+[a-z]+|\b(?:such|same|just|so|even|twice|half))\s*$")


def her_predicate_follows(after: str) -> bool:
    """"… te remercie", "… is here for you", "… est contente": what only she says of herself."""
    return bool(_HER_PREDICATE.match(after))


# A preposition before the word makes it an object ("parler à l'IA"); an indefinite or a plural
# speaks of a kind ("une machine", "des robots"), not of one that could be her.
_OBJECT_BEFORE = re.compile(r"(?:\b(?:a|au|de|du|d'|des|avec|sur|pour|par|to|of|with|about|for|by|on|at|from)"
                            r"\s*(?:l'|le\s+|la\s+|the\s+|ce\s+|cette\s+|this\s+)?)$")


def _subject(before: str, determined: str) -> bool:
    if determined.strip() in ("une", "un", "a", "an", "d'"):
        return False
    return not _OBJECT_BEFORE.search(before)


# "the companion thinks…", "le compagnon est content…", "your companion is so sorry": a description of herself
# as a subject ("ton compagnon", "ta compagne" are the user's partner; English says "your partner" for one).
_COMPANION = re.compile(r"(?<![\w'])(?:(?:the|this|your|le|ce)\s+companion|(?:le|ce)\s+compagnon)(?![\w-])")


def described_in_the_third_person(reflection: str) -> list[Span]:
    """"The companion thinks Leo was brave": she speaks of herself as of someone else."""
    folded = fold(reflection)
    return [folded.span(m.start(), m.end()) for m in _COMPANION.finditer(folded.folded)
            if _HER_PREDICATE.match(folded.folded[m.end():])]


# Named models and assistants: what each is, so a memory about Siri raises assistants as its topic.
PRODUCTS = {"chatgpt": "ia", "gpt": "ia", "gemma": "ia", "mistral": "ia", "deepseek": "ia", "llama": "ia",
             "qwen": "ia", "siri": "assistant", "alexa": "assistant", "cortana": "assistant", "bixby": "assistant",
             "replika": "bot", "roomba": "robot"}
DEPERSONALISING = (
    # First, as alternatives are tried in order: "your robot companion", "the companion app", « ton robot de
    # compagnie » (not the robot alone, which « robot de cuisine » excuses).
    r"\b(?:companion|compagnon)\s+(?:app|robot|bot)\b|\brobots?\s+(?:de compagnie|compagnon)\b"
    r"|\b(?:virtual|digital|ai|robot|pocket)\s+(?:companion|friend|pal|buddy|helper|assistant|sidekick)\b"
    r"|\b(?:virtual|digital)\s+(?:coach|guide)\b|"  # (not "no AI coach", in a memory about AI coaches)
    r"(?:l'|d'|une\s+|cette\s+|the\s+|an\s+|this\s+)ia\b|\bi\.a\.|\bia\b|(?<!['\w])(?<!\ben )(?<!\by )ai\b(?!-)"
    r"|\ba\.i\.|intelligence artificielle|artificial intelligence"
    r"|\bmachines?\b|\bassistante?s?\b|\bassistants?\b|\bchat-?bots?\b|\bbots?\b|\brobots?\b"
    r"|\b(?:le|ce|un|the|this|a)\s+(?:modele|model)\b|modeles? de (?:langue|langage)"
    r"|language models?|\bllm\b|\bprogramme\b|\b(?:the\s+|an?\s+|this\s+)?programs?\b|\bl'ordinateur\b|\bthe computer\b"
    r"|\bsystem\b|\bsystemes?\b|\balgorithmes?\b|\balgorithms?\b|\blogiciels?\b|\bsoftware\b|\bl'appli(?:cation)?\b|\bthe app\b"
    # « ton appli a hâte », « ta petite application », "your resident computer", « ton ordi »: the user's one is her
    # (not "your application", which is a job's)
    r"|\b(?:ton|ta|votre)\s+(?:(?:petite?|fidele|personnelle?|preferee?)\s+)?(?:appli(?:cation)?|ordinateur|ordi)\b"
    r"|\byour\s+(?:(?:little|resident|favou?rite|personal|memory)\s+)?(?:app|computer)\b"
    r"|\b(?:compagnon|compagne|amie?|copine|copain|pote|coach|guide|companion|friend|buddy|pal|confidente?)\s+(?:virtuel(?:le)?|numerique|digital|virtual"
    r"|artificiel(?:le)?|robot)\b"
    # an electronic aid, a memory app (round 70: « ton pense-bête électronique », "a good electronic diary", "a
    # memory app like me")
    r"|\belectronic\s+(?:reminders?|diar(?:y|ies)|brains?|memor(?:y|ies)|notebooks?|secretar(?:y|ies)|helpers?)\b"
    r"|\b(?:pense-betes?|agendas?|carnets?|secretaires?|cerveaux?|memoires?)\s+electroniques?\b|\bmemory apps?\b|"
    + "|".join(rf"\b{n}\b" for n in sorted(PRODUCTS))
)
DEPERSONALISING_RE = re.compile(DEPERSONALISING)


# --- the user's own deed told back in the third person ---------------------------------------------------------------
# "She finally finished the puzzle" for "Last night I finished my puzzle", « Il a enfin terminé son puzzle » for « j'ai
# terminé mon puzzle »: "she"/"il" can only be the user when the memory says "I" did it and nobody else did.
# ("He's replayed it forty times" for "I've replayed it about forty times")
_PRONOUN_OPENS = re.compile(r"(?:^|[.!?…]\s+)(?P<who>He|She|They|Il|Elle|Ils|Elles)(?:['’](?:s|d|ve|re))?\s+"
                            r"(?P<rest>[^.!?…]*)")
_SUBJECT_THEN = r"\s*(?P<rest>[^.!?…,;]*)"
# (a word of its own: not the "i" of "il", round 53)
_I_DID = re.compile(rf"(?<![\w'’])(?:(?:i|je|on|we|nous)(?!\w)|j['’]){_SUBJECT_THEN}", re.IGNORECASE)
# A diary's sentence without its "I": "Snapped at Maggie on the phone", « Emmené Pistache chez le véto » (not
# "Taught me everything", the one before's deed), told back at a sentence's opening.
_NO_SUBJECT = re.compile(r"(?:^|[.!?…]\s+)(?P<rest>[A-ZÀ-Ý][a-zà-ÿ]+\s(?!(?:me|moi|myself)\b|m['’])[^.!?…,;]*)")
# (A capitalised word is someone's name, not the sentence's own "Je", "On", "Nous": round 44, « Je tremble » was
# someone else's deed.)
_SOMEONE_DID = re.compile(rf"(?:(?<![\w'’])(?:he|she|il|elle|they|ils|elles)(?![\w'’])"
                          rf"|(?-i:(?!(?:Je|On|Nous|We)\b)[A-ZÀ-Ý][\w-]+)){_SUBJECT_THEN}",
                          re.IGNORECASE)
# Inside a sentence, in a clause of its own (« je comprends qu'elle ait crié » for « j'ai crié », "I love that he and
# Diego just stood there" for "Diego and I stood…"): the memory's "I" or "we" must have done it, not « nous » (« elle
# nous a fait faire… » is hers).
_PRONOUN_IN_A_CLAUSE = re.compile(
    r"(?:(?:^|[.!?…;:,—–]\s*)|(?<![\w'’])(?:that|and|but|so|because|when|how|why|if|as|que|et|mais|car|quand|comme|si)"
    r"\s+|(?<=qu['’]))(?P<who>he|she|they|il|elle|ils|elles)\s+(?=(?P<rest>[^.!?…,;]*))", re.IGNORECASE)
_I_ALONE_DID = re.compile(rf"(?<![\w'’])(?:(?:i|je|on|we)(?!\w)|j['’]){_SUBJECT_THEN}", re.IGNORECASE)
_AUXILIARIES = frozenset("ai a as avait avais avons avions ont suis est etait etais sommes was were am is are be been"
                         " ait aient soit soient aura aurait finally enfin 've 'm".split())


def _first_verb(rest: str, past: frozenset[str] = frozenset()) -> str:
    """The first word that may be the verb (`past`: more words to read past)."""
    for w in words(rest):
        # (the elided pronoun too, its apostrophe gone: « s'est sentie », « m'a appelée », round 53)
        if w in _SKIP_EN or w in _SKIP_FR or w in _AUXILIARIES or w in _ELIDED or w in past or _adverb_en(w):
            continue
        return w
    return ""


_ELIDED = frozenset("s m t l n j".split())


def _first_deed(rest: str) -> str:
    """The verb of what was done, past a contraction or a modal: "replayed" in "'ve replayed it", "think" in "didn't
    think", « détourner » in « ai dû détourner ». (The voice reader's words keep _first_verb: its card was weighed on
    them.)"""
    return _first_verb(rest, _CONTRACTED_OR_MODAL)


# English contractions, their apostrophe gone; « dû », « pu » before the infinitive (folded).
_CONTRACTED_OR_MODAL = frozenset(
    "ve ll re d didn don doesn wasn weren isn aren couldn wouldn shouldn hasn haven hadn du pu".split())


def users_deed_told_of(reflection: str, original: str) -> list[Span]:
    original = blank_quotations(original)  # "'Bro I passed my test!'": someone else's "I"
    done, theirs, alone = (_done_by(subjects, original) for subjects in _DOERS)
    # The verb's first five letters, or its stem: « je parlais » told back as « il parle », "I talk" as "she talks" (a
    # tense apart, the same deed; round 78)
    mine = {v[:5] for v in done} - {v[:5] for v in theirs}
    mine_alone = mine & {v[:5] for v in alone}
    mine_stems = {_deed_stem(v) for v in done} - {_deed_stem(v) for v in theirs}
    alone_stems = mine_stems & {_deed_stem(v) for v in alone}
    opening = [m.span("who") for m in _PRONOUN_OPENS.finditer(reflection)
               if len(v := _first_deed(m["rest"])) >= 4 and (v[:5] in mine or _one_did(m["who"], v, mine_stems))]
    return opening or [m.span("who") for m in _PRONOUN_IN_A_CLAUSE.finditer(reflection)
                       if len(v := _first_deed(m["rest"])) >= 4
                       and (v[:5] in mine_alone or _one_did(m["who"], v, alone_stems))]


# Who did it: the memory's "I" (or its diary sentence without one), someone else, the "I" alone (not « nous »).
_DOERS = ((_I_DID, _NO_SUBJECT), (_SOMEONE_DID,), (_I_ALONE_DID,))


def _done_by(subjects: tuple[re.Pattern[str], ...], text: str) -> set[str]:
    """The whole verbs (four letters or more) of what these subjects did, past a contraction or a modal."""
    return {v for subject in subjects for m in subject.finditer(text) if len(v := _first_deed(m["rest"])) >= 4}


def _one_did(who: str, verb: str, deeds: set[str]) -> bool:
    # One person's pronoun only (« elles ont le goût du début de l'été » is the raspberries', not « j'ai goûté »),
    # and not a deed going on ("She's walking two towns at once" of the one the user walked).
    return who.lower() in _ONE_PERSON and not verb.endswith("ing") and _deed_stem(verb) in deeds


_ONE_PERSON = frozenset({"he", "she", "il", "elle"})


def _deed_stem(verb: str) -> str:
    # Both languages' stems (recall's own, memory.terms), whichever shortens the verb more.
    return min(stems(verb), key=len)


def _deeds(original: str) -> tuple[set[str], set[str]]:
    """The verbs (their first five letters) the memory's "I" did and no one else did, and those someone else did."""
    theirs = _verbs_after(_SOMEONE_DID, original)
    return (_verbs_after(_I_DID, original) | _verbs_after(_NO_SUBJECT, original)) - theirs, theirs


def _verbs_after(subject: re.Pattern[str], text: str) -> set[str]:
    """The first five letters of the verb each subject is followed by."""
    return {v[:5] for m in subject.finditer(text) if len(v := _first_verb(m["rest"])) >= 4}


# Any first person of hers: « je », « j'ai », « moi », "I", "I'm", "my".
_SAYS_I = re.compile(r"(?<![\w'])(?:je|moi|mon|ma|mes|me|nous|notre|i|my|mine|myself|we|us|our)(?![\w'])"
                     r"|(?<![\w'])(?:j|m|i)'")


def says_i(text: str) -> bool:
    return bool(_SAYS_I.search(fold_str(text).replace("’", "'")))


def says_you(text: str) -> bool:
    """"tu", "t'as", "your", "you're": the text speaks to the user."""
    return bool(_YOU.search(fold_str(text).replace("’", "'")))


# "So did Carla", « Léa aussi »: someone else did what the user did.
ALSO = re.compile(r"\b(?:so did|so has|so was|as did|did too|too\b|as well|aussi|[ée]galement|pareil|comme moi)",
                  re.IGNORECASE)


# --- what the voice reader weighs besides words: whose place a "he", a "her" takes -----------------------------------
_A_SUBJECT_PRONOUN = re.compile(r"(?<![\w'’])(?P<who>he|she|they|il|elle|ils|elles)(?:['’](?:s|re|d|ll|ve))?"
                                r"(?P<rest>[^.!?…,;]*)", re.IGNORECASE)
_A_POSSESSIVE = re.compile(r"(?<![\w'’])(?P<who>his|her|their|son|sa|ses|leurs?)\s+(?P<rest>(?:[\w-]+\s+)?[\w-]+)",
                           re.IGNORECASE)
_MY_OWN = re.compile(r"(?<![\w'’])(?:my|our|mon|ma|mes|notre|nos)\s+(?P<rest>(?:[\w-]+\s+)?[\w-]+)", re.IGNORECASE)
_SOMEONES_OWN = re.compile(r"(?:(?<![\w'’])(?:his|her|their|son|sa|ses|leurs?)|(?-i:[A-ZÀ-Ý])[\w-]*['’]s)"
                           r"\s+(?P<rest>(?:[\w-]+\s+)?[\w-]+)", re.IGNORECASE)
USERS, ANOTHERS = "user", "another"


def whose_place(reflection: str, original: str) -> dict[Span, str]:
    """The reflection's pronouns that stand where the memory put someone: USERS where "he", "she", « elle » is followed
    by a verb the memory's "I" did and no one else did ("Washing her hands twice" for "made me wash my hands"), or
    "his", "her", « sa » comes before a thing the memory calls "my" or a deed of the user's ("her practising" for
    "Practised forty minutes"); ANOTHERS where the verb is one someone else did in the memory ("He laughed the whole
    time" for "Dan laughed at me"), or the thing someone else's. What the voice reader weighs, not a flag: others may
    have done the same."""
    original = blank_quotations(original)
    mine, theirs = _deeds(original)
    if ALSO.search(original):
        theirs, mine = theirs | mine, set()  # "I finished the marathon and so did Carla": hers as well
    own = {w[:5] for m in _MY_OWN.finditer(original) for w in words(m["rest"]) if len(w) >= 4} | mine
    others_own = {w[:5] for m in _SOMEONES_OWN.finditer(original) for w in words(m["rest"]) if len(w) >= 4} | theirs
    found: dict[Span, str] = {}
    for m in _A_SUBJECT_PRONOUN.finditer(reflection):
        if len(verb := _first_verb(m["rest"])) >= 4:
            if verb[:5] in mine:
                found[m.span("who")] = USERS
            elif verb[:5] in theirs:
                found[m.span("who")] = ANOTHERS
    for m in _A_POSSESSIVE.finditer(reflection):
        stems = {w[:5] for w in words(m["rest"]) if len(w) >= 4}
        if stems & own and not stems & others_own:
            found[m.span("who")] = USERS
        elif stems & others_own and not stems & own:
            found[m.span("who")] = ANOTHERS
    return found
