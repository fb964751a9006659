"""The offline emotion: the shipped emotion reader against the lexicon it replaces.

Printed figures, not assertions. Run:  python benchmarks/emotions.py [--xed ../shared/data/xed]
- XED held-out split (when the data is there): the fixed lines of benchmarks/data/xed_held_out.tsv,
  never used to train or tune the reader (their translations neither). Macro-F1 per language and
  F1 per emotion (scripts/train_emotion_reader.py's scoring: one emotion per line, right when it is
  among the line's labels). "reader" is what the app proposes (nothing under the abstain
  threshold), "reader, always" its best emotion even when unsure, "lexicon" the fallback.
  Then what abstaining buys (coverage against precision) and the contradiction flag's rates.
- A French/English diary set labelled by hand before any measure (benchmarks/data/emotion_diary.jsonl):
  agreement with the gold emotion, "neutral" counting as right when nothing is proposed.
- Cost: the weights' size and the time to read one text (its embedding, then the reader).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from liblitz_app.enrichment.emotion_lexicon import guess_emotion  # noqa: E402
from liblitz_app.enrichment.emotion_reader import EmotionReader, reader_folder, reader_for  # noqa: E402
from liblitz_app.memory import Emotion  # noqa: E402
from scripts import train_emotion_reader as training  # noqa: E402

DIARY = Path(__file__).parent / "data" / "emotion_diary.jsonl"
LANGUAGES = ("fr", "en")


def xed_figures(xed: Path, reader: EmotionReader, cache: Path | None) -> None:
    lines = training.read_xed(xed)
    embedder = training.app_embedder()
    vectors = training.embed_cached([line.text for line in lines], embedder, cache or training.default_cache())
    held = np.flatnonzero(training.held_out_parts(lines) == "held_out")
    held_lines = [lines[i] for i in held]
    probabilities = reader.probabilities(vectors[held], [line.text for line in held_lines])
    best = probabilities.argmax(axis=1)
    sure = probabilities.max(axis=1) >= reader.abstain_below
    rows = {
        "reader": [int(b) if s else None for b, s in zip(best, sure)],
        "reader, always": [int(b) for b in best],
        "lexicon": [_index(guess_emotion(line.text)) for line in held_lines],
    }
    print(f"XED held-out split ({len(held)} lines: " + ", ".join(
        f"{lang} {sum(line.language == lang for line in held_lines)}" for lang in LANGUAGES) + ")")
    print(f"  {'F1':<20}{'macro':>7}" + "".join(f"{label[:7]:>8}" for label in training.LABELS))
    for name, predicted in rows.items():
        for language in LANGUAGES:
            mine = [i for i, line in enumerate(held_lines) if line.language == language]
            scores = training.f1_by_emotion([predicted[i] for i in mine], [held_lines[i].labels for i in mine])
            print(f"  {name + ' ' + language:<20}{np.mean(scores):>7.3f}" + "".join(f"{s:>8.3f}" for s in scores))
    print("  abstaining (held-out, both languages): threshold → share given an emotion, share of those right")
    for threshold in sorted({0.0, 0.25, reader.abstain_below, 0.35, 0.45}):
        coverage, precision = training.coverage_and_precision(probabilities, held_lines, threshold)
        mark = "  ← shipped" if threshold == reader.abstain_below else ""
        print(f"    {threshold:.2f} → {coverage:.0%} given, {precision:.1%} right{mark}")
    false_rate, catch_rate = training.contradiction_rates(probabilities, held_lines, reader.contradiction_at)
    print(f"  contradiction flag at {reader.contradiction_at:.3f}: {false_rate:.1%} of right proposals flagged, "
          f"{catch_rate:.1%} of plainly opposite ones caught")


def _index(emotion: Emotion | None) -> int | None:
    return training.LABELS.index(emotion.value) if emotion is not None else None


def diary_figures(reader: EmotionReader) -> None:
    rows = [json.loads(line) for line in DIARY.read_text(encoding="utf-8").splitlines() if line.strip()]
    embedder = training.app_embedder()
    vectors = embedder.embed_passages([row["text"] for row in rows])
    readings = [reader.read_vector(v, embedder.model_id, row["text"]) for v, row in zip(vectors, rows)]
    said = {
        "reader": [_name(r.emotion) for r in readings],
        "reader, always": [r.strongest.value for r in readings],
        "lexicon": [_name(guess_emotion(row["text"])) for row in rows],
    }
    print("Diary set, agreement with the hand-labelled emotion (neutral = nothing proposed):")
    for language in LANGUAGES:
        mine = [i for i, row in enumerate(rows) if row["lang"] == language]
        for name, emotions in said.items():
            right = sum(emotions[i] == rows[i]["emotion"] for i in mine)
            print(f"  {language} {name:<15} {right}/{len(mine)} = {right / len(mine):.0%}")
    _confusions(rows, said["reader"])


def _name(emotion: Emotion | None) -> str:
    return emotion.value if emotion is not None else "neutral"


def _confusions(rows: list[dict], said: list[str]) -> None:
    counts: dict[tuple[str, str], int] = {}
    for row, s in zip(rows, said):
        if row["emotion"] != s:
            counts[(row["emotion"], s)] = counts.get((row["emotion"], s), 0) + 1
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:8]
    print("  reader's commonest misses (gold → read): " + ", ".join(f"{g}→{s} ×{n}" for (g, s), n in top))


def cost_figures(reader: EmotionReader) -> None:
    """What reading one text costs on this machine: the passage embedding (which a memory's
    commit pays anyway) and the reader's own arithmetic; and what the weights weigh."""
    embedder = training.app_embedder()
    texts = [json.loads(line)["text"] for line in DIARY.read_text(encoding="utf-8").splitlines() if line.strip()]
    started = time.perf_counter()
    vectors = np.stack([embedder.embed_passages([text])[0] for text in texts])
    embedding = (time.perf_counter() - started) / len(texts)
    started = time.perf_counter()
    for vector, text in zip(vectors, texts):
        reader.read_vector(vector, embedder.model_id, text)
    reading = (time.perf_counter() - started) / len(texts)
    size = sum(path.stat().st_size for path in reader_folder().iterdir())
    print(f"Cost: weights {size / 1e6:.2f} MB; per text {embedding * 1e3:.1f} ms embedding + "
          f"{reading * 1e3:.2f} ms reading ({len(texts)} diary texts, one at a time)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--xed", type=Path, default=training.DEFAULT_XED)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args()
    reader = reader_for(training.MODEL_ID)
    if reader is None:
        sys.exit("No emotion reader is shipped for the default embedder: run scripts/train_emotion_reader.py --write")
    print(f"reader for {reader.model_id}: abstains below {reader.abstain_below:.2f}, "
          f"contradicts from {reader.contradiction_at:.3f}")
    if (args.xed / "en-annotated.tsv").is_file():
        xed_figures(args.xed, reader, args.cache)
    else:
        print(f"(no XED at {args.xed}: held-out figures skipped)")
    diary_figures(reader)
    cost_figures(reader)


if __name__ == "__main__":
    main()
