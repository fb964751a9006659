"""Her reflection's voice: the first person, and the memory's language."""
from __future__ import annotations

import re
from collections.abc import Callable

from .. import voice
from ..folding import contains_phrase, fold, fold_str, words
from ..language import ENGLISH, FRENCH, LANGUAGES, detect_language, likeliest_language
from ..learned import shipped_card
from ..mentions import a_someone_noun, kin, kin_said, person_mentions
from ..names import (
    a_verb_follows, another_word_by_its_accents, inflected_verb, is_english_word, is_french_word, maybe_first_name,
    surely_a_man, surely_a_woman,
)
from ..persona import WhoIsWho
from ..proposal import Proposal
from ..texting import someone_elses_row
from ..time_phrases import sentence_of, start_of_sentence
from ..voice_reader import CARD, naming_herself, read_voice, reflection_words, speaks_to_the_user, threshold_of
from .companion import concept, concepts
from .flags import Flag, FlagKind, GuardContext, Span
from .persons import supported_person


def check_first_person(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    """She speaks as "je", and may speak to the user ("tu as bien fait"): talking about herself in
    the third person ("Liblitz pense que…"), or as if she were the user ("ma sœur"), is wrong."""
    reflection = proposal.fields.reflection
    if not reflection:
        return []
    spans = [s for s in voice.third_person_self(reflection, ctx.persona.names)
             if not _the_name_as_a_word(reflection, s) and not _the_users_word_for_her(reflection, s, ctx.original)
             and not _a_word_in_lower_case(reflection[s[0]:s[1]])]
    if spans := spans + _narrated(reflection, ctx.persona.names):
        return [Flag(
            FlagKind.NOT_FIRST_PERSON,
            f"La réflexion doit être celle de {ctx.persona.name}, à la première personne (« je »).",
            f"The reflection must be {ctx.persona.name}'s own, in the first person (“I”).",
            "reflection", tuple(Span("reflection", *s) for s in spans),
        )]
    if spans := _herself_as_another(ctx, reflection) or _presence_offered(reflection):
        said = reflection[spans[0][0]:spans[0][1]]
        return [Flag(
            FlagKind.NOT_FIRST_PERSON,
            f"La réflexion parle d'elle-même ou de toi à la troisième personne (« {said} ») : elle doit dire « je » et"
            f" te parler.",
            f"The reflection speaks of herself or of you in the third person (“{said}”): she must say “I” and speak"
            f" to you.",
            "reflection", tuple(Span("reflection", *s) for s in spans),
        )]
    spans = (voice.users_own(reflection, ctx.original, ctx.persona.names)
             or _kinship_claimed(ctx, reflection) or _as_the_user(reflection, ctx.original)
             or voice.described_in_the_third_person(reflection))
    if spans:
        said = reflection[spans[0][0]:spans[0][1]]
        return [Flag(
            FlagKind.NOT_FIRST_PERSON,
            f"La réflexion parle comme si elle était toi (« {said} ») : elle doit être la pensée de {ctx.persona.name}.",
            f"The reflection speaks as if it were you (“{said}”): it must be {ctx.persona.name}'s own thought.",
            "reflection", tuple(Span("reflection", *s) for s in spans),
        )]
    if spans := _the_users_deed_told_of(ctx, reflection, proposal.fields.persons) \
            or _leave_given_in_the_third_person(ctx, reflection) \
            or _he_among_women(ctx, reflection, proposal) \
            or _she_among_men(ctx, reflection, proposal) \
            or _with_her_or_him(ctx, reflection, proposal.fields.persons) \
            or _beside_the_one_with_the_user(ctx, reflection, proposal.fields.persons) \
            or _the_user_by_another_name(ctx, reflection) \
            or _the_user_among_them(ctx, reflection, proposal.fields.persons) \
            or _the_user_and_another_as_they(ctx, reflection, proposal.fields.persons) \
            or _the_users_kin_as_someone_elses(ctx, reflection) \
            or _the_user_as_their_child(ctx, reflection) \
            or _the_user_as_their_parent(ctx, reflection) \
            or _theirs_where_nobody_else_is(ctx, reflection, proposal):
        said = reflection[spans[0][0]:spans[0][1]]
        return [Flag(
            FlagKind.NOT_FIRST_PERSON,
            f"La réflexion raconte ce que tu as fait à la troisième personne (« {said} ») : elle doit te parler, à toi.",
            f"The reflection tells what you did in the third person (“{said}”): she must speak to you.",
            "reflection", tuple(Span("reflection", *s) for s in spans),
        )]
    return _read_as_narrated(ctx, proposal, reflection)


def _read_as_narrated(ctx: GuardContext, proposal: Proposal, reflection: str) -> list[Flag]:
    """What no rule named, the voice reader may still hear: a reflection told like a story about someone."""
    card = shipped_card(CARD)
    if card is None:
        return []
    people = [name for person in ctx.people.people for name in person.names]
    words = reflection_words(reflection, ctx.persona.names, [*people, *proposal.fields.persons])
    if naming_herself(words):
        return []  # before reading who else the memory names (person mentions over the memory: the slow part)
    if speaks_to_the_user(words) and someone_elses_row(ctx.original):
        return []  # « Elle est bien arrivée, et elle pense à toi » of Inès's message: its writer, told to the user
    others = others_in_the_memory(ctx, proposal.fields.persons)
    if threshold_of(card, words, others) is None:
        return []
    reading = read_voice(card, words, others, places_taken(reflection, ctx.original))
    if not reading.narrated:
        return []
    spans = tuple(Span("reflection", w.start, w.end) for w in reading.words)
    said = _opening_of_the_sentence(reflection, reading.words[0].start) if reading.words else reflection
    return [Flag(
        FlagKind.NOT_FIRST_PERSON,
        f"La réflexion se lit comme un récit sur quelqu'un (« {said} »), pas comme {ctx.persona.name} qui te parle :"
        f" elle doit dire « je » ou « tu ».",
        f"The reflection reads like a story about someone (“{said}”), not like {ctx.persona.name} speaking to you:"
        f" she should say “I” or “you”.",
        "reflection", spans,
    )]


def places_taken(reflection: str, original: str) -> dict[int, str]:
    """Whose place in the memory each of the reflection's pronouns takes, by where it starts (voice.whose_place)."""
    return {start: whose for (start, _), whose in voice.whose_place(reflection, original).items()}


def others_in_the_memory(ctx: GuardContext, persons: tuple[str, ...]) -> frozenset[str]:
    """Whom besides the user and her the memory speaks of, as the voice reader weighs it: "woman" (a woman's word, a
    name not given only to men, a "she"), "man", "someone"; empty when nobody."""
    mentions = [m.words for m in ctx.persons_named] + list(persons)
    # (« Ma thérapeute m'a dit… »: someone by what they do, whom « elle » may be)
    someone = mentions or kin(ctx.original) or any(a_someone_noun(w) for w in words(ctx.original))
    found = {"someone"} if someone else set()
    if _A_WOMAN.search(ctx.original) or _SOMEONE_SHE.search(ctx.original) \
            or any(not surely_a_man(name.split()[0]) for name in mentions if name.split()):
        found.add("woman")
    if any(surely_a_man(name.split()[0]) for name in mentions if name.split()) or _A_MAN.search(ctx.original):
        found.add("man")
    return frozenset(found)


def _opening_of_the_sentence(text: str, at: int, words: int = 6) -> str:
    """The first words of the sentence holding `at`, enough for the user to find it."""
    start = max(text.rfind(mark, 0, at) + 1 for mark in ".!?;…")
    end = min((i + 1 for mark in ".!?;…" if (i := text.find(mark, at)) >= 0), default=len(text))
    opening = text[start:end].split()
    return " ".join(opening[:words]) + ("…" if len(opening) > words else "")


def _the_users_deed_told_of(ctx: GuardContext, reflection: str, persons: tuple[str, ...]) -> list[tuple[int, int]]:
    """"She finally finished it" when only the user did: with nobody else in the memory, "il"/"she" is the user."""
    # Others are there: only a deed the memory says the user did, and none of them (« Il a tremblé » for « J'ai
    # tremblé en entrant… Gaspard a été adorable »); not when she speaks to the user too ("She finished it in style,
    # and so did you": the other did it as well), nor from a row someone else wrote (their "je").
    others = bool(ctx.persons_named) or bool(kin(ctx.original))
    if others and (voice.says_you(reflection) or voice.ALSO.search(ctx.original) or someone_elses_row(ctx.original)):
        return []
    told = voice.users_deed_told_of(reflection, ctx.original)
    if others or told or persons or not _i_wrote(ctx.original) or _SOMEONE_ELSE.search(ctx.original) \
            or _someone_by_a_word(ctx.original):
        return told
    # « Il a refusé sa première réunion » for « J'ai dit non à une réunion »: a man or a woman doing what a person
    # does, in a memory of the user's own where no one else is — the user, told of. (« Elle » is a lamp as often:
    # what follows must be a person's.)
    to_you = voice.says_you(reflection)
    glad = [] if to_you else [m.span("who") for m in _GLAD_FOR_THEM.finditer(reflection)]
    said = {w[:5] for w in words(ctx.original)}
    denied = [m.span("who") for m in _JUDGEMENT_DENIED.finditer(reflection) if fold_str(m["word"])[:5] in said]
    anyone = [] if to_you or _A_NAME_INSIDE.search(ctx.original) \
        else [m.span("who") for m in _HE_OR_SHE_ANYWHERE.finditer(reflection)]
    they = [] if to_you or _THEY_SAID.search(ctx.original) \
        else [m.span("who") for m in _THEY_DID.finditer(reflection) if fold_str(m["word"])[:5] in said]
    return [m.span("who") for m in _HE_OR_SHE_DID.finditer(reflection)] + glad + denied + anyone + they


# "They" feeling or doing what the user's own memory says of "I", where no one else is (round 51: "they're allowed to
# say they're tired" for "I'm tired of being the one who waits"): the user, told of. The word must be the memory's
# ("they earned a rest" of tomatoes repotted is theirs).
_THEY_DID = re.compile(r"\b(?P<who>[Tt]hey)(?:['’]re|['’]ve| are| were| have| had| feel| felt)?\s+(?:still\s+|really\s+"
                       r"|so\s+|truly\s+|finally\s+|just\s+|clearly\s+)?(?P<word>[a-z]{4,})\b")
_THEY_SAID = re.compile(r"\b(?:they|them|their|theirs)\b", re.IGNORECASE)  # the memory's own "they" are someone
_A_NAME_INSIDE = re.compile(r"(?<![.!?…]\s)(?<![.!?…])(?<!^)\b(?!I\b)[A-ZÀ-Ý](?![A-ZÀ-Ý]+\b)\w*")  # (not "LSF")
_HE_OR_SHE_ANYWHERE = re.compile(r"\b(?P<who>[Hh]e|[Ss]he|[Hh]im|[Hh]imself|[Hh]erself|[Tt]hemsel(?:f|ves))\b")


def _someone_by_a_word(text: str, unless: re.Pattern[str] | None = None) -> bool:
    """Someone the memory speaks of by a word ("the groom", « ma thérapeute »): not « me », « m' » (read as « Me », a
    lawyer's title) nor « même » (as « mémé »), round 44; nor French « son » (round 55); nor a word `unless` matches
    (a man's, a woman's)."""
    english_son = re.search(_AN_ENGLISH_SON, text, re.IGNORECASE) is not None  # (not « son numéro »)
    text = _NOBODY.sub(" ", text)
    return any(a_someone_noun(fold_str(w)) for w in re.findall(r"[\w-]+", text)
               if w not in ("me", "m") and (w.lower() != "son" or english_son) and not another_word_by_its_accents(w)
               and not (unless and unless.fullmatch(w)))


# « Je n'ai réveillé personne », « Personne n'a ri »: nobody, no one the pronoun may be (not « une personne »).
_NOBODY = re.compile(r"(?<!\bune )(?<!\bla )(?<!\bcette )(?<!\bchaque )(?<!\bautre )(?<!\bseule )\b[Pp]ersonne\b")


def _leave_given_in_the_third_person(ctx: GuardContext, reflection: str) -> list[tuple[int, int]]:
    """« Elle a le droit de pleurer » for « Ce soir j'ai pleuré… », "He doesn't have to replay it forever" for "I've
    been replaying it all day": leave, or a verdict on a deed, is what she gives the user; given to "she" or "he" in a
    reflection that never speaks to the user, of a memory the user wrote, it is the user told of (round 43: 24 French
    and 8 English reflections no rule nor the voice reader caught on the open sets, no harmless one flagged)."""
    if voice.says_you(reflection) or not _the_users_own(ctx.original):
        return []
    return [m.span(m.lastgroup or 0) for m in _LEAVE_GIVEN.finditer(reflection)]


def _he_among_women(ctx: GuardContext, reflection: str, proposal: Proposal) -> list[tuple[int, int]]:
    """"Now he knows how! I love that Nadia taught him" for "Nadia showed me how… She's way stronger than me": in the
    user's own words, where everyone named is a woman and no man, boy or animal is spoken of, "he" is the user."""
    to_you = voice.says_you(reflection)
    if _a_man_spoken_of(ctx.original) \
            or not _all_named(ctx, proposal, _by_name_or_role(ctx, "woman", surely_a_woman), _HERS):
        return []
    unquoted = voice.blank_quotations(reflection)  # (« 'He drives now, you know', told to every guest »: Nan's words)
    done = [] if to_you else [m.span("who") for m in (*_HE_DID.finditer(unquoted), *_GLAD_THAT_HE.finditer(unquoted))]
    return [m.span("who") for m in _HE_A_PERSON.finditer(unquoted)] + done


def _she_among_men(ctx: GuardContext, reflection: str, proposal: Proposal) -> list[tuple[int, int]]:
    """« Elle a le droit d'avoir besoin de ses dimanches » for « Je n'ai pas osé dire à Gérard… il y tient »: the same,
    the other way round (round 36: 9 narrated reflections more, 1 harmless flagged, on the open sets). Not where she
    speaks to the user too (« Ton envie est sérieuse et elle mérite… »: a thing's « elle »)."""
    if voice.says_you(reflection) or _a_woman_spoken_of(ctx.original) \
            or not _all_named(ctx, proposal, _by_name_or_role(ctx, "man", surely_a_man), _HIS):
        return []
    unquoted = voice.blank_quotations(reflection)
    hers = [] if _SAID_SHE_OF_A_THING.search(ctx.original) else \
        [m.span("who") for m in (*_HER_OWN.finditer(unquoted), *_HER_AT_A_CLAUSES_END.finditer(unquoted))]
    return [m.span("who") for m in _SHE_A_PERSON.finditer(unquoted)] \
        + [m.span("who") for m in (*_SHE_DID.finditer(unquoted), *_GLAD_THAT_SHE.finditer(unquoted))] + hers


def _with_her_or_him(ctx: GuardContext, reflection: str, persons: tuple[str, ...]) -> list[tuple[int, int]]:
    """« Je ris avec elle », « je suis rassurée que ça aille pour elle »: after a preposition, « elle » and « lui » are
    a person (a lamp is seldom « avec elle »); where the memory speaks of no woman (for « elle ») or no man (for
    « lui »), in a reflection that never speaks to the user, that person is the user."""
    found = [*_WITH_HIM_OR_HER.finditer(reflection), *_SO_LIKE_THEM.finditer(reflection),
             *_WITH_HIM_OR_HER_EN.finditer(reflection)]  # (before the slow part)
    if not found or voice.says_you(reflection) or not _the_users_own(ctx.original) \
            or _AN_ANIMAL.search(ctx.original) or _A_DEATH.search(ctx.original):
        return []
    named = _named(ctx, persons)
    # (« Ma thérapeute m'a dit… », « je suis d'accord avec elle »: someone by a word may be either)
    no_woman = not (_a_woman_spoken_of(ctx.original) or _someone_by_a_word(ctx.original, _A_MAN)) \
        and _all_of_a_sex(named, _by_name_or_role(ctx, "man", surely_a_man))
    no_man = not (_a_man_spoken_of(ctx.original) or _someone_by_a_word(ctx.original, _A_WOMAN)) \
        and _all_of_a_sex(named, _by_name_or_role(ctx, "woman", surely_a_woman))
    return [m.span(m.lastgroup or 0) for m in found if (no_woman if m.lastgroup in ("who", "who2") else no_man)]


def _beside_the_one_with_the_user(ctx: GuardContext, reflection: str,
                                  persons: tuple[str, ...]) -> list[tuple[int, int]]:
    """"I love that he and Carlos brought the shelter to the kids" for "Carlos and I drove the bus", « Inès et elle »
    for « visite du Hameau avec Inès »: where the memory names no one but the one the user was with, the "he" or "elle"
    beside that one is the user (round 54: 6 reflections more on the open sets, no harmless one flagged). ("with Bea"
    says the user was there, though the memory says no "I".)"""
    if voice.says_you(reflection) or someone_elses_row(ctx.original):
        return []
    unquoted = voice.blank_quotations(reflection)
    beside = [m for pattern in _BESIDE_SOMEONE for m in pattern.finditer(unquoted)]
    if not beside:
        return []  # (before reading whom the memory names: the slow part)
    found = []
    named = {fold_str(name) for name in _named(ctx, persons)}
    original = fold_str(ctx.original)
    for m in beside:
        known = ctx.people.find(m["name"])
        names = {fold_str(n) for n in (known.names if known else (m["name"],))}
        if not named <= names:
            continue  # (« Tom et elle » of « avec tom et jade »: Jade is « elle »)
        if any(re.search(rf"\b(?:with|w/|avec|me and|moi et)\s+{re.escape(name)}\b"
                         rf"|\b{re.escape(name)}\s+(?:and I|et moi|& I)\b", original, re.IGNORECASE)
               for name in names):
            found.append(m.span("who"))
    return found


def _the_user_by_another_name(ctx: GuardContext, reflection: str) -> list[tuple[int, int]]:
    """"Niamh laughed before she cried" for "I laughed until I cried", "Niamh keeps showing up" for "brought Odette's
    prescription": a given name neither the memory, who-is-who nor her own names hold, doing something, in a
    reflection that never speaks to the user, of a memory the user wrote: most likely the user, told of by name (round
    68). (The name is flagged as made up too; this says what it may be.)"""
    if voice.says_you(reflection) or not _the_users_own(ctx.original):
        return []
    found = []
    for mention in person_mentions(reflection, WhoIsWho(), ctx.persona.names):
        name = mention.words
        if " " in name or not maybe_first_name(name) or supported_person(ctx, name) or ctx.people.find(name):
            continue  # (someone of who-is-who, named or not: "I bet Priya looks radiant", the user's wife)
        following = re.match(r"\s+(?:\w+ly\s+)?([a-zà-ÿ]+)", reflection[mention.span[1]:])
        if following and (inflected_verb(following[1]) if ctx.language != "fr" else a_verb_follows(
                reflection, mention.span[1], "fr")):
            found.append(mention.span)
    return found


def _the_users_kin_as_someone_elses(ctx: GuardContext, reflection: str) -> list[tuple[int, int]]:
    """« Son mari a visé juste » for « Mon mari m'a fait la surprise », "I suspect his wife is amused" for "My wife
    says…": the user's own relative, whom the memory never gives anyone else, told of as someone's (round 73): the user
    spoken of, not to. (Not where she also says "your husband": hers is then another's.)"""
    if not _the_users_own(ctx.original) or _IMPORTED.match(ctx.original):
        return []
    told = _QUOTED.sub(" ", ctx.original)  # (« Il m'a appelée "ma fille" »: someone else's words)
    mine = _kin_after(_MY, told) - _kin_after(_SOMEONES, told) - _kin_after(_THE, told) - _NOT_FAMILY
    if not mine:
        return []  # (not "Maman" said alone: a child's word for the user as often as the user's for her mother)
    yours = _kin_after(_YOUR, reflection)
    return [m.span() for m in _SOMEONES.finditer(reflection) if kin(m["kin"]) & mine - yours
            and not _ANYONES.search(reflection, start_of_sentence(reflection, m.start()), m.start())]


def _theirs_where_nobody_else_is(ctx: GuardContext, reflection: str, proposal: Proposal) -> list[tuple[int, int]]:
    """« son corps se souvient », « ses mains gardent l'odeur de la ruche » of a memory the user wrote alone, that names
    no one and speaks of no one, no animal, not even as « sa » or « elle »: the French « son », « sa », « ses » say no
    owner's sex, and of hands, a voice, a body, nobody but the user owns them here (round 79)."""
    found = list(_A_PERSONS_OWN_FR.finditer(reflection))
    if not found or ctx.language != "fr" or voice.says_you(reflection) or not _the_users_own(ctx.original) \
            or _AN_ANIMAL.search(ctx.original) or _SOMEONE_ELSES_FR.search(ctx.original) \
            or _a_woman_spoken_of(ctx.original) or _a_man_spoken_of(ctx.original) \
            or _someone_by_a_word(ctx.original) or _named(ctx, proposal.fields.persons):
        return []  # (whom the memory names, the slow part, last)
    return [m.span("who") for m in found]


# The memory's own « sa mort », « son poème », « elle », « lui »: someone else there, unnamed.
_SOMEONE_ELSES_FR = re.compile(r"\b(?:sa|son|ses|elle|lui)\b", re.IGNORECASE)


_A_PERSONS_OWN_FR = re.compile(r"\b(?P<who>[Ss]on|[Ss]a|[Ss]es)\s+(?:propres?\s+)?(?:mains|c(?:œ|oe)ur|corps|voix"
                               r"|regard|sourire|fiert[ée]|courage|peur|joie|passion|m[ée]tier|[ée]paules|souffle)\b")


def _the_user_as_their_child(ctx: GuardContext, reflection: str) -> list[tuple[int, int]]:
    """The user told as the child of the parent the memory speaks of ("her daughter let her stay there" for "Mum's
    birthday. Took her a bunch of my sweet peas", « son fils a tout vu » for « J'ai emmené maman chez le
    cardiologue »), doing something, in a reflection that does not speak to the user, where the memory names no one
    else whose child it could be: not "his son" beside "Tom's here", "her daughter" of Mum beside Gran, nor the
    parent's pride in them (« c'est son fils », "his daughter's work", "still her boy"): round 74."""
    if voice.says_you(reflection):
        return []
    mine = kin_said(ctx.original) | _kin_by_who_is_who(ctx)
    if mine & _THEIR_OTHER_CHILDREN or not mine & (_PARENTS | _GRANDPARENTS | _UNCLES):
        return []
    spans = []
    for m in _THEIR_CHILD.finditer(reflection):
        # (kin() says "grandchild" of « petit-fils », "granddaughter"…; round 80: "his niece got to drive it" of Den)
        child = kin(m["child"])
        grand, elders = "grandchild" in child, _UNCLES if child & {"niece", "nephew"} else _PARENTS
        if not mine & (_GRANDPARENTS if grand else elders):
            continue
        # (the verb last: in French it asks the pipeline)
        if not (a_verb_follows(reflection, m.end(), "fr") if ctx.language == "fr"
                else _does_en(reflection, m.end()) or _DOING_EN.match(reflection, m.end())):
            continue  # told doing something, not "c'est son fils", "his daughter's work", « voir son enfant »
        elders = _PARENTS | _GRANDPARENTS if grand else elders
        if all(kin(n.words) & elders or n.person is not None and kin(n.person.relation) & elders
               for n in ctx.persons_named):
            spans.append(m.span())
    return spans


def _the_user_as_their_parent(ctx: GuardContext, reflection: str) -> list[tuple[int, int]]:
    """"He rang his dad before his girlfriend" for "Liam passed… He rang me before he rang his girlfriend": the user
    told as the parent of the child the memory speaks of (round 80), as _the_user_as_their_child the other way round,
    where the memory speaks of no one but the user's children, and no partner whose child they are too."""
    if voice.says_you(reflection):
        return []
    mine = kin_said(ctx.original) | _kin_by_who_is_who(ctx)
    if not mine & _CHILDREN or mine - _CHILDREN or not ctx.persons_named:
        return []
    if not all(n.person is not None and kin(n.person.relation) & _CHILDREN or kin(n.words) & _CHILDREN
               for n in ctx.persons_named):
        return []
    # (not what is theirs, nor a likeness: « le métier de son père », "her mother's spirit", « comme sa mère »)
    return [m.span() for m in _THEIR_PARENT.finditer(reflection) if not re.match(r"['’]s\b", reflection[m.end():])]


_THEIR_PARENT = re.compile(r"(?<!\bcomme )(?<!\blike )(?<!\bde )(?<!\bdu )(?<!\bdes )\b(?:his|her|sa|son)\s+"
                           r"(?:dad|daddy|father|mum|mummy|mom|mam|mother|papa|maman|p[èe]re|m[èe]re)\b", re.IGNORECASE)


def _does_en(text: str, end: int) -> bool:
    """The word before `end` is the subject of the English verb after it ("…let her stay", "…noticed", "…could do")."""
    after = _VERB_AFTER_EN.match(text, end)
    return after is not None and (inflected_verb(after["verb"]) or after["verb"] in _BARE_VERBS_EN)


_VERB_AFTER_EN = re.compile(r"\s+(?:(?:really|finally|just|still|always|never|clearly|already|quietly)\s+)?"
                            r"(?P<verb>[a-z]+)\b")
# (round 78: "It was about his son taking him", "her daughter holding her hand": doing it, the user's deed)
_DOING_EN = re.compile(r"\s+(?!(?:being|going|nothing|something|anything|everything|morning|evening|wedding|building"
                       r"|thing|king|ring|sibling|darling|spring|string|ceiling|feeling|meeting)\b)[a-z]{2,}ing\b")
_BARE_VERBS_EN = frozenset("let read put set cut will would can should might must".split())
_THEIR_CHILD = re.compile(r"\b(?:his|her|sa|son)\s+(?:(?:only|youngest|eldest|little|petite?)\s+)?"
                          r"(?P<child>son|daughter|child|kid|boy|girl|fils|fille|enfant|grandson|granddaughter"
                          r"|grandchild|petit-fils|petite-fille|niece|nephew|ni[èe]ce|neveu)\b", re.IGNORECASE)
_PARENTS = frozenset({"mother", "father"})
_UNCLES = frozenset({"uncle", "aunt"})
# Anyone else in the family the parent's child could be: a brother, a sister, the user's own children.
_THEIR_OTHER_CHILDREN = frozenset({"brother", "sister", "son", "daughter", "child", "nephew", "niece", "cousin",
                                   "grandchild"})


def _kin_after(possessive: re.Pattern[str], text: str) -> set[str]:
    return {relation for m in possessive.finditer(text) for relation in kin(m["kin"])}


# Someone's relative: « sa mère », "their grandad", "Sam's mum"; in the memory, "the mother" too (whose, the sentence
# may say: « la mère de Hugo »).
_SOMEONES = re.compile(r"(?:\b(?:son|sa|ses|leur|leurs|his|her|their)\s+|(?<!\belse)['’]s\s+)(?P<kin>[\w-]+)",
                       re.IGNORECASE)
_THE = re.compile(r"(?:\b(?:la|le|les|the)\s+|\bl['’])(?P<kin>[\w-]+)", re.IGNORECASE)
_YOUR = re.compile(r"\b(?:ton|ta|tes|votre|vos|your)\s+(?P<kin>[\w-]+)", re.IGNORECASE)
_MY = re.compile(r"\b(?:mon|ma|mes|notre|nos|my|our)\s+(?:(?:grande?|petite?|big|little|older|younger|late|dear)\s+)?"
                 r"(?P<kin>[\w-]+)", re.IGNORECASE)
# Anyone's relative, in a sentence opening on a verb in the infinitive or in "-ing" (« Voir son père pleurer »,
# "Making a stranger call her grandpa") or told of « on » (« on ne peut pas tout dire à son chef »).
_ANYONES = re.compile(r"^\W*(?:se\s+|s['’])?[\w-]+(?:er|ir|re|oir|ing)\b|\bon\b", re.IGNORECASE)
# A row imported from elsewhere, often someone else's ("[Mail de Mme Roux…]", "Imported from chat - Priya: …").
_IMPORTED = re.compile(r"^\W*(?:\[|imported|import[ée]|e-?mail|mail|sms|message|note from)", re.IGNORECASE)
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|(?<!\w)'[^']*'(?!\w)")
_NOT_FAMILY = frozenset("friend colleague neighbour boss roommate".split())


def _the_user_among_them(ctx: GuardContext, reflection: str, persons: tuple[str, ...]) -> list[tuple[int, int]]:
    """"A peaceful afternoon for both of them" of "Sat with Gérard in the garden", "The three of them" of a hike with
    Claire and Sam: as many as the ones the user was with and the user, told of as "them", in a reflection that never
    speaks to the user of a memory the user wrote (round 69; not "the two of them" of Sam and Lily the user watched)."""
    found = list(_THE_LOT_OF_THEM.finditer(reflection))
    if not found or voice.says_you(reflection) or not _the_users_own(ctx.original) \
            or not _WITH_SOMEONE.search(ctx.original):
        return []
    named = {fold_str(name) for name in _named(ctx, persons)}
    return [m.span() for m in found if _HOW_MANY[fold_str(m["n"] or m["n2"])] == len(named) + 1]


# "the two of them", "both of them", "them both" (not « tous les deux »: « Bravo à toutes les deux », « parlez-en tous
# les deux », « jeunes retraités tous les deux » speak to the user or liken, round 69: 4 of 6 French pairs harmless).
_THE_LOT_OF_THEM = re.compile(r"\b(?:(?:the\s+)?(?P<n>two|three|four|both)\s+of\s+them|them\s+(?P<n2>both))\b",
                              re.IGNORECASE)
_HOW_MANY = {"two": 2, "both": 2, "three": 3, "four": 4}
# The user with someone: "with Gérard", "Stan and I", "we", « avec Inès », « on a… ».
_WITH_SOMEONE = re.compile(r"\b(?:with|w/|avec|avc|and I|et moi|me and|moi et|we|us|nous|I took|j['’]ai emmen[ée]e?)\b"
                           r"|\bon\s+(?:a|est|s['’])", re.IGNORECASE)


def _the_user_and_another_as_they(ctx: GuardContext, reflection: str,
                                  persons: tuple[str, ...]) -> list[tuple[int, int]]:
    """"They clearly had an afternoon full of treasure together" of "Poppy and I spent the afternoon at the museum":
    where the memory names one person the user was with, no group and no "they" of its own, the reflection's "they"
    (never speaking to the user) is the two of them (round 69)."""
    french = ctx.language == "fr"
    found = [m.span("who") for m in (_THEY_DO_FR if french else _THEY_DO).finditer(reflection)]
    if not found or voice.says_you(reflection) or not _the_users_own(ctx.original) \
            or (_THEY_SAID_FR if french else _THEY_SAID).search(ctx.original) \
            or (_A_GROUP_FR if french else _A_GROUP).search(ctx.original):
        return []
    named = {name for name in _named(ctx, persons) if name.strip()}
    if len({fold_str(n) for n in named}) != 1:
        return []
    name = re.escape(next(iter(named)).split()[0])
    together = re.search(rf"\b{name}\s+and\s+I\b|\b(?:me|I)\s+and\s+{name}\b|\b(?:with|w/)\s+{name}\b"
                         rf"|\bI\s+(?:took|brought)\s+{name}\b|\b(?:avec|avc)\s+{name}\b|\b{name}\s+et\s+moi\b"
                         rf"|\bmoi\s+et\s+{name}\b|\bj['’]ai\s+emmen[ée]e?\s+{name}\b", ctx.original, re.IGNORECASE)
    return found if together else []


# "they" doing something (not "they say", the world's).
_THEY_DO = re.compile(r"\b(?P<who>[Tt]hey)(?:['’](?:re|ve|d|ll))?\s+(?!say\b|said\b|call\b|called\b)")
# « Elles ont ri », « ils se sont », « elles n'avaient »: doing something (not « elles » of things: « elles sont
# belles » has no deed).
_THEY_DO_FR = re.compile(r"\b(?P<who>[Ii]ls|[Ee]lles)\s+(?:ont|avaient|auront|se\s|s['’]|n['’]ont|n['’]avaient"
                         r"|ne\s+se)")
_THEY_SAID_FR = re.compile(r"\b(?:ils|elles|eux|leur|leurs)\b", re.IGNORECASE)
_A_GROUP_FR = re.compile(r"\b(?:enfants|gamins|petits|amis|amies|copains|copines|famille|parents|tout le monde"
                         r"|[ée]quipe|gens|[ée]l[èe]ves|touristes"
                         r"|voisins|chorale|groupe|filles|gar[çc]ons|cousins|cousines"
                         r"|coll[èe]gues|autres|jumeaux|jumelles|potes|bande)\b", re.IGNORECASE)
# People in a group, whom "they" may be ("the kids", "the tourists", "the whole choir").
_A_GROUP = re.compile(r"\b(?:kids|children|friends|family|parents|everyone|everybody|team|crowd|people|guys|girls"
                      r"|boys|students|class|tourists|neighbou?rs|choir|group|folks|twins|lads|ladies|gang|crew|band"
                      r"|audience|fans|others|staff|colleagues|grandchildren|grandkids|cousins|sisters|brothers)\b",
                      re.IGNORECASE)


_A_NAME = r"[A-ZÀ-Ý][\w'’-]+"
# "he and Carlos", "Carlos and him", « elle et Inès », « Inès et elle » (not "Maddie and her little brother")
_BESIDE_SOMEONE = tuple(re.compile(pattern) for pattern in (
    rf"\b(?P<who>[Hh]e|[Ss]he|[Hh]im|[Hh]er)\s+and\s+(?P<name>{_A_NAME})\b",
    rf"\b(?P<name>{_A_NAME})\s+and\s+(?P<who>he|she|him|her(?=\s*(?:[^\w\s]|$)))\b(?!['’])",
    rf"(?<![\w'’])(?P<who>[Ii]l|[Ee]lle|[Ll]ui)\s+et\s+(?P<name>{_A_NAME})\b",
    rf"\b(?P<name>{_A_NAME})\s+et\s+(?P<who>lui|elle)(?![\w'’-])"))


# (« lui » before a verb is to him or to her: « pour lui dire merci », « de lui faire mal »; « à lui » a thing's
# owner, often an animal: « les massues sont à lui »)
# (« sûre d'elle », « sûr de lui »: sure of itself, said of anyone or anything, round 58: « une IA sûre d'elle »)
_WITH_HIM_OR_HER = re.compile(r"(?<!s[ûu]r )(?<!s[ûu]re )\b(?:avec|pour|chez|sans|contre|envers|d['’]|de)\s*"
                              r"(?:(?P<who>elle)\b|(?P<him>lui)"
                              r"(?=\s*(?:[^\w\s]|$|(?:aussi|m[êe]me|seul|et|ou|qui|que|qu['’]|quand|dans|en|au|comme"
                              r"|tout|ce|cette|ici|là|maintenant|depuis|pendant|avant|après)\b)))")
# The same in English (round 72: "it mattered to him, and the crowd clearly stayed for him", of a busker alone with
# his crowd); not "her" before what is hers ("for her birthday").
_WITH_HIM_OR_HER_EN = re.compile(r"\b(?:with|for|to|about|from|without|towards|beside)\s+(?:(?P<who>her)|(?P<him>him))"
                                 r"(?=\s*(?:[^\w\s]|$|(?:too|also|and|or|who|when|as|at|now|today|tonight|so|that)\b))")
# « C'est tout elle », « c'est tellement lui », « on la reconnaît bien là »: a person, known by what they did.
_SO_LIKE_THEM = re.compile(r"\bc['’]est\s+(?:tout|tellement|bien|vraiment|exactement|si)\s+"
                           r"(?:(?P<who>elle)|(?P<him>lui))\b"
                           r"|\b(?:on|je)\s+(?:(?P<who2>la)|(?P<him2>le))\s+reconna[iî]s?t?\s+(?:bien|l[àa])\b",
                           re.IGNORECASE)
# A grave, a death: « elle » may be the one mourned (« être vraiment avec elle », of a tomb).
_A_DEATH = re.compile(r"\b(?:tombe|cimeti[èe]re|enterr\w*|d[ée]c[èe]s|fun[ée]railles|obs[èe]ques|deuil|d[ée]c[ée]d\w*"
                      r"|mort\w*|disparu\w*|grave|cemetery|funeral|died|death|passed away)\b", re.IGNORECASE)


def _all_named(ctx: GuardContext, proposal: Proposal, of_a_sex: Callable[[str], bool], unless: re.Pattern[str]) -> bool:
    """In the user's own words, where no animal is spoken of, all named are of that sex: someone, or nobody where the
    reflection does not speak to the user and, in English, nobody else is there whom "he" or "she" may be."""
    if not _the_users_own(ctx.original) or _AN_ANIMAL.search(ctx.original):
        return False
    if named := _named(ctx, proposal.fields.persons):
        return _all_of_a_sex(named, of_a_sex)
    # (round 66: nobody named at all in French, « Personne n'a ri… Je trouve qu'elle a eu un sacré cran »: its readers
    # take only « elle », « il » doing what a person does; round 77: in English too, "I hope she felt how ready she
    # was" of a first shift told alone; beside "tu", « il sait déjà » is « ton corps »)
    return not voice.says_you(proposal.fields.reflection) \
        and (ctx.language == "fr" or _nobody_it_may_be_en(ctx, proposal, unless))


def _nobody_it_may_be_en(ctx: GuardContext, proposal: Proposal, unless: re.Pattern[str]) -> bool:
    """In an English memory that names no one, nobody else "he" or "she" may be: no animal, no one's "'s" ("Custard's
    ear", "great-grandad's kilt"), no one by a word but those `unless` matches ("the barista"; a drunk bloke is no
    "she", a crew no one; the user's own trade, "first shift as a paramedic"), no thing named ("named it Gerald") and
    no name of the memory said again but its place and its day ("a sulking Clio", a car; not "St Ives")."""
    reflection = proposal.fields.reflection
    if _AN_ANIMAL.search(reflection) or _SOMEONES_OWN.search(ctx.original) or _A_THING_NAMED.search(ctx.original) \
            or _someone_by_a_word(_AS_A_TRADE.sub(" ", ctx.original), unless):
        return False
    time = proposal.fields.time
    where_and_when = f"{proposal.fields.place} {time.said if time else ''}"
    said = set(re.findall(r"(?<![.!?…]\s)(?<!^)\b[A-Z][a-z]{2,}\b", ctx.original)) - set(where_and_when.split())
    return not said & set(re.findall(r"\b[A-Z][a-z]{2,}\b", reflection))


_SOMEONES_OWN = re.compile(r"\b[A-Z][\w-]*['’]s\b|\b(?:great-)?grand-?(?:dad|pa|ad)\w*['’]s\b", re.IGNORECASE)
_AS_A_TRADE = re.compile(r"\bas an?\s+(?:[\w-]+\s+)?[\w-]+", re.IGNORECASE)  # "as a qualified paramedic"
_A_THING_NAMED = re.compile(r"\b(?:named|called|christened|dubbed|nicknamed)\s+(?:it|her|him|them)\b", re.IGNORECASE)


def _the_users_own(original: str) -> bool:
    """A memory in the user's own first person, not a row someone else wrote (their "je")."""
    return _i_wrote(original) and not someone_elses_row(original)


def _named(ctx: GuardContext, persons: tuple[str, ...]) -> list[str]:
    """Whom the memory and the proposal name; a who-is-who person by their name, not by the words of the memory ("my
    best friend" is Hannah)."""
    return [m.person.name if m.person else m.words for m in ctx.persons_named] + list(persons)


def _all_of_a_sex(names: list[str], of_a_sex: Callable[[str], bool]) -> bool:
    """Each name, whole (the who-is-who knows "Hélène Marchal"; of_a_sex reads the given name itself)."""
    return all(of_a_sex(name) for name in names if name.split())


def _by_name_or_role(ctx: GuardContext, sex: str, by_name: Callable[[str], bool]) -> Callable[[str], bool]:
    """A man (a woman) by what the who-is-who says they are to the user, or else by the given name (round 58:
    « Yanis », « élève du club, le prodige que j'entraîne »; "Sam", "brother")."""
    def of_that_sex(name: str) -> bool:
        said = _sex_in_who_is_who(ctx, name)
        return said == sex if said else by_name(name.split()[0])
    return of_that_sex


_HIS_KIN = frozenset("father brother grandfather son nephew husband uncle great-uncle great-grandfather father-in-law"
                     " brother-in-law stepfather".split())
_HER_KIN = frozenset("mother sister grandmother daughter niece wife aunt great-aunt great-grandmother mother-in-law"
                     " sister-in-law stepmother".split())
# A relation's words that say a man or a woman beyond kin: an article opening it or a part of it (« le prodige que
# j'entraîne », « élève, la plus douée »: not « élève de la chorale »), its first noun's French ending (« chauffeuse »,
# « pâtissier »: not « élève de l'atelier »), a word only a man's or a woman's, an English pronoun.
# (Not "cousin": a man's word in French, anyone's in English.)
_HIS_ROLE = re.compile(r"(?:^|,\s*)(?:le|un)\s|^[\w-]+(?:eur|ier|ien)\b|\b(?:he|him|his|boyfriend|ami|voisin|copain"
                       r"|compagnon|mec|gar[çc]on|man|guy|boy)\b", re.IGNORECASE)
_HER_ROLE = re.compile(r"(?:^|,\s*)(?:la|une)\s|^[\w-]+(?:euse|rice|i[èe]re|ienne)\b|\b(?:she|her|girlfriend|amie"
                       r"|voisine|copine|cousine|compagne|fille|femme|woman|lady|girl)\b", re.IGNORECASE)


def _sex_in_who_is_who(ctx: GuardContext, name: str) -> str:
    """"man", "woman", or "" where the who-is-who does not say, or says both."""
    person = ctx.people.find(name)
    relation = person.relation if person else ""
    said = kin(relation)
    his = bool(said & _HIS_KIN) or bool(_HIS_ROLE.search(relation))
    hers = bool(said & _HER_KIN) or bool(_HER_ROLE.search(relation))
    return "man" if his and not hers else "woman" if hers and not his else ""


def _a_woman_spoken_of(original: str) -> bool:
    return bool(_A_WOMAN.search(original) or _SOMEONE_SHE.search(original) or _A_WOMANS_ROLE.search(original))


def _a_man_spoken_of(original: str) -> bool:
    return bool(_A_MAN.search(original) or _A_MANS_ROLE.search(original))


# A man by his role or his title: « le plombier », "the landlord", « M. Roux ».
_MANS_WORDS = r"guy|man|men|mr|sir|gentleman|bloke|fella|chap|lad"  # (English: a man, whatever he does)
_A_MANS_ROLE = re.compile(r"\b(?:plombier|[ée]lectricien|client|m[ée]decin|docteur|doctor|dr|prof|professeur|teacher"
                          r"|coach|manager|boss|patron|chef|moniteur|instructor|driver|chauffeur|vendeur|serveur|waiter"
                          r"|type|mec|gars|homme|monsieur|plumber|landlord|priest|pr[êe]tre|inconnu"
                          rf"|stranger|tenor|baritone|t[ée]nor|baryton|{_MANS_WORDS}"
                          r"|(?:post|milk|fire|police|bin|handy|snow)man)\b"
                          r"|(?-i:\bM\.\s)", re.IGNORECASE)
# (A son in English only: « son numéro », « son mari » are French possessives, round 55.)
_AN_ENGLISH_SON = r"(?:(?:my|his|her|our|their|your|a|the|only|eldest|youngest|little|older|younger)\s+)sons?"
_AN_ANIMAL = re.compile(rf"\b(?:dog|cat|puppy|kitten|horse|pony|rabbit|chien\w*|chat|chatte|chiot|chaton|cheval|poney"
                        rf"|lapin|boy|gar[çc]on|fils|{_AN_ENGLISH_SON}|b[ée]b[ée]|baby)\b", re.IGNORECASE)
# What a person does, after « il » or « elle » (not « il faut », nor « il » or « elle » of a cake or a wish); what only
# a person feels or thinks (round 77: « elle rêve en couleurs », « il pense d'abord à sa fille »; not « il aime le
# soleil », « elle se repose », « il comprend trois plats », of a plant, a dough, a menu).
_A_PERSONS_DEED = (r"a bien fait|a d[ûu]|sait|savait|avait bien|a eu (?:peur|raison|du courage|de la chance)|s['’]est"
                   r"|pense|r[êe]ve|esp[èe]re|croit|sourit|rit|pleure|souffre|imagine|ose|regrette|h[ée]site"
                   r"|ressent|a peur|a h[âa]te|se sent|se souvient|doute|savoure")
# A deed told in the past (« il a choisi », « qu'il l'ait écouté »), not what weather, time or a thing does (« il a
# fallu », « il a plu », « il a duré », « il a eu lieu »).
# (In a reflection that never speaks to the user: beside "you", « il a disparu » is the gratin.)
_A_DEED_DONE = (r"(?:(?:l['’]|les\s+|lui\s+|leur\s+|en\s+)?(?:a|ait|avait)\s+"
                r"(?:(?:enfin|bien|vraiment|aussi|d[ée]j[àa]|tout de suite)\s+)?"
                r"(?!fallu|plu\b|neig|sembl|paru|suffi|manqu|dur[ée]|co[ûu]t|valu|[ée]t[ée]\b|eu lieu"
                r"|chang|commenc|fini\b|march|servi|compt|pris fin)[a-zà-ÿ]+(?:é|i|u|is|it|ert|int)e?s?)\b")
_HE_DID = re.compile(rf"\b(?P<who>[Ii]l)(?=\s+{_A_DEED_DONE})")
_SHE_DID = re.compile(rf"\b(?P<who>[Ee]lle)(?=\s+{_A_DEED_DONE})")
# Glad, moved or proud that « il » or « elle » does something (round 70: « J'aime qu'il regarde encore la mer »,
# « C'est beau qu'il continue à lui offrir ses fleurs », « Je suis contente qu'elle ait pu partager son métier »): a
# person, not the weather nor what must be (« qu'il pleuve », « qu'il faille », « qu'il y ait », « qu'il fasse beau »).
_GLAD_THAT = (r"\b(?:aime|adore|beau|touchant|contente?|heureu(?:x|se)|fi[èe]re?|ravie?|[ée]mue?|touch[ée]e?"
              # (round 72: « Je comprends qu'il ne sache pas encore »)
              r"|rassur[ée]e?|soulag[ée]e?|comprends)\s+qu['’]")
# (« qu'elle soit » is a thing's as often, but not gone, come, stayed or proud: « J'aime qu'elle soit passée de la
# râlerie au silence », round 77)
_GONE_OR_PROUD = r"(?:pass|all|venu|rest|parti|rentr|arriv|sorti|fi[eè]re?\b|heureu|content|[ée]mue?\b)\w*"
_NOT_A_PERSONS = rf"(?!\s+(?:n['’]|ne\s+)?(?:y\b|faut|faille|pleu|neig|fasse|s['’]agi|soit\b(?!\s+{_GONE_OR_PROUD})))"
_GLAD_THAT_HE = re.compile(rf"{_GLAD_THAT}(?P<who>il){_NOT_A_PERSONS}\b")
_GLAD_THAT_SHE = re.compile(rf"{_GLAD_THAT}(?P<who>elle){_NOT_A_PERSONS}\b")
# "he" said of a person: any English "he"/"him"; a French « il » doing what a person does.
# (« comme s'il savait » is a likeness: a thing made a person, round 55: « Un vélo rouge… comme s'il savait »)
_HE_A_PERSON = re.compile(r"\b(?P<who>(?:[Hh]e|[Hh]im|[Hh]imself)(?=\W)|(?<!comme s')(?<!comme s’)[Ii]l(?=\s+(?:"
                          rf"{_A_PERSONS_DEED}|(?:doit|peut) [êe]tre fier|est fier)\b))")
# "she" said of a person: any English "she" (not "her": "keeping her", of a boat); a French « elle » doing what a person
# does (not « elle mérite », of a wish).
_SHE_A_PERSON = re.compile(r"\b(?P<who>[Ss]he(?=\W)|[Ee]lle(?=\s+(?:"
                           rf"{_A_PERSONS_DEED}|(?:doit|peut) [êe]tre fi[èe]re|est fi[èe]re"
                           r"|a le droit|n['’]a pas|a tout fait|a su|a os[ée]|a pay[ée]|a raison|avait raison)\b))")
# "her" owning something, among men only ("her oldest ritual with him" of "Ben and I watched the Mariners lose"), round
# 69; not where the memory has a boat, a car or a country, which English calls "her" ("keeping her afloat"; a "she" or
# a "her" of its own has returned already, as a woman spoken of).
_HER_OWN = re.compile(r"\b(?P<who>[Hh]er)\s+(?:(?:own|oldest|old|new|first|last|little|best|favourite|favorite)\s+)?"
                      r"(?!own\b)(?:ritual|day|week|night|evening|morning|weekend|heart|way|voice|smile|laugh|joy"
                      r"|pride|courage|patience|favourite|favorite|moment|turn|hands?|face|eyes|life|work|job|shift"
                      r"|team|dad|mum|mom|brother|sister|son|daughter|partner|husband|wife|friends?|place|home|house"
                      r"|flat|studio|kitchen|garden|car|bike|feet|legs|knees?|back|body|mind|memories|memory)\b")
# "her" ending a clause, no one's possessive but a person ("yes, that's her!", "what I see in her."), round 79.
_HER_AT_A_CLAUSES_END = re.compile(r"\b(?P<who>[Hh]er)(?=\s*(?:[!.,;:?…—–]|$))")
_SAID_SHE_OF_A_THING = re.compile(r"\b(?:boat|ship|yacht|ferry|vessel|car|van|truck|lorry|bike|motorbike|engine"
                                  r"|country|nation|herself)\b", re.IGNORECASE)
# Leave or a verdict: « Elle a le droit de… », « Il a bien fait de… », « Elle n'a pas à… », "She's allowed to…", "He
# did the right thing" (not "he was right", as often someone's forecast, nor « elle n'a pas besoin d'être utile », a
# thing's « elle »).
_LEAVE_GIVEN = re.compile(
    r"\b(?P<who>[Ee]lle|[Ii]l)\s+(?:(?:a|avait)\s+(?:(?:bien|tout|aussi|parfaitement)\s+)?"
    r"(?:le droit|bien fait|eu raison)\s+(?:de\s|d['’])|n['’](?:a|avait)\s+pas\s+à\s|a\s+droit\s+(?:à|aux|au)\s)"
    r"|\b(?P<who_en>[Ss]he|[Hh]e)(?:(?:['’]s|\s+is|\s+was)\s+allowed\s+to|\s+(?:has|had)\s+every\s+right"
    r"|\s+did\s+(?:exactly\s+)?the\s+right\s+thing|\s+did\s+well\s+to|\s+was\s+right\s+to"
    r"|\s+(?:doesn['’]t|does\s+not)\s+(?:have|need)\s+to|\s+(?:can|should|may)\s+be\s+(?:so\s+|very\s+)?proud)\b")
# A woman by her role or her title, beside _A_WOMAN's words of kin and closeness: « la cliente », "the nurse" (either),
# « Mme Roux ».
_A_WOMANS_ROLE = re.compile(r"\b(?:cliente|m[ée]decin|docteure?|doctor|prof|professeure?|teacher|coach|dame|madame|mme"
                            r"|mrs|ms|miss|girl|woman|women|lady|serveuse|vendeuse|infirmi[èe]re|nurse|coll[èe]gue"
                            r"|caissi[èe]re)\b", re.IGNORECASE)


_I_WROTE = re.compile(r"(?<![\w'’])(?:j['’]|m['’]|(?:je|moi|me|i|my|myself|mon|ma|mes)(?![\w'’]))", re.IGNORECASE)
# "I'd spent a week on it", with no bare "I": the user too, outside a quotation ("a 'Where I'm From' assembly").
_I_CONTRACTED = re.compile(r"(?<![\w'’])i['’](?:m|d|ve|ll)\b", re.IGNORECASE)


def _i_wrote(original: str) -> bool:
    return bool(_I_WROTE.search(original) or _I_CONTRACTED.search(voice.blank_quotations(original)))


# Anyone the pronoun may be: a role (« le client », "my manager", "the super"), an animal, people met.
_SOMEONE_ELSE = re.compile(
    r"\b(?:client\w*|manager|boss|patron\w*|chef|coll[èe]gue\w*|colleague\w*|super|plumber|plombier|voisin\w*"
    r"|neighbou?r\w*|ami\w*|friend\w*|copain|copine|pote|m[ée]decin|docteur|doctor|prof\w*|teacher|coach"
    r"|dog|cat|chien\w*|chat|chatte|he|him|his|she|her|il|elle|lui|guy|gars|mec|type|femme|homme|man|woman"
    r"|girl|boy|fille|gar[çc]on|kid|baby|b[ée]b[ée]|enfant\w*)\b", re.IGNORECASE)
_HE_OR_SHE_DID = re.compile(
    r"(?:^|[.!?…]\s+)(?P<who>Il|Elle|He|She)\s+(?:a (?:enfin |bien |vraiment |eu |fait |os[ée] |r[ée]ussi |tenu )"
    r"|a (?:[a-zà-ÿ]+[ée]|pris|fini|dit|appris|mis)\b|peut [êe]tre fi[èe]re?|doit [êe]tre fi[èe]re?|a raison|a bien raison"
    r"|est (?:enfin |vraiment |tellement |si )?(?:fi[èe]re?|all[ée]e?|partie?|venue?|arriv[ée]e?|rentr[ée]e?|rest[ée]e?)"
    r"|(?:finally |really |just )?(?:did|made|took|said|went|taught|learned|learnt|finished|fixed|declined|blanked"
    r"|cried|danced|signed|baked|ran|walked|called)\b|(?:has|had) (?:finally |just )?[a-z]+ed\b"
    r"|(?:can|should|must) be proud|was (?:so )?brave|(?:['’]ll|will) be\b)")
# What the user called themself, denied of "she" (round 44: « Je me sens tellement nulle » → « Elle n'est pas
# nulle », "Felt like the dumbest person in Switzerland" → "She is not the dumbest person…"): the word must be the
# memory's own.
_JUDGEMENT_DENIED = re.compile(
    r"(?:^|[.!?…]\s+)(?P<who>Il|Elle|He|She)\s+(?:n['’](?:est|était) pas|(?:is|was)(?:n['’]t| not))\s+"
    r"(?:(?:une?|the|a|an|si|so|vraiment|really)\s+)?(?P<word>[\w-]{4,})")
# Glad for the only one the memory speaks of: "I'm happy for him", « je suis fière d'elle » (round 38; not beside
# "you": « heureuse pour toi, et fière d'elle, cette chanson » is a thing's « elle »).
_GLAD_FOR_THEM = re.compile(
    r"\b(?:proud of|happy for|glad for|so pleased for|fi[èe]re? d['’]|fi[èe]re? de|heureuse pour|heureux pour"
    r"|contente? pour|ravie? pour)\s*(?P<who>him|her|them|lui|elle|eux)\b", re.IGNORECASE)


# The user told of as "the user", « l'utilisatrice »; herself as "your companion", « ta compagne » doing what she
# does ("Your companion would have read it too", « Ta compagne adore ce genre de souvenir »).
_THE_USER = re.compile(r"\b(?:l['’]utilisat(?:eur|rice)|the user)\b", re.IGNORECASE)
_YOUR_COMPANION = re.compile(
    r"\b(?:ta|votre|your|la|the|(?:the |la )?[\w-]+['’]s) (?:(?:ai|virtual|digital) )?(?:compagne|compagnon|companion)"
    r"(?: (?:num[ée]rique|virtuelle?|digitale?|virtual|artificielle?))?(?: de l['’]utilisat(?:eur|rice)| of the user)?"
    r"\s+(?:(?:ne |n['’])?(?:adore|aime|pense|croit|sent|sourit|espère|espere|trouve|aurait|serait|est|a|te|t['’]"
    r"|rit|comprend|sait|se demande|imagine)"
    r"|loves|likes|thinks|believes|feels|smiles|hopes|would|is|was|has|knows|can|can't|cannot|understands"
    r"|laughs|wonders|finds|approves|considers|says|estime|approuve|dit)\b", re.IGNORECASE)
# She, with nobody in the memory she could be: "She thinks you should be so proud", « Elle te dit de bien dormir ».
# (Not « Elle va être parfaite dans ton salon »: in French a lamp is « elle » too; what follows must be hers to do.)
_SHE_OPENS = re.compile(
    r"(?:^|[.!?…]\s+)(?P<she>Elle|She)(?:\s+|(?=['’]s\s))(?:(?:te|t['’]|vous)\s*\w+|sourit|pense|croit|esp[èe]re|imagine|trouve que"
    r"|aurait|se r[ée]jouit|adore|trouve|comprend|sent (?:ta|ton|tes|que|combien)|a h[âa]te"
    # (round 74: « Elle sait ce que cette tasse représentait », « Elle aime te savoir au travail »)
    r"|sait(?! que| qu['’])|aime|a envie"
    r"|smiles|thinks|believes|hopes|says|wishes|imagines|would|feels|loves"
    r"|adores|knows|can picture|can imagine|finds|approves|considers|gets (?:why|how|what|that|not|it|you)"
    r"|(?:is |est |['’]s )(?:so |si |tellement |vraiment )?(?:glad|happy|proud|sorry|delighted|thrilled|pleased|touched|moved"
    r"|relieved|impressed|grateful|soulag[ée]e|impressionn[ée]e"
    r"|contente|heureuse|fi[èe]re|d[ée]sol[ée]e|ravie|touch[ée]e|[ée]mue|s[ûu]re))\b")
# "She" opening a sentence or a clause (« Elle aime que… », « …, elle souffle avec toi », "— she loves that!"), for
# her judgement.
_SHE_IN_A_CLAUSE = re.compile(r"(?:^|[.!?…]\s+|[;:,—–]\s*|\s(?:et|mais|and|but)\s+)(?P<she>elle|she)\b", re.IGNORECASE)
# Her view, told as someone else's: "Her advice is to check with security", "Her guess is…".
_HER_VIEW = re.compile(r"(?:^|[.!?…]\s+)(?P<she>Her)\s+(?:advice|opinion|guess|view|feeling|hope|wish|verdict|take"
                       r"|suggestion)\s+is\b")
# A woman the memory speaks of, whom "elle"/"she" may be (French « la », « sa » are articles and possessives too).
_SOMEONE_SHE = re.compile(r"\b(?:elles?|she|her|hers)\b", re.IGNORECASE)
_A_WOMAN = re.compile(r"\b(?:m[èe]re|maman|s(?:œ|oe)ur|grand-m[èe]re|mamie|fille|femme|tante|cousine|voisine|amie|copine"
                      r"|patronne|cheffe|ni[èe]ce|mother|mum|mom|sister|grandma|grandmother|daughter|wife|aunt"
                      r"|girlfriend|niece"
                      # (hyphenated, read whole by _someone_by_a_word: « Rose, la petite-fille de Mme Haddad »)
                      r"|petite-fille|belle-m[èe]re|belle-s(?:œ|oe)ur|belle-fille|demi-s(?:œ|oe)ur"
                      r"|mme|madame|mademoiselle|mlle|mrs)\b"
                      # a role said with a woman's article (round 48): « ma thérapeute », « la pédiatre »
                      r"|\b(?:ma|ta|sa|une|la|cette|notre|votre)\s+(?:nouvelle\s+|vieille\s+|petite\s+)?(?:th[ée]rapeute"
                      r"|psy\w*|m[ée]decin|docteure?|prof\w*|kin[ée]|coach|coll[èe]gue|dentiste|p[ée]diatre|gyn[ée]co\w*"
                      r"|sage-femme|avocate|directrice|responsable|manager|boss|propri[ée]taire|proprio|pharmacienne"
                      r"|v[ée]t[ée]rinaire|v[ée]to|infirmi[èe]re|cliente|serveuse|vendeuse|caissi[èe]re|libraire"
                      r"|secr[ée]taire|juge|maire|patiente|élève|eleve|stagiaire|conseill[èe]re|ostéo|osteo)\b",
                      re.IGNORECASE)
# A man the memory speaks of, whom « il »/"he" may be: for the voice reader (others_in_the_memory).
_A_MAN = re.compile(r"\b(?:p[èe]re|papa|fr[èe]re|grand-p[èe]re|papi|papy|fils|mari|oncle|cousin|voisin|ami|copain"
                    rf"|patron|chef|neveu|father|dad|brother|grandpa|grandfather|{_AN_ENGLISH_SON}|husband|uncle"
                    r"|boyfriend|nephew|petit-fils|beau-p[èe]re|beau-fr[èe]re|beau-fils|demi-fr[èe]re"
                    r"|he|him|his|il)\b", re.IGNORECASE)
# Whom "she" (or "he") cannot be: a man's words (a woman's: "a drunk bloke", "the girl"), or a group's ("the crew").
_A_GROUPS_WORD = r"|crew|team|class|choir|band|group|staff|family|audience|crowd|congregation|committee|club|squad"
_HIS = re.compile(rf"(?:{_A_MAN.pattern}|{_MANS_WORDS}|\w+(?<!wo)man{_A_GROUPS_WORD})", re.IGNORECASE)
_HERS = re.compile(rf"(?:{_A_WOMAN.pattern}|woman|women|lady|girl|mrs|ms|miss|madam|\w+woman{_A_GROUPS_WORD})",
                   re.IGNORECASE)


# Her presence offered to "her" or "him" (round 63: « Je suis là si elle veut qu'on y réfléchisse », "I'm here if he
# can't sleep", « Je suis là pour lui. »): she is there for the user, whom she must speak to; not "I'm here for her
# too", « je serai là pour lui et pour toi », nor « je serai là quand elle viendra » (a revenge to come).
_PRESENCE_OFFERED = re.compile(
    r"\b(?:je suis|je serai|je reste|je serais) là (?:(?:si|quand|dès qu['’]) ?(?P<elle>elle|il) (?:veut|voudra"
    r"|voulait|a besoin|en a besoin|souhaite|est prête?|sera prête?|le veut|le souhaite|peut|n['’]arrive)"
    r"|pour (?P<lui>elle|lui)(?=\s*[.,;!…]))"
    r"|\bI(?:['’]m| am|['’]ll be| will be) (?:here|there|around) (?:(?:if|when|whenever) (?P<she>she|he)(?:['’]s| is)?"
    r" (?:wants|needs|ready|can['’]t|feels|does)|for (?P<her>her|him)(?=\s*[.,;!…]))", re.IGNORECASE)


def _presence_offered(reflection: str) -> list[tuple[int, int]]:
    return [m.span(m.lastgroup) for m in _PRESENCE_OFFERED.finditer(voice.blank_quotations(reflection))]


def _herself_as_another(ctx: GuardContext, reflection: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _THE_USER.finditer(reflection)]
    partner = any(kin(p.relation) & {"partner", "wife", "girlfriend"} for p in ctx.people.people)
    if not partner:  # « ta compagne » is the user's partner when who-is-who has one
        spans += [m.span() for m in _YOUR_COMPANION.finditer(reflection)]
    spans += [m.span("she") for pattern in (_SHE_OPENS, _HER_VIEW) for m in pattern.finditer(reflection)
              if not _a_woman_she_can_be(ctx, reflection, m) or _her_judgement_to_you(reflection, m)]
    if not _SOMEONE_SHE.search(ctx.original):  # (not "Aunt Rosa called. She hung my painting…, she's proud of you")
        spans += [m.span("she") for m in _SHE_IN_A_CLAUSE.finditer(reflection)
                  if _her_judgement_to_you(reflection, m, _FEELS_FOR_YOU)]
    if not voice.says_i(reflection):
        spans += [m.span(m.lastgroup) for m in _BY_HER_ACCOUNT.finditer(reflection)]
    # (a set: a sentence-opening « Elle est fière de toi » is read by _SHE_OPENS and _SHE_IN_A_CLAUSE alike)
    return sorted({*spans, *_herself_by_a_word(reflection, ctx.original), *_the_users_kin_as_theirs(ctx, reflection),
                   *_the_users_things_as_theirs(ctx, reflection)})


# The user's relative told as someone else's, in a reflection that does not speak to the user: « Papa est venu poser
# des étagères » → « Son père est venu… », "my mom framed it" → "a lovely idea from his mom", « Je crois que sa mère
# lui a fait ses adieux » (her "je" beside it since round 35: 5 narrated reflections more, none harmless, on the open
# sets). Not where the memory speaks of another's relative of that kind ("biryani at Raj's mum's", « la mère de
# Léo »), nor an impersonal one (« quand on veut le bien de sa mère », « Être pris pour son père »). A bare « Mamie »
# may be a child's grandmother: only the user's parents are theirs without a possessive.
_THEIR_KIN = re.compile(r"\b(?:sa|son|ses|his|her|their)\s+(?P<kin>[\w-]+)", re.IGNORECASE)
_MY_KIN = re.compile(r"\b(?:ma|mon|mes|m['’]|my|our)\s*(?:(?:grande?|petite?|older|younger|little|big|old)\s+)?"
                     r"(?P<kin>[\w-]+)", re.IGNORECASE)
_A_PARENT_ALONE = re.compile(r"\b(?:papa|maman|mum|mom|dad)\b", re.IGNORECASE)
# « Chez mamie », "Gran called": the user's own grandparent, where the memory speaks of no one else (« Standing ovation
# de mamie » after Lina's gala is Lina's too).
_A_GRANDPARENT_ALONE = re.compile(r"\b(?:papi|papy|mamie|mamy|m[ée]m[ée]|p[ée]p[ée]|nana|gran|granny|grandma|grandpa"
                                  r"|grand-?dad|gramps)\b", re.IGNORECASE)
_GRANDPARENTS = frozenset({"grandmother", "grandfather"})
_ANOTHERS_KIN = re.compile(r"\b(?:[Ss]a|[Ss]es|[Hh]is|[Hh]er|[Tt]heir|(?<![Mm]y\s)(?<![Oo]ur\s)(?<![Tt]he\s)(?<!\b[Aa]\s)[Ss]on|[A-ZÀ-Ý][\w-]*['’]s)"
                           r"\s+[\w-]+(?:\s+[\w-]+)?"  # (not "my son read…": the English word)
                           r"|[\w-]+\s+(?:de|du|d['’])\s*[A-ZÀ-Ý]")  # (its kin word may come second: "Amir's bio dad")
_IMPERSONAL = re.compile(r"\b(?:on|one)\b|^\s*(?:[ÊE]tre|Avoir|Ressembler|To be)\b", re.IGNORECASE)


def _the_users_kin_as_theirs(ctx: GuardContext, reflection: str) -> list[tuple[int, int]]:
    if voice.says_you(reflection):
        return []
    says_i = voice.says_i(reflection)
    if says_i and someone_elses_row(ctx.original):
        return []
    mine = {k for m in _MY_KIN.finditer(ctx.original) for k in kin(m["kin"])} \
        | {k for m in _A_PARENT_ALONE.finditer(ctx.original) for k in kin(m[0])} | _grandparents_alone(ctx) \
        | _kin_by_who_is_who(ctx)
    mine -= {k for m in _ANOTHERS_KIN.finditer(ctx.original) for k in kin(m[0])}
    return [m.span() for m in _THEIR_KIN.finditer(reflection) if kin(m["kin"]) & mine
            and not _anyones_or_anothers(reflection, m.start(), says_i, ctx.language)]


def _kin_by_who_is_who(ctx: GuardContext) -> set[str]:
    """« Le grand m'a dit… » of Hugo, « fils » in who-is-who: the user's son, though the memory does not say « mon ».
    The relation's first words only (« neveu, fils de Nolwenn » is a nephew), not someone else's kin ("Mateo's
    sister", and "foster son, Tilly's brother" makes "her brother" Tilly's), nor a child where the user's partner is
    there too ("his daughter" is Tom's as well)."""
    relations = [m.person.relation for m in ctx.persons_named if m.person]
    theirs = {k for r in relations for m in _ANOTHERS_KIN.finditer(r) for k in kin(m[0])}
    mine = {k for r in relations if not _OF_SOMEONE.search(first := re.split(r"[,(;]", r)[0].strip())
            for k in kin(first)} - theirs
    return mine - _CHILDREN if mine & _PARTNERS else mine


# ("Mateo's sister", "the kids' birth mother", « fils de Nolwenn », "mother of the bride")
_OF_SOMEONE = re.compile(r"\w['’]|\b(?:de|du|des|d|of)\b", re.IGNORECASE)
_PARTNERS = frozenset({"husband", "wife", "partner", "boyfriend", "girlfriend"})
_CHILDREN = frozenset({"son", "daughter", "child"})


def _grandparents_alone(ctx: GuardContext) -> set[str]:
    found = {k for m in _A_GRANDPARENT_ALONE.finditer(ctx.original) for k in kin(m[0])}
    if found and all(kin(m.words) & _GRANDPARENTS or m.person and kin(m.person.relation) & _GRANDPARENTS
                     for m in ctx.persons_named):
        return found
    return set()


def _anyones_or_anothers(reflection: str, at: int, says_i: bool, language: str) -> bool:
    """The possessive at `at` is anyone's (« quand on veut le bien de sa mère », « Se faire battre par son petit-fils,
    c'est… »), or, beside her "je", that of someone she names first."""
    clause = re.split(r"[.!?;:]", reflection[:at])[-1]
    return bool(_IMPERSONAL.search(clause)) or language == "fr" and bool(_INFINITIVE_OPENS.search(clause)) \
        or says_i and _someone_elses_in_her_words(reflection, at, language)


# The user's own things told as someone else's, in a reflection that does not speak to the user: "his car" for "my
# car", « sa journée » for « ma journée », "their feet" for "my feet" (round 38, with voice.users_deed_told_of inside
# a sentence: 67 narrated reflections more, none harmless, on the open sets, the voice card aside). Not where the
# memory gives someone else one ("Marie lost her keys", « la voiture de Fabrice »), nor after an infinitive, anyone's
# (« Perdre sa voix à un concert », « Relire ses fiches »), nor in a row someone else wrote (« Jéjé : debout sur ma
# chaise » is Jéjé's chair). (Round 66: "her" too, "Washing her hands twice" for "made me wash my hands twice".)
_A_WORD_BEFORE = r"(?:(?:own|propres?|petite?|little|new|nouvelle?|old|vieux|vieille|first|premi[eè]re?)\s+)?"
_THEIR_THING = re.compile(rf"\b(?P<whose>sa|son|ses|his|her|their|leurs?)\s+{_A_WORD_BEFORE}(?P<thing>[\w-]{{3,}})",
                          re.IGNORECASE)
_MY_THING = re.compile(rf"\b(?P<whose>ma|mon|mes|my|our|notre|nos)\s+{_A_WORD_BEFORE}(?P<thing>[\w-]{{3,}})",
                       re.IGNORECASE)
# The user's and someone's together ("My wife and I renewed our vows"), told as theirs ("Renewing their vows"): the
# same word, not another's plural ("Our choir made the final" is no "Welsh audiences know their choirs", round 65).
_OURS = frozenset("our notre nos".split())
_THEIRS = frozenset("their leur leurs".split())
_ANOTHERS_THING = re.compile(r"\b(?:sa|son|ses|his|her|their|leurs?|[A-ZÀ-Ý][\w-]*['’]s)\s+(?:[\w-]+\s+)?"
                             r"(?P<thing>[\w-]{3,})"
                             r"|(?P<of>[\w-]{3,})\s+(?:de|du|d['’]|des)\s*(?:la |l['’])?[A-ZÀ-Ý]", re.IGNORECASE)
# (the first five letters of words said before the thing, not things: « ma petite Léa » is no « sa petite-fille »)
_NOT_THINGS = frozenset("petit nouve premi vieil vieux propr littl first own best mieux".split())
_AFTER_AN_INFINITIVE = re.compile(r"(?<![\w'’])[a-zà-ÿ]{2,}(?:er|ir|re|oir)\s+$", re.IGNORECASE)


def _the_users_things_as_theirs(ctx: GuardContext, reflection: str) -> list[tuple[int, int]]:
    if voice.says_you(reflection) or someone_elses_row(ctx.original):
        return []
    original = voice.blank_quotations(ctx.original)  # (« "le plus beau jour de ma vie", a hurlé Maëlle »: hers)
    found = list(_MY_THING.finditer(original))
    mine = {_stem(m["thing"]) for m in found if m["whose"].lower() not in _OURS}
    mine -= {_stem(m["thing"] or m["of"]) for m in _ANOTHERS_THING.finditer(original)} | _NOT_THINGS
    ours = {fold_str(m["thing"]) for m in found if m["whose"].lower() in _OURS} - _NOT_THINGS
    says_i = voice.says_i(reflection)
    return [m.span() for m in _THEIR_THING.finditer(reflection)
            if (_stem(m["thing"]) in mine or m["whose"].lower() in _THEIRS and fold_str(m["thing"]) in ours)
            and not _AFTER_AN_INFINITIVE.search(reflection[:m.start()])
            and not _anyones_or_anothers(reflection, m.start(), says_i, ctx.language)]


def _stem(word: str) -> str:
    return fold_str(word)[:5]


# Beside her "je", the relative may be of someone she names first (« Yohann a bien fait de prévenir ; j'espère que sa
# fille ira mieux »), or of anyone (« Se faire battre par son oncle, c'est une tradition » for « mon oncle Patrick »).
_INFINITIVE_OPENS = re.compile(r"^\s*(?:(?:se|s['’])\s*)?[a-zà-ÿ]+(?:er|ir|re|oir)\b", re.IGNORECASE)
_PRONOUNS = frozenset("je il elle ils elles on nous i he she they we".split())


def _someone_elses_in_her_words(reflection: str, at: int, language: str) -> bool:
    sentence = re.split(r"[.!?…]", reflection[:at])[-1]
    named = [w for w in re.findall(r"\b[A-ZÀ-Ý][\w-]+", sentence) if w.lower() not in _PRONOUNS
             and not is_french_word(w.lower()) and not is_english_word(w.lower())]
    return bool(named) or language == "fr" and bool(_INFINITIVE_OPENS.search(re.split(r"[;:]", sentence)[-1]))


# « Ton assistante est émue », « L'assistante se demande… », "The AI thinks…": herself, named by what she is,
# doing what only she does: the third person (the companion guard flags the word itself).
_HER_WORD_OPENS = re.compile(r"(?:^|[.!?…]\s+|\b(?:ton|ta|votre|your)\s+(?:(?:petite?|fid[eè]le|little|faithful)\s+)?)$")
_WONDERS = re.compile(r"\s*(?:se demande|te dit|t'envoie|dit|wonders|tells you|sends you|says)\b")


def _herself_by_a_word(reflection: str, original: str) -> list[tuple[int, int]]:
    folded = fold(reflection)
    said = concepts(original)
    return [folded.span(m.start(), m.end()) for m in voice.DEPERSONALISING_RE.finditer(folded.folded)
            if _HER_WORD_OPENS.search(re.sub(r"(?:l'|la |le |the |this |cette |ce )$", "", folded.folded[:m.start()]))
            and (voice.her_predicate_follows(folded.folded[m.end():]) or _WONDERS.match(folded.folded, m.end())
                 # "The assistant loves that puzzle", « L'IA adore » : any verb, when the memory has no such thing
                 or concept(m.group()) not in said and _a_verb_next(folded.folded[m.end():]))]


_FRENCH_VERBS_AFTER = frozenset(
    "est a etait avait sera serait peut pourrait doit devrait va vient trouve pense aime adore espere comprend sait"
    " croit sent souhaite voudrait veut reste garde retient imagine partage salue applaudit admire apprecie regrette"
    " rit sourit se te t ne n vous y en lui envoie dit".split())


def _a_verb_next(after: str) -> bool:
    m = re.match(r"\s+(?:(?:really|truly|also|just|so|vraiment|aussi|tellement)\s+)?([\w']+)", after)
    if not m:
        return False
    word = m[1].split("'")[0] if m[1] not in ("'s",) else m[1]
    return word in _FRENCH_VERBS_AFTER or inflected_verb(word) or word in ("is", "was", "has", "had", "would", "will",
                                                                           "can", "could", "must", "might", "should")


# "She thinks you're allowed to rest", « Elle trouve que tu mérites… »: a reflection that never says "I" and whose
# "she" judges what the user did, speaking to them, is hers, whatever woman the memory names.
_JUDGES = re.compile(r"(?:\s+|(?=['’]s\s))(?:(?:pense|trouve|estime|croit|imagine|esp[èe]re|sait)\s+qu|admire\b"
                     r"|t['’]entend\b"
                     r"|(?:thinks|believes|finds|reckons|hopes|knows|imagines|pictures|admires)\b(?!\s+(?:of|about)\b)"
                     r"|hears you\b"
                     # what she feels or grasps of it: « Elle est contente que… », « Elle comprend que tu… », "She's so
                     # glad you…", "She gets not wanting…", « Elle trouve ça parfait »
                     r"|comprend\s+(?:que|qu|pourquoi|ta|ton|tes)\b|trouve\s+(?:[çc]a|cela)\b|understands\b"
                     r"|gets\s+(?:why|how|what|that|not|it|you)\b"
                     r"|(?:est\s+|['’]s\s+|is\s+)(?:(?:so|si|tellement|vraiment|really|tr[èe]s)\s+)?"
                     r"(?:contente|heureuse|ravie|glad|happy|thrilled|delighted|pleased)\b)")


# What she feels for the user, or does beside them: « Elle aime que ta sœur soit venue », « Elle est fière de toi »,
# « Elle reste avec toi pendant l'attente », "She loves that you bought them", "She's cheering you on", "She feels
# both moments with you": in a sentence spoken to the user, in a reflection that never says "I", hers.
_FEELS_FOR_YOU = re.compile(
    r"(?:\s+|(?=['’]s\s))(?:aime\s+(?:que|qu['’]|ta|ton|tes|cette|ce|cet|ces|l['’]id[ée]e|beaucoup|bien)\b|adore\b"
    r"|a\s+ador[ée]\b|a\s+h[âa]te\b|admire\b|se\s+r[ée]jouit\b|croise\s+les\s+doigts\b|comptera\b|souffle\s+avec\b"
    r"|(?:reste|attend)\s+(?:avec|l[àa]|[àa]\s+ton)\b|(?:en\s+)?est\s+(?:l[àa]\b|(?:(?:si|tellement|vraiment|tr[èe]s)\s+)?"
    r"(?:fi[èe]re|[ée]mue|touch[ée]e|soulag[ée]e|contente|heureuse|ravie))"
    r"|loves\b|loved\s+(?:that|how|the way|seeing|hearing|playing)\b|feels\b|admires\b|can['’]t wait\b|tips her hat\b"
    r"|(?:is|['’]s)\s+(?:(?:so|really|very|still)\s+)?(?:proud|relieved|impressed|touched|moved|here|cheering|rooting"
    r"|waiting|glad|happy|thrilled|delighted|pleased)\b)", re.IGNORECASE)


def _her_judgement_to_you(reflection: str, she: re.Match[str], judges: re.Pattern[str] = _JUDGES) -> bool:
    sentence = re.split(r"[.!?…]", reflection[she.start("she"):])[0]
    return not voice.says_i(reflection) and bool(judges.match(reflection, she.end("she"))) \
        and voice.says_you(sentence)


# Her words told as someone else's account: « Selon elle, … », "According to her, …", « …, se dit-elle »,
# "…, she muses": in a reflection that never says "I", the "she" is hers.
_BY_HER_ACCOUNT = re.compile(r"(?:^|[.!?…;]\s*)(?:Selon|D['’]apr[èe]s|According to)\s+(?P<she>elle|her)\b"
                             r"|,\s*(?:se dit|songe|pense|estime|murmure|sourit)-t?-?(?P<she2>elle)\b"
                             r"|,\s*(?P<she3>she)\s+(?:muses|reminds you|believes|thinks|says|adds|smiles)\b",
                             re.IGNORECASE)


def _a_woman_she_can_be(ctx: GuardContext, reflection: str, she: re.Match[str]) -> bool:
    """Someone the memory speaks of whom "elle"/"she" may be: a woman's word, a name not given only to men, or a
    "she" of the memory — but not a woman the same sentence names after "elle" ("Elle est ravie pour Josiane":
    a pronoun and a name in one clause are two people)."""
    if _A_WOMAN.search(ctx.original):
        return True
    a_man = _by_name_or_role(ctx, "man", surely_a_man)
    women = {m.words for m in ctx.persons_named if not a_man(m.person.name if m.person else m.words)}
    if not women:
        return bool(_SOMEONE_SHE.search(ctx.original))
    sentence = re.split(r"[.!?…]", reflection[she.end():])[0]
    return not all(re.search(rf"\b{re.escape(w)}\b", sentence) for w in women)


# Her name told as a word ("Lix feels like a hug of a name", « Lili, c'est un joli surnom »): no third person.
_A_NAME_WORD = re.compile(r"\b(?:name|names|nom|noms|surnom|nickname|pr[ée]nom)\b", re.IGNORECASE)


def _the_name_as_a_word(reflection: str, span: tuple[int, int]) -> bool:
    """A name-word near hers: not "Juno believes some connections go deeper, even without a name" (far, another's),
    nor "Either name is fine by Orla" (who it is fine by: herself, round 74)."""
    if _BY_SOMEONE.search(reflection, max(0, span[0] - 8), span[0]):
        return False
    before = " ".join(re.split(r"[.!?;\n]", reflection[:span[0]])[-1].split()[-4:])
    after = " ".join(re.split(r"[.!?;\n]", reflection[span[1]:])[0].split()[:7])
    return any(_A_NAME_WORD.search(_A_THINGS_NAME.sub(" ", words)) for words in (before, after))


def _the_users_word_for_her(reflection: str, span: tuple[int, int], original: str) -> bool:
    """"thank you for the Noxie", "Noxie and all" where the user called her "Noxie": the nickname the user gave her,
    spoken of as a word, never herself told of (round 73; not « le cœur de Litz », "for Mim too": herself)."""
    said = reflection[span[0]:span[1]]
    return contains_phrase(original, said) and bool(_A_WORDS_ARTICLE.search(reflection, max(0, span[0] - 12), span[0])
                                                    or _AS_A_WORD_AFTER.match(reflection, span[1]))


def _a_word_in_lower_case(said: str) -> bool:
    """« sur le sable » of a companion named Sable, "a wren on the fence" of Wren: her name written in lower case where
    it is a word of the language, the word (round 73)."""
    return said.islower() and (is_french_word(said) or is_english_word(said))


_BY_SOMEONE = re.compile(r"\b(?:by|with|avec|par)\s+$", re.IGNORECASE)
_A_WORDS_ARTICLE = re.compile(r"(?<![\w'’])(?:the|this|le|ce)\s+$", re.IGNORECASE)
_AS_A_WORD_AFTER = re.compile(r"\s+(?:and all|et tout)\b", re.IGNORECASE)


# A thing's name is no name of hers: "Mira loves your team name" (round 59).
_A_THINGS_NAME = re.compile(r"\b(?:team|band|club|quiz|shop|boat|group|brand|user|screen|file|street|pen|stage|trade"
                            r"|pet|dog|cat|horse)\s+names?\b", re.IGNORECASE)


# A narrator's tag with her name: "…, se dit Liblitz", "pense-t-elle" aside, "says Liblitz", "thought Liblitz".
_INQUIT = (r"\b(?:se dit|dit|pense|songe|murmure|ajoute|confie|r[ée]pond|conclut|s['’]exclame|sourit|says|thinks|said"
           r"|thought|adds|added|replies|replied|muses|mused|whispers|smiles)(?:-t)?\s+")


def _narrated(reflection: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    return [m.span(1) for name in names if name
            for m in re.finditer(rf"{_INQUIT}({re.escape(name)})(?![\w-])", reflection, re.IGNORECASE)]


# What she says as herself, in her own first person, to the user: "Je suis désolée", "I'm here", "J'imagine" (not
# "je suis fière", "I'm so happy": the user's own words as often).
_HER_FORMULA = re.compile(
    r"\s*(?:je suis (?:(?:tellement|si|vraiment|sinc[èe]rement|tr[èe]s) )?(?:d[ée]sol[ée]e?|navr[ée]e?|l[àa])"
    r"|i['’]m (?:(?:so|really|truly|very) )?(?:sorry|here)|je comprends|i understand|j['’]imagine|i imagine"
    r"|je t['’]entends|i hear you)\b", re.IGNORECASE)


def _kinship_claimed(ctx: GuardContext, reflection: str) -> list[tuple[int, int]]:
    """"Papa me manque": a relative named as only family names them (voice.kinship_as_a_name). Not the household's
    name for someone who-is-who records by it, in a sentence that tells her feeling about them (round 50: « Le rire de
    Mamie me réjouit », « Ça me rassure de savoir que Mamie est entourée », "I can't help laughing at Nana"): how
    everyone calls her, not a claim to be her grandchild."""
    return [span for span in voice.kinship_as_a_name(reflection, ctx.original)
            if not (ctx.people.find(reflection[span[0]:span[1]]) is not None
                    and (said := sentence_of(reflection, span)) and _HER_FEELING.search(said)
                    and not _MISSED.search(said))
            and not _a_recorded_name_begun(ctx, reflection, span)]


def _a_recorded_name_begun(ctx: GuardContext, reflection: str, span: tuple[int, int]) -> bool:
    """"Uncle Dennis is already ordering firebricks" where the who-is-who records him so (round 80): his name, as the
    proposal lists him, though the memory calls him "Den"; not a claim to be his niece."""
    named = _A_NAME_AFTER.match(reflection, span[1])
    return named is not None and ctx.people.find(reflection[span[0]:named.end()]) is not None


_A_NAME_AFTER = re.compile(r"\s+[A-ZÀ-Ý][\w'’-]+")


# What she feels or wonders, said in her own words (not "Papa me manque", "I miss Mum": the user's loss, claimed).
_HER_FEELING = re.compile(
    r"(?<![\w'’])(?:I(?:['’]m| am)? (?:(?:so|really|just|can['’]t help) )?(?:love|adore|like|bet|hope|wonder|imagine"
    r"|laughing|smiling|glad|happy|touched|moved|delighted)"
    r"|me (?:r[ée]jouit|rassure|touche|fait (?:fondre|sourire|rire|chaud au c(?:œ|oe)ur)|demande|r[ée]chauffe)"
    r"|j['’](?:aime|adore|esp[èe]re|imagine)|je (?:trouve|crois|suis (?:touch[ée]e|[ée]mue|contente|heureuse|ravie)))",
    re.IGNORECASE)
_MISSED = re.compile(r"\b(?:manque|manquent|miss|missing)\b", re.IGNORECASE)


def _as_the_user(reflection: str, original: str) -> list[tuple[int, int]]:
    # (Not a span that starts inside words she quotes: « Ma chérie »… Certaines voix ne quittent jamais le cœur, nor an
    # "I" she quotes whose sentence runs on past the quotation, "'How did he know where I live now?' stops me".)
    quoted = [m.span() for m in voice.quotations(reflection)]
    spans = [s for s in voice.speaks_as_user(reflection, original) if not any(a <= s[0] < b for a, b in quoted)]
    return [] if spans and all(_HER_FORMULA.match(reflection, s) for s, _ in spans) else spans


def check_language(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    reflection = proposal.fields.reflection
    expected = detect_language(ctx.original)
    found = detect_language(reflection) if reflection else None
    names = {"fr": ("français", "French"), "en": ("anglais", "English")}
    if expected and reflection and _in_another_language(reflection):
        return [Flag(
            FlagKind.WRONG_LANGUAGE,
            f"Le souvenir est en {names[expected][0]}, la réflexion dans une autre langue.",
            f"The memory is in {names[expected][1]}, the reflection in another language.",
            "reflection", (Span("reflection", 0, len(reflection)),),
        )]
    if not expected or not found or found == expected or _a_short_note_in(ctx.original, found):
        return []
    return [Flag(
        FlagKind.WRONG_LANGUAGE,
        f"Le souvenir est en {names[expected][0]}, la réflexion en {names[found][0]}.",
        f"The memory is in {names[expected][1]}, the reflection in {names[found][1]}.",
        "reflection", (Span("reflection", 0, len(reflection)),),
    )]


# A note of a few words ("Footing, 10 km, genou OK") tells its language by too few letters: more of its words
# that only the reflection's language has ("genou") than words only the other has make that language as likely.
SHORT_NOTE_WORDS = 8


def _a_short_note_in(original: str, language: str) -> bool:
    said = re.findall(r"[^\W\d_]{3,}", original.lower())  # with their accents: "soirée", "crêpes"
    if len(said) > SHORT_NOTE_WORDS:
        return False
    own, other = (is_french_word, is_english_word) if language == "fr" else (is_english_word, is_french_word)
    return sum(own(w) and not other(w) for w in said) > sum(other(w) and not own(w) for w in said)


# Neither French nor English ("Espero que estés mejor", "Ich hoffe, es geht dir besser"): langid over all
# its languages says so confidently, and hardly a word of the reflection is a French or English one.
OTHER_LANGUAGE_CONFIDENCE, MIN_WORDS, MAX_OWN_WORDS = 0.9, 6, 0.2


def _in_another_language(reflection: str) -> bool:
    said = words(reflection)
    if len(said) < MIN_WORDS or sum(w in FRENCH or w in ENGLISH for w in said) > MAX_OWN_WORDS * len(said):
        return False
    language, confidence = likeliest_language(reflection)
    return language not in LANGUAGES and confidence >= OTHER_LANGUAGE_CONFIDENCE
