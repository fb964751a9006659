"""Staging speed and memory of the intake, and near-duplicate detection time.

    python benchmarks/import.py                 # all scenarios, each in a fresh child process
    python benchmarks/import.py --rows 4000     # one staging run

Generates French-like exports (about 5 % exact and 5 % near duplicates) into a temporary folder.
Near duplicates use the app's default offline embedder when `liblitz_app.embedding` offers one,
else a random-projection stand-in (hashed character trigrams, projected to 384 dimensions).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from liblitz_app.intake import ImportOptions, run_import  # noqa: E402
from liblitz_app.store.ledger import Ledger  # noqa: E402

SUBJECTS = ["J'ai", "Nous avons", "Marc et moi avons", "Ma sœur Léa a", "Avec Julie, on a", "Papa a"]
ACTIONS = ["dîné", "marché longtemps", "ri aux éclats", "pleuré un peu", "fêté son anniversaire",
           "visité un musée", "pique-niqué", "écouté du jazz", "parlé de l'avenir", "cuisiné des crêpes"]
PLACES = ["à Lyon", "au bord de la Loire", "chez mamie", "à la plage de Biarritz", "dans le jardin",
          "à Montmartre", "au café du coin", "en Bretagne", "à la montagne", "près du lac d'Annecy"]
TIMES = ["hier soir", "samedi dernier", "le 3 juillet 2019", "pendant les vacances", "un dimanche de pluie",
         "le jour de Noël", "ce matin-là", "en mars 2021", "après le travail", "au printemps"]
FEELINGS = ["c'était merveilleux", "je me suis senti(e) seul(e)", "quelle joie", "j'avais le cœur serré",
            "on s'est promis de recommencer", "j'en garde un souvenir tendre", "tout me semblait possible"]


def sentence(rng: random.Random, i: int) -> str:
    return (f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)} {rng.choice(PLACES)} {rng.choice(TIMES)}, "
            f"{rng.choice(FEELINGS)} (note {i}).")


def write_export(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    written: list[str] = []
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("text,creation_timestamp\n")
        for i in range(rows):
            roll = rng.random()
            if written and roll < 0.05:
                text = rng.choice(written).upper()  # exact duplicate once folded
            elif written and roll < 0.10:
                text = rng.choice(written).replace(" (note", ", vraiment (note")  # near duplicate
            else:
                text = sentence(rng, i)
            written.append(text) if len(written) < 5000 else None
            quoted = text.replace('"', '""')
            handle.write(f'"{quoted}",2021-{i % 12 + 1:02d}-{i % 28 + 1:02d}T10:00:00Z\n')


def standin_embed(texts: list[str], dim: int = 384) -> np.ndarray:
    """Random projection of hashed character trigrams: a stand-in with no model behind it."""
    rng = np.random.default_rng(0)
    projection = rng.standard_normal((4096, dim)).astype(np.float32)
    counts = np.zeros((len(texts), 4096), dtype=np.float32)
    for row, text in enumerate(texts):
        folded = f"  {text.casefold()} "
        for k in range(len(folded) - 2):
            counts[row, int(hashlib.blake2b(folded[k:k + 3].encode(), digest_size=4).hexdigest(), 16) % 4096] += 1
    vectors = counts @ projection
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def real_embedder() -> tuple[Callable[[list[str]], np.ndarray] | None, str]:
    try:
        from liblitz_app.embedding.choose import build_embedder
        model = build_embedder("default", Path(tempfile.gettempdir()) / "liblitz-bench-models")
        model.embed_query("bonjour")
    except Exception as error:  # noqa: BLE001 — any failure means: use the stand-in, and say why
        return None, f"stand-in (pas de modèle par défaut : {error})"
    return (lambda texts: model.embed_passages(texts)), model.model_id


def stage(rows: int, near: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"export-{rows}.csv"
        write_export(path, rows)
        embed, engine = None, "aucun (doublons exacts seulement)"
        if near == "real":
            embed, engine = real_embedder()
        if near == "standin" or (near == "real" and embed is None):
            engine = engine if embed is None and near == "real" else "random-projection stand-in"
            embed = standin_embed
        ledger = Ledger(Path(folder) / "ledger.sqlite3")
        started = time.perf_counter()
        report = run_import(ledger, path, ImportOptions(embed=embed))
        seconds = time.perf_counter() - started
        ledger.close()
        return {"rows": rows, "near_duplicates_by": engine, "seconds": round(seconds, 2),
                "rows_per_s": round(rows / seconds), "staged": report.staged, "duplicates": report.duplicates,
                "file_mb": round(path.stat().st_size / 1e6, 1),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


SCENARIOS = [(4000, "none"), (100_000, "none"), (4000, "real"), (4000, "standin"), (20_000, "standin")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int)
    parser.add_argument("--near", choices=["none", "real", "standin"], default="none")
    args = parser.parse_args()
    if args.rows:
        print(json.dumps(stage(args.rows, args.near), ensure_ascii=False))
        return
    for rows, near in SCENARIOS:
        done = subprocess.run([sys.executable, __file__, "--rows", str(rows), "--near", near],
                              capture_output=True, text=True, check=False)
        print(done.stdout.strip() or done.stderr.strip()[-800:], flush=True)


if __name__ == "__main__":
    main()
