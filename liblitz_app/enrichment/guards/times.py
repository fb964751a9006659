"""The time: a proposed date that the memory's own time phrase, tied to its event, does not allow; an
invented one; the date an import came with, changed."""
from __future__ import annotations

import re
from datetime import date

from liblitz_app.memory import EventTime
from liblitz_app.memory.folding import fold as memory_fold

from ..folding import contains_phrase, find_phrase, fold, fold_str
from ..known import keep_known
from ..proposal import Proposal
from ..time_phrases import WEEKDAYS, FoundTime, find_times, sentence_of, told_in_the_past
from .flags import Flag, FlagKind, GuardContext, Span


def check_time(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    time = proposal.fields.time
    # As it will be kept: a time the proposal only names is resolved against the memory's own date.
    if moved := _known_date_moved(ctx, keep_known(proposal, ctx.known).fields.time):
        return moved  # one flag about the date, the clearest
    if not time.said and time.start is None:
        return []
    found = find_times(ctx.original, ctx.day)
    if _known(ctx, time, found):
        return []
    said_spans = [s for s in find_phrase(ctx.original, time.said)
                  if not _inside_another_time(ctx, s, time, found)] if time.said else []
    if time.said and not said_spans:
        return [_time_flag(ctx, found, "time.said", len(time.said))]
    if time.start is None:
        return []
    if time.start == ctx.day and _VAGUE_PAST.search(fold_str(ctx.original)):
        return [_time_flag(ctx, found, "time", 0)]  # "l'autre jour", dated the very day it was written
    if _undated(ctx.original, found):
        return [_time_flag(ctx, found, "time", 0)]  # "quand j'étais petit" made 2004, a habit given a day
    candidates = [f for f in found if any(s < f.span[1] and f.span[0] < e for s, e in said_spans)]
    candidates = candidates if said_spans else found
    if said_spans and candidates and not any(f.time.resolved for f in candidates):
        return []  # words we cannot resolve: nothing to compare the date with
    if said_spans and not candidates:
        return []
    end = time.end or time.start
    matched = [f for f in candidates if f.allows(time.start, end)]
    if matched and not _borrowed(ctx, time.start, matched, found) \
            and not _another_events(ctx, proposal, matched, found):
        return []
    if time.start == ctx.day and end == ctx.day and (not candidates or not time.said and _all_to_come(ctx, found)):
        return []  # no time words, or only plans ("demain je pars"): the day it was written is honest
    return [_time_flag(ctx, found, "time", 0)]


# Words that place the event some unsaid time before the day it was written: no day to resolve,
# but never that day itself.
_VAGUE_PAST = re.compile(
    r"\b(?:l'autre jour|the other day|the other night|l'autre soir|recemment|recently|il y a peu"
    r"|quand j'etais (?:petite?|enfant|gamine?|ado|jeune)|when i was (?:a kid|little|young|a child|a teenager)"
    r"|il y a longtemps|a long time ago|years ago|il y a des annees|back then|a l'epoque|as a (?:kid|child)"
    r"|dans mon enfance|in my childhood|quand j'etais (?:au lycee|au college|a la fac|etudiante?)"
    r"|when i was (?:in (?:high )?school|at (?:uni|university|college)|a student)|as a teenager)\b")


# A habit told in the present ("je bois un café le matin", "I always sleep better…"): true of no day in
# particular. ("toujours" is left out: it is "still" as often as "always".)
_WEEKDAYS = "|".join(WEEKDAYS)
_HABIT = re.compile(
    rf"\b(?:souvent|d'habitude|en general|chaque (?:jour|matin|soir|semaine|fois|{_WEEKDAYS})"
    rf"|tous les (?:jours|matins|soirs|(?:{_WEEKDAYS})s)|le (?:matin|soir|{_WEEKDAYS})(?! (?:dernier|prochain|\d))"
    rf"|always|usually|often|every (?:day|morning|evening|night|week|time|{_WEEKDAYS})"
    rf"|in the (?:morning|evening)|on (?:weekends|(?:{_WEEKDAYS})s))\b")


def _undated(original: str, found: list[FoundTime]) -> bool:
    """Words that give the event no day: a time long past and unsaid, or a habit told in the present
    (whose "le jeudi" is every Thursday, not the last one)."""
    folded = fold(original)
    habits = [folded.span(*m.span()) for m in _HABIT.finditer(folded.folded)]
    if any(f.time.resolved and not any(s <= f.span[0] and f.span[1] <= e for s, e in habits) for f in found):
        return False
    return bool(_VAGUE_PAST.search(folded.folded) or habits and not told_in_the_past(original))


def _all_to_come(ctx: GuardContext, found: list[FoundTime]) -> bool:
    return all(f.time.start is not None and f.time.start > ctx.day or f.coming is not None for f in found)


def _known_date_moved(ctx: GuardContext, after: EventTime) -> list[Flag]:
    """The date the memory came with, replaced by another that no time phrase of the memory accounts for."""
    before = ctx.known.time
    if before.start is None or after.start is None or before.start <= after.start <= (before.end or before.start):
        return []
    said = memory_fold(after.said.strip())
    if said and said in memory_fold(ctx.original):
        return []  # the memory's own words ("hier") explain the day: the rest of this guard judges that
    return [Flag(
        FlagKind.TIME_CHANGED,
        f"Ce souvenir est daté du {before.start:%d/%m/%Y} ; la proposition le place au {after.start:%d/%m/%Y}.",
        f"This memory is dated {before.start:%Y-%m-%d}; the proposal moves it to {after.start:%Y-%m-%d}.",
        "time")]


def _known(ctx: GuardContext, time: EventTime, found: list[FoundTime]) -> bool:
    """The date the memory came with, repeated: the proposal kept it, it did not invent it — unless
    the memory's words place the event on another day ("hier soir" in a row dated the 14th)."""
    known = ctx.known.time
    if known.start is None or time.start is None:
        return False
    kept = known.start <= time.start and (time.end or time.start) <= (known.end or known.start)
    return kept and all(not f.time.resolved or f.allows(time.start, time.end or time.start) for f in found)


def _borrowed(ctx: GuardContext, start: date, matched: list[FoundTime], found: list[FoundTime]) -> bool:
    """"Two days ago Noor said the audit starts next Tuesday", "Entretien ce matin, on fête ça jeudi":
    a day still to come, while the memory tells of something already past, is another event's."""
    past = [f for f in found if f not in matched and f.time.start is not None and f.coming is None
            and (f.time.end or f.time.start) <= ctx.day]
    if start > ctx.day and past:
        return True
    return any(_reported(ctx.original, f, [g for g in found if g not in matched]) for f in matched)


def _another_events(ctx: GuardContext, proposal: Proposal, matched: list[FoundTime], found: list[FoundTime]) -> bool:
    """"Samedi, Louise a fêté ses 30 ans. Dimanche, on a dormi": the day of a sentence where none of the
    proposal's persons or place stand, while another day's sentence holds them, is another event's."""
    who = [n for n in (*proposal.fields.persons, proposal.fields.place) if n]

    def holds(f: FoundTime) -> bool:
        return any(contains_phrase(sentence_of(ctx.original, f.span), n) for n in who)

    told = {sentence_of(ctx.original, m.span) for m in matched}
    # Only a day already past competes: "jeudi on fête ça" is a plan, not the event told.
    others = [f for f in found if f.time.start is not None and f.time.start <= ctx.day and f.coming is None
              and f not in matched and sentence_of(ctx.original, f.span) not in told]
    return bool(who) and not any(holds(f) for f in matched) and any(holds(f) for f in others)


# "told me", "m'a annoncé que", "reminded me": what follows is what was said, with its own time.
_REPORTING = re.compile(
    r"\b(?:m'a|m'avait|nous a|t'a|a)\s+(?:dit|raconte|annonce|rappele|ecrit|explique|promis|appris|confie)\b"
    r"|\b(?:j'ai|on a)\s+(?:appris|entendu|lu)\b|\b(?:told|tells|said|says|reminded|announced|texted|wrote|mentioned"
    r"|explained|promised|learned|learnt|heard)\b")


def _reported(original: str, time: FoundTime, others: list[FoundTime]) -> bool:
    """"Hier Tom m'a raconté son voyage du mois dernier": the time after what someone told is theirs,
    when the memory gives its own before."""
    folded = fold(original)
    said = [end for end in (folded.span(m.start(), m.end())[1] for m in _REPORTING.finditer(folded.folded))
            if end <= time.span[0]]
    return bool(said) and any(g.time.start is not None and g.span[1] <= said[-1] for g in others)


def _inside_another_time(ctx: GuardContext, span: tuple[int, int], time: EventTime, found: list[FoundTime]) -> bool:
    """"hier" inside "avant-hier", "samedi" inside "samedi 12 mars 2022": other days than they say —
    unless the proposal gives the longer words' days ("Nouvel An" of "réveillon du Nouvel An", the 31st)."""
    own = find_times(time.said, ctx.day)
    own_start = own[0].time.start if own else None
    for f in found:
        longer = f.span[0] <= span[0] and span[1] <= f.span[1] and f.span != span
        if longer and own_start is not None and f.time.start is not None and f.time.start != own_start:
            return time.start is None or not f.allows(time.start, time.end or time.start)
    return False


def _time_flag(ctx: GuardContext, found: list[FoundTime], target: str, length: int) -> Flag:
    spans = tuple(Span("original", *f.span) for f in found)
    if target == "time.said":
        spans = (Span("time.said", 0, length), *spans)
    if found:
        said = found[0].said
        return Flag(
            FlagKind.TIME_CHANGED,
            f"Le souvenir dit « {said} » (daté du {ctx.day:%d/%m/%Y}) : la date proposée ne correspond pas.",
            f"The memory says “{said}” (dated {ctx.day:%Y-%m-%d}): the proposed time does not match.",
            "time", spans,
        )
    return Flag(
        FlagKind.TIME_INVENTED,
        "Le souvenir ne dit pas quand c'était : la date proposée est inventée.",
        "The memory does not say when it happened: the proposed time is invented.",
        "time", spans,
    )
