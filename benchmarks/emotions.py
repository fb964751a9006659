"""The offline emotion: the shipped emotion reader against the lexicon it replaces.

Printed figures, not assertions. Run:  python benchmarks/emotions.py [--xed ../shared/data/xed]
- XED held-out split (when the data is there): macro-F1 per language, the split and the scoring of
  scripts/train_emotion_reader.py (the same seed; lines never used to train or tune the reader).
  "reader" is what the app proposes (nothing under the abstain threshold); "reader, always" takes
  the best emotion even when unsure.
- A French/English diary set labelled by hand before any measure (benchmarks/data/emotion_diary.jsonl):
  agreement with the gold emotion, "neutral" counting as right when nothing is proposed.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from liblitz_app.enrichment.emotion_lexicon import guess_emotion  # noqa: E402
from liblitz_app.enrichment.emotion_reader import EmotionReader, reader_for  # noqa: E402
from liblitz_app.memory import Emotion  # noqa: E402
from scripts import train_emotion_reader as training  # noqa: E402

DIARY = Path(__file__).parent / "data" / "emotion_diary.jsonl"


def xed_figures(xed: Path, reader: EmotionReader, cache: Path | None) -> None:
    lines = training.read_xed(xed)
    embedder = training.app_embedder()
    vectors = training.embed_cached([line.text for line in lines], embedder, cache or training.default_cache())
    parts = training.drop_translations(lines, vectors, training.split(lines))
    held = np.flatnonzero(parts == "held_out")
    print(f"XED held-out split ({len(held)} lines), macro-F1 over the eight emotions:")
    print(f"  {'':<16}{'French':>8}{'English':>9}")
    readings = [reader.read_vector(vectors[i], embedder.model_id) for i in held]
    rows = {
        "reader": [_index(r.emotion) for r in readings],
        "reader, always": [_index(r.strongest) for r in readings],
        "lexicon": [_index(guess_emotion(lines[i].text)) for i in held],
    }
    for name, predicted in rows.items():
        scores = [training.macro_f1([p for p, i in zip(predicted, held) if lines[i].language == language],
                                    [lines[i].labels for i in held if lines[i].language == language])
                  for language in ("fr", "en")]
        print(f"  {name:<16}{scores[0]:>8.3f}{scores[1]:>9.3f}")


def _index(emotion: Emotion | None) -> int | None:
    return training.LABELS.index(emotion.value) if emotion is not None else None


def diary_figures(reader: EmotionReader) -> None:
    rows = [json.loads(line) for line in DIARY.read_text(encoding="utf-8").splitlines() if line.strip()]
    embedder = training.app_embedder()
    vectors = embedder.embed_passages([row["text"] for row in rows])
    reader_says = [_name(reader.read_vector(v, embedder.model_id).emotion) for v in vectors]
    lexicon_says = [_name(guess_emotion(row["text"])) for row in rows]
    print("Diary set, agreement with the hand-labelled emotion:")
    for language in ("fr", "en"):
        mine = [i for i, row in enumerate(rows) if row["lang"] == language]
        for name, said in (("reader", reader_says), ("lexicon", lexicon_says)):
            right = sum(said[i] == rows[i]["emotion"] for i in mine)
            print(f"  {language} {name:<8} {right}/{len(mine)} = {right / len(mine):.0%}")
    _confusions(rows, reader_says)


def _name(emotion: Emotion | None) -> str:
    return emotion.value if emotion is not None else "neutral"


def _confusions(rows: list[dict], said: list[str]) -> None:
    misses = [(row["emotion"], s) for row, s in zip(rows, said) if row["emotion"] != s]
    counts: dict[tuple[str, str], int] = {}
    for pair in misses:
        counts[pair] = counts.get(pair, 0) + 1
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:8]
    print("  reader's commonest misses (gold → read): " + ", ".join(f"{g}→{s} ×{n}" for (g, s), n in top))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--xed", type=Path, default=training.DEFAULT_XED)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args()
    reader = reader_for(training.app_embedder().model_id)
    if reader is None:
        sys.exit("No emotion reader is shipped for the default embedder: run scripts/train_emotion_reader.py --write")
    print(f"reader for {reader.model_id}: abstains below {reader.abstain_below:.2f}, "
          f"contradicts from {reader.contradiction_at:.3f}")
    if (args.xed / "en-annotated.tsv").is_file():
        xed_figures(args.xed, reader, args.cache)
    else:
        print(f"(no XED at {args.xed}: held-out figures skipped)")
    diary_figures(reader)


if __name__ == "__main__":
    main()
