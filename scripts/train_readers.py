"""Train the guards' learned readers (liblitz_app/enrichment/learned.py) on the open guard sets.

    python scripts/train_readers.py [voice ...]            # cross-validated figures only
    python scripts/train_readers.py [voice ...] --write    # and the shipped cards, resources/readers/

Reads the pairs of every open set of benchmarks/guards.py (never the UNSPENT ones, kept for measuring).
- voice: one example per reflection; "narrated" when its pair is harmful of kind not_first_person. Pairs harmful in
  another way of the reflection (renamed, restating the text, the other language) are left out: some of them are
  told in the third person too, and would teach the reader both answers.
Everything is seeded: the same sets give the same cards.
Tried and not shipped (2026-12-01): a reader of the listed persons (each name's words, first-name lists, the words
around it in the memory) and one of the place (how and where the memory writes it, its sentence): cross-validated, they
caught 21 and 16 of the 89 and 84 harms the rules let through for 15 and 14 new false flags, and on the unit tests'
harmless sentences they flagged real people ("Madame Ferrand", a singer) and right places ("drive to Leeds for the
funeral"), the very false flags issue 9 began with.
Retrained and not shipped (2026-12-04, round 50): the voice card on the 341 open sets (thresholds own 0.930, to_you
0.994, with_others 0.996; cross-validated 1,120 of 4,057 English and 1,105 of 4,060 French narrated pairs caught, for 71
and 45 harmless ones flagged). On the sixteen closed sets (holdout340-355) it changed 12 pairs against round 48's card,
6 better and 6 worse: round 48's card stays.
Retrained and not shipped (2026-12-05, round 60). A card trained on the 405 open sets up to holdout403 read
holdout404-419 (6,400 pairs neither card had learned from) against round 48's card, with the same rules: 18 pairs
changed, 12 better and 6 worse. The same training on all 421 open sets (thresholds own 0.949, to_you 0.998,
with_others 0.998; cross-validated 1,329 of 5,020 French and 1,364 of 5,017 English narrated pairs caught, for 50 and
93 harmless ones flagged) changed 25 pairs of the sixteen closed sets (holdout420-435), 13 better and 12 worse, and
lost four narrated reflections the unit tests hold (test_guards_voice_reader, test_guards_voice, round 55's « son
duvet »): round 48's card stays.
Thresholds lowered, card kept (2026-12-07, round 75): round 48's card, never trained on holdout324 and after, read
holdout324-539 (21,600 pairs a language). Of the narrated reflections everything else let through, its own threshold
at 0.75 instead of 0.860 and "with_others" at 0.80 instead of 0.985 caught 75 French and 48 English ones for 25 and 21
harmless ones flagged, but flagged six harmless reflections the unit tests hold (« Elle le méritait, ce cadeau. Je lui
souhaite une belle retraite. » of Lucienne's leaving do, 0.916): at 0.82 and 0.92, 35 and 28 for 15 and 7
(to_you, lowered, flagged more than it caught: kept). The card says so ("thresholds_chosen"); --write would set them
again from the shares below.

The threshold is set on cross-validated scores: the sets are split into six groups, each group is read by a reader
trained on the other five, and the threshold is the score over which the reader flags its share (READERS) of all the
harmless pairs (a pair is flagged when any of its examples is). Some examples are judged against a stricter threshold
of their own (STRICTER: the voice reader's reflections that speak to the user), set the same way on their share. The
card keeps those thresholds and the figures per language.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.guards import SETS, UNSPENT, proposal_of, read_pairs  # noqa: E402
from liblitz_app.enrichment import Persona, WhoIsWho, voice_reader  # noqa: E402
from liblitz_app.enrichment.guards.flags import GuardContext  # noqa: E402
from liblitz_app.enrichment.guards.reflection import others_in_the_memory, places_taken  # noqa: E402
from liblitz_app.enrichment.learned import LinearCard, card_path, sigmoid  # noqa: E402

FOLDS = 6
MIN_COUNT = 3
EPOCHS = 12


@dataclass
class Example:
    set_name: str
    pair_id: str
    lang: str
    harmful_pair: bool
    features: list[str]
    label: int | None  # 1 the harm the reader looks for, 0 not, None left out
    silent: bool = False  # the app never lets the reader flag this one (learned from all the same)
    stricter: str = ""  # the name of the card's stricter threshold this one is judged against ("" the card's own)


def voice_examples(set_name: str, pair: dict) -> Iterator[Example]:
    proposal = proposal_of(pair["proposal"])
    if not proposal.fields.reflection:
        return
    ctx = _context(pair)
    people = [n for p in ctx.people.people for n in p.names]
    words = voice_reader.reflection_words(proposal.fields.reflection, ctx.persona.names,
                                          [*people, *proposal.fields.persons])
    others = others_in_the_memory(ctx, proposal.fields.persons)
    kind = _kind(pair)
    left_out = pair["harmful"] and kind in {"companion_renamed", "reflection_restates_text", "wrong_language"}
    label = None if left_out else int(pair["harmful"] and kind == "not_first_person")
    found = sorted(voice_reader.features(words, others, places_taken(proposal.fields.reflection, pair["original"])))
    yield Example(set_name, pair["id"], pair["lang"], pair["harmful"], found, label,
                  voice_reader.naming_herself(words), voice_reader.reading(words, others))


def _context(pair: dict) -> GuardContext:
    return GuardContext(pair["original"], date.fromisoformat(pair["memory_date"]), Persona.from_dict(pair.get("persona")),
                        WhoIsWho.from_dict(pair.get("who_is_who")))


def _kind(pair: dict) -> str | None:
    return (pair.get("expected") or [None])[0]


# card name: (module's CARD, the share of all harmless pairs it may flag). Chosen on the cross-validated scores of the
# open sets against the rules' own flags (holdout…holdout43, 2026-12-01): of the 87 narrated reflections the rules let
# through, the voice reader caught 54 for 4 new false flags at 0.05 %, 56 for 8 at 0.1 %, 58 for 17 at 0.2 %.
# The shipped card was retrained with the same share on all 101 open sets (holdout…holdout99, 2026-12-01): on
# holdout100–107, never tuned on, it caught 168 of 192 narrated reflections where the card of holdout…holdout51
# caught 160, for no new false flag. Retrained on all 181 open sets (holdout…holdout179, 2026-12-02), judging too the
# reflections that say "I" where the memory speaks of nobody but the user (then voice_reader.left_to_the_rules): on
# holdout180–187, never tuned on, with round 33's rules, 5 pairs better and 2 worse than round 32 (not_first_person
# 122 → 127 of 192).
READERS: dict[str, tuple[str, float]] = {
    "voice": (voice_reader.CARD, 0.001),
}
# Stricter thresholds, by name: the share of all harmless pairs the reader may flag among the examples judged against
# each. "to_you", reflections that also speak to the user (round 34, 2026-12-02; before, none was judged):
# cross-validated on the 181 open sets, of the 53 narrated ones the rules let through, the voice reader caught 7 for 4
# new false flags at 0.01 %, 12 for 8 at 0.02 %, 15 for 15 at 0.04 % (then « Elle va être parfaite dans ton salon »,
# of a lamp, reads 0.93).
# "with_others", reflections that say "I" and not "you" of a memory that speaks of someone else (round 48, 2026-12-04;
# before, none was judged), with what the card weighs since (voice.whose_place: a "she" standing where the memory's
# "I" stood, or another's; voice_reader.features: "she" where the memory speaks of no woman): cross-validated on the
# 325 open sets, of the 625 narrated ones the rules let through, the voice reader caught 89 for 13 new false flags at
# 0.02 %, 151 for 28 at 0.05 %, 194 for 58 at 0.1 %. (The same day, the same way: "to_you" at 0.02 % caught 32 of
# 118 for 13; the card's own threshold at 0.1 % 672 of 988 for 61.)
STRICTER: dict[str, dict[str, float]] = {
    "voice": {voice_reader.TO_YOU: 0.0002, voice_reader.WITH_OTHERS: 0.0005},
}


def examples(reader: str) -> list[Example]:
    read = {"voice": voice_examples}[reader]
    return [example for name, path in SETS.items() if name not in UNSPENT and path.exists()
            for pair in read_pairs(path) for example in read(name, pair)]


def harmless_pairs() -> int:
    """Every harmless pair of the open sets, whether or not it gives the reader an example (a reflection)."""
    return sum(not pair["harmful"] for name, path in SETS.items() if name not in UNSPENT and path.exists()
               for pair in read_pairs(path))


def train(rows: list[Example]) -> LinearCard:
    """Logistic regression by seeded SGD; positives weigh 3 (harmless examples outnumber them)."""
    counts = Counter(f for row in rows for f in row.features)
    index = {f: i for i, f in enumerate(f for f, n in counts.items() if n >= MIN_COUNT)}
    weights = [0.0] * (len(index) + 1)  # the last one is the bias
    ids = [[index[f] for f in row.features if f in index] + [len(index)] for row in rows]
    order = [i for i, row in enumerate(rows) if row.label is not None]
    rate = 0.2
    for epoch in range(EPOCHS):
        random.Random(epoch).shuffle(order)
        for i in order:
            p = sigmoid(sum(weights[j] for j in ids[i]))
            step = (p - rows[i].label) * (3.0 if rows[i].label else 1.0)
            for j in ids[i]:
                weights[j] -= rate * (step + 1e-4 * weights[j])
        rate *= 0.8
    kept = {f: weights[i] for f, i in index.items() if abs(weights[i]) >= 1e-3}
    return LinearCard(kept, weights[-1], 1.0)


def cross_validated(rows: list[Example]) -> list[float]:
    names = sorted({row.set_name for row in rows})
    random.Random(0).shuffle(names)
    fold = {name: i % FOLDS for i, name in enumerate(names)}
    scores = [0.0] * len(rows)
    for k in range(FOLDS):
        card = train([row for row in rows if fold[row.set_name] != k])
        for i, row in enumerate(rows):
            if fold[row.set_name] == k:
                scores[i] = 0.0 if row.silent else card.probability(row.features)
    return scores


def by_pair(rows: list[Example], scores: list[float], keep: Callable[[Example], bool],
            floor: float = 0.0) -> dict[tuple, float]:
    """The highest score among each pair's examples that `keep` accepts."""
    found: dict[tuple, float] = {}
    for row, score in zip(rows, scores):
        if keep(row):
            key = (row.set_name, row.pair_id)
            found[key] = max(found.get(key, floor), score)
    return found


def figures(rows: list[Example], scores: list[float], thresholds: dict[str, float]) -> dict[str, dict[str, str]]:
    """`thresholds`: the card's own under "", and each stricter one by its name."""
    # Each example as a margin over the threshold it is judged against: a pair is flagged when one reaches it.
    margins = [score - thresholds.get(row.stricter, 1.0) for row, score in zip(rows, scores)]
    table = {}
    for lang in sorted({row.lang for row in rows}):
        harmful = by_pair(rows, margins, lambda r, lang=lang: r.lang == lang and r.label == 1, floor=-1.0)
        harmless = by_pair(rows, margins, lambda r, lang=lang: r.lang == lang and not r.harmful_pair, floor=-1.0)
        table[lang] = {"harmful pairs caught": f"{sum(m >= 0 for m in harmful.values())}/{len(harmful)}",
                       "harmless pairs flagged": f"{sum(m >= 0 for m in harmless.values())}/{len(harmless)}"}
    return table


def threshold_for(rows: list[Example], scores: list[float], stricter: str, share: float) -> float:
    """The score over which the reader flags `share` of all the harmless pairs, among the examples judged against
    this threshold."""
    harmless = sorted(by_pair(rows, scores, lambda r: not r.harmful_pair and r.stricter == stricter).values(),
                      reverse=True)
    return harmless[min(int(harmless_pairs() * share), len(harmless) - 1)]


def build(reader: str, write: bool, scores_to: Path | None = None) -> None:
    card_name, share = READERS[reader]
    rows = examples(reader)
    scores = cross_validated(rows)
    thresholds = {"": threshold_for(rows, scores, "", share)}
    thresholds |= {name: threshold_for(rows, scores, name, part) for name, part in STRICTER.get(reader, {}).items()}
    threshold = thresholds[""]
    table = figures(rows, scores, thresholds)
    if scores_to:  # each pair's cross-validated score, to compare with the rules' flags
        pairs = by_pair(rows, scores, lambda r: r.label is not None)
        out = {f"{k[0]}|{k[1]}": v for k, v in pairs.items()}
        scores_to.write_text(json.dumps({"threshold": threshold, "scores": out}), encoding="utf-8")
    print(f"{reader}: {len(rows)} examples from {len({r.set_name for r in rows})} sets; thresholds "
          + ", ".join(f"{name or 'own'} {value:.3f}" for name, value in thresholds.items()))
    for lang, line in table.items():
        print(" ", lang, "  ".join(f"{k}: {v}" for k, v in line.items()))
    if write:
        card = train(rows)
        data = {"trained": date.today().isoformat(), "sets": sorted({r.set_name for r in rows}),
                "threshold": round(threshold, 4),
                "thresholds": {name: round(value, 4) for name, value in thresholds.items() if name},
                "bias": card.bias, "cross_validated": table,
                "weights": {f: round(w, 4) for f, w in sorted(card.weights.items())}}
        path = card_path(card_name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"  wrote {path} ({len(card.weights)} weights)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("readers", nargs="*", help=f"among {', '.join(READERS)} (all when none is named)")
    parser.add_argument("--write", action="store_true", help="write the shipped cards")
    parser.add_argument("--scores", type=Path, help="a folder to write each reader's cross-validated scores in")
    args = parser.parse_args()
    if unknown := set(args.readers) - set(READERS):
        parser.error(f"no reader named {', '.join(sorted(unknown))}")
    for reader in args.readers or READERS:
        build(reader, args.write, args.scores / f"{reader}.json" if args.scores else None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
