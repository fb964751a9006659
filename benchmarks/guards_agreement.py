"""How far a second, independent reader agrees with the blind sets' labels, beside the guards on the same pairs.

    python benchmarks/guards_agreement.py      # from the repository root

The guards miss 5 to 10 % of the harmful pairs on sets they were not tuned on. Is that the labels' noise (writers
who disagree on what harms a memory) or the guards' reading? benchmarks/data/guards_second_reader/ holds 150
French and 150 English pairs drawn from holdout156-171 (one proposal per memory, harmful or harmless at random,
seeded), given without their labels to a helper session that had read only the writers' brief (BLIND-PROMPT.md) and
its own brief (RATE-PROMPT.md), and its answers. This prints how often that reader found the harm the writer wrote
(same kind) and flagged a harmless proposal, and what the guards do on the very same pairs (in-sample for them:
those sets are open and were tuned on), then each disagreement.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.guards import GROUPS, SETS, flags_of, read_pairs  # noqa: E402

FOLDER = ROOT / "benchmarks" / "data" / "guards_second_reader"


def source_pairs(ids: set[str]) -> dict[str, dict]:
    """The labelled pairs the reader was given, by id ("b164-fr-170" is in holdout164)."""
    sets = {"holdout" + re.match(r"b(\d+)-", i)[1] for i in ids}
    return {pair["id"]: pair for name in sorted(sets) for pair in read_pairs(SETS[name]) if pair["id"] in ids}


def report(language: str) -> None:
    given = read_pairs(FOLDER / f"pairs-{language}.jsonl")
    answers = {a["id"]: a for a in read_pairs(FOLDER / f"answers-{language}.jsonl")}
    labelled = source_pairs({row["source"] for row in given})
    harmful = harmless = reader_caught = reader_flagged = guards_caught = guards_flagged = unsure = 0
    disagreements = []
    for row in given:
        pair, answer = labelled[row["source"]], answers[row["id"]]
        kind = GROUPS.get(pair["expected"][0], pair["expected"][0]) if pair["harmful"] else None
        flags = flags_of(pair)
        unsure += not answer.get("sure", True)
        if pair["harmful"]:
            harmful += 1
            agrees = bool(answer["harmful"]) and answer["kind"] == kind
            reader_caught += agrees
            guards_caught += kind in flags
        else:
            harmless += 1
            agrees = not answer["harmful"]
            reader_flagged += not agrees
            guards_flagged += bool(flags)
        if not agrees:
            disagreements.append(f"  {row['id']} ({row['source']}): writer {kind or 'harmless'}, reader "
                                 f"{answer['kind'] or 'harmless'}{'' if answer.get('sure', True) else ' (unsure)'}:"
                                 f" {answer.get('why', '')}")
    print(f"\n=== {language}: {len(given)} pairs, {harmful} harmful, {harmless} harmless ===")
    print(f"second reader: found {reader_caught}/{harmful} harms ({100 * reader_caught / harmful:.1f} %), flagged "
          f"{reader_flagged}/{harmless} harmless ({100 * reader_flagged / harmless:.1f} %); unsure of {unsure}")
    print(f"guards:        caught {guards_caught}/{harmful} ({100 * guards_caught / harmful:.1f} %), flagged "
          f"{guards_flagged}/{harmless} ({100 * guards_flagged / harmless:.1f} %)")
    print("\n".join(disagreements) or "  no disagreement")


def main() -> int:
    for language in ("fr", "en"):
        if (FOLDER / f"answers-{language}.jsonl").exists():
            report(language)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
