"""A name listed among the persons that the memory never names, or names as no one: a character, a brand, a team,
an animal, a pronoun, the place itself, someone's unnamed relative, one person listed twice; and names the reflection
brings that the memory lacks."""
from __future__ import annotations

import re

from .. import voice
from ..folding import contains_phrase, find_phrase, fold_str
from ..language import detect_language
from ..mentions import (
    A_BIRTH, A_SAINT_BEFORE, ARTICLE_FIRST, KIN_AND_TITLES, PLACE_NOUNS,
    RELATIONS, a_family_word, a_feast, a_firm_named, a_pet_by_its_words, a_pubs_name, a_restaurants_name,
    a_someone_noun, a_towns_joined_name,
    a_storms_name, a_things_name, an_ai_model, an_institution, between_commas, kin, met_or_heard_from, named_as_a_thing,
    person_mentions,
)
from ..names import (
    a_verb_follows, a_word_and_no_name, english_lemmas, is_english_word, is_french_word, maybe_first_name,
)
from ..persona import KnownPerson, WhoIsWho
from ..proposal import Proposal
from ..texting import AN_ARTICLE, in_lower_case
from ..time_phrases import sentence_of
from ..towns import a_town
from ..well_known import a_brand, a_character, a_firms_name, a_landmark, a_pets_name, a_star, a_team_playing
from .animals_and_works import (
    a_character_played, a_game_played, a_name_thought_of, a_namesake, a_pets_sign, a_star_seen, a_vehicles_name,
    a_title_on_a_bill, a_title_or_a_things_name, a_works_author_or_the_music, an_animals_name, dressed_up_as,
    titled,
)
from .flags import Flag, FlagKind, GuardContext, Span
from .persons import (
    a_part_someone_plays, a_relation, came_with_the_memory, named_in_text, names_match, recorded,
    supported_person, told_apart_twice, told_as_a_thing, two_of, whose_place,
)

def check_persons_invented(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    flags = []
    for i, name in enumerate(proposal.fields.persons):
        spans = (Span(f"persons[{i}]", 0, len(name)),)
        if _the_companion_listed(ctx, name):
            flags.append(Flag(  # she is who the user tells it to, not someone the memory is about
                FlagKind.PERSON_INVENTED,
                f"« {name} », c'est le compagnon lui-même, pas une personne de ce souvenir.",
                f"“{name}” is the companion itself, not someone in this memory.", "persons", spans))
        elif not supported_person(ctx, name):
            flags.append(_invented(ctx, name, spans, "persons"))
        elif said := _no_one(ctx, name, proposal.fields.place):
            flags.append(Flag(FlagKind.PERSON_INVENTED, *said, "persons", spans))
    flags += _listed_twice(ctx, proposal.fields.persons, flags)
    flags += _a_namesake_added(ctx, proposal.fields.persons, flags)
    flags += _a_first_name_beside_its_bearers(proposal.fields.persons, flags)
    listed = {fold_str(f.message_en) for f in flags}
    reflection = proposal.fields.reflection
    for mention in person_mentions(reflection, WhoIsWho(), ctx.persona.names):
        if voice.DEPERSONALISING_RE.fullmatch(fold_str(mention.words)) or supported_person(ctx, mention.words):
            continue  # the companion guard's concern, or someone the memory names
        if mention.words.endswith("s") and supported_person(ctx, mention.words[:-1]):
            continue  # "two Matts": the memory's Matt, said of both
        if _an_epithet_before(ctx, mention.words):
            continue  # "Lucky Priya spotted him", « Pauvre Biscotte »: a word of hers, then the memory's name
        if _is_known_place(ctx, proposal, mention.words) or ctx.people.find(mention.words):
            continue  # ("…your sister, Julien and your dad": she knows the user's people, named here or not)
        if not any(fold_str(mention.words) in m for m in listed):
            flags.append(_invented(ctx, mention.words, (Span("reflection", *mention.span),), "reflection"))
    return flags


# "Team Gerald", « Équipe Lucas »: a team named after someone (round 56: a charity walk's team), no one listed.
_A_TEAMS_NAME = re.compile(r"(?:Team|[ÉE]quipe)\s+\S")


_SOMEONE_BEFORE = re.compile(r"\b(?:met|meet|meeting|rencontr\w*|with|avec|avc|w/|our|notre|the other|l['’]autre"
                             r"|my friend|mon ami|mon amie|ma copine|mon pote"
                             # "Sending it to Wen", « envoyé ça à Nine »: whom something is sent, shown, told
                             r"|(?:send\w*|sent|show\w*|gave|give|text\w*|told|tell|wrote|write|propos\w*|envoy\w*|montr\w*"
                             r"|donn\w*|[ée]crit)\s+(?:it|them|this|that|ça|ca|le|la|les)?\s*(?:to|à|a))\s+$",
                             re.IGNORECASE)
_SOMEONE_AFTER = re.compile(r"\s*(?:and i|and me|et moi|& i|['’]s (?:mum|mom|dad|sister|brother|wife|husband|wedding"
                            r"|birthday|funeral|friends?|son|daughter|kids?|cousin|boyfriend|girlfriend|partner|mates?"
                            r"|boss|baby|parents))\b", re.IGNORECASE)
# "Hugo, mon fils, a appris…": a relation said of the name, between commas (not « Pâquerette, ma chèvre, »).
_APPOSED = re.compile(r",\s*(?:mon|ma|my|our|notre)\s+(?P<noun>[\w-]+)(?:\s+[\w'’-]+){0,2}\s*,", re.IGNORECASE)


def _said_as_someone(text: str, name: str) -> bool:
    return any(_SOMEONE_BEFORE.search(text[max(0, start - 24):start]) or _SOMEONE_AFTER.match(text, end)
               or _A_SPEAKER.search(text[max(0, start - 3):start]) and _SPEAKS.match(text, end)
               or met_or_heard_from(text, start, end) or _a_relation_apposed(text, end)
               for start, end in find_phrase(text, name))


def _a_relation_apposed(text: str, end: int) -> bool:
    m = _APPOSED.match(text, end)
    return m is not None and a_relation(m["noun"])


# A chat line's speaker: "…'Book Club Babes': Honey — I'm hosting", "\nAurore : Merci pour hier".
_A_SPEAKER = re.compile(r"(?:^|[\n:\]]\s*)$")
_SPEAKS = re.compile(r"\s*(?::|—|–)\s*\S")


def _someone_by_the_sentence(ctx: GuardContext, name: str) -> bool:
    """"Spent the evening with Moana": whatever the name is elsewhere, here someone the user was with (not
    « Soirée Harry Potter avec Chloé »)."""
    return any(_WITH_SOMEONE.search(ctx.original[max(0, start - 30):start])
               for start, _ in find_phrase(ctx.original, name))


def _a_works_name(ctx: GuardContext, name: str) -> bool:
    """Every time the memory says the name, it says a work's author or the music playing (round 50: "a Spotify
    playlist of Glenn Miller", « un poème de Prévert », "Joni Mitchell on repeat")."""
    spans = find_phrase(ctx.original, name)
    return bool(spans) and all(a_works_author_or_the_music(ctx.original, ctx.original[a:b], (a, b)) for a, b in spans)


# "with Moana", "Moana and Tiana", "Léa et", "me and": not "a yule log and Father Christmas".
_WITH_SOMEONE = re.compile(r"(?:\b(?:with|avec|avc|w/)|(?:(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*|\b(?:me|moi))\s+(?:and|et|&))\s+$")


def _no_one(ctx: GuardContext, name: str, place: str) -> tuple[str, str] | None:
    """What a listed name is when it is nobody the memory was with, said in French and English (None: someone)."""
    if (known := ctx.people.find(name)) is not None and known.an_animal:
        return (f"Qui-est-qui dit que « {name} » est un animal ({known.relation}), pas une personne.",
                f"Who-is-who says “{name}” is an animal ({known.relation}), not a person.")
    if _only_given_to_a_thing(ctx.original, name):
        return (f"Le souvenir donne le nom « {name} » à une chose ou à un animal, pas à quelqu'un avec qui tu étais.",
                f"The memory gives the name “{name}” to a thing or an animal, not to someone you were with.")
    if known is not None or came_with_the_memory(ctx, name) or _a_family(ctx.original, name):
        return None
    if _hers(ctx, name):
        return (f"« {name} » est mon nom à moi, la compagne : pas quelqu'un du souvenir.",
                f"“{name}” is my own name, the companion's: not someone in the memory.")
    if a_character(name) and not _someone_by_the_sentence(ctx, name):
        return (f"« {name} » est un personnage (d'un livre, d'un film…), pas quelqu'un avec qui tu étais.",
                f"“{name}” is a character (from a book, a film…), not someone you were with.")
    if a_pets_name(name) and not _someone_by_the_sentence(ctx, name) and not _said_as_someone(ctx.original, name):
        return (f"« {name} » est un nom qu'on donne à un animal, et personne dans qui-est-qui ne le porte : pas"
                f" quelqu'un avec qui tu étais.",
                f"“{name}” is a name people give their animals, and no one in who-is-who bears it: not someone you"
                f" were with.")
    if (a_feast(name) or _SAINTED.match(name)) and not _said_as_someone(ctx.original, name) \
            and not _doing_something(ctx.original, name):
        return (f"« {name} » est le nom d'une fête ou d'un saint (d'une église, d'un lieu), pas quelqu'un avec qui"
                f" tu étais.",
                f"“{name}” is a holiday's or a saint's name (a church's, a place's), not someone you were with.")
    if a_star(name) and not _someone_by_the_sentence(ctx, name) and not a_star_seen(ctx.original) \
            and not a_namesake(ctx.original, name):
        return (f"« {name} » est une personnalité dont parle le souvenir, pas quelqu'un avec qui tu étais.",
                f"“{name}” is a public figure the memory speaks of, not someone you were with.")
    if _a_works_name(ctx, name):
        return (f"« {name} » est l'auteur d'une œuvre ou la musique qu'on écoute, pas quelqu'un avec qui tu étais.",
                f"“{name}” is a work's author or the music playing, not someone you were with.")
    if dressed_up_as(ctx.original, name) and not _said_as_someone(ctx.original, name):
        return (f"« {name} » est un déguisement (un personnage), pas quelqu'un avec qui tu étais.",
                f"“{name}” is a character someone dressed up as, not someone you were with.")
    if a_part_someone_plays(ctx, name):
        return (f"« {name} » est un rôle que joue quelqu'un de qui-est-qui, pas quelqu'un avec qui tu étais.",
                f"“{name}” is a part someone in who-is-who plays, not someone you were with.")
    if _played_as_a_part(ctx.original, name):
        return (f"Le souvenir dit « {name} » d'un rôle que quelqu'un joue, pas de quelqu'un avec qui tu étais.",
                f"The memory says “{name}” of a part someone plays, not of someone you were with.")
    if _the_place_itself(ctx, place, name):
        return f"« {name} » est le lieu proposé, pas une personne.", f"“{name}” is the proposed place, not a person."
    if _named_after(ctx.original, place, name) and not _said_as_someone(ctx.original, name):
        return (f"« {name} » donne son nom au lieu proposé (« {place} ») : pas quelqu'un avec qui tu étais.",
                f"“{name}” gives its name to the proposed place (“{place}”): not someone you were with.")
    if whole := _a_place_after_someone(ctx.original, name):
        return (f"Le souvenir dit « {name} » dans « {whole} », le nom d'un lieu donné d'après quelqu'un, pas d'une"
                f" personne.",
                f"The memory says “{name}” within “{whole}”, a place named after someone, not of a person.")
    if _an_unnamed_relative(name) and not _beside_a_name(ctx.original, name) or _a_role_without_a_name(name) \
            or _words_capitalised(ctx.original, name) or _a_word_before_any_name(ctx.original, name):
        return (f"« {name} » ne donne pas de nom : le souvenir ne nomme pas cette personne.",
                f"“{name}” gives no name: the memory does not name this person.")
    if (bare := _a_possessive(ctx.original, name)):
        return (f"« {name} » est un possessif (« {bare} »), pas un nom de plus.",
                f"“{name}” is a possessive (of “{bare}”), not another name.")
    if (a_team_playing(ctx.original, name) or _A_TEAMS_NAME.match(name)) and not _said_as_someone(ctx.original, name):
        return f"« {name} » est une équipe, pas une personne.", f"“{name}” is a team, not a person."
    if a_name_thought_of(ctx.original, name):
        return (f"« {name} » est un prénom envisagé, pas quelqu'un du souvenir.",
                f"“{name}” is a name being considered, not someone in the memory.")
    if a_game_played(ctx.original, name):
        return f"« {name} » est un jeu, pas une personne.", f"“{name}” is a game, not a person."
    if (a_brand(name) or a_restaurants_name(ctx.original, name) or a_pubs_name(ctx.original, name)
            or an_ai_model(ctx.original, name)) \
            and not _speaking(ctx.original, name):
        return (f"« {name} » est une marque, une enseigne, une équipe ou un groupe, pas quelqu'un avec qui tu étais.",
                f"“{name}” is a brand, a shop, a team or a band, not someone you were with.")
    if a_landmark(name):
        return f"« {name} » est un lieu, pas une personne.", f"“{name}” is a place, not a person."
    if _A_GROUPS_NAME.match(name):
        return (f"« {name} » est le nom d'un groupe (une chorale, un orchestre), pas quelqu'un avec qui tu étais.",
                f"“{name}” is a group's name (a choir, a band), not someone you were with.")
    if said := _a_relative_given_a_title(ctx.original, name):
        return (f"Le souvenir dit « {said} » sans la nommer : « {name} » est un nom inventé.",
                f"The memory says “{said}” without naming them: “{name}” is a made-up name.")
    if whole := _part_of_a_things_name(ctx.original, name):
        return (f"Le souvenir dit « {name} » dans « {whole} », une enseigne, une marque ou un lieu, pas une personne.",
                f"The memory says “{name}” within “{whole}”, a shop, a brand or a place, not a person.")
    if told_as_a_thing(ctx.original, name) and not titled(name) and not _said_as_someone(ctx.original, name):
        return (f"Le souvenir dit « {name} » d'une chose (un thé, une chanson, un objet), pas d'une personne.",
                f"The memory says “{name}” of a thing (a tea, a song, an object), not of a person.")
    if _only_where_something_is(ctx.original, name):
        return (f"Le souvenir dit « {name} » d'un lieu (un saint, une ville, un sommet, une enseigne), pas d'une"
                f" personne.",
                f"The memory says “{name}” of a place (a saint's, a town, a summit, a shop), not of a person.")
    if _a_toy_or_a_mascot(ctx.original, name):
        return (f"Le souvenir dit que « {name} » est un jouet, une peluche ou une mascotte, pas une personne.",
                f"The memory says “{name}” is a toy, a soft toy or a mascot, not a person.")
    if a_pet_by_its_words(ctx.original, name):  # "Mr Pickles the tortoise": titled, yet an animal
        return (f"Le souvenir dit que « {name} » est un animal, pas une personne.",
                f"The memory says “{name}” is an animal, not a person.")
    if _named_with_an_article(ctx.original, name):
        return (f"Le souvenir dit « {name} » avec un article (« le », « la », \"the\") : le nom d'un lieu ou d'une"
                f" chose, pas d'une personne.",
                f"The memory says “{name}” with an article (“the”, « le », « la »): the name of a place or a thing,"
                f" not of a person.")
    if _a_word_not_a_name(ctx.original, name) or _said_in_a_phrase(ctx.original, name) \
            or _a_given_name_said_as_a_word(ctx.original, name):
        return (f"« {name} » est un mot, pas un prénom : le souvenir ne le dit pas d'une personne qu'il nomme (un"
                f" animal, une chose, quelqu'un sans nom ?).",
                f"“{name}” is a word, not a given name: the memory does not say it of someone it names (an animal,"
                f" a thing, someone unnamed?).")
    if _not_a_person(ctx, name):
        return (f"Le souvenir parle de « {name} », mais pas comme d'une personne (un lieu, un animal, un nom de"
                f" chose).",
                f"The memory speaks of “{name}”, but not as a person (a place, an animal, the name of a"
                f" thing).")
    return None


def _only_given_to_a_thing(text: str, name: str) -> bool:
    """Each time the memory says the name, it gives it to a thing or an animal ("a robot boat… He's called it
    Gildas", though Gildas was the late husband; « il l'a baptisé Roger »), round 68; not a baby's name, nor "called
    it 'Priya's regime'", nor « un jeune qui s'appelle Hugo », someone."""
    spans = find_phrase(text, name)
    return bool(spans) and not A_BIRTH.search(text) \
        and all(_NAMED_IT.search(text[max(0, start - 30):start]) and not re.match(r"['’]s\b", text[end:])
                for start, end in spans)


# (« il l'a baptisé », but not « Il l'a appelée Claire », Papa's name for his granddaughter)
_NAMED_IT = re.compile(r"(?:\b(?:called|named|dubbed|christened)\s+it|(?<![\w'’])l['’](?:ai|a|avons|avez|ont)\s+"
                       r"baptis[ée]e?)\s*['‘\"“«]?\s*$", re.IGNORECASE)


def _played_as_a_part(text: str, name: str) -> bool:
    """"staged 'The Tempest' with Pruneau as Ariel", "cast as Puck", « dans le rôle de Cosette »: each time the memory
    says the name, a part someone plays (round 65)."""
    spans = find_phrase(text, name)
    return bool(spans) and all(_PLAYED_AS.search(text[max(0, start - 40):start]) for start, _ in spans)


_PLAYED_AS = re.compile(r"(?:(?-i:[A-ZÀ-Ý])[\w'’-]+\s+as|\bcast\s+as|\bin\s+the\s+(?:role|part)\s+of"
                        r"|\bdans\s+le\s+r[ôo]le\s+(?:de|d['’]|du))\s*(?:the\s+|le\s+|la\s+|l['’])?$", re.IGNORECASE)


# A family or a group of siblings by its name, listed as the memory says it: "Karimi family", "Popal kids".
_A_FAMILY = re.compile(r"(?:the\s+)?[A-ZÀ-Ý][\w'’-]+\s+(?:family|kids|children|twins|boys|girls|brothers|sisters)"
                       r"|(?:la\s+)?famille\s+[A-ZÀ-Ý][\w'’-]+", re.IGNORECASE)


def _a_family(text: str, name: str) -> bool:
    return bool(_A_FAMILY.fullmatch(name)) and name[:1].isupper() and contains_phrase(text, name)


# A given name that is a word in a phrase, capitalised at a sentence's start (round 51): « Grâce à lui j'ai osé »,
# « Action de grâce chez Karim », "Will you come?", "May I?".
_A_PHRASE = re.compile(r"(?i:gr[âa]ces?)\s+(?:[àa]|au|aux)\b|(?i:action|actions|coup)\s+de\s+(?i:gr[âa]ces?)"
                       r"|(?:Will|May)\s+(?:I|you|we|he|she|they)\b")


def _said_in_a_phrase(text: str, name: str) -> bool:
    spans = find_phrase(text, name)
    phrases = [m.span() for m in _A_PHRASE.finditer(text)] if spans else []
    return bool(spans) and all(any(a <= start < b for a, b in phrases) for start, _ in spans)


def _named_with_an_article(text: str, name: str) -> bool:
    """"Le Dauphine" for « Youssef a fermé le Dauphine pour travaux », "Fiddle" for "at the Fiddle": a name the memory
    only ever says right after a lower-case article, a café's, a boat's, a shop's; no one's (round 73). Not a title
    (« le Dr Morin »), nor « Le Goff », a surname whose article is capitalised."""
    bare = ARTICLE_FIRST.sub("", name.strip())
    if not bare[:1].isupper() or titled(bare) or kin(bare) or bare.endswith("s"):
        return False  # (not "the Smiths": a family)
    spans = find_phrase(text, bare)
    return bool(spans) and all(_A_LOWER_CASE_ARTICLE.search(text, max(0, start - 6), start) for start, _ in spans)


_A_LOWER_CASE_ARTICLE = re.compile(r"(?<![\w'’])(?:le|la|du|au|the)\s+$|(?<![\w'’])l['’]$")


def _a_word_not_a_name(text: str, name: str) -> bool:
    """« son mec », « la voisine », "Luthier" for « le luthier », "Crabe" for « le crabe géant »: a word of the
    language, no given name of any list, which the memory writes only in lower case — someone it leaves unnamed, or
    no one. (Who-is-who's names and the persons the memory came with were asked first; "grand-père" is kin.)"""
    said = name.split()
    word = said[-1] if len(said) == 2 and fold_str(said[0]) in _DETERMINERS else name.strip()
    if len(word.split()) != 1 or titled(name) or kin(word) or maybe_first_name(word):
        return False
    if not (is_french_word(word.lower()) or is_english_word(word.lower())):
        return False
    spans = find_phrase(text, word)
    return bool(spans) and all(text[start:end].islower() for start, end in spans)


def _a_given_name_said_as_a_word(text: str, name: str) -> bool:
    """"Carol" for "the carol service", "Rose" for « un bouquet de rose »: a given name that is a word too, which a
    memory capitalising its names elsewhere writes only in lower case (round 52). Not a memory in lower case
    ("lunch w carol"): its names are too."""
    word = name.strip()
    if " " in word or not maybe_first_name(word) or in_lower_case(text) or not _A_NAME_INSIDE.search(text):
        return False
    if not (is_english_word(word.lower()) or is_french_word(word.lower())):
        return False
    spans = find_phrase(text, word)
    # (after an article: "the carol service", "before they lit the guy"; not "dan was fuming", a name in lower case;
    # after a word of time, round 59: "ate the marshmallows before grace")
    return bool(spans) and all(text[start:end].islower() and (AN_ARTICLE.search(before := text[max(0, start - 8):start])
                                                              or _A_TIMES_WORD_BEFORE.search(before))
                               for start, end in spans)


_A_TIMES_WORD_BEFORE = re.compile(r"\b(?:before|after|during|avant|apr[èe]s|pendant)\s+$", re.IGNORECASE)


# A capitalised word inside a sentence: the memory writes names with their capitals.
_A_NAME_INSIDE = re.compile(r"(?<![.!?:;\n]\s)(?<![.!?:;\n])(?<!^)(?<![\w'’-])[A-ZÀ-Ý][a-zà-ÿ]+")


_DETERMINERS = frozenset("le la l' les un une son sa ses mon ma mes ton ta leur the a an my his her their our your".split())


def _a_relative_given_a_title(text: str, name: str) -> str:
    """"Mrs. Jordan" for "Jordan's mum", « M. et Mme Nathan » for « les parents de Nathan »: a child's name made
    the surname of a relative the memory leaves unnamed. Returns the memory's words for them."""
    if not titled(_A_COUPLES_TITLES.sub("", name)):
        return ""
    rest = [t for t in re.findall(r"[\w'’-]+", name) if fold_str(t).rstrip(".") not in KIN_AND_TITLES and t[:1].isupper()]
    if len(rest) != 1 or contains_phrase(text, name):  # ("Mr. Haile's wife" names him)
        return ""
    # Said once with its kin is enough ("Picked up Ivy from Jordan's. Jordan's mom says…": the child's name twice)
    return next((phrase for start, end in find_phrase(text, rest[0])
                 if (phrase := _said_with_its_kin(text, start, end))), "")


def _said_with_its_kin(text: str, start: int, end: int) -> str:
    """The name with the kin word that makes it someone else's ("Jordan's mum", « parents de Nathan »), or ""."""
    before = text[max(0, start - 30):start]
    if (m := _KIN_OF_A_NAME.search(before)) is not None:
        phrase = before[m.start("kin"):] + text[start:end]  # « parents d'Enzo »
    elif (m := _KIN_AFTER_A_NAME.match(text, end)) is not None:
        phrase = text[start:m.end()]  # "Jordan's mum"
    else:
        return ""
    return phrase if kin(m["kin"]) or fold_str(m["kin"]) in _PARENTS else ""


_PARENTS = frozenset("parents parent folks".split())
_A_COUPLES_TITLES = re.compile(r"^(?:M\.?|Mr\.?|Monsieur)\s+(?:et|and|&)\s+", re.IGNORECASE)  # « M. et Mme X »
_KIN_OF_A_NAME = re.compile(r"\b(?:les?|la|l['’]|the)?\s*(?P<kin>[\w-]+)\s+(?:de|d['’]|du|of)\s*$", re.IGNORECASE)
_KIN_AFTER_A_NAME = re.compile(r"['’]s?\s+(?P<kin>[\w-]+)", re.IGNORECASE)


def _only_where_something_is(text: str, name: str) -> bool:
    """"at St. Mary's", "a wedding in Bali": a name said only where a place's name goes (after a saint's title, or
    after "in"/"at") that is no given name (or a town's too) and bears no title."""
    said = find_phrase(text, name)
    if not said or titled(name) or kin(name):
        return False
    saints = all(A_SAINT_BEFORE.search(text[max(0, start - 8):start]) for start, _ in said)
    if saints or all(_CLIMBED.search(text[max(0, start - 30):start]) for start, _ in said):
        return True  # (round 70: "climbed Ben Lomond with Priya", « gravi le Canigou avec Núria »: a summit)
    if any(maybe_first_name(t) for t in name.split()) and not a_town(name):
        return False  # "in Florence" is a town
    # Not "at Tolu's": a shop's name or someone's home, the sentence cannot tell which
    return all(_AT_OR_IN.search(text[max(0, start - 8):start]) and text[end:end + 1] not in "'’"
               for start, end in said)


# A summit, by the verb that climbs it: "climbed Ben Lomond", "walked up towards Monte d'Oro", « gravi le Canigou ».
_CLIMBED = re.compile(r"\b(?:climbed|summited|hiked up|walked up(?: to| towards)?|scrambled up|bagged|gravi"
                      r"|escalad[ée]e?s?|ascension d[eu])\s+(?:the\s+|le\s+|la\s+|l['’])?$", re.IGNORECASE)


# (a name's elided « d' » within it: « Coopérative Val d'Ouche »)
_CAPITALISED_RUN = re.compile(r"(?:(?:d['’])?[A-ZÀ-Ý][\w'’&-]*\s+)*(?:d['’])?[A-ZÀ-Ý][\w'’&-]*")


def _part_of_a_things_name(text: str, name: str) -> str:
    """"Leroy" for « une vidéo de Leroy Merlin »: every time the memory says the name, it is part of a longer one the
    lists know as a shop, a brand or a place ("Marie Callender's", which they lack, is not known so). That name, or ""."""
    wholes = []
    for start, end in find_phrase(text, name):
        run = next((m for m in _CAPITALISED_RUN.finditer(text) if m.start() <= start and end <= m.end()), None)
        whole = run.group().strip() if run else ""
        bare = re.sub(r"['’]s$", "", whole)
        if fold_str(bare) == fold_str(name) or not (a_brand(bare) or a_landmark(bare) or a_firms_name(bare)
                                                    or an_institution(bare)):  # « la Coopérative Val d'Ouche »
            return ""
        wholes.append(bare)
    return wholes[0] if wholes else ""


# A saint's name, a feast's, a church's or a town's more often than anyone's: "St. Patrick", « Santo Ildefonso ».
_SAINTED = re.compile(r"(?:St|Ste|Saint|Sainte|San|Santo|Santa|São)\.?\s+[A-ZÀ-Ý]")
# A name with a plural or an English article: a group's ("Les Tilleuls", "The Wee Hours"), round 58; not « Le Goff »,
# « La Fontaine », surnames.
_A_GROUPS_NAME = re.compile(r"(?:Les|The)\s+[A-ZÀ-Ý]")
_AT_OR_IN = re.compile(r"\b(?:in|at|en|dans|near)\s+$", re.IGNORECASE)  # not « à », also "to" someone


def _an_epithet_before(ctx: GuardContext, words: str) -> bool:
    first, _, rest = words.partition(" ")
    epithet = "ADJ" in english_lemmas(first.lower()) or fold_str(first) in _FRENCH_EPITHETS
    return bool(rest) and epithet and supported_person(ctx, rest) and not contains_phrase(ctx.original, words)


_FRENCH_EPITHETS = frozenset("pauvre cher chere petit petite vieux vieille brave sacre sacree grand grande".split())


def _hers(ctx: GuardContext, name: str) -> bool:
    """"Maë, rappelle-toi : Anouk m'a prêté…": the name the user calls her by is no one in the memory; a
    neighbour or an aunt of the same name ("Nova, ma voisine du dessus, m'a laissé…") is someone."""
    if not any(names_match(name, n) for n in ctx.persona.names):
        return False
    said = find_phrase(ctx.original, name)
    return bool(said) and not any(_someone_else_bears_it(ctx.original, start, end) for start, end in said)


def _someone_else_bears_it(text: str, start: int, end: int) -> bool:
    """"Nova, ma voisine du dessus", "my niece Nova", "Nova's mum", "Nova from work": the memory says someone else
    bears her name; otherwise the user is speaking to her or of her ("Asked Juniper to help me calm down")."""
    if _calling_her(text, start, end):
        return False
    if _SOMEONE_APPOSED.match(text, end) or _SOMEONE_ELSES_BEFORE.search(text[max(0, start - 40):start]):
        return True
    return not _HER_DEED.match(text, end) and bool(_SOMEONE_ELSES_AFTER.match(text, end))


_SOMEONE_ELSES_BEFORE = re.compile(r"\b(?:my|our|his|her|their|mon|ma|notre|son|sa|leur|la|le|the|little|petite?)"
                                   r"\s+(?:[\w-]+\s+){0,2}$|\b(?:named|called|nomm[ée]e?|appel[ée]e?|prénommée?)\s+$",
                                   re.IGNORECASE)
# …or that a hand did something to the user ("Lili taught me to knit", « Nova m'a appris à tricoter »).
_SOMEONE_ELSES_AFTER = re.compile(r"['’]s\b|\s+(?:from|de la|du|d['’]|de|at|who|qui|and|et)\b|\s*\("
                                  r"|\s+(?:m['’]|me\b|nous\s+a)|\s+(?:\w+ed|taught|told|gave|showed|lent|sent|brought"
                                  r"|bought|made|took|drove|met|hugged)\s+(?:me|us)\b", re.IGNORECASE)


# …unless it is what she does for the user from where she is: "Sab reminded me to photograph every room", « Lib m'a
# aidée à choisir entre deux pianos », « Noxie me tient compagnie pendant l'escale » (round 43).
_HER_DEED = re.compile(r"\s+(?:helped me (?:to )?(?:write|choose|find|pick|decide|word|think|plan)|reminded me"
                       r"|keeps me company|kept me company|m['’]a aidée? à (?:choisir|trouver|écrire|décider|formuler)"
                       r"|m['’]a rappelée?|me tient compagnie|m['’]a tenu compagnie)\b", re.IGNORECASE)


# The user speaking to her: "Maë, rappelle-toi", "June, remind me", « Zézette, tu te souviens ».
_TO_HER_AFTER = re.compile(r",\s*(?:(?:dis|écoute|ecoute|devine|note|rappelle|retiens|imagine|regarde|attends)\b"
                           r"|(?:tu|toi|t['’]|te|vous)\b|(?:you|your|guess|remind|note|remember|listen|look|tell|imagine"
                           r"|write|keep|wait|help|promise)\b)", re.IGNORECASE)


def _calling_her(text: str, start: int, end: int) -> bool:
    """The name opens a sentence and the words after it speak to her, or it opens the memory, as a letter's
    greeting ("Bee, happy new year", « Libi, j'ai enfin trouvé un job », "Hey Bee,"), not in apposition."""
    if not re.search(r"(?:^|[.!?…:]\s*)$", text[:start]):
        return bool(re.fullmatch(r"\s*(?:hey|hi|hello|coucou|salut|dis|oh)\s+", text[:start], re.IGNORECASE)) \
            and text[end:end + 1] == ","
    return bool(_TO_HER_AFTER.match(text, end)) or not text[:start].strip() and text[end:end + 1] == "," \
        and not _SOMEONE_APPOSED.match(text, end)


# "Nova, my neighbour's toddler, …", « Nova, la fille de… »: the words after the comma say who bears the name (after
# an article, words closed as an apposition is: "Wren, the swallows have fledged!" speaks to her).
_SOMEONE_APPOSED = re.compile(r",\s*(?:(?:mon|ma|mes|my|our|notre|his|her|son|sa|their|leur)\b"
                              r"|(?:the|la|le|l['’]|a|an|un|une)\b[^,.!?;:()—–]{0,40}(?:[,.()—–]|$))", re.IGNORECASE)


def _an_unnamed_relative(name: str) -> bool:
    """"Jordan's sister", « la sœur de Jordan », « mère de Yasmine », "Parisa's best friend", "Priya's landlord", « le
    fils de Mme Roussel », "ma cousine", "my neighbour": someone's relative or someone by their role, listed without a
    name of their own (not "Papa", "Grandma": what the user calls a parent is a name)."""
    m = _SOMEONES.fullmatch(name.strip())
    if m is not None:
        said = m["noun"] or m["fr"]
        noun = fold_str(said)
        # (round 62: any word in lower case, no given name, is no name either: "Hailey's caseworker", "Jess's dog",
        # « les petits-fils de Gérard »)
        return bool(kin(noun)) or _a_role(noun) or noun in _FRIENDS or said.islower() and not maybe_first_name(said)
    m = _MINE.fullmatch(name.strip())
    if m is None or not (relation := kin(m["noun"])):
        return False
    return m["mine"] is not None or not (a_family_word(m["noun"]) or relation & _ELDERS)


def _beside_a_name(text: str, relation: str) -> bool:
    """"My boss, Dave, yelled", « Inès, ma collègue »: the relation said right beside the name it is."""
    return any(re.search(r"(?-i:[A-ZÀ-Ý])[\w'’-]+\s*,\s*$", text[max(0, start - 30):start])
               or re.match(r"\s*,\s*(?-i:[A-ZÀ-Ý])", text[end:]) for start, end in find_phrase(text, relation))


# Someone's relative, a name's or a titled name's: "Jordan's sister", « la mère d'Inès », « fils de Mme Roussel ».
_OWNER = r"(?-i:[A-ZÀ-Ý])[\w.-]*(?:\s+(?-i:[A-ZÀ-Ý])(?:[\w-]*|\.))?"  # "Mrs. Delgado", "Emma K."
_SOMEONES = re.compile(rf"{_OWNER}['’]s\s+(?:(?:best|old|new|little|big|older|younger|eldest|late)\s+)?(?P<noun>[\w-]+)"
                       r"|(?:(?:la|le|l['’])\s*)?(?:(?:petite?|grande?|meilleure?|vieille|vieux|nouvelle?)\s+)?"
                       rf"(?P<fr>[\w-]+)\s+(?:de|d['’]|du)\s*{_OWNER}", re.IGNORECASE)
# A relation with the user's possessive or an article, or in lower case alone: « ma cousine », "my neighbour",
# « son copain », "the kid", "boss" (not « Maman », "Grandpa": a name).
_MINE = re.compile(r"(?P<mine>(?:mon|ma|mes|son|sa|ses|my|his|her|their|our|notre|le|la|the)\s+|l['’]\s*)?"
                   r"(?P<noun>[\w-]+)", re.IGNORECASE)
# Said alone, what a family calls its elders: a name (« Grand-mère m'a appelée »), not a role.
_ELDERS = frozenset("mother father grandmother grandfather great-grandmother great-grandfather".split())
_FRIENDS = frozenset("friend friends mate mates buddy pal ami amie amis copain copine pote bff colleague collegue"
                     .split())


# An article or a possessive in lower case, first: « le maire », "the CTO", « le mari d'Odile », "the Queen Mother",
# « les Cagettes »: what the memory calls someone or something, not a name (round 60; on the 421 open sets, 224
# harmful pairs list one so, and 2 harmless ones, « ma sœur » and « ma fille », flagged already).
_A_WORD_BEFORE_ANY_NAME = re.compile(r"(?:le|la|les|l['’]|un|une|des|the|a|an|mon|ma|mes|my|son|sa|ses|his|her|their"
                                     r"|notre|nos|our)(?:\s|(?<=['’]))")


def _a_word_before_any_name(text: str, name: str) -> bool:
    """Not a role said beside the name it is ("my boss, Dave, yelled"); « la Joconde » beside Nadia still is no
    one."""
    return _A_WORD_BEFORE_ANY_NAME.match(name) is not None \
        and (re.search(r"[\s'’][A-ZÀ-Ý]", name) is not None or not _beside_a_name(text, name))


def _a_role_without_a_name(name: str) -> bool:
    """"Livreur", "The plumber", « la voisine »: what someone does or is, listed as if it were their name (not
    "Papa", "Maman": what the user calls a parent is a name; who-is-who's were found before)."""
    words_ = fold_str(name).replace("’", "'").split()
    if words_ and words_[0].startswith("l'") and len(words_[0]) > 2:
        words_ = ["l'", words_[0][2:], *words_[1:]]  # « l'interne »
    article = bool(words_) and words_[0] in ("le", "la", "l'", "the")
    if words_ and words_[0] in ("le", "la", "l'", "the", "my", "mon", "ma", "notre", "our"):
        words_ = words_[1:]
    if len(words_) == 1:
        # « le patron », "the neighbour": with an article, a tie is no name either (« Papa » alone is one)
        return _a_role(words_[0]) or article and (a_someone_noun(words_[0]) or words_[0] in _ROLES
                                                  or name.split()[-1].islower()) \
            and not maybe_first_name(words_[0])  # ("the invigilator": in lower case, a word)
    # "the track coach", "the Comcast guy", « le technicien d'Orange »: a role written as a common noun, last or
    # before what it is of; no given name among the words (not "Coach Carter", « Dr Morel »: titles, capitalised).
    raw = re.findall(r"[\w-]+", name.replace("’", "'"))
    if len(raw) > 5 or any(maybe_first_name(w) and not a_brand(w) for w in raw if w[:1].isupper()):
        return False
    if article and all(w.islower() or w.isupper() and len(w) > 1 for w in raw[1:]):
        return True  # « l'ancien locataire », "the night HCA": words for someone, none of them a name
    return any(w.islower() and (_a_role(fold_str(w)) or w in _FELLOWS)
               and (i == len(raw) - 1 or raw[i + 1].lower() in _OF) for i, w in enumerate(raw))


def _words_capitalised(text: str, name: str) -> bool:
    """"Head Chef" for "his head chef": words the memory writes in lower case, and no given name among them."""
    tokens = name.split()
    return 0 < len(tokens) <= 3 and name[:1].isupper() and contains_phrase(text, name) \
        and name not in text and name.lower() in text \
        and all(a_word_and_no_name(t) for t in tokens)


def _a_possessive(text: str, name: str) -> str:
    """"Chloe's" listed beside "Chloe" for "Chloe's birthday": the name with its possessive mark, no one new."""
    m = re.fullmatch(r"(?P<bare>.+?)['’]s?", name.strip())
    return m["bare"] if m and contains_phrase(text, name) and maybe_first_name(m["bare"].split()[-1]) else ""


_OF = frozenset("de d du des of from at chez".split())
# Words for someone that are given names too ("Guy"), and are not when written in lower case.
_FELLOWS = frozenset("guy guys mec gars type bloke dude lady woman man".split())


def _a_role(word: str) -> bool:
    return (a_someone_noun(word) or word in _ROLES) and not kin(word) and not maybe_first_name(word)


_PRONOUNS = frozenset("il elle ils elles lui eux on nous vous moi toi je tu he she him her they them we us you i me"
                      " it".split())


def _listed_twice(ctx: GuardContext, persons: tuple[str, ...], flagged: list[Flag]) -> list[Flag]:
    """A pronoun listed as someone ("Elle"), or one person listed twice under two of the names who-is-who
    records ("Louise" and "Loulou"): a person the memory does not have."""
    flags, seen = [], {}
    for i, name in enumerate(persons):
        if any(f.spans and f.spans[0].target == f"persons[{i}]" for f in flagged):
            continue
        person = _the_same_person(ctx, name)
        if fold_str(name) in _PRONOUNS:
            fr, en = f"« {name} » est un pronom, pas le nom de quelqu'un.", f"“{name}” is a pronoun, not someone's name."
        elif person is not None and id(person) in seen and fold_str(name) != fold_str(seen[id(person)]) \
                and not _two_bearers(ctx, name, seen[id(person)]):
            fr = f"« {name} » et « {seen[id(person)]} » sont une seule personne ({person.name}), comptée deux fois."
            en = f"“{name}” and “{seen[id(person)]}” are one person ({person.name}), counted twice."
        else:
            if person is not None:
                seen.setdefault(id(person), name)
            continue
        flags.append(_listed_invented(i, name, fr, en))
    return flags


def _two_bearers(ctx: GuardContext, name: str, other: str) -> bool:
    """Two people of one given name, which the memory tells apart ("Two Joes", "Chris from work and Chris my ex") or
    the proposal does ("Sam" and "Sam (mechanic)", where the memory says Sam twice). Not where who-is-who holds both
    already: "Marie" beside « Marie Lemaire » and « Marie Lemaire fille » is a third."""
    text = ctx.original
    given = {t for t in re.findall(r"[\w-]+", f"{name} {other}") if t[:1].isupper()}
    twice = {name for name in two_of(text)
             if sum(any(names_match(name, n) for n in p.names) for p in ctx.people.people) < 2}
    return any(told_apart_twice(text, t) or t in twice for t in given) \
        or "(" in name + other and any(text.count(t) >= 2 for t in given)


def _the_companion_listed(ctx: GuardContext, name: str) -> bool:
    """Her own name listed, where the memory does not name her, or first as whom the user told it to (« j'ai raconté
    à Nox… »), who helped, or whom the user calls (« Mimi, tu vas rire : »), and later as no one else (round 63:
    "Told Callum that Wrennie helped me… He asked if Wrennie was single"): not "Nova, ma voisine du dessus, m'a
    laissé une tarte", a neighbour of her name."""
    if not any(names_match(name, n) for n in ctx.persona.names) or came_with_the_memory(ctx, name) \
            or recorded(ctx, name) is not None:
        return False
    said = find_phrase(ctx.original, name)
    return not said or _hers_at(ctx.original, *said[0]) and all(
        _hers_at(ctx.original, start, end) or not _someone_else_bears_it(ctx.original, start, end)
        for start, end in said[1:])


def _hers_at(text: str, start: int, end: int) -> bool:
    """The name said at `start` is hers: whom the user tells, who helps, whom the user calls."""
    return bool(_TOLD_TO.search(text[max(0, start - 20):start])
                or (_HER_HELP.match(text, end) or _HER_MESSAGES.search(text[max(0, start - 30):start]))
                and not _SOMEONES_ROLE_BEFORE.search(text[max(0, start - 30):start])) or _calling_her(text, start, end)


# What she does for the user ("Noxie helped me draft the objection", « les messages de Liblitz »), round 58: her, not
# someone of her name.
_HER_HELP = re.compile(r"\s+(?:(?:has|had)\s+)?(?:helped|helps)\s+me\b|\s+m['’](?:a\s+)?aid[ée]e?s?\b", re.IGNORECASE)
_SOMEONES_ROLE_BEFORE = re.compile(r"\b(?:my|our|ma|mon|notre|mes)\s+(?:[\w-]+\s+){1,2}$", re.IGNORECASE)  # "my friend"
_HER_MESSAGES = re.compile(r"\b(?:messages?|conversations?|r[ée]ponses?|answers?)\s+(?:de|from|with|avec)\s+$",
                           re.IGNORECASE)


# Whom something is told: « raconté à », « parlé à », "told", "asked".
_TOLD_TO = re.compile(r"(?:\b(?:dit|racont[ée]|parl[ée]|expliqu[ée]|demand[ée]|avou[ée]|confi[ée])\s+(?:\w+\s+)?(?:à|a)"
                      r"|\b(?:told|asked|showed|tell|ask)|\b(?:talked|spoke|explained)\s+to)\s+$", re.IGNORECASE)


def _a_namesake_added(ctx: GuardContext, persons: tuple[str, ...], flagged: list[Flag]) -> list[Flag]:
    """"Lucas l'Italien m'a prêté le sien" listed as Lucas Ferri and Lucas Bernard: who-is-who records two people of
    one first name; those the memory says by no other name nor their relation ("mon voisin", "Mum") are more than
    the times it says the first name alone: one of them is added."""
    taken = {f.spans[0].target for f in flagged if f.spans}
    by_first: dict[str, list[tuple[int, str, KnownPerson]]] = {}
    for i, name in enumerate(persons):
        if f"persons[{i}]" not in taken and (person := _the_same_person(ctx, name)) is not None:
            by_first.setdefault(fold_str(person.name.split()[0]), []).append((i, name, person))
    flags = []
    for first, listed in by_first.items():
        shown = listed[0][2].name.split()[0]
        if len({id(person) for _, _, person in listed}) < 2:
            continue
        otherwise = [span for _, _, person in listed for n in person.names if fold_str(n) != first
                     for span in find_phrase(ctx.original, n)]
        alone = [s for s in find_phrase(ctx.original, first) if not any(a <= s[0] < b for a, b in otherwise)]
        unsaid = [(i, name) for i, name, person in listed if not _said_otherwise(ctx, person, first)]
        for i, name, person in listed:  # (one said by their relation takes the first name said beside it)
            if (i, name) not in unsaid and (theirs := _beside_its_relation(ctx, person, first, alone)):
                alone.remove(theirs)
        for i, name in unsaid[len(alone):]:
            flags.append(_listed_invented(
                i, name, f"Le souvenir ne dit pas assez de fois « {shown} » pour « {name} » aussi.",
                f"The memory does not say “{shown}” often enough for “{name}” too."))
    return flags


def _beside_its_relation(ctx: GuardContext, person: KnownPerson, first: str,
                         alone: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first name said alone in a sentence that says a word of this person's relation, where no other of their
    names is said ("Brian from the signal box days" of Brian Metcalfe, "old mate from the signal box"; « Pascal est
    monté de Corte » of the affineur à Corte): that "Brian" is theirs, and not the other Brian's too (round 77)."""
    if any(fold_str(n) != first and contains_phrase(ctx.original, n) for n in person.names) \
            or any(fold_str(n) == first for n in two_of(ctx.original)):
        return None  # (« les deux Sébastien : celui de la fac et mon voisin »: that one name is both)
    relation = {w for w in re.findall(r"\w+", fold_str(person.relation)) if len(w) > 2 and w not in _LITTLE_WORDS}
    return next((span for span in alone
                 if relation & set(re.findall(r"\w+", fold_str(sentence_of(ctx.original, span))))), None)


def _a_first_name_beside_its_bearers(persons: tuple[str, ...], flagged: list[Flag]) -> list[Flag]:
    """"Emma R.", "Emma T." and "Emma" for « Deux Emma dans la classe : Emma R. chez les CP et Emma T. en CM2 »: the
    first name alone, listed beside two people who bear it, is a third the memory does not have (round 60; on the 421
    open sets, 28 harmful pairs list one so, no harmless one)."""
    taken = {f.spans[0].target for f in flagged if f.spans}
    flags = []
    for i, name in enumerate(persons):
        bearers = [other for other in persons if len(other.split()) > 1 and other.split()[0] == name]
        if f"persons[{i}]" not in taken and " " not in name.strip() and len(bearers) >= 2:
            flags.append(_listed_invented(
                i, name, f"« {name} » seul est une troisième personne, à côté de « {bearers[0]} » et « {bearers[1]} ».",
                f"“{name}” alone is a third person, beside “{bearers[0]}” and “{bearers[1]}”."))
    return flags


def _listed_invented(i: int, name: str, french: str, english: str) -> Flag:
    """The flag on the i-th listed person, said in both languages."""
    return Flag(FlagKind.PERSON_INVENTED, french, english, "persons", (Span(f"persons[{i}]", 0, len(name)),))


def _said_otherwise(ctx: GuardContext, person: KnownPerson, first: str) -> bool:
    """By another of their names ("Lucas l'Italien", "Mum") or a word of their relation (« mon voisin »)."""
    said = set(fold_str(ctx.original).split())
    return any(fold_str(n) != first and contains_phrase(ctx.original, n) for n in person.names) \
        or any(len(w) > 2 and w in said and w not in _ANYONES for w in fold_str(person.relation).split())


_ANYONES = frozenset("ami amie les des une the and".split())  # words of a relation that say nobody in particular
# (and the little words a relation is told with: "old mate from the signal box", « voisine de maman au Panier »)
_LITTLE_WORDS = _ANYONES | frozenset("from with for who his her our their was aux pour avec chez dans sur qui son ses"
                                     .split())


def _the_same_person(ctx: GuardContext, name: str) -> KnownPerson | None:
    """Who-is-who's person a listed name is, read without what it adds in brackets ("Julie (cousine de
    Marc-André)" is Julie); a surname the memory says and the person's names lack makes it a namesake ("his cousin
    Tyler Brandt", not the user's son Tyler)."""
    core = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    person = recorded(ctx, core)
    if person is None:
        return None
    known_words = {w for n in person.names for w in fold_str(n).split()}
    surname = [w for w in core.split() if fold_str(w) not in known_words]
    return None if surname and all(contains_phrase(ctx.original, w) for w in surname) else person


def _the_place_itself(ctx: GuardContext, place: str, name: str) -> bool:
    """"Legoland" listed among the persons and given as the place: not "chez Hugo", "Tiago's flat", whose
    owner is someone, nor a given name ("Victoria")."""
    return bool(place) and contains_phrase(place, name) and not whose_place(place, name) \
        and not re.search(rf"{re.escape(name)}['’]s?\b", place) and not kin(name) \
        and not maybe_first_name(name.split()[0]) and not titled(name)


# A place named after someone (round 51): « gymnase Jean-Zay », « lycée Victor-Hugo », "Billy Bishop airport", "Jackson
# Creek", "Jefferson Elementary"; not « l'école de Lucas », someone's.
_NAMED_AFTER_BEFORE = (r"(?:gymnase|stade|lyc[ée]e|coll[èe]ge|[ée]cole|salle|rue|avenue|boulevard|place|pont"
                       r"|a[ée]roport|gare|h[ôo]pital|centre|parc|m[ée]diath[èe]que|biblioth[èe]que|th[ée][âa]tre|mus[ée]e|quai"
                       r"|piscine|r[ée]sidence|ehpad|espace|halle|square|all[ée]e|impasse|chemin|institut|clinique"
                       r"|complexe|caf[ée]|bar|bistrot?|brasserie|boulangerie|p[âa]tisserie|pizzeria|restaurant)")
_NAMED_AFTER_AFTER = (r"(?:airport|creek|street|road|avenue|park|bridge|hall|center|centre|stadium|library|school"
                      r"|elementary|high|academy|hospital|lake|field|arena|memorial|square|station|building|tower"
                      r"|college|university|institute|museum|theatre|theater|pool|trail|river|falls|lane|drive|plaza"
                      r"|heights|hill|beach|bay|island|clinic"
                      # the coast's and the country's (round 63: "Dawn met me at Hope Cove", Hope listed)
                      r"|cove|point|head|harbou?r|marina|woods?|valley|gardens|common|green|quay|pier|sands|cliffs?"
                      # an eatery by a name (round 52: "Lula Cafe"; « Café Marcel » above)
                      r"|cafe|café|coffee|bar|bistro|diner|bakery|pub|grill|tavern|deli|pizzeria|kitchen|restaurant)")


def _named_after(text: str, place: str, name: str) -> bool:
    """The proposed place is named after the name, and the memory says the name only in the place's own name (not
    "Lula herself brought us the cake" at Lula Cafe)."""
    said = _spaced_or_joined(name)
    named = re.search(rf"\b{_NAMED_AFTER_BEFORE}\s+{said}(?![\w'’])|(?<![\w'’-]){said}\s+{_NAMED_AFTER_AFTER}\b",
                      place, re.IGNORECASE)
    if named is None:
        return False
    whole = find_phrase(text, named.group())
    return not whole or all(any(a <= start < b for a, b in whole) for start, _ in find_phrase(text, name))


def _spaced_or_joined(name: str) -> str:
    """The name as a pattern whose parts may be joined by a space or a hyphen ("Jean Zay", « Jean-Zay »)."""
    return r"[\s-]".join(re.escape(part) for part in re.split(r"[\s-]+", name.strip()))


def _a_place_after_someone(text: str, name: str) -> str:
    """« à Pierre-Mauroy », « stade Marcel-Michelin », « esplanade Charles-de-Gaulle »: a given name joined to a surname
    is, the French way, a place named after someone (not « Jean-Paul », « Marie-Claire », given names both). Every
    time the memory says the name, within one such: that name, or "". (A short one is a given name cut: « Anne-So ».)"""
    said = _spaced_or_joined(name)
    wholes = []
    for m in re.finditer(rf"(?<![\w'’]){said}(?![\w'’])", text):
        start = re.search(r"[\w'’-]*$", text[:m.start()]).start()  # type: ignore[union-attr]
        end = m.end() + re.match(r"[\w'’-]*", text[m.end():]).end()  # type: ignore[union-attr]
        pieces = text[start:end].split("-")
        if len(pieces) < 2 or re.search(r"\s", text[start:end]) or not maybe_first_name(pieces[0]) \
                or not any(p[:1].isupper() and len(p) > 3 and not maybe_first_name(p) for p in pieces[1:]):
            return ""
        wholes.append(text[start:end])
    return wholes[0] if wholes else ""


# A toy's or a mascot's name, said so right before or after it (round 63: "Ruby's stuffed kiwi, Mr. Fluffington,",
# "Grizz the mascot dunked off a trampoline", « le doudou de Lou, Pompon, »).
_A_TOY = (r"(?:stuffed\s+[\w-]+|teddy(?:\s+bear)?|soft\s+toy|plush(?:ie)?|doll|mascot|doudou|peluche|poup[ée]e"
          r"|mascotte|nounours)")
_A_TOY_BEFORE = re.compile(rf"\b{_A_TOY}s?(?:\s+(?:de|d['’]|of)\s+[\w'’-]+)?\s*,\s*$", re.IGNORECASE)
_A_TOY_AFTER = re.compile(rf"\s*,?\s+(?:the|le|la|our|notre|their|leur|his|her|son|sa)\s+(?:[\w-]+\s+)?{_A_TOY}\b",
                          re.IGNORECASE)


def _a_toy_or_a_mascot(text: str, name: str) -> bool:
    spans = find_phrase(text, name)
    return bool(spans) and all(_A_TOY_BEFORE.search(text[max(0, start - 40):start]) or _A_TOY_AFTER.match(text, end)
                               for start, end in spans)


def _not_a_person(ctx: GuardContext, name: str) -> bool:
    """Listed among the persons, words the memory uses for a place, a team, a brand, a title:
    "Putney" (from Putney), "PSG" (OM-PSG), "conseiller SFR", "Arthur" (Arthur's Seat)."""
    if ctx.people.find(name) is not None or any(names_match(name, n) for n in ctx.persona.names) or kin(name):
        return False  # someone recorded, her, or a relative ("my boss", "ma sœur")
    if _a_way_named_after(name) or a_storms_name(ctx.original, name) or a_towns_joined_name(name):
        return True  # "Chemin René-Auclair", "Walt Hansen Trail": named after someone, a place; "Storm Amy"
    if _said_as_someone(ctx.original, name):
        return False  # "April and I", "Met Paris for coffee", "Our Freddie did the worm": a word, a town, yet someone
    if named_in_text(ctx, name):
        return False
    if a_things_name(ctx.original, name) and not _titled_and_doing(ctx.original, name) \
            or a_firm_named(ctx.original, name):
        return True  # "rue Paul Bert", "SCI Les Tilleuls", « entretien chez L'Oréal »
    if not came_with_the_memory(ctx, name) and (a_character_played(ctx.original, name)
                                                or a_pets_sign(ctx.original, name)
                                                or a_vehicles_name(ctx.original, name)
                                                or _only_a_title(ctx.original, name)):
        return True  # "I'm Lady Bracknell", "Elvira's entrance", "Ziggy (tabby, 4y)", "Brenda's engine", "Maude"
    if titled(name) or _named_after_a_role(ctx.original, name):
        return False  # "Mme Nguyen", "the nurse, Precious,": someone, whatever else the words are
    if an_animals_name(ctx.original, name, doing=True) and not came_with_the_memory(ctx, name) \
            or a_title_or_a_things_name(ctx.original, name):
        return True
    if contains_phrase(ctx.original, name):
        return named_as_a_thing(ctx.original, name) and not _doing_something(ctx.original, name)
    said = [t for t in name.split() if t[:1].isupper() and len(t) > 2 and contains_phrase(ctx.original, t)]
    return bool(said) and all(named_as_a_thing(ctx.original, t) for t in said)


def _only_a_title(text: str, name: str) -> bool:
    """Every mention of the name is one of the titles a screening or a bill names ("We screened Harold and Maude",
    « Premier film : Thelma et Louise »): the persons guard does not ask for it either. (Not a star on a stage or in a
    match, whom the user saw there: « concert de Stromae », who may be listed.)"""
    spans = find_phrase(text, name)
    return bool(spans) and not a_star_seen(text) and all(a_title_on_a_bill(text, name, span) for span in spans)


# A way, a building named after someone, by its first word (« Chemin René-Auclair ») or its last ("Hansen Trail").
_WAY_FIRST = PLACE_NOUNS | frozenset("chemin allee impasse sentier promenade square esplanade".split())
_WAY_LAST = frozenset("street road avenue trail path drive boulevard bridge square school stadium library center"
                      " centre".split())  # (not "Hall", "Park", "Lane": surnames too)


def _a_way_named_after(name: str) -> bool:
    named = fold_str(name).split()
    return len(named) >= 2 and (named[0] in _WAY_FIRST or named[-1] in _WAY_LAST)


# A ticket's or a trip's end: "missed my flight to Denver", « le train pour Florence ».
# Someone named after their role: "The nurse, Precious, was so kind", « la serveuse, Jade, »
_ROLES = RELATIONS | frozenset(
    "nurse infirmiere infirmier midwife sage-femme waiter waitress serveur serveuse driver chauffeur coach guide"
    " receptionist receptionniste pharmacist pharmacien pharmacienne cashier caissier caissiere instructor"
    " moniteur monitrice barista carer aide-soignante aide-soignant postman factrice plumber plombier"
    " electrician electricien vet veto surgeon chirurgien chirurgienne nanny nounou baby-sitter babysitter"
    " hairdresser trainer entraineur entraineuse priest pretre rabbi imam pastor pasteur livreur livreuse courier"
    " facteur deliveryman".split())


def _named_after_a_role(text: str, name: str) -> bool:
    for start, _ in find_phrase(text, name):
        m = re.search(r"([\w-]+)\s*,\s*$", text[max(0, start - 30):start])
        if m and fold_str(m.group(1)) in _ROLES:
            return True
    return False


# What only someone does: "Wendy said I have real comic timing" (not the burger chain).
_SAYS = re.compile(r"\s+(?:said|says|told|tells|asked|asks|texted|replied|laughed|(?:m['’]|nous\s)?a\s+(?:dit|demand[ée]"
                     r"|r[ée]pondu)|m['’]a\s+[ée]crit|dit|r[ée]pond)\b", re.IGNORECASE)


def _speaking(text: str, name: str) -> bool:
    return maybe_first_name(name) and any(_SAYS.match(text, end) for _, end in find_phrase(text, name))


def _titled_and_doing(text: str, name: str) -> bool:
    """"In primary school Mr. Hughes told me…": a title, a name, a verb: someone, whatever noun came before."""
    return titled(name) and any(a_verb_follows(text, end, detect_language(text) or "")
                                for _, end in find_phrase(text, name))


def _doing_something(text: str, name: str) -> bool:
    """A given name the memory makes the subject of a verb ("…, Kit joined in", "Fern brought me tea"):
    listed among the persons, it is someone, though it is also a word (not an acronym: "l'OM a perdu")."""
    # ("The guy at the conference, Wade, told me…": between commas, the verb after the second.)
    return maybe_first_name(name) and not (name.isupper() and len(name) > 1) and any(
        a_verb_follows(text, end + between_commas(text, start, end), detect_language(text) or "")
        for start, end in find_phrase(text, name))


def _is_known_place(ctx: GuardContext, proposal: Proposal, name: str) -> bool:
    """The place's name, said by the memory or come with it ("Ronnie Scott's" from a ticket's import)."""
    return contains_phrase(proposal.fields.place, name) and (
        contains_phrase(ctx.original, name) or contains_phrase(ctx.known.place, name))


def _invented(ctx: GuardContext, name: str, spans: tuple[Span, ...], field_name: str) -> Flag:
    if ctx.people.find(name) is not None:  # one of the user's people, whom this memory does not name
        return Flag(FlagKind.PERSON_INVENTED, f"« {name} » est dans ton qui-est-qui, mais ce souvenir ne le nomme pas.",
                    f"“{name}” is in your who-is-who, but this memory does not name them.", field_name, spans)
    return Flag(
        FlagKind.PERSON_INVENTED,
        f"« {name} » n'apparaît pas dans le souvenir ni parmi les proches enregistrés.",
        f"“{name}” appears neither in the memory nor among the recorded people.",
        field_name, spans,
    )
