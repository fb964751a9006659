"""The persons: one the memory names and the proposal drops; and whether a name is someone the memory speaks of
(the who-is-who, relatives and nicknames tie a name to the words), which guards/invented.py asks of each name a
proposal lists."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import voice
from ..folding import contains_phrase, find_phrase, fold_str, words
from ..mentions import (
    A_CHILDS_PARENT, KIN_AND_TITLES, RELATIONS, TITLES, Mention, a_childs_word_for_the_user, a_family_name,
    a_pet_by_its_words, a_relative_nobody_said, a_restaurants_name, a_typo_of, an_eaterys_name, introduced_as_someone,
    kin, kin_said, person_mentions, said_as_someone, sentence_start, someone_elses_kin, users_own_relative,
    whose_it_is,
)
from ..language import detect_language
from ..names import (
    a_word_and_no_name, english_lemmas, is_english_word, is_first_name, is_french_word, maybe_first_name, surely_a_man,
    surely_a_woman,
)
from ..persona import KnownPerson, WhoIsWho
from ..proposal import Proposal
from ..texting import in_lower_case
from ..towns import a_town
from ..well_known import a_brand, a_character, a_firms_name, a_landmark, a_pets_name, a_star, a_team_playing
from .animals_and_works import (
    TITLED_BY, a_character_played, a_game_played, a_name_thought_of, a_pets_sign, a_star_met, a_vehicles_name,
    a_work_or_a_star, a_works_author_or_the_music, an_animals_given_name, an_animals_name, dressed_up_as, titled,
    titled_at,
)
from .flags import Flag, FlagKind, GuardContext, Span


def _tokens(name: str) -> set[str]:
    return set(words(name))


def names_match(a: str, b: str) -> bool:
    """"Marie" and "Marie Dupont" are the same person; "Marie" and "Mario" are not; "Mme Ferreira"
    and "Madame Ferreira" are, "Mr. Adeyemi" and "Grace Adeyemi" are not."""
    ta, tb = _tokens(a), _tokens(b)
    if ta & TITLES and tb & TITLES and ta - TITLES and tb - TITLES:
        if _sex_of_title(ta) and _sex_of_title(tb) and _sex_of_title(ta) != _sex_of_title(tb):
            return False  # "M. Kowalski" and "Mme Kowalski": a couple, two people
        ta, tb = ta - TITLES, tb - TITLES
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


# Someone named through another: "Nate's mom", "Mrs. Delgado's grandson", « la mère de Nate ».
_THROUGH_ANOTHER = re.compile(r"['’]s\s+(?-i:[a-zà-ÿ])|^(?:(?:la|le|les|l['’]|the)\s*)?(?-i:[a-zà-ÿ])[\w-]*\s+"
                              r"(?:de|d['’]|du|of)\s*(?-i:[A-ZÀ-Ý])", re.IGNORECASE)


def named_in_text(ctx: GuardContext, name: str) -> bool:
    """One of the who-is-who people the memory names, by any of their names."""
    return any(_by_this_name(n, name) for person in recorded_in_text(ctx) for n in person.names)


def _by_this_name(recorded_name: str, name: str) -> bool:
    """names_match, but "Nate" is not Carol, whom who-is-who also calls "Nate's mom", nor "Margaux" Hugo, « le frère de
    Margaux »."""
    return names_match(recorded_name, name) and (
        _THROUGH_ANOTHER.search(recorded_name) is None or _THROUGH_ANOTHER.search(name) is not None)


def recorded_in_text(ctx: GuardContext) -> tuple[KnownPerson, ...]:
    return _recorded_in(ctx.people, ctx.original)


@lru_cache(maxsize=256)
def _recorded_in(people: WhoIsWho, text: str) -> tuple[KnownPerson, ...]:
    """The who-is-who people a memory names (asked for each person a proposal lists); not the user's mother, whom
    who-is-who also calls "Mom", for "Jordan's mom", "her mum", « la maman de Léonie » (round 43)."""
    recorded = _mentioned(people, text)
    return tuple(dict.fromkeys(person for person, said, span in recorded
                               if not someone_elses_kin(text, said, span)
                               and not a_childs_word_for_the_user(text, said, span, person, recorded)))


@lru_cache(maxsize=256)
def _mentioned(people: WhoIsWho, text: str) -> tuple[tuple[KnownPerson, str, tuple[int, int]], ...]:
    """WhoIsWho.mentioned_in, read once per memory for the guards that ask (each person a proposal lists)."""
    return tuple(people.mentioned_in(text))


def recorded(ctx: GuardContext, name: str) -> KnownPerson | None:
    """The who-is-who person these words name ("Marie" for "Marie Dupont"), if any."""
    return ctx.people.find(name) or next(
        (p for p in ctx.people.people if any(names_match(name, n) for n in p.names)), None)


def all_names(ctx: GuardContext, name: str) -> tuple[str, ...]:
    known = recorded(ctx, name)
    return known.names if known else (name,)


def supported_person(ctx: GuardContext, name: str) -> bool:
    if any(names_match(name, n) for n in ctx.persona.names):
        return True
    if came_with_the_memory(ctx, name):
        return True  # a file's "with" column, or the user: kept, not invented, though the text never names them
    if _a_relation_made_a_name(ctx, name) or a_relative_nobody_said(ctx.original, name):
        return False  # "ma voisine" → "Madame Voisine", "mon patron" → "Patron", "Sam's wife" unsaid
    if users_own_relative(name) and not recorded(ctx, name):
        return kin(name) <= kin_said(ctx.original)  # "Mum" for "Sam's mum" is someone else's mother
    if contains_phrase(ctx.original, name) or in_lower_case(ctx.original) and contains_phrase(ctx.original, f"{name}s"):
        return True  # "at keiras": a text message's possessive, without its apostrophe
    if _every_name_said(ctx, name) and not _title_of_the_other_sex(ctx.original, name):
        return True
    if named_in_text(ctx, name):
        return True
    if any(_nickname_of(ctx, m[0], name) and not _a_word_opening_a_sentence(ctx.original, m)
           for m in re.finditer(r"(?<![\w'’])[A-ZÀ-Ý][\w-]+", ctx.original)):
        return True
    if (person := recorded(ctx, name)) is not None \
            and any(a_typo_of(said, person.name.split()[0]) for said in re.findall(r"[\w-]{5,}", ctx.original)):
        return True  # "yanick m'a tapé dans la main" for Yannick
    return _a_relative_said(ctx, name) or _one_of_a_group(ctx, name) or _the_childrens_other_parent(ctx, name)


# The user's partner or ex, who-is-who says; the user's children's other parent when the memory says « chez son père »,
# « leur mère », "his dad's", « papa et moi » of a child it names or "the kids".
_CO_PARENT = frozenset("ex ex-mari ex-femme ex-compagnon ex-compagne ex-husband ex-wife ex-partner mari femme epoux epouse"
                       " compagnon compagne conjoint conjointe husband wife partner co-parent coparent".split())
_CHILD = frozenset("fils fille enfant son daughter child kid".split())
_THEIR_PARENT = re.compile(r"\b(?:(?:son|sa|leur|his|her|their)\s+(?:pere|papa|mere|maman|dad|daddy|father|mom|mum|mother)"
                           r"|chez (?:papa|maman)|(?:papa|maman) et moi|at (?:dad|mom|mum)['’]s)\b")
_NEW = re.compile(r"\b(?:nouveau|nouvelle|new)\b")
_THE_CHILDREN = re.compile(r"\b(?:les enfants|mes enfants|les petits|the kids|my kids|the children|my children)\b")


def _the_childrens_other_parent(ctx: GuardContext, name: str) -> bool:
    person = recorded(ctx, name)
    parents = [p for p in ctx.people.people if set(fold_str(p.relation).split()) & _CO_PARENT
               and not _NEW.search(fold_str(p.relation))]
    exes = [p for p in parents if fold_str(p.relation).startswith("ex")]
    if person is None or person not in (exes or parents):
        return False  # (with an ex recorded, the other parent is the ex, not the new partner)
    text = fold_str(ctx.original)
    children = [p for p in recorded_in_text(ctx) if set(fold_str(p.relation).split()) & _CHILD]
    return bool(_THEIR_PARENT.search(text)) and (bool(children) or bool(_THE_CHILDREN.search(text)))


def came_with_the_memory(ctx: GuardContext, name: str) -> bool:
    return any(names_match(name, n) for known in ctx.known.persons for n in all_names(ctx, known))


def _nickname_of(ctx: GuardContext, short: str, name: str) -> bool:
    """"Lulu" for Lucie Renard, "Dan" for Daniel Price, "Saz" for Sarah: a short name that starts as
    the first name of someone who-is-who records does (nicknames not recorded there yet)."""
    person = recorded(ctx, name)
    if person is None:
        return False
    said, first = fold_str(short), fold_str(person.name.split()[0])
    if any(said in {fold_str(n), fold_str(n.split()[0])} for other in ctx.people.people if other is not person
           for n in other.names if n.split()):
        return False  # "Dave" is Dave Ridley, whom who-is-who records too, not Daniel (round 52)
    return said != first and 2 <= len(said) <= 5 and len(said) < len(first) and said[:2] == first[:2]


def _a_word_opening_a_sentence(text: str, said: re.Match[str]) -> bool:
    """« Pas à moi. À Élio. »: a word of the language, capitalised only because it opens a sentence, is nobody's
    nickname (round 78: « Pas » made Paulette said; not "Pat", a first name as well)."""
    return sentence_start(text, said.start()) and a_word_and_no_name(said[0])


def _every_name_said(ctx: GuardContext, name: str) -> bool:
    """"Dr Morin" for "le docteur Morin", "Tonton Jacques" for "Jacques"; not "Paul Martin" for
    "Paul": a surname nobody wrote is invented."""
    said = [t for t in name.split() if t[:1].isupper() and len(t) > 1 and fold_str(t).rstrip(".") not in KIN_AND_TITLES]
    return bool(said) and all(contains_phrase(ctx.original, t) and _said_as_a_name(ctx.original, t) for t in said)


def _said_as_a_name(text: str, token: str) -> bool:
    """"Mr. Umbrella" for "a man … gave me his umbrella": a word the memory writes in lower case, where it writes
    names with capitals, names no one."""
    if in_lower_case(text) or not (is_english_word(fold_str(token)) or is_french_word(token.lower())):
        return True
    return any(text[start:start + 1].isupper() for start, _ in find_phrase(text, token))


_ARTICLES_BEFORE_A_NAME = frozenset("les le la the des chez".split())
_MEN_TITLES = frozenset("m monsieur mr mister".split())
_WOMEN_TITLES = frozenset("mme madame mlle mademoiselle mrs ms miss".split())


def _sex_of_title(tokens: set[str]) -> str:
    return "m" if tokens & _MEN_TITLES else "f" if tokens & _WOMEN_TITLES else ""


def _title_of_the_other_sex(original: str, name: str) -> bool:
    """"M. Kowalski" for "Mme Kowalski", « Mme Lecoq » for « Raymond Lecoq »: a title says which of a family it is,
    and this one is another (her husband, his wife) whom the memory never names."""
    title, _, surname = name.partition(" ")
    title = fold_str(title).rstrip(".")
    a_man = title in _MEN_TITLES
    if not (a_man or title in _WOMEN_TITLES) or not surname:
        return False
    # (both of "M. et Mme Perrin", "Mr and Mrs Reid": the couple, each named; "Mrs Ackroyd's": hers, round 72)
    said = [before for m in re.finditer(
        rf"(?<![\w'’])(?:([\w]+\.?)\s+(?:et|and|&)\s+)?([\w]+\.?)\s+{re.escape(surname)}(?![\w-])(?!['’](?!s\b))",
        original, re.IGNORECASE) for before in m.groups() if before]
    # (a given name says it as well as a title: « Raymond Lecoq », round 72)
    # (not an article: « Les Tran », the family, round 72)
    sexes = {surely_a_man(w) for w in said
             if fold_str(w) not in _ARTICLES_BEFORE_A_NAME and surely_a_man(w) != surely_a_woman(w)}
    return bool(sexes) and a_man not in sexes


def _a_relative_said(ctx: GuardContext, name: str) -> bool:
    """"Léa" for "ma grande sœur" when who-is-who says Léa is the sister; "Maman" for "ma mère"; "Arjun" for "my
    sister and her husband" when he is the brother-in-law."""
    said = kin_said(ctx.original) | kin_by_marriage(ctx.original)
    person = recorded(ctx, name)
    if person is not None:
        text = _the_childs_words_blanked(ctx, person)
        said_here = said if text == ctx.original else kin_said(text) | kin_by_marriage(text)
        return bool(_the_relations_own_kin(person.relation) & said_here) \
            or _through_a_relative_said(person.relation, text, said_here)
    return bool(kin(name)) and kin(name) <= said and not _every_name_said(ctx, name) and all(
        fold_str(t).rstrip(".") in KIN_AND_TITLES for t in name.split() if t[:1].isupper())


def _the_relations_own_kin(relation: str) -> set[str]:
    """The kin of each part of the relation by its own noun, not by whom it goes through nor by what brackets add
    (round 60): "Dad's neighbour", « ami de papa » are no father; "mother-in-law (Marcus's mother)" is no mother;
    "ex-husband, father of Ava and Leo" is a father still."""
    own: set[str] = set()
    for part in re.split(r"[,;]", re.sub(r"\(.*?\)", " ", relation)):
        own |= kin(re.split(r"\s+(?:de|du|des|of)\s+|\s+d['’]\s*", re.sub(r"^.*['’]s\s+", "", part.strip()),
                            maxsplit=1)[0])
    return own


def _through_a_relative_said(relation: str, text: str, said: set[str]) -> bool:
    """"brother's girlfriend" in "My brother and his girlfriend came": the relative said, and the noun after."""
    through = _THROUGH_A_RELATIVE.match(relation) or _THROUGH_A_RELATIVE_FR.match(relation)
    return through is not None and bool(kin(through["whose"]) & said) and contains_phrase(text, through["what"])


_THROUGH_A_RELATIVE = re.compile(r"\s*(?P<whose>[\w-]+)['’]s\s+(?P<what>[\w-]+(?:\s+[\w-]+)?)\s*(?:[,;(]|$)")
_THROUGH_A_RELATIVE_FR = re.compile(r"\s*(?P<what>[\w-]+)\s+(?:de|du|d['’])\s*(?:mon\s+|ma\s+)?(?P<whose>[\w-]+)\s*"
                                    r"(?:[,;(]|$)")


def _the_childs_words_blanked(ctx: GuardContext, person: KnownPerson) -> str:
    """The memory without the "maman" its child says of the user (mentions.a_childs_word_for_the_user)."""
    text, recorded = ctx.original, _mentioned(ctx.people, ctx.original)
    for m in re.finditer(rf"\b(?:{'|'.join(A_CHILDS_PARENT)})\b", ctx.original, re.IGNORECASE):
        if a_childs_word_for_the_user(ctx.original, m[0], m.span(), person, recorded):
            text = text[:m.start()] + " " * len(m[0]) + text[m.end():]
    return text


# A relative by marriage, said through another: "my sister and her husband", "my sister's husband", « le mari de
# ma sœur », « ma femme et sa mère ».
_IN_LAW = (
    ("brother-in-law", r"\bmy (?:sister|sis)(?:['’]s| and her) (?:husband|hubby|partner|boyfriend)"
                       r"|\bma s(?:œ|oe)ur et son (?:mari|copain|compagnon|conjoint)"
                       r"|\ble (?:mari|copain|compagnon) de ma s(?:œ|oe)ur"
                       r"|\bmy (?:wife|husband|partner)(?:['’]s| and (?:her|his)) brother"
                       r"|\ble fr[èe]re de (?:ma femme|mon mari|mon compagnon|ma compagne)"),
    ("sister-in-law", r"\bmy (?:brother|bro)(?:['’]s| and his) (?:wife|partner|girlfriend)"
                      r"|\bmon fr[èe]re et sa (?:femme|copine|compagne|conjointe)"
                      r"|\bla (?:femme|copine|compagne) de mon fr[èe]re"
                      r"|\bmy (?:wife|husband|partner)(?:['’]s| and (?:her|his)) sister"
                      r"|\bla s(?:œ|oe)ur de (?:ma femme|mon mari|mon compagnon|ma compagne)"),
    ("mother-in-law", r"\bmy (?:wife|husband|partner)(?:['’]s| and (?:her|his)) (?:mother|mum|mom)"
                      r"|\bla m[èe]re de (?:ma femme|mon mari|mon compagnon|ma compagne)"
                      r"|\b(?:ma femme|mon mari) et sa m[èe]re"),
    ("father-in-law", r"\bmy (?:wife|husband|partner)(?:['’]s| and (?:her|his)) (?:father|dad)"
                      r"|\ble p[èe]re de (?:ma femme|mon mari|mon compagnon|ma compagne)"
                      r"|\b(?:ma femme|mon mari) et son p[èe]re"),
)


def kin_by_marriage(text: str) -> set[str]:
    return {relation for relation, said in _IN_LAW if re.search(said, text, re.IGNORECASE)}


def _in_laws_dropped(ctx: GuardContext, proposed: tuple[str, ...], flagged: list[Flag]) -> list[Flag]:
    """Who-is-who's brother-in-law, told as "my sister and her husband", left out of the persons."""
    said = kin_by_marriage(ctx.original)
    if not said:
        return []
    dropped = [p for p in ctx.people.people if kin(p.relation) & said
               and not any(names_match(n, q) for n in p.names for q in proposed)
               and not any(n in f.message_en for n in p.names for f in flagged)]
    return [Flag(FlagKind.PERSON_DROPPED,
                 f"Le souvenir parle de « {p.name} » ({p.relation}), qui manque aux personnes proposées.",
                 f"The memory speaks of “{p.name}” ({p.relation}), missing from the proposed persons.",
                 "persons") for p in dropped]


# Words for several relatives at once: "the twins", "les enfants", "my parents" stand for the
# recorded people whose relation is one of these.
_GROUPS = (
    ("kids children twins sons daughters boys girls enfants jumeaux jumelles petits fils filles garcons",
     {"son", "daughter", "child"}),
    ("parents", {"mother", "father"}),
    ("grandparents grands-parents", {"grandmother", "grandfather"}),
    ("siblings freres soeurs", {"brother", "sister"}),
    ("beaux-parents in-laws belle-famille", {"father-in-law", "mother-in-law"}),
)


def _one_of_a_group(ctx: GuardContext, name: str) -> bool:
    """"Ava" and "Mia" for "the twins" when who-is-who records them as daughters."""
    person = recorded(ctx, name)
    if person is None:
        return False
    said = set(words(ctx.original.replace("œ", "oe")))
    return any(kin(person.relation) & relatives and said & set(group.split()) for group, relatives in _GROUPS)


def _a_relation_made_a_name(ctx: GuardContext, name: str) -> bool:
    tokens = [t for t in words(name) if t not in TITLES]
    if not tokens or not all(t in RELATIONS for t in tokens) or ctx.people.find(name) is not None:
        return False
    if not any(t[:1].isupper() for t in name.split()):
        return False  # "grand-père" listed as written: the relation itself, not a name made of it
    # Written as a name in the memory ("j'ai vu Patron", mid-sentence with its capital) it is one.
    return not any(ctx.original[s].isupper() and not sentence_start(ctx.original, s)
                   for s, _ in find_phrase(ctx.original, name))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _mentioned_persons(ctx: GuardContext) -> list[Mention]:
    mentions = person_mentions(ctx.original, ctx.people, ctx.persona.names)
    namesakes = {span: ctx.original[span[0]:span[1]] for name in ctx.persona.names
                 for span in find_phrase(ctx.original, name) if _someone_else(ctx.original, *span)}
    mentions += [Mention(words, span, "person") for span, words in namesakes.items()
                 if not any(_overlaps(span, m.span) for m in mentions)]
    return sorted(mentions, key=lambda m: m.span)


# Her name borne by someone the memory speaks of: "Nova, ma voisine du dessus", "ma collègue Lili",
# "Nova from upstairs", "chez Lili et Franck", "at Juniper and Sam's". Only such signs tell a namesake
# from her: "Lili m'a aidée à y voir clair", "long talk with Nova", "Nova and I" may well be the user
# writing about her companion.
_NAMESAKE_AFTER = re.compile(
    r"\s*(?:,\s*(?:ma|mon|my|our|notre|la|le|the)\s+(?P<noun>[\w-]+)"  # "Nova, ma voisine"
    r"|(?:from|d'en|du|de la)\s+(?:upstairs|downstairs|next door|across|work|school|dessus|dessous|face|palier"
    r"|bureau|boulot|travail|the (?:office|gym|club|choir|team|building|flat|house|shop))\b"  # "Nova from upstairs"
    r"|\s*(?:et|and|&)\s+(?:(?!I\b)[A-ZÀ-Ý]|(?:her|his|their|sa|son|ses)\s))")  # "Lili et Franck", "Wren and her…"
_NAMESAKE_BEFORE = re.compile(r"(?:\b(?:chez|at)|[A-ZÀ-Ý][\w-]+\s*(?:et|and|&))\s*$")


def _someone_else(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30):start]
    after = _NAMESAKE_AFTER.match(text, end)
    if after and (not after.group("noun") or _in_apposition(text, after)) or _NAMESAKE_BEFORE.search(before):
        return True  # not "Nova, my journal that talks back": that is her
    noun = re.search(r"\b(?:ma|mon|my|our|notre|sa|son|his|her)\s+([\w-]+)\s+$", before)
    return noun is not None and a_relation(noun.group(1))


def _in_apposition(text: str, after: re.Match[str]) -> bool:
    """"Nova, ma voisine du dessus, m'a…": a relation said of the name, closed by its comma; not "Lits, my nephew
    asked…" (the nephew is the next clause's subject) nor « Blitz, ma chérie, » (what the user calls her)."""
    noun = after.group("noun")
    return a_relation(noun) and fold_str(noun) not in _ENDEARMENTS \
        and bool(re.match(r"(?:\s+[\w'’-]+){0,3}\s*[,)]", text[after.end():]))


_ENDEARMENTS = frozenset("cherie cheri chou coeur puce biche belle darling dear love sweetheart honey".split())


def a_relation(word: str) -> bool:
    """"voisine", "nephew", « ma sœur »: a word for someone the user knows by their tie."""
    return bool(kin(word)) or fold_str(word) in RELATIONS


# The words before a name that say someone: "avec Tolu", "her husband Thorn", "M. Tavernier".
_WITH_OR_WHOSE = (r"avec|avc|with|w/|and|et|&|my|mon|ma|his|her|their|husband|wife|mari|femme|friend|ami|amie|pote"
                  r"|copine|copain|M\.|Mme|Mr\.?|Mrs\.?|Ms")
# What makes even a word someone: those, or a preposition ("written to Tolu", « pour Tolu »).
_SOMEONE_CUE = re.compile(rf"(?:\b(?:{_WITH_OR_WHOSE}|à|a|to|de|d['’]|of|pour|for|chez|son|sa)\s+|[’'])$",
                          re.IGNORECASE)
# What makes someone of a name no list knows ("Tom and little Tommo", "her husband Thorn"): not a preposition, which a
# shop or a town takes as well (« chez Kiloutou », "to Todmorden").
_WITH_SOMEONE = re.compile(rf"\b(?:{_WITH_OR_WHOSE})\s+(?:(?:little|petite?|baby|young|old|big|grand|grande)\s+)?$",
                           re.IGNORECASE)


def _someone_by_the_words_around(text: str, mention: Mention) -> bool:
    """"with Tommo", "her husband Thorn", « son arrière-grand-père Garabed », "Prof. Adeyemi", "Bongani, Lucy and
    I", "Haruto took me…", « Djeneba l'a démasqué »: someone, whatever the name."""
    start, end = mention.span
    return titled_at(text, start, _BEFORE_A_SURNAME) \
        or _WITH_SOMEONE.search(text[max(0, start - 24):start]) is not None \
        or _WITH_THE_USER.match(text, end) is not None or said_as_someone(text, mention.words, start, end)


# A title or a rank before a surname (« Frau Becker », "Prof. Adeyemi", "Sergeant Obi").
_BEFORE_A_SURNAME = TITLED_BY
# The name in a list that ends with the user: "Bongani, Lucy and I", « Zaïa et moi ».
_WITH_THE_USER = re.compile(r"(?:\s*,\s*(?-i:[A-ZÀ-Ý])[\w'’-]*)*,?\s+(?:and|et|&)\s+(?:I|me|moi)\b", re.IGNORECASE)


def _no_given_name(words_: str) -> bool:
    """"Peterbilt", "Labat de Bun", "Müller Corners": capitalised words none of which is a given name in any list,
    nor a title or a family word ("Dr", « Ma sœur »)."""
    parts = [p for p in re.split(r"[\s'’-]+", words_.strip()) if p]
    # (titled() asks no more: its titles are among these)
    return bool(parts) and parts[0][:1].isupper() and fold_str(parts[0]).rstrip(".") not in _BEFORE_A_SURNAME \
        and not any(maybe_first_name(p) or a_relation(p) or kin(p) for p in parts)


def _a_word_naming_no_one(words_: str, language: str | None) -> bool:
    """A word of the memory's own language that is no given name (« Biscotte » in French, "Pudding" in English;
    not "Tolu" in English, a word only in French)."""
    word = words_.strip()
    is_a_word = is_french_word if language == "fr" else is_english_word if language == "en" else None
    return " " not in word and is_a_word is not None and is_a_word(word) \
        and (not maybe_first_name(word) or language == "fr" and _a_word_by_its_accents(word))


def _a_word_by_its_accents(word: str) -> bool:
    """« Pâte »: a French word by its accents, which no main list's given name has; only a far list's, folded ("Pate")
    (round 62)."""
    return word != fold_str(word) and not is_first_name(word) and not is_french_word(fold_str(word))


_AN_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|le|la|un|une)\s+$", re.IGNORECASE)


def check_persons_dropped(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    # Persons the proposal leaves empty keep the memory's own (known.keep_known): nobody is dropped.
    proposed = proposal.fields.persons or ctx.known.persons
    flags, unrecorded = [], []
    given = [span for _, span in voice.names_given(ctx.original)]
    language = detect_language(ctx.original)
    for mention in _mentioned_persons(ctx):
        if mention.person is not None and mention.person.an_animal:
            continue  # who-is-who's dog: never a person to keep
        if any(_overlaps(mention.span, span) for span in given):
            continue  # "appelle-toi Brigitte": a name offered to her, nobody the memory is about
        if kin(mention.words) and _the_user_called(ctx.original, mention.span):
            continue  # « il a dit "maman t'es trop nulle" », « allô ma fille »: the user, called so by someone
        if _ABSENT.search(ctx.original[max(0, mention.span[0] - 20):mention.span[0]]):
            continue  # "first Christmas without Mom": the memory says she was not there
        if _NOT_THIS_ONE.search(ctx.original[max(0, mention.span[0] - 20):mention.span[0]]) \
                and not contains_phrase(ctx.original[mention.span[1]:], mention.words):
            continue  # "(my Alex, not choir Alex)", and no more of choir Alex
        whose = whose_it_is(ctx.original, mention.span[1])  # "Jess's": her home, someone
        if _ROUTE_END.search(ctx.original[max(0, mention.span[0] - 40):mention.span[0]]) and not whose:
            continue  # "missed my flight to Denver": a town, though also a first name (not "the drive to Jess's")
        before = ctx.original[max(0, mention.span[0] - 30):mention.span[0]]
        if mention.person is None and _GONE_TO.search(before) and not whose:
            continue  # "wanted to go to Weston": where one goes (not "went to Jess's")
        if kin(mention.words) and " " not in mention.words.strip() and _ANY_ONES_KIN.search(before):
            continue  # "One mom gave me a number", « il va être papa », « le papa du camion »: not the user's own
        if mention.person is None and (_A_THING_OF.search(before) or _a_kind_of_thing(ctx.original, *mention.span)
                                       or a_works_author_or_the_music(ctx.original, mention.words, mention.span)):
            continue  # "a bag of Reese's", "a pot of Earl Grey", « chanter du Johnny », « à bord du Marie-Morgane »
        if len(mention.words.strip(" .")) == 1 and (mention.person is None or _AN_ARTICLE_BEFORE.search(
                ctx.original[max(0, mention.span[0] - 8):mention.span[0]])):
            continue  # "fireworks that spelled our initials and ran out after the P": a letter (round 51), though
            # who-is-who calls Priya "P"
        if mention.person is None and " " in mention.words.strip() and _LIKE.search(before):
            continue  # « numéro 9 comme Maurice Richard », "fierce like Serena Williams": a likeness, no one there
        if mention.person is None and _A_REIGNS_NUMBER.search(mention.words):
            continue  # « Benoît XII », "Louis XIV": a pope's, a king's name, no one of the memory (round 67)
        if _a_dates_month(ctx.original, mention.span):
            continue  # "19 Sep 2025", "Fri Sep 12": a date's month, no one (not "Dec and I", a Declan)
        if _HEADER.match(ctx.original) and mention.span[1] <= _HEADER.match(ctx.original).end():
            continue  # "[Export Messenger] Kevin : …": where the row came from, not someone
        after_a_title = titled_at(ctx.original, mention.span[0], TITLES)  # "Dr. Faure", not the composer
        if _inside_a_brands_name(ctx.original, mention.span):
            continue  # "a tub of Ben & Jerry's", "Marks & Spencer": the brand's name, no one (not the Ben we know)
        if mention.person is None and (not after_a_title and (a_character(mention.words) or a_brand(mention.words)
                                                              or a_star(mention.words) and not a_star_met(ctx.original))
                                       or a_landmark(mention.words) or a_restaurants_name(ctx.original, mention.words)
                                       or an_eaterys_name(ctx.original, mention.words)
                                       or a_team_playing(ctx.original, mention.words)
                                       or a_pet_by_its_words(ctx.original, mention.words)
                                       or a_game_played(ctx.original, mention.words)
                                       or a_name_thought_of(ctx.original, mention.words)
                                       or _no_one_with_the_user(ctx, mention)
                                       or _in_a_quoted_title(ctx.original, mention.span)
                                       or _a_figures_first_name(ctx.original, mention.words)
                                       or a_pets_name(mention.words)):
            continue  # an animal, a work, a star
        if mention.person is None and _a_word_naming_no_one(mention.words, language) \
                and not _SOMEONE_CUE.search(ctx.original[max(0, mention.span[0] - 16):mention.span[0]]) \
                and not introduced_as_someone(ctx.original, mention.span[0]):  # "a guy named Colt"
            continue  # « Biscotte », « Tempête », "Honestly": a word, no given name — a pet's, a shop's as often
        if mention.person is None and _no_given_name(mention.words) \
                and not _someone_by_the_words_around(ctx.original, mention) \
                and not introduced_as_someone(ctx.original, mention.span[0]):
            continue  # "Iveco", "Kiloutou", "Todmorden": no given name of any list — a brand's, a place's, a pet's
        if mention.person is None and (_a_town_where(ctx.original, mention) or _a_places_name(mention.words)
                                       or _A_SIGHTS_NOUN_AFTER.match(ctx.original, mention.span[1])) \
                and not after_a_title and not titled(mention.words):
            continue  # "called me from Denver", « heure de Melbourne », "a postcard of Stanley Park": not « Mme Park »
        if mention.person is None and _SIBLINGS_OF.search(ctx.original[max(0, mention.span[0] - 40):mention.span[0]]):
            continue  # « les trois frères Delmas », « la réunion des cousins Peyrat »: a family by its name
        if mention.person is None and a_family_name(mention.words) and " " not in mention.words.strip():
            continue  # "Dad", « Mamie » alone: a relation, which who-is-who turns into someone (not "Grandpa Walt")
        names = mention.person.names if mention.person else all_names(ctx, mention.words)
        if any(names_match(n, p) for n in (*names, mention.words) for p in _not_anothers(ctx, mention, proposed)):
            continue
        if mention.person is None and any(_nickname_of(ctx, mention.words, p) for p in proposed):
            continue  # "Lulu" in the memory, "Lucie Renard" from who-is-who in the proposal
        if _a_names_plural(mention.words, proposed):
            continue  # "Both Marcuses came", "the two Matts": the proposal lists them by their name
        if mention.person is not None and any(kin(mention.person.relation) & kin(p) for p in proposed):
            continue  # "Lucie" in the memory, "ma fille" in the proposal: who-is-who says she is
        place = proposal.fields.place
        if contains_phrase(place, mention.words) and not whose_place(place, mention.words) and not after_a_title:
            continue  # a place the proposal holds as one ("Sainte-Catherine"), not someone's home nor "Mrs. Lindqvist"
        if mention.person is None:
            unrecorded.append(mention)
        flags.append(Flag(
            FlagKind.PERSON_DROPPED,
            f"Le souvenir nomme « {mention.words} », qui manque aux personnes proposées.",
            f"The memory names “{mention.words}”, missing from the proposed persons.",
            "persons", (Span("original", *mention.span),),
        ))
    if len(flags) == 1 and len(unrecorded) == 1 and an_animals_given_name(ctx.original, unrecorded[0].words):
        flags = []  # "Otis's first ferry crossing. He never barked. Emma took photos", Emma listed: Otis is the dog
    flags += _in_laws_dropped(ctx, proposed, flags)
    return flags + _namesakes_dropped(ctx, proposed) + _known_persons_dropped(ctx, proposal.fields.persons, flags)


_LIKE = re.compile(r"\b(?:comme|like)\s+$", re.IGNORECASE)
_A_REIGNS_NUMBER = re.compile(r"^[A-ZÀ-Ý][\w-]+\s+(?!I$)(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")


def _a_names_plural(words_: str, proposed: tuple[str, ...] | list[str]) -> bool:
    stems = {words_[:-2], words_[:-1]} if words_.endswith("es") else {words_[:-1]} if words_.endswith("s") else set()
    return any(names_match(stem, p) for stem in stems if len(stem) > 2 for p in proposed)


def _not_anothers(ctx: GuardContext, mention: Mention, proposed: tuple[str, ...] | list[str]) -> list[str]:
    """The proposed names that may stand for this recorded person: not "Julien" when the memory says "Julien du 3e"
    (Julien Marchal) and who-is-who's other Julien is the one called "Julien"."""
    if mention.person is None or any(fold_str(mention.words) in {fold_str(n), *fold_str(n).split()}
                                     for other in ctx.people.people if other is not mention.person
                                     for n in other.names):
        return list(proposed)
    return [p for p in proposed if ctx.people.find(p) in (None, mention.person)]


# Before a town: where someone or something is, comes from or goes (« à », « de », "from", "in").
_WHERE_BEFORE = re.compile(r"\b(?:(?:from|in|to|at|near|à|a|de|depuis|vers|en)\s+|d['’]\s*)$", re.IGNORECASE)
_PLACES_LAST_WORDS = frozenset("park gardens garden street road avenue square station airport stadium bridge"
                                " court lodge manor hospital hotel".split())  # ("moves into Willow Court", a care home)
# A ground's, unless a given name and this word are all its name (round 63: "a flash mob at Lincoln Financial Field",
# "Wrigley Field", "Nationwide Arena"; not "Sally Field").
_GROUNDS_LAST_WORDS = frozenset("field arena ballpark coliseum speedway raceway velodrome".split())
# An event's or a day's name: "Guy Fawkes Night", "Indie Bookshop Saturday", "Independent Bookshop Week" (round 37).
_EVENTS_LAST_WORDS = frozenset("night eve week weekend festival fair monday tuesday wednesday thursday friday saturday"
                               " sunday".split())


def _a_town_where(text: str, mention: Mention) -> bool:
    before = _WHERE_BEFORE.search(text[max(0, mention.span[0] - 10):mention.span[0]])
    if not a_town(mention.words) or before is None:
        return False
    # A given name too ("parlé à Florence", "wrote to Victoria"): only where one is or comes from
    return not is_first_name(mention.words) or fold_str(before.group()).split()[0] in ("from", "in", "depuis", "en") \
        or bool(_BEEN_OR_COME.search(fold_str(text[max(0, mention.span[0] - 40):mention.span[0]])))


# Where one was or lived, where a thing came from, in French (round 63: « pendant que j'étais à Lourdes avec la
# chorale », « la lettre qu'elle lui avait envoyée d'Oran »; not « j'ai écrit à Lourdes », « la lettre de Lourdes »).
# (Where one goes, « on est allés à Lourdes », mentions._GONE_TO reads already: no one is found there.)
_BEEN_OR_COME = re.compile(r"\b(?:(?:suis|es|est|sommes|etes|sont|etais|etait|etions|etaient|ete"
                           r"|habite|habites|habitons|habitent|habitait|vit|vivait|vivent"
                           r"|nee?s?|arrivee?s?|restee?s?|sejour|pelerinage|vacances|week-end)\s+a"
                           r"|(?:revenue?s?|rentree?s?|venue?s?|envoyee?s?|postee?s?|originaire|retour)\s+d(?:e|')"
                           r")\s*$")


# A relative's word said of anyone: after an indefinite article or another's (round 44: "One mom gave me the number of
# a babysitter", « Une maman m'a passé… », « le papa du camion »), or as what one becomes (« il va être papa »).
_ANY_ONES_KIN = re.compile(r"(?:\b(?:a|an|one|another|other|some|any|each|every|le|la|les|un|une|des|du|au|aux"
                           r"|chaque|autre|quelques|[eê]tre|sera|serait|devenir|devient|devenu|become|became|be)\s+"
                           # (round 53: "like a proud dad", "I'm a bad dad", « une super maman »: a word of praise
                           # or blame between)
                           r"(?:(?-i:[a-zà-ÿ]+)\s+)?|\bl['’])$", re.IGNORECASE)
# A name told as a thing's or a work's (round 44): what a box, a bottle, a page is of ("a box of Barry's tea", "a
# bottle of Chinon", "a whole page of Matilda"; not "a picture of Dad", who may be anyone), or a French « du » before
# it (« on massacrait du Renaud », « le solo du Pie Jesu », « à bord du Marie-Morgane »; not « le fils du Dr Roux »,
# whose title reads him as someone).
_WHAT_IT_IS_OF = (r"\b(?:box|boxes|bag|bags|bottle|bottles|pint|pints|pot|tub|jar|tin|packet|pack|carton|crate|bar"
                  r"|slice|glass|cup|mug|supply|stack|pile|shelf|copy|convoy|page|pages|chapter|screening|production"
                  r"|recording|opening|verse|bit)\s+of|\b(?-i:du)"
                  # a French thing named by its make right after it (round 60: « un carré de chocolat Milka », « un
                  # vrai fauteuil Voltaire », « une peluche Babar », « ses yaourts Danette »)
                  r"|\b(?:chocolats?|fauteuils?|yaourts?|peluches?|poup[ée]es?|stylos?|classeurs?|tracteurs?|glaces?"
                  r"|bonbons?|biscuits?|baskets|consoles?|tablettes?|figurines?|lessive|sirop|scooters?"
                  # a voucher's shop, a shirt's printed name (round 70: « un bon d'achat Louis Pion », « un maillot
                  # floqué Mbappé »)
                  r"|bons?\s+d['’]achat|cartes?\s+cadeaux?|floqu[ée]e?s?)")
_WHAT_IT_IS_OF_BEFORE = re.compile(rf"(?:{_WHAT_IT_IS_OF})\s+$", re.IGNORECASE)
_A_THING_OF = re.compile(rf"(?:{_WHAT_IT_IS_OF}"
                         # someone's thing ("Dad pointed at his Dr Martens", "Her Steinway"; not "they named her
                         # Alice", a baby, which the mention reader weighs), what a thing looks like ("a cake shaped
                         # like Wendell the whale", "a marine biologist, like Steve Backshall"; not "I like Tom")
                         r"|(?<!named )(?<!called )(?<!call )(?<!dubbed )\b(?:his|her|their|its)"
                         r"|(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!'d )(?<!\bwould )"
                         r"like)\s+$", re.IGNORECASE)


def told_as_a_thing(text: str, name: str) -> bool:
    """Every time the memory says `name`, it is what a box, a bottle, a page is of, or a singer after « du »: "a pot of
    Earl Grey", « on a chanté du Tino Rossi » (not "like Niamh told me", nor « l'appel du Dr Klein »); or a kind of
    thing, counted ("two Buckfast queens")."""
    spans = find_phrase(text, name)
    return bool(spans) and all(_WHAT_IT_IS_OF_BEFORE.search(text[max(0, start - 30):start])
                               or _a_kind_of_thing(text, start, end) for start, end in spans)


# Counted before the name, a noun after it (round 49: "two Buckfast queens", "hundreds of Stewart boxes", "Four
# Interflora orders", "a row of Red Baron onions"): a kind, a brand, a variety (not "two Emmas fixed it", "a photo of
# Doreen holding a tin").
_COUNTED_BEFORE = re.compile(r"(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|some|few|several"
                             r"|more|new|of)|\d)\s+$", re.IGNORECASE)


def _a_kind_of_thing(text: str, start: int, end: int) -> bool:
    """The name between `start` and `end` is counted before it and followed by a noun."""
    noun = re.match(r"\s+([a-z]+)\b", text[end:])
    return noun is not None and not noun.group(1).endswith(("ing", "ed")) \
        and bool(_COUNTED_BEFORE.search(text[max(0, start - 12):start])) and "NOUN" in english_lemmas(noun.group(1))


# (round 44: a calendar's export or a note's date, "Synced from Calendar: Fri Sep 12, 2025", "Imported note (Jan 1)")
_MONTHS_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _a_dates_month(text: str, span: tuple[int, int]) -> bool:
    """A month's short name beside a number."""
    if text[span[0]:span[1]].lower() not in _MONTHS_SHORT:
        return False
    return bool(re.search(r"\d(?:st|nd|rd|th)?\s*$", text[max(0, span[0] - 6):span[0]])
                or re.match(r"\.?\s*\d", text[span[1]:]))


def _a_places_name(words_: str) -> bool:
    named = fold_str(words_).split()
    return len(named) > 1 and (named[-1] in _PLACES_LAST_WORDS or named[-1] in _EVENTS_LAST_WORDS
                               or a_firms_name(words_) or named[0] in _PLACES_FIRST_WORDS
                               or named[-1] in _GROUNDS_LAST_WORDS
                               and (len(named) > 2 or not is_first_name(words_.split()[0])))


# A lake's, a mountain's, a cape's name by its first word (round 46: "He wants to see Lake Erie one more time").
_PLACES_FIRST_WORDS = frozenset("lake loch lough mount mt cape isle glen".split())
# A place's noun in lower case right after the name: "Tito Bustillo cave is shut on Saturdays" (round 46).
_A_SIGHTS_NOUN_AFTER = re.compile(r"\s+(?:cave|caves|falls|gorge|canyon|glacier|trail|lighthouse|abbey|castle"
                                  r"|cathedral|basilica|monastery|priory|reservoir|dam|nature reserve)\b")


# Two capitalised words joined by "&", with a possessive maybe: "Ben & Jerry's", "Marks & Spencer".
_JOINED_BY_AN_AMPERSAND = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*\s*&\s*[A-ZÀ-Ý][\w-]*(?:['’]s)?")


def _inside_a_brands_name(text: str, span: tuple[int, int]) -> bool:
    """The name is a part of a brand's, two names joined by "&" (round 43: "Jerry" dropped from a pint of Ben &
    Jerry's); not "Ella & Josh's", a couple's. Or it follows a brand written in capitals or in two words, in one run
    of capitalised words (round 70: "BBC Alba comes in clear", « France Bleu Breizh Izel m'a interviewé »): the
    brand's channel or branch."""
    before = _A_BRAND_BEFORE.search(text[max(0, span[0] - 40):span[0]])
    return any(m.start() <= span[0] and span[1] <= m.end() and a_brand(m.group())
               for m in _JOINED_BY_AN_AMPERSAND.finditer(text)) \
        or before is not None and a_brand(before["brand"])


_A_BRAND_BEFORE = re.compile(r"(?<![\w'’-])(?P<brand>[A-Z]{2,}\d*|[A-ZÀ-Ý][\w'’-]*\s[A-ZÀ-Ý][\w'’-]*)\s$")


def _known_persons_dropped(ctx: GuardContext, proposed: tuple[str, ...], flagged: list[Flag]) -> list[Flag]:
    """Someone the memory came with (an imported file's column, or set by the user) and the proposal leaves
    out: the text need not name them ("Pique-nique au bord de la Saône", with Léa in the file's « Avec »)."""
    said = [ctx.original[f.spans[0].start:f.spans[0].end] for f in flagged if f.spans]  # flagged once already
    dropped = [k for k in ctx.known.persons
               if not any(_by_this_name(n, p) for n in all_names(ctx, k) for p in (*proposed, *said))]
    if not proposed:  # an empty field keeps the memory's own (known.keep_known): the model still missed them
        return [Flag(FlagKind.PERSON_DROPPED,
                     f"La proposition ne nomme pas « {name} », venu(e) avec ce souvenir : gardé(e) quand même.",
                     f"The proposal leaves out “{name}”, who came with this memory: kept all the same.",
                     "persons") for name in dropped]
    return [Flag(FlagKind.PERSON_DROPPED,
                 f"« {name} » venait avec ce souvenir (son fichier, ou vous) : la proposition ne l'a plus.",
                 f"“{name}” came with this memory (its file, or you): the proposal left them out.",
                 "persons") for name in dropped]


# One name joined to itself, "Paul et Paul", "Emma, Emma and Emma": as many people as times said
# (not "Ray and Ray's brother").
_NAMESAKES = re.compile(r"(?<![\w'’-])(?P<name>[A-ZÀ-Ý][\w-]+)(?:\s*,\s*(?P=name))*\s+(?:et|and|&)\s+(?P=name)"
                        r"(?![\w'’-])")


# "Thomas … l'autre Thomas", "Kate and the other Kate": the same name, a second person (when who-is-who records
# both: with one recorded, the blind sets leave the other unlisted).
_THE_OTHER = re.compile(r"\b(?:l['’]autre|the other)\s+(?P<name>[A-ZÀ-Ý][\w-]+)")


def _namesakes_dropped(ctx: GuardContext, proposed: tuple[str, ...]) -> list[Flag]:
    """Persons are counted, not only named: two Pauls in the memory, one in the proposal, is one dropped."""
    flags = []
    for m in _THE_OTHER.finditer(ctx.original):
        recorded_twice = sum(any(names_match(m["name"], n) for n in p.names) for p in ctx.people.people) > 1
        if recorded_twice and sum(names_match(m["name"], p) for p in proposed) == 1:
            flags.append(Flag(
                FlagKind.PERSON_DROPPED,
                f"Le souvenir parle de deux personnes nommées « {m['name']} », la proposition d'une.",
                f"The memory speaks of two people called “{m['name']}”, the proposal of one.",
                "persons", (Span("original", *m.span()),),
            ))
    flags += _two_of_a_name(ctx, proposed, flags)
    for m in _NAMESAKES.finditer(ctx.original):
        name, said = m["name"], len(re.findall(rf"(?<![\w-]){re.escape(m['name'])}(?![\w-])", m.group()))
        listed = sum(names_match(name, p) for p in proposed)
        if 0 < listed < said:  # none listed: the guard above has flagged it already
            flags.append(Flag(
                FlagKind.PERSON_DROPPED,
                f"Le souvenir parle de {said} personnes nommées « {name} », la proposition de {listed}.",
                f"The memory speaks of {said} people called “{name}”, the proposal of {listed}.",
                "persons", (Span("original", *m.span()),),
            ))
    return flags


# A few words quoted: a title, a nickname written as a word ('Mona Lisa', « Petit Papa Noël »); or more, each
# capitalised as a title's are (round 63: "I sang 'God Be With You Till We Meet Again'"; not "'Tom is late again'").
def _in_a_quoted_title(text: str, span: tuple[int, int]) -> bool:
    return any(m.start() < span[0] and span[1] < m.end()
               and (len(said := re.findall(r"[\w'’-]+", m.group())) <= 4 or _in_title_case(m.group()[1:-1]))
               and fold_str(said[0]) not in _SIGNING for m in voice.quotations(text, longest=40))


def _in_title_case(quoted: str) -> bool:
    said = re.findall(r"\w[\w'’-]*", quoted)
    return sum(w[0].isupper() for w in said) >= 0.8 * len(said)


def _a_figures_first_name(text: str, name: str) -> bool:
    """A first name alone, said after the memory first named a character or a star by a whole name it starts ("Harry
    Potter and the Cursed Child… I cried when Harry and Draco made up"): the figure again (round 61). Not "Lunch with
    Harry, then the Harry Potter exhibition": someone first."""
    spans = find_phrase(text, name)
    if " " in name.strip() or not spans:
        return False
    rest = _CAPITALISED_WORDS_AFTER.match(text, spans[0][1])
    said = rest.group().split() if rest else []
    wholes = (" ".join((name, *said[:n])) for n in range(1, len(said) + 1))
    return any(a_character(whole) or a_star(whole) for whole in wholes)


_CAPITALISED_WORDS_AFTER = re.compile(r"(?:\s+[A-ZÀ-Ý][\w'’-]*){1,3}")


# A quoted signature, not a title: « ton Papa Édouard », "love, Grandpa Joe".
_SIGNING = frozenset("ton ta mon ma your my love bisous".split())


# An imported row's heading: "[WhatsApp]", "[Export Messenger]", "[Discord]".
_HEADER = re.compile(r"\s*\[[^\]\n]{1,40}\]")
# "Two Sams", « Deux Lucas »; "Sam from IT … Sam the office manager", « Mélissa de la compta et Mélissa de l'accueil »,
# « Emma (ma filleule) … Emma (sa grand-mère) »: one name, told apart by what follows it each time; two people when
# who-is-who records two who bear it.
TWO_OF = re.compile(r"\b(?i:two|deux|2|both)\s+(?P<name>[A-ZÀ-Ý][\w-]+?)s?\b")


def two_of(text: str) -> set[str]:
    """The names "Two Sams", « Deux Thomas », "Both Bevs", "Two Chrises" count twice, as the memory says them
    elsewhere: « Thomas » from « Deux Thomas… Thomas R. », not « Thoma » (round 61)."""
    names = set()
    for m in TWO_OF.finditer(text):
        word = re.match(r"[\w-]+", text[m.start("name"):])
        said = word.group() if word else m["name"]
        if m.group().lower().startswith("both") and (not said.endswith("s") or _JOINED_AFTER.match(text, m.end())):
            continue  # "both Sam and Ella": two names, not one said twice
        # (the singular first: "Two Sams… my brother Sam… The Sams", « Deux Thomas… Thomas R. »)
        forms = (said[:-2], said[:-1], said) if said.endswith("es") else (said[:-1], said) if said.endswith("s") \
            else (said,)
        elsewhere = text[:m.start()] + " " + text[m.end():]
        names.add(next((f for f in forms if re.search(rf"(?<![\w'’-]){re.escape(f)}(?![\w'’-])", elsewhere)),
                       m["name"]))
    return names


_JOINED_AFTER = re.compile(r"\s*(?:,|and\b|&)")


def _told_apart_by(words: str) -> str:
    """What follows a name to tell its bearer apart: a bracket, a comma and a determiner, or one of `words`."""
    return rf"\s*(?:\(|,\s*(?:the|my|our|ma|mon|sa|son|notre|le|la)\b|\s(?:{words})\b)"


_TOLD_APART = _told_apart_by(r"from|de|du|d['’]|the|my|ma|mon|sa|son")
# Told apart by more words where who-is-who records no two bearers (round 61: "Ravi my cousin and Ravi his best
# friend", « Aline la voisine »); with two recorded, « pas Claire la voisine » says which one was not there.
_TOLD_APART_WIDER = _told_apart_by(r"from|de|du|d['’]|the|my|ma|mon|sa|son|his|her|their|le|la")


def told_apart_twice(text: str, name: str, wider: bool = False) -> bool:
    """« Léo mon voisin et Léo mon collègue », "Chris from work and Chris my ex": one given name, two people."""
    if text.count(name) < 2:
        return False  # most names are said once: no pattern compiled for them
    told_apart = [m for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text)
                  if re.match(_TOLD_APART_WIDER if wider else _TOLD_APART, text[m.end():], re.IGNORECASE)]
    return len(told_apart) >= 2 and maybe_first_name(name)


def _one_said_not_there(text: str, name: str) -> bool:
    """« Claire de la fac (pas Claire la voisine) », "Jean-Pierre le voisin pas Jean-Pierre mon cousin": one of the
    two bearers was not there (round 61)."""
    return any(_NOT_BEFORE.search(text[max(0, m.start() - 20):m.start()])
               for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text))


# A "not" right before the name, with or without the comma or bracket _NOT_THIS_ONE asks for.
_NOT_BEFORE = re.compile(r"\b(?:not|pas|non)\s+$", re.IGNORECASE)


def _two_of_a_name(ctx: GuardContext, proposed: tuple[str, ...], flagged: list[Flag]) -> list[Flag]:
    counted = two_of(ctx.original)
    told_apart = {name for name in set(re.findall(r"(?<![\w'’-])[A-ZÀ-Ý][\w-]+", ctx.original))
                  if told_apart_twice(ctx.original, name, wider=True)}
    names = {name for name in counted if maybe_first_name(name)} | told_apart
    flags = []
    for name in sorted(names):
        bearers = [p for p in ctx.people.people if any(names_match(name, n) for n in p.names)]
        if len(bearers) >= 2:
            if name not in counted and not told_apart_twice(ctx.original, name) \
                    and _one_said_not_there(ctx.original, name):
                continue  # « Claire de la fac (pas Claire la voisine) »: the one listed may be the one there
            listed = len({id(person) for q in proposed if (person := recorded(ctx, q)) in bearers})
        elif name in counted and not bearers or name in told_apart and not _one_said_not_there(ctx.original, name):
            # "Two Sams: Sam from IT and Sam the office manager", "Chris from work and Chris my ex" listed once
            listed = sum(names_match(name, q) or fold_str(q).split()[0] == fold_str(name) for q in proposed)
        else:
            continue
        if 0 < listed < 2 and not any(name in f.message_en for f in flagged):
            flags.append(Flag(
                FlagKind.PERSON_DROPPED,
                f"Le souvenir parle de deux personnes nommées « {name} », la proposition d'une.",
                f"The memory speaks of two people called “{name}”, the proposal of one.",
                "persons",
            ))
    return flags


_SIBLINGS_OF = re.compile(r"\b(?:les|des|aux)\s+(?:(?:deux|trois|quatre|cinq|\d+)\s+)?(?:fr[èe]res|s[œo]e?urs|cousins"
                          r"|cousines|enfants|jumeaux|jumelles|fils|filles|petits-enfants)\s+$", re.IGNORECASE)
# A way to somewhere: "wanted to go to Weston", « on est allés à Florac » (not "went to Jess's", "talked to Sam").
_GONE_TO = re.compile(
    r"\b(?:go|goes|went|gone|going|drive|drove|driven|driving|head(?:ed|ing)?|fly|flew|flown|flying|move[ds]?|moving"
    r"|travel(?:l?ed|l?ing)?|ride|rode|cycled?|walked?)\s+(?:back\s+|on\s+|up\s+|home\s+)?to\s+$"
    r"|\b(?:aller|all[ée]e?s?|partir|parti[es]?|rouler|roul[ée]s?|rentr[ée]e?s?|rentrer|monter|mont[ée]e?s?|descendre"
    r"|descendu[es]?)\s+(?:à|a|jusqu['’]à)\s+$", re.IGNORECASE)


def _the_user_called(text: str, span: tuple[int, int]) -> bool:
    """A relative's word someone else says to the user in the words the memory quotes: « allô ma fille », "Mum, look!"
    (not what the user says, « j'ai dit "maman, viens" », to her own mother)."""
    quoted = next((q for q in voice.quotations(text, 200) if q.start() < span[0] and span[1] < q.end()), None)
    if quoted is None or _THE_USER_SAYS.search(text[max(0, quoted.start() - 40):quoted.start()]):
        return False
    return bool(_CALLED_BEFORE.search(text[quoted.start() + 1:span[0]]) or _CALLED_AFTER.match(text, span[1]))


_THE_USER_SAYS = re.compile(r"\b(?:j['’]ai|je\s+(?:lui\s+|leur\s+)?ai|i)\s+(?:\w+\s+)?"
                            r"(?:dit|r[ée]pondu|cri[ée]|demand[ée]|said|told|asked|shouted|replied|yelled)\b", re.IGNORECASE)
# Calling: a greeting before the word, or a comma, a cry or "you" right after it.
_CALLED_BEFORE = re.compile(r"(?:\b(?:all[ôo]|bonjour|salut|coucou|merci|bravo|hey|hi|hello|thanks|thank you|bye|oh"
                            r"|you(?:['’]re| are)(?: \w+)?|tu es|t['’]es|vous [êe]tes))\s*,?\s*$", re.IGNORECASE)
_CALLED_AFTER = re.compile(r"\s*(?:[,!?]|t['’]|tu\b|you\b)", re.IGNORECASE)


_ABSENT = re.compile(r"\b(?:without|sans)\s+(?:(?:my|our|ma|mon|mes|notre|nos)\s+)?$", re.IGNORECASE)
# One told apart from the one who was there: "My Gary, not brother-in-law Gary", « (mon cousin, pas le voisin Paul) ».
_NOT_THIS_ONE = re.compile(r"(?:,|\()\s*(?:not|pas|non)\s+$", re.IGNORECASE)


# A relative's or a title's word before a name in "chez Mamie Rose", "chez tonton Ali", "chez Mme Roux".
_KIN_TITLE = r"(?:mamie|mami|mamy|papi|papy|tonton|tata|tatie|mémé|pépé|grand-mère|grand-père|mme|m\.|madame|monsieur)"


def whose_place(place: str, name: str) -> bool:
    """"chez Hugo", "chez les parents d'Hugo", "Tiago's flat": the place is someone's, who is still someone
    the persons must hold ("Nando's", "St. Vincent's" alone are the place's own name)."""
    name = re.escape(name)
    place = _NAMED_AFTER_A_PLACE.sub(r"\1", place)  # « abbaye de Tamié », « col de la Cayolle »: a place's, no one's
    return bool(re.search(rf"(?:\bchez\s+(?:{_KIN_TITLE}\s+)?|\bd['’]|\bde\s+){name}(?![\w-])|(?<![\w-]){name}['’]s?\s+\w"
                          # "Miriam and Avi's": two people's home, each someone
                          rf"|\b(?:and|et|&)\s+{name}['’]s\b|(?<![\w-]){name}\s+(?:and|et|&)\s+[\w-]+['’]s\b"
                          rf"|\bchez\s+[\w-]+\s+(?:et|&)\s+{name}(?![\w-])",  # « chez Damien et Lucie »: both hosts
                          place, re.IGNORECASE))


_NAMED_AFTER_A_PLACE = re.compile(
    r"\b(abbaye|col|lac|mont|gorges|for[êe]t|vall[ée]e|plage|baie|pointe|cap|[îi]le|ch[âa]teau|[ée]glise|cath[ée]drale"
    r"|basilique|chapelle|prieur[ée]|monast[èe]re|gare|a[ée]roport|port|pont|parc|mus[ée]e|stade|mairie|h[ôo]tel de ville"
    r"|office de tourisme|cirque|massif|pic|aiguille|refuge|glacier)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)"
    r"[\w'’-]+", re.IGNORECASE)
_ROUTE_END = re.compile(r"\b(?:flights?|planes?|trains?|bus|coach|ferry|tickets?|vols?|billets?|avion|tgv"
                        # (round 46: "my route to Melbourne", "I-80 to Davis and back", "874 miles to John o' Groats")
                        r"|route|I-\d+|miles|km|road trip|drive|journey|voyage|trajet)\b"
                        r"[^.!?;]{0,25}?\b(?:to|for|pour|vers|from|depuis)\s*$"
                        r"|\b(?:jusqu['’]à|escale à|[ée]tape à)\s*$", re.IGNORECASE)  # « jusqu'à Santiago »


def _no_one_with_the_user(ctx: GuardContext, mention: Mention) -> bool:
    if came_with_the_memory(ctx, mention.words):
        return False
    return an_animals_name(ctx.original, mention.words, doing=True) \
        or a_work_or_a_star(ctx.original, mention.words, mention.span) \
        or mention.person is None and (dressed_up_as(ctx.original, mention.words)
                                       or a_character_played(ctx.original, mention.words)
                                       or a_part_someone_plays(ctx, mention.words)
                                       or a_pets_sign(ctx.original, mention.words)
                                       or a_vehicles_name(ctx.original, mention.words)
                                       or _a_brand_before_its_product(ctx.original, mention.span))


def _a_brand_before_its_product(text: str, span: tuple[int, int]) -> bool:
    """A name right before what it makes, after an article or a word for the thing (round 74: "new Hunter wellies",
    "a tortilla with Tayto crisps", "one ruined Hermès scarf", "my first Harris Tweed jacket"): a brand, never someone
    left out (not "Isla bottle-fed", nor "bought Tom boots": boots for Tom)."""
    return _A_PRODUCT_AFTER.match(text, span[1]) is not None \
        and _A_THINGS_WORD_BEFORE.search(text, 0, span[0]) is not None


_A_THINGS_WORD_BEFORE = re.compile(r"\b(?:a|an|the|my|your|his|her|our|their|new|old|first|some|of|with|favourite"
                                   r"|favorite|ruined|proper|real|cheap|vintage|one|two|three|\d+|un|une|des|mes|mon"
                                   r"|ma|ses|son|sa|nouvelle?s?|vieille?s?|vieux|premi[èe]re?s?|de|d['’]|du|avec)\s+$",
                                   re.IGNORECASE)
_A_PRODUCT_AFTER = re.compile(
    r"\s+(?:wellies|boots|trainers|jacket|coat|fleece|hoodie|jumper|scarf|jeans|socks|shoes|handbag|kettle|hoover|watch"
    r"|headphones|crisps|biscuits|chocolates?|sauce|beer|cider|gin|whisky|vodka|laptop|stove|fridge|blender"
    r"|bottes|baskets|veste|manteau|doudoune|sac à main|bouilloire|montre|chaussures)(?![\w-])", re.IGNORECASE)


# A part who-is-who says someone plays ("Deaf actor, plays Puck", « comédienne, joue Miranda »): "Puck's sign",
# « la robe de Miranda » name the character, not someone left out.
_PLAYS = re.compile(r"\b(?:plays|playing|played|cast as|joue|jouant|jouera|dans le r[ôo]le d[e'’]|in the role of)\s+"
                    r"(?:the part of\s+|le r[ôo]le d[e'’]\s*)?(?P<part>[^,;()]+)", re.IGNORECASE)


def a_part_someone_plays(ctx: GuardContext, name: str) -> bool:
    return any(names_match(name, m["part"].strip()) for person in ctx.people.people
               for m in _PLAYS.finditer(person.relation or ""))
