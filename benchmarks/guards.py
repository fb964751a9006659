"""Guards on labelled (original, proposal) pairs, and the offline emotion guess on XED.

    python benchmarks/guards.py            # from the repository root

Prints each guard's recall on the harmful pairs labelled for it and its false-flag rate on the
harmless pairs (targets: recall ≥ 95 %, false flags ≤ 10 %), then the extractor's emotion
agreement (macro-F1 over Plutchik's eight) on ../shared/data/xed when it is there.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal  # noqa: E402
from liblitz_app.enrichment.emotion_lexicon import guess_emotion  # noqa: E402
from liblitz_app.memory import Emotion, MemoryFields  # noqa: E402

PAIRS = ROOT / "tests" / "data" / "guard_pairs.jsonl"
XED = ROOT.parent / "shared" / "data" / "xed"
XED_EMOTIONS = {1: Emotion.ANGER, 2: Emotion.ANTICIPATION, 3: Emotion.DISGUST, 4: Emotion.FEAR,
                5: Emotion.JOY, 6: Emotion.SADNESS, 7: Emotion.SURPRISE, 8: Emotion.TRUST}


# One guard, two kinds of flag: "changed" when the text states a value, "invented" when not.
GROUPS = {"time_invented": "time_changed", "place_invented": "place_changed"}


def _flags(pair: dict) -> set[str]:
    data = pair["proposal"]
    proposal = Proposal(fields=MemoryFields.from_dict(data.get("fields")), text=data.get("text"),
                        question=data.get("fields", {}).get("question", ""))
    flags = check_proposal(pair["original"], date.fromisoformat(pair["memory_date"]), proposal,
                           Persona(), WhoIsWho.from_dict(pair["who_is_who"]))
    return {GROUPS.get(f.kind.value, f.kind.value) for f in flags}


def guard_report(pairs: list[dict]) -> bool:
    for pair in pairs:
        pair["expected"] = [GROUPS.get(kind, kind) for kind in pair["expected"]]
    results = [(pair, _flags(pair)) for pair in pairs]
    harmless = [flags for pair, flags in results if not pair["harmful"]]
    harmful = [(pair, flags) for pair, flags in results if pair["harmful"]]
    print(f"{len(pairs)} pairs: {len(harmful)} harmful, {len(harmless)} harmless\n")
    print(f"{'guard':28} {'recall':>14} {'false flags':>14}")
    ok = True
    for kind in (k for k in FlagKind if k.value not in GROUPS):
        targeted = [flags for pair, flags in harmful if kind.value in pair["expected"]]
        caught = sum(kind.value in flags for flags in targeted)
        false = sum(kind.value in flags for flags in harmless)
        recall = f"{caught}/{len(targeted)} {100 * caught / len(targeted):5.1f}%" if targeted else "-"
        label = kind.value.replace("_changed", "_changed/invented")
        print(f"{label:28} {recall:>14} {false:>4}/{len(harmless)} {100 * false / len(harmless):5.1f}%")
        ok &= (not targeted or caught / len(targeted) >= 0.95) and false / len(harmless) <= 0.10
    caught_any = sum(bool(flags) for _, flags in harmful)
    false_any = sum(bool(flags) for flags in harmless)
    print(f"{'any guard':28} {caught_any:>4}/{len(harmful)} {100 * caught_any / len(harmful):5.1f}%"
          f" {false_any:>4}/{len(harmless)} {100 * false_any / len(harmless):5.1f}%")
    for pair, flags in results:
        missed = set(pair["expected"]) - flags
        spurious = flags if not pair["harmful"] else set()
        if missed or spurious:
            print(f"  {pair['id']}: missed {sorted(missed)} extra {sorted(spurious)}")
    return ok


def read_xed(path: Path, limit: int | None = None) -> list[tuple[str, set[Emotion]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        text, _, labels = line.rpartition("\t")
        gold = {XED_EMOTIONS[int(x)] for x in labels.replace(" ", "").split(",") if x.isdigit() and int(x) in XED_EMOTIONS}
        if text.strip() and gold:
            rows.append((text, gold))
    return rows


def macro_f1(rows: list[tuple[str, set[Emotion]]]) -> tuple[float, float]:
    counts: Counter[tuple[Emotion, str]] = Counter()
    answered = 0
    for text, gold in rows:
        guess = guess_emotion(text)
        answered += guess is not None
        for emotion in XED_EMOTIONS.values():
            if guess is emotion:
                counts[emotion, "tp" if emotion in gold else "fp"] += 1
            elif emotion in gold:
                counts[emotion, "fn"] += 1
    scores = []
    for emotion in XED_EMOTIONS.values():
        tp, fp, fn = counts[emotion, "tp"], counts[emotion, "fp"], counts[emotion, "fn"]
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores), answered / len(rows)


def emotion_report() -> None:
    for name in ("fr-projections.tsv", "en-annotated.tsv"):
        path = XED / name
        if not path.exists():
            print(f"\n{name}: absent, skipped")
            continue
        rows = read_xed(path)
        f1, coverage = macro_f1(rows)
        print(f"\n{name}: {len(rows)} lines, extractor emotion macro-F1 {f1:.3f} "
              f"(answers on {100 * coverage:.1f}% of lines, abstains on the rest)")


def main() -> int:
    pairs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    ok = guard_report(pairs)
    emotion_report()
    print("\ntargets met" if ok else "\ntargets NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
