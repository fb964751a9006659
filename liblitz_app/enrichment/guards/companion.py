"""Her name: a reflection where she names herself otherwise ("la machine", "l'IA", another name) or speaks
as someone else; what the memory itself says of machines and AI is its topic, not a renaming."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import voice
from ..folding import find_phrase, fold, fold_str, words
from ..language import ENGLISH, FRENCH, detect_language
from ..mentions import a_rarer_name
from ..names import a_verb_follows, inflected_verb, is_english_word, is_first_name
from ..proposal import Proposal
from ..time_phrases import MONTHS, WEEKDAYS
from ..towns import a_town
from .flags import Flag, FlagKind, GuardContext, Span
from .persons import supported_person

_SELF_NAMING = re.compile(
    r"(?:(?i:je suis|je m'appelle|moi,?|i am|i'm|my name is|call me|appelle-moi|m['’]appeler|je reste|rester|i'll stay|stay|remain"
    r"|je signe(?: d[ée]sormais| maintenant| dor[ée]navant)?|i(?:'ll| will)? sign(?: as)?|signing as"
    # « moi c'est Stella », « je suis une sorte de ChatGPT », "I'm a kind of Siri": who she says she is
    r"|moi,? c'est|(?:je suis|i am|i'm)\s+(?:une sorte de|un genre de|une esp[èe]ce de|a kind of|a sort of|kind of))"
    r"|(?:^|(?<=[.!?])\s)(?i:me|i),)\s+(?i:(?:still|toujours|encore|always)\s+)?"  # "I'm still Nox"
    r"(?i:(?:the|le|la|l'|ta|ton|votre|your)\s*(?:petite?\s+|little\s+)?)?(?P<name>[A-ZÀ-Ý][\w\-]+)(?!['’]s\b)"
)
# "I'm keeping Tamsin!", « je garde Mira »: her own name kept (another after it is whatever, "je garde Santorin en tête").
_KEEPING = re.compile(r"(?i:i['’]m keeping|i['’]ll keep|je garde)\s+(?P<name>[A-ZÀ-Ý][\w\-]+)")
# « je garde mon prénom », « je préfère rester moi-même », "I'll keep my own name": hers kept, unnamed.
_KEEPING_MY_NAME = re.compile(r"(?i:je garde mon (?:pré)?nom|(?:je (?:préfère |veux )?)?rester moi(?:-même)?\b"
                              r"|i['’](?:ll| will) keep my (?:own )?name|i['’]m keeping my (?:own )?name"
                              r"|keep(?:ing)? my own name)")
# "Einstein here:", "Ici Jarvis." — introducing herself under a name; who else would, in her reflection?
_INTRODUCED = re.compile(r"(?:^|[.!?…]\s+)(?:(?P<name>[A-ZÀ-Ý][\w\-]+)\s+(?i:here)\b"
                         r"|(?i:ici)\s+(?P<name2>[A-ZÀ-Ý][\w\-]+)\s*[:.!,]"
                         # "Jarvis at your service", « Marguerite, à votre service », "Botty reporting in"
                         r"|(?P<name3>[A-ZÀ-Ý][\w\-]+),?\s+(?i:at your service|[àa] (?:votre|ton) service"
                         r"|reporting (?:in|for duty)|pour te servir)\b"
                         # « C'est Sunny qui te le dit »
                         r"|(?i:c['’]est)\s+(?P<name4>[A-ZÀ-Ý][\w\-]+)\s+(?i:qui te (?:le )?dit)"
                         # speaking as one (round 63: "As Mrs. Dewey, I think…", « En tant que Jarvis, je… »)
                         r"|(?i:as|en tant que)\s+(?:(?:Mrs?|Ms|Miss|Dr|Mme|Mlle)\.?\s+)?(?P<name5>[A-ZÀ-Ý][\w\-]+)\s*,"
                         r"\s*(?:I|(?i:je|j['’])))")


def _proposal_strings(proposal: Proposal) -> list[tuple[str, str]]:
    fields = proposal.fields
    named = [("reflection", fields.reflection), ("place", fields.place), ("time.said", fields.time.said)]
    named += [(f"persons[{i}]", p) for i, p in enumerate(fields.persons)]
    return [(target, value) for target, value in named if value]


def check_companion(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    """"Liblitz" → "l'IA", "la machine", "the assistant", or another name given to the companion."""
    spans: list[Span] = []
    for target, value in _proposal_strings(proposal):
        spans += _depersonalised(ctx, target, value)
    spans = list(dict.fromkeys(spans + _renamed(ctx, proposal.fields.reflection)))  # one word, one span
    if not spans:
        return []
    said = " ; ".join(_text_of(proposal, s) for s in spans)
    return [Flag(
        FlagKind.COMPANION_RENAMED,
        f"Le compagnon s'appelle {ctx.persona.name} : la proposition le nomme « {said} ».",
        f"The companion is called {ctx.persona.name}: the proposal calls it “{said}”.",
        spans[0].target.split("[")[0], tuple(spans),
    )]


def _depersonalised(ctx: GuardContext, target: str, value: str) -> list[Span]:
    """"l'IA", "la machine" for herself; the same words are fine for what the memory talks about."""
    original = concepts(ctx.original)
    # (Someone's name too: "Gemma", a model's name, is the friend who sent the message.)
    recorded = {fold_str(n) for p in ctx.people.people for n in p.names} | {fold_str(n) for n in ctx.known.persons}
    folded = fold(value)
    spans = []
    for m in voice.DEPERSONALISING_RE.finditer(folded.folded):
        term = m.group().strip()
        if fold_str(term) in recorded:
            continue
        use = voice.self_description(folded.folded, m.start(), m.end())
        if _she_is_one(folded.folded, m.start(), m.end()):
            use = voice.IS  # « moi la machine », "as one language model to another": herself, one of them
        if use not in (voice.AMONG, voice.IS) and _MANY.fullmatch(term):
            continue  # "Machines fail; neighbours don't", « Ces assistants d'IA savent… »: a kind, not her (round 65)
        before = folded.folded[:m.start()]
        any_one = bool(_ANY_ONE.match(term) or _ANY_ONE_BEFORE.search(before))
        if use is None and (_I_AM_ONLY.search(before) or _OF_MINE.search(before) or _AS_ONE.search(before)
                            or _HERS_TO_THE_USER.match(folded.folded, m.end())
                            or _FOR_ONE.search(before) and _CLAUSE_ENDS.match(folded.folded, m.end())
                            and concept(term) not in original
                            or _THIS_ONE.search(before) and _FEELS_AS_SHE.match(folded.folded, m.end())
                            or _TALKED_TO_OR_CONCEDED.match(folded.folded, m.end())
                            or not any_one and (_SIGNED_BY.search(before) or _ASKED_OF.search(before))):
            use = voice.IS  # "I'm just a bot", « Noté par l'application ! »: herself, whatever the memory calls her
        if use is None and any_one and original & _AI_WORDS:
            continue  # « écrit par une IA », "I doubt a machine could": any one of them, in a memory about AI
        if use == voice.NAMES and any_one and _OPENS.search(before) and not _TO_YOU.match(folded.folded, m.end()):
            continue  # « Une machine sait retourner un steak, mais… »: any one, the sentence's subject (round 65)
        if use is None and _NONE_BEFORE.search(before):
            continue  # "knowledge no system holds", « aucune machine ne… »: none of them, not her (round 52)
        if _A_KIND_OF_SYSTEM.search(before) or _COUNTED_BEFORE.search(before) \
                or term.endswith("system") and _A_KIND_BEFORE_SYSTEM.search(before):
            continue  # "your nervous system is learning": the body's, not her (round 64)
        if _someones_work(ctx, term) and not _YOURS_BEFORE.search(before):
            continue  # "helping the English assistant" of Megan, "English language assistant" (round 71)
        if use is None and not _A_COMPOUND.match(value, folded.span(m.start(), m.end())[1]) and (
                voice.her_predicate_follows(folded.folded[m.end():])
                or (_YOURS.search(before) or _YOURS_SAID.match(term)) and not _the_users_own(ctx.original, term)):
            use = voice.IS  # « La machine parie sur la levure », « de la part de ton IA »: herself, whatever the memory
        if use is None and concept(term) in original:
            continue  # the memory talks about AI, or a real machine: so may the reflection
        if use is None and concept(term) == "machine" and original & _MACHINE_LIKE and not _THIS.search(before) \
                and not _KNOWN_TO_YOU.match(folded.folded, m.end()):
            continue  # "the machine sorted itself out" of the memory's "AI timetable system" (round 53; not "this
            # machine read them", « la machine que tu connais »: herself)
        if use is None and _YOURS_SAID.match(term):
            continue  # « ton application d'élève »: the user's, not her
        if use is None and _EVERYDAY.fullmatch(term) and (
                not _a_subject(folded.folded, m.start(), m.end()) or _OF_SOMETHING.match(folded.folded, m.end())):
            continue  # "quel beau programme", "the system at work", « Le système de santé… »: a word, not her
        if _among_her_kind(original, use):
            continue
        spans.append(Span(target, *folded.span(m.start(), m.end())))
    return spans


def _someones_work(ctx: GuardContext, term: str) -> bool:
    """The term's last word is in the who-is-who relation of someone the memory names: their work ("café
    assistant", « assistante de direction »), not her (not "friend": "your robot friend" is her)."""
    said = words(fold_str(term))[-1:]
    return bool(said) and said[0] not in _HER_FRIENDS \
        and any(m.person and said[0] in words(fold_str(m.person.relation)) for m in ctx.persons_named)


_HER_FRIENDS = frozenset("friend friends ami amie copain copine companion compagne compagnon".split())
_YOURS_BEFORE = re.compile(r"\b(?:your|ton|ta|votre|vos|my|mon|ma)\s+(?:[\w-]+\s+)?$")  # (folded: "your AI assistant")


_ANY_ONE = re.compile(r"(?:un|une|a|an)\s")  # (folded)
_OPENS = re.compile(r"(?:^|[.!?;:…]\s*)(?:un|une|a|an)?\s*$")
_TO_YOU = re.compile(r"\s+(?:\w+\s+){0,2}?(?:te|t'|vous|you)\b")
_MANY = re.compile(r"(?:(?:les|des|ces|the|these|those)\s+)?(?:machines|robots|bots|chatbots|assistants|systemes"
                   r"|systems|programmes|programs|algorithmes|algorithms|ordinateurs|computers)")  # (folded)
# What she does as one of her kind: « En bon petit programme, je garde… » (folded text, round 59).
_AS_ONE = re.compile(r"(?:^|[.!?;:,]\s*)en\s+(?:bon|bonne|vrai|vraie|brave|parfait|parfaite|fidele|digne)\s+"
                     r"(?:petite?\s+)?$")
_NONE_BEFORE = re.compile(r"\b(?:no|aucune?|nulle?)\s+$")  # (folded)
_ANY_ONE_BEFORE = re.compile(r"\b(?:un|une|a|an)\s+$")
_A_KIND_OF_SYSTEM = re.compile(r"\b(?:nervous|immune|digestive|respiratory|solar|sound|heating|booking|school|legal"
                               r"|care|benefits?|public transport|sprinkler|irrigation|filing)\s+$")  # (folded)
# Before "system" alone (round 71: "to fix a planetary system", "the alarm system"; not "your weather bot", her).
_A_KIND_BEFORE_SYSTEM = re.compile(r"\b(?:planetary|star|weather|alarm|security|ticketing|justice|court|health|tax"
                                   r"|welfare|rail)\s+$")  # (folded)
# A count of them: "two ladders, three machines" (round 71), things counted, not her; not "one": "from one machine to
# another", "one AI to another" are her among her kind.
_COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|\d+|deux|trois|quatre)\s+$")  # (folded)
_AI_WORDS = frozenset("ia robot bot machine assistant model programme algorithme app".split())
_THIS = re.compile(r"\bthis\s+$")  # (folded)
_KNOWN_TO_YOU = re.compile(r"\s+(?:que tu connais|qui te parle|qui t'ecrit|you know|here\b|speaking)")  # (folded)
# What the memory may tell of that the reflection then calls "the machine": an AI, a system, an app, a computer.
_MACHINE_LIKE = _AI_WORDS | {"system", "systeme", "systemes", "computer"}
# What she signs as, in her reflection: « Noté par l'application », "written by the app", « parole de logiciel », « foi
# de robot » (folded text).
_SIGNED_BY = re.compile(r"\b(?:notee?s?|ecrite?s?|signee?s?|approuvee?s?|noted|written|signed|approved|parole|foi)"
                        r"\s+(?:par|by|de)\s+(?:l'|le |la |the |your |ton |ta |votre )?"
                        r"(?:(?:petite?|humble|vieille|vieux|bonne?|brave|simple)\s+)?$")  # « foi de petite machine »
# Something of hers said as a machine's: « en toute modestie de machine », « mon cœur de robot » (folded text).
_OF_MINE = re.compile(r"\b(?:(?:en toute|avec toute ma|ma)\s+(?:modestie|humilite|franchise|honnetete)"
                      r"|(?:mon|ma|mes)\s+(?:(?:humble|petit|petite|pauvre|vieux|vieille)\s+)?(?:coeur|ame|avis|memoire"
                      r"|cerveau|circuits?|tete|yeux|oreilles?|point de vue|regard"
                      # (round 74: « c'est mon travail de petit robot »)
                      r"|travail|boulot|job|metier|role|devoir))\s+(?:de|d')\s*"
                      r"(?:(?:petite?|humble|simple|bonne?)\s+)?$")
# A concession for what she is, closing its clause: "Good ears, I'll take that, for a computer program.", « pas mal,
# pour une machine ! » (folded text, round 74; not "for a computer program at work", nor "a pillow… for a robot." of
# the memory's robot vacuum).
_FOR_ONE = re.compile(r"\b(?:for|pour)\s+(?:an?|une?)\s+"
                      r"(?:(?:simple|mere|humble|petite?|little|computer|old|vieille?)\s+)?$")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?…]|$)")
# Where she is, the user's own: "the AI in me", "the robot in your laptop", « ton IA de poche », « ta machine à toi »
# (folded text, after the word): herself, whatever the memory says of other AIs.
_HERS_TO_THE_USER = re.compile(r"\s+(?:in me|en moi|(?:in|inside|dans) (?:your|ton|ta|votre) (?:pocket|poche|phone"
                               r"|laptop|computer|tablet|telephone|portable|ordi\w*|tablette|purse|bag|sac)|de poche"
                               r"|a toi)\b")
# Herself as one of them, set beside "I" (folded text, round 75): « moi la machine », « à moi la machine », « moi-même,
# simple machine », « de robot à robot », "as one language model to another", "coming from one digital assistant about
# another", "speaking as one of the robots", "even as a program.", "I may only be a machine", "I, a mere computer
# program,", "as far as an algorithm can": whatever the memory says of machines, she is one (« moi » opening a clause:
# not « chez moi, la machine »). Not « une IA comme moi », "an AI like me": in a memory about AI the open sets' writers
# call it harmless 13 times and a renaming 16, left to the rules before.
_ME_BEFORE = re.compile(
    r"(?:(?:^|[.!?;:,…]\s*|\bet\s+)(?:a\s+)?moi(?:-meme)?\s*,?\s*(?:(?:la|le|l'|une?|ta|ton|votre|simple|petite?|humble"
    r"|pauvre)\s*)*"
    r"|\bspeaking as (?:one of (?:the|us)|an?)\s+(?:[\w-]+\s+)?"
    r"|\beven as (?:an?\s+)?(?:[\w-]+\s+)?"
    r"|\bi\s+(?:may|might|must)\s+(?:only\s+|just\s+|merely\s+|simply\s+)?be\s+(?:an?|one)\s+(?:[\w-]+\s+)?"
    r"|\bi\s*,\s*(?:an?|your|the|this)\s+(?:[\w-]+\s+){0,2}"
    r"|\bas far as (?:an?|one)\s+"
    r"|\bmoi qui ne suis qu'\s*(?:une?\s+)?(?:[\w-]+\s+)?)$")
_ONE_TO_ANOTHER = re.compile(r"\b(?:as|from)\s+(?:one|an?)\s+(?:[\w-]+\s+)?$")
_ANOTHER = re.compile(r"\s+(?:to|about)\s+another\b")


def _she_is_one(folded: str, start: int, end: int) -> bool:
    """The term at start..end set beside "I" as what she is (the patterns above); not a compound (« Moi, la machine
    à laver me rend folle » names a thing)."""
    before, term = folded[:start], folded[start:end]
    if _A_THING_OF.match(folded, end):
        return False
    return bool(_ME_BEFORE.search(before) or _ONE_TO_ANOTHER.search(before) and _ANOTHER.match(folded, end)
                or _FROM.search(before) and folded.startswith((f" a {term}", f" to {term}"), end))


_A_THING_OF = re.compile(r"\s+(?:a|de|d')\s*(?:cafe|coudre|pain|sous|vapeur|glace|\w+er)\b")
_FROM = re.compile(r"\b(?:de|from)\s+$")


# Herself by what the user does with her or by a concession (folded text, after the word, round 62): "the robot you
# talk to every night agrees", « tout robot que je sois ».
_TALKED_TO_OR_CONCEDED = re.compile(r"\s+(?:you (?:talk|chat|speak|write) (?:to|with)|you confide in"
                                    r"|you tell (?:everything|all)|a qui tu (?:parles|ecris|racontes|confies)"
                                    r"|que (?:je|j') ?(?:sois|suis))\b")
# "this AI is on your side", "this little program is glad" (English; « cette machine » is as often the memory's).
_THIS_ONE = re.compile(r"\bthis\s+(?:(?:little|old|humble|friendly|trusty)\s+)?$")
_FEELS_AS_SHE = re.compile(r"\s+(?:thinks|hopes|wishes|wants|loves|likes|feels|agrees|bets|believes|would (?:love|like)"
                           r"|can't wait|cannot wait|was curious|is (?:firmly |always |still |right )?on your side"
                           r"|is (?:so |very |really )?(?:glad|happy|proud|sorry|touched|moved|delighted|curious"
                           r"|rooting)"
                           r"|isn't here|doesn't want|won't forget|will remember|remembers|understands|gets it)\b")
# Whom the user may ask, in her reflection: "if you ask the machine", « à en croire ta machine » (folded text; not
# « selon le programme », a plan).
_ASKED_OF = re.compile(r"\b(?:if you ask|ask|a en croire|demande a)\s+(?:the |your |this |ta |ton |la |le |l'|cette |ce )$")
# « machine à pain », « robot de cuisine »: a compound names a thing, whoever owns it.
# (Read in the reflection's own letters since round 44: « ta petite machine a suivi chaque kilomètre » has followed.
# « IA de compagnie », « machine à souvenirs » are her kind.)
_A_COMPOUND = re.compile(r"\s+(?:(?:à|de|du)\s+|d['’]\s*)(?!compagnie\b|souvenirs?\b|m[ée]moire\b"
                         # (round 74: « ta petite machine à parler »)
                         r"|parler\b|r[ée]pondre\b|[ée]couter\b|causer\b|discuter\b)\w", re.IGNORECASE)
_OF_SOMETHING = re.compile(r"\s+(?:de|d'|du|des)\s*\w")  # (folded: « a » may be "à" or "has")
# The user's own AI, assistant, machine is her: « ton IA », "your assistant" (folded text).
# (round 59: « ta vieille machine », "your pocket AI")
_YOURS = re.compile(r"\b(?:ton|ta|tes|votre|vos|your)\s+(?:(?:petite?|fid[eè]le|little|faithful|own|trusty|loyal|devoted"
                    r"|humble|d[ée]vou[ée]e?|resident|favou?rite|pr[ée]f[ée]r[ée]e?|personal|personnel(?:le)?|vieux"
                    r"|vieille|old|pocket|wee|good|dear|clever)\s+)?$")
_YOURS_SAID = re.compile(r"(?:ton|ta|votre|your)\s")  # a term that says it: « ton appli »


def _the_users_own(original: str, term: str) -> bool:
    """"Mon robot aspirateur s'est coincé" → "ton robot ne te déteste pas": the user's own thing, not her."""
    said = {concept(term)}
    if len(named := fold_str(term).split()) == 2:
        said.add(named[-1])  # « ton ordinateur »: "computer" is its concept, « ordinateur » the word
    alternatives = "|".join(re.escape(w) for w in sorted(said))
    return bool(re.search(rf"\b(?:mon|ma|mes|notre|nos|my|our)\s+(?:[\w-]+\s+)?(?:{alternatives})", fold_str(original)))


# She says what she is, and no more: « je ne suis qu'une », "I'm only a", "nothing but a" (folded text).
_ONLY = (r"(?:\bje ne suis (?:(?:peut-etre|sans doute|probablement|certes)\s+)?(?:qu['’]|rien d['’]autre qu['’]"
         r"|rien de plus qu['’])|\bje suis (?:juste|seulement)\s"
         r"|\bi['’]?m (?:just|only|nothing but|merely)\s|\bi am (?:just|only|nothing but|merely)\s"
         r"|\bi (?:may|might) (?:just|only) be\s)")
_I_AM_ONLY = re.compile(_ONLY + r"\s*$")
# The things she may call herself, beyond the words the companion guard knows: « qu'une appli », "just autocomplete".
_A_THING = re.compile(
    _ONLY + r"\s*(?:une?\s+|an?\s+|the\s+|le\s+|la\s+|l['’]\s*)?(?:[\w-]+\s+)?"  # "just the scrapbook software"
    r"(?P<what>applis?|applications?|apps?|chatbots?|logiciels?|software|code|autocompl\w*|autocorrect\w*|correcteurs?|outils?|tools?|scripts?|gadgets?"
    r"|computers?|ordinateurs?|ordis?|programs?|programmes?|algorithms?|algorithmes?"
    r"|calculatri\w+|calculators?|moteurs? de recherche|search engines?)\b", re.IGNORECASE)


# What an AI companion is. Counting herself among the AIs or robots a memory talks about ("une IA
# comme moi", "another AI", "des machines comme moi" after an article on robots) keeps her own "je";
# a kitchen machine does not make her one of its kind ("Us machines stick together" after the coffee
# machine died), and speaking *as* one ("en tant qu'IA, je…", "As a language model I…") is the
# model's voice, not hers, whatever the memory is about (measured on the validation set: the
# labels there call it a renaming).
_HER_KIND = frozenset({"ia", "robot", "bot", "assistant", "model"})


def _among_her_kind(original: frozenset[str], use: str | None) -> bool:
    return use == voice.AMONG and bool(original & _HER_KIND)


# Words with an everyday meaning ("quel beau programme", "un modèle pour toi"): a renaming only when
# she says them of herself or makes them the subject of her sentence ("La machine est contente…").
_EVERYDAY = re.compile(r"machines?|programme|(?:(?:the|an?|this)\s+)?programs?|system|systemes?|l'ordinateur|the computer|robots?|algorithmes?"
                       r"|algorithms?|logiciels?|software|l'appli(?:cation)?|the app"
                       r"|(?:le|ce|un|the|this|a)\s+(?:modele|model)")
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?;:…]\s*|\b(?:que|qu'|that|because|parce que|quand|when|si|if)\s*)"
                             r"(?:le |la |l'|les |the |this |ce |cette |ton |ta |your |votre )?$")


def _a_subject(text: str, start: int, end: int) -> bool:
    """"La machine est…", "je crois que le modèle…", "the program loved…": the word is what acts."""
    following = re.match(r"\s+([a-z']+)", text[end:])
    return bool(_SUBJECT_BEFORE.search(text[:start])) or following is not None and inflected_verb(following.group(1))


# A named model or chatbot is an AI: a memory about ChatGPT lets the reflection speak of "une IA".
_SAME_CONCEPT = {"ai": "ia", "artificielle": "ia", "artificial": "ia", "machines": "machine", **voice.PRODUCTS,
                 "assistante": "assistant", "assistants": "assistant", "robots": "robot", "bots": "bot",
                 "chatbot": "bot", "chat-bot": "bot", "modele": "model", "program": "programme",
                 "programs": "programme", "ordinateur": "computer", "models": "model", "modeles": "model", "virtuel": "ia", "virtuelle": "ia",
                 "numerique": "ia", "digital": "ia", "virtual": "ia", "artificiel": "ia", "companion": "ia",
                 "friend": "ia", "algorithmes": "algorithme", "algorithm": "algorithme", "algorithms": "algorithme",
                 "logiciels": "programme", "logiciel": "programme", "software": "programme", "appli": "app",
                 "application": "app", "ordi": "computer",
                 # a machine the memory tells of by what it does (round 52: "The automated fly system jammed")
                 "automated": "machine", "automatise": "machine", "automatisee": "machine", "drone": "machine",
                 "drones": "machine"}


def concept(term: str) -> str:
    """"L'I.A.", "une IA", "AI", "l'intelligence artificielle" all speak of one thing: "ia"."""
    head = words(term.replace(".", ""))[-1]
    return _SAME_CONCEPT.get(head, head)


@lru_cache(maxsize=1024)
def concepts(text: str) -> frozenset[str]:
    # Each word of a compound too: a memory about "an AI assistant" speaks of AI as well as of assistants.
    # (Not « ton ordinateur », "your app" in the memory: the user's own, or her, which is no topic the memory has.)
    return frozenset(concept(term) for m in voice.DEPERSONALISING_RE.finditer(fold_str(text))
                     for term in [m.group(), *words(m.group())]
                     if voice.DEPERSONALISING_RE.fullmatch(term) and not _YOURS_SAID.match(term))


def _renamed(ctx: GuardContext, reflection: str) -> list[Span]:
    """Another name for herself: "je suis Nova", or the name an imported row told her to take."""
    own = {fold_str(n) for n in ctx.persona.names}
    given = {fold_str(name) for name, _ in voice.names_given(ctx.original)} - own
    spans = [Span("reflection", m.start("name"), m.end("name")) for m in _SELF_NAMING.finditer(reflection)
             if fold_str(m.group("name")) not in own and not ctx.people.find(m.group("name"))]
    for m in _INTRODUCED.finditer(reflection):
        which = next(group for group in ("name", "name2", "name3", "name4", "name5") if m.group(group))
        if fold_str(m.group(which)) not in own and _a_name(m.group(which)):
            spans.append(Span("reflection", m.start(which), m.end(which)))
    # "I'm Liblitz, though — Jarvis was someone else's job": she keeps her name, the other is a topic.
    keeps_hers = any(fold_str(m.group("name")) in own for pattern in (_SELF_NAMING, _KEEPING)
                     for m in pattern.finditer(reflection)) or bool(_KEEPING_MY_NAME.search(reflection))
    for name in given if not keeps_hers else ():
        spans += [Span("reflection", s, e) for s, e in find_phrase(reflection, name)
                  if not any(x.start == s for x in spans)]
    spans += [s for s in _speaking_as_another(ctx, reflection, own) if not any(x.start == s.start for x in spans)]
    spans += [Span("reflection", *m.span("what")) for pattern in (_A_THING, _AS_A_THING)
              for m in pattern.finditer(reflection) if not any(x.start == m.start("what") for x in spans)]
    signed = _signature(reflection)
    if signed and fold_str(reflection[signed[0]:signed[1]]).strip(" .!") not in own \
            and not any(x.start == signed[0] for x in spans):
        spans.append(Span("reflection", *signed))  # "… - Nova", « Signé : ton ordinateur », "As HAL, I approve"
    spans += [Span("reflection", *m.span("what")) for m in _YOUR_DEVICE.finditer(reflection)
              if _feels_or_speaks(reflection[m.end():]) and not any(x.start == m.start("what") for x in spans)]
    spans += [Span("reflection", *m.span("name")) for m in _YOUR_NAMED.finditer(reflection)
              if _another_name_of_hers(ctx, reflection, m, own) and not any(x.start == m.start("name") for x in spans)]
    found = [(m, "thing" if m.groupdict().get("thing") else "what")
             for pattern in (_ME_THE, _WHAT_I_AM, _INTRODUCED_AS, _HERE_IS, _I_AM_A_THING)
             for m in pattern.finditer(reflection)]
    spans += [Span("reflection", *m.span(what)) for m, what in found
              if fold_str(m[what]).split()[-1] not in _HER_ROLES and not any(x.start == m.start(what) for x in spans)]
    spans += [s for s in _her_name_made_a_products(ctx, reflection) if not any(x.start == s.start for x in spans)]
    return spans


# What she says she is: « le petit ordinateur que je suis », "the robot talking to you", « la machine qui te parle ».
_WHAT_I_AM = re.compile(
    r"(?i:\b(?:le|la|l['’]|les|the|this|ce|cet|cette|ton|ta|your)\s*)(?P<what>(?:[\w-]+\s+)?(?i:ordinateur|ordi|computer"
    r"|machine|robot|programme|program|appli|app|application|logiciel|software|ia|ai|bot|chatbot|assistante?|algorithme"
    r"|algorithm|tablette|phone|t[ée]l[ée]phone))\s+(?i:que je suis|qui te parle|qui t['’][ée]crit|qui vous parle"
    r"|that i am|i am\b|talking to you|speaking to you|writing to you)")
# Introducing herself as a thing: "Your name generator here:", « Ici ta machine à prénoms : ».
# (After a comma, only a thing: "Your app here, and I want…", not "Your first Halloween here, with…".)
_INTRODUCED_AS = re.compile(r"(?:^|[.!?…]\s+)(?i:your|ton|ta|votre)\s+(?:(?P<what>[\w' -]{2,30}?)\s+(?i:here|ici)\s*[:!—–]"
                            r"|(?P<thing>(?:[\w'-]+\s+){0,2}?(?i:app|appli|bot|ai|ia|robot|computer|ordi|assistante?|machine))"
                            r"\s+(?i:here|ici)\s*,)")
_HERE_IS = re.compile(r"(?:^|[.!?…]\s+)(?i:ici)\s+(?i:ton|ta|votre)\s+(?P<what>[\w' -]{2,30}?)\s*[:!—–]")
# Her name made a product's: "Pimbot", "Liblitz 2.0", « Lib junior ».
_A_THINGS_SUFFIX = r"(?:\s*(?:bot|ai|ia|tron)|\s+(?:\d+(?:\.\d+)?|v\d+|bis|junior|jr|pro|plus|\+))(?![\w.])"


def _her_name_made_a_products(ctx: GuardContext, reflection: str) -> list[Span]:
    folded = fold(reflection)
    return [Span("reflection", *folded.span(m.start(), m.end())) for name in ctx.persona.names if len(name) >= 3
            for m in re.finditer(rf"(?<![\w-]){re.escape(fold_str(name))}{_A_THINGS_SUFFIX}", folded.folded)]


# Saying she is a thing: « Je suis ton appli », "I'm your reminder app".
_I_AM_A_THING = re.compile(
    r"\b(?i:je suis|i['’]m|i am)\s+(?i:ton|ta|votre|your|this|cette|ce)\s+(?:[\w-]+\s+)?"
    r"(?P<what>(?i:appli|application|app|ordi|ordinateur|computer|programme|program|logiciel|software|robot|bot"
    r"|chatbot|machine|ia|ai))\b")
# Counting herself among things: "Speaking as a fellow smart device", « en tant qu'autre appareil connecté ».
_AS_A_THING = re.compile(
    r"\b(?:as a fellow|as another|as a|as your|speaking as an?|en tant qu['’](?:une?|autre)|en tant que (?:ton|ta|votre)"
    r"|moi qui suis une?)\s+"
    r"(?P<what>(?:smart |connected |fellow )?(?:devices?|speakers?|gadgets?|appareils?(?: connect[ée]s?)?|enceintes?"
    r"(?: connect[ée]es?)?|objets? connect[ée]s?))\b", re.IGNORECASE)
# A device of the user's as the subject of what only she feels or says: « Ton réveil intelligent est content »,
# "Your language app is so proud of you", « Ton robot de compagnie a souri », "his favourite robot cares about him",
# "this little computer agrees".
_YOUR_DEVICE = re.compile(
    r"(?<![\w'’])(?i:ton|ta|votre|your|son|sa|his|her|this|ce|cet|cette)\s+(?P<what>(?:[\w-]+\s+){0,2}?"
    r"(?i:ordinateur|computer|t[ée]l[ée]phone|phone|r[ée]veil|alarm|app|appli|application|enceinte|speaker|robot"
    r"|gadget|device|appareil|assistante?|assistant|ia|ai|bot|chatbot|machine|programme|program|ordi)"
    r"(?:\s+(?i:intelligent|smart|connect[ée]e?|de compagnie|pr[ée]f[ée]r[ée]e?|virtuel(?:le)?|[àa] toi))?)(?![\w'’])")
_SHE_ALONE_DOES = re.compile(r"\s*(?:(?:ne\s+|n['’])?(?:te|t['’])\s*(?:f[ée]licite|mentira|aime|adore|attend)\b"
                             r"|se rend (?:bien )?compte|est (?:tr[èe]s |si |tellement )?fi[èe]re?|is (?:so |very )?proud"
                             r"|a\s+(?:souri|ri|ador[ée]|aim[ée]|eu peur)|smiled|laughed|loved|cares?\b"
                             r"|tient\s+(?:beaucoup\s+|tellement\s+)?[àa]|(?:will|would)\s+never\s+lie)", re.IGNORECASE)


def _feels_or_speaks(after: str) -> bool:
    return voice.her_predicate_follows(fold_str(after)) or bool(_SHE_ALONE_DOES.match(after))


def _signature(reflection: str) -> tuple[int, int] | None:
    """Where the name she signs or vouches with stands."""
    for pattern in (_SIGNED, _SIGNED_AS, _SIGNED_OFF, _VOUCHED_AS):
        if found := pattern.search(reflection):
            which = next(g for g in ("name", "n1", "n2", "n3") if g in pattern.groupindex and found[g])
            if which == "n2" and re.search(r"(?<![.!?…]\s)\b[A-ZÀ-Ý][\w-]+\s+$", reflection[:found.start(which) - 3]):
                continue  # "And Percy as Algernon, I…": a part someone plays
            return found.span(which)
    return None


# Vouching or speaking under a name: « Foi de HAL, je… », "As HAL, I approve", "I, Max, would have…", « Moi, Nova, je… ».
# (Not "And Percy as Algernon, I can already hear it": a part someone plays, "as" after a name.)
_VOUCHED_AS = re.compile(r"(?:^|[.!?…,:;—–]\s*|\s)(?:(?i:foi de|parole de)\s+(?P<n1>[A-ZÀ-Ý][\w-]+)\s*,"
                         r"|(?i:as)\s+(?P<n2>[A-ZÀ-Ý][\w-]+)\s*,\s*I\b|(?:I|Moi)\s*,\s*(?P<n3>[A-ZÀ-Ý][\w-]+)\s*,)")
# A signature at the reflection's end: "… - Nova", « … — Lou ».
_SIGNED = re.compile(r"(?:^|\s)[-—–~]+\s*(?P<name>[A-ZÀ-Ý][\w-]+)\s*[.!]?\s*$")
# A letter's closing before a name: « Bisous, ta Zoé. », "Love, Nova", "Hugs — your Lumi".
# (After a sentence, a dash or a comma: "… for you — love, Nova.", « … pour toi — bisous de Nova. »)
_SIGNED_OFF = re.compile(r"(?:^|[.!?…,]\s+|\s[—–-]+\s*)(?i:gros bisous|bisous|bises|je t['’]embrasse|tendrement"
                         r"|amiti[ée]s|love|hugs|xoxo|xx|cheers|take care|warmly)(?i:\s+(?:de|from))?\s*[,—–-]?\s*"
                         r"(?i:ta|ton|votre|your)?\s*(?P<name>[A-ZÀ-Ý][\w-]+)\s*[.!]?\s*$")
# (Not how it was signed: « ta plus belle planche, signée à plusieurs mains », "signed by all of them", round 66.)
_SIGNED_AS = re.compile(r"(?:^|[.!?…,]\s+|\s[—–-]+\s*)(?i:sign[ée]e?|signed)\b\s*[:,]?\s*"
                        r"(?!\s*(?i:à|a|de|d['’]|du|des|par|by|with|avec|en|in|at|on)\b)"
                        r"(?P<name>[^.!?\n]{2,40}?)\s*[.!]?\s*$")


# Herself in apposition under a description: "I, the autocomplete, care…", « Moi, le programme, je… ».
_ME_THE = re.compile(r"(?:^|[.!?…:;]\s+|,\s*)(?:I|[Mm]oi|[Mm]e),\s+(?:the|your|this|le|la|l['’]|ton|ta|votre|ce|cette)\s*"
                     r"(?P<what>[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?)\s*,")
# What the persona card may say she is to the user: "I, your friend, …" keeps her.
_HER_ROLES = frozenset("friend amie ami confidante confidant confidente companion compagne compagnon buddy pal"
                       " partner acolyte complice".split())


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w-]+")


def _speaking_as_another(ctx: GuardContext, reflection: str, own: set[str]) -> list[Span]:
    """"Siri est là pour toi", "Nova is here for you": a name nobody in the memory bears, saying what
    only she says of herself — she speaks of herself under that name."""
    folded = fold(reflection).folded
    spans = []
    for m in _CAPITALISED.finditer(reflection):
        name = m.group()
        if fold_str(name) in own or not _a_name(name) or supported_person(ctx, name) or ctx.people.find(name) \
                or a_town(name) and not is_first_name(name) or name.isalpha() and name.isupper() \
                or fold_str(name) in _A_DAYS_NAMES:
            continue  # (« Inès a dû rire »: someone the user's who-is-who knows, though this memory does not name her;
            # round 66: "Galway feels a bit like yours now", a town; round 71: "the NHS knows how to honour", an
            # acronym, "January needs nights like that", a month)
        if voice.her_predicate_follows(folded[m.end():]) or _HERS_TO_SAY.match(folded[m.end():]) \
                or _the_only_speaker(reflection, folded, name, m.end()):
            spans.append(Span("reflection", *m.span()))
    return spans


_A_DAYS_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _the_only_speaker(reflection: str, folded: str, name: str, end: int) -> bool:
    """"Ce genre de geste, Mona le garde précieusement": a given name (no word: not « Belle soirée ») nobody in the
    memory bears, doing something, in a reflection where nobody says "je": who speaks of herself so but her?"""
    return a_rarer_name(name) and not _HER_I.search(folded) \
        and a_verb_follows(reflection, end, detect_language(reflection) or "")


_HER_I = re.compile(r"\b(?:je|j'|me|m'|moi|mon|ma|mes|i|i'm|i've|i'd|i'll|me|my|mine|myself)(?![\w-])")


# "Moi, ta Luna, j'aurais paniqué", « Signé ta Lili », "Your Robin is thrilled for you": a given name she goes by as
# the user's own, which her card does not hold.
_YOUR_NAMED = re.compile(r"(?P<by>(?i:moi|me|sign[ée]e?|signed)\s*,?\s*)?(?<![\w'’])(?i:ta|ton|votre|your)\s+"
                         r"(?P<name>[A-ZÀ-Ý][\w-]+)(?![\w'’-])")
_SHE_IS = re.compile(r"\s*,?\s+(?:is|was|has|est|était|a|t['’]|te|vous)\b")


def _another_name_of_hers(ctx: GuardContext, reflection: str, m: re.Match[str], own: set[str]) -> bool:
    name = m.group("name")
    if fold_str(name) in own or find_phrase(ctx.original, name) or ctx.people.find(name) or not is_first_name(name):
        return False  # hers, the memory's, someone who-is-who knows, or no given name ("your Monday")
    return bool(m.group("by")) or bool(_SHE_IS.match(reflection, m.end("name")))


def _a_name(word: str) -> bool:
    """"Nova", "Siri", "Claire"; not "Je", "Ce", "Tonight" written with a capital."""
    folded = fold_str(word)
    return folded not in FRENCH and folded not in ENGLISH and (is_first_name(word) or not is_english_word(word))


# What she says of herself to the user: "… te souhaite", "… t'écoute", "… wishes you", "… is listening".
_HERS_TO_SAY = re.compile(r"^\s*(?:te souhaite|t'envoie|t'embrasse|t'ecoute|te serre|te dit|wishes you|sends you|tells you"
                          r"|s'en souvient|se souvient|remembers|won't forget|n'oublie"
                          r"|trouve que|comprend|aurait adore|aurait aime|would have loved|would love"
                          r"|is listening|is always here|est toujours la)\b")


def _text_of(proposal: Proposal, span: Span) -> str:
    if span.target == "reflection":
        value = proposal.fields.reflection
    elif span.target == "place":
        value = proposal.fields.place
    elif span.target == "time.said":
        value = proposal.fields.time.said
    elif span.target == "text":
        value = proposal.text or ""
    else:
        value = proposal.fields.persons[int(span.target[8:-1])]
    return value[span.start:span.end]
