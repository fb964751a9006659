"""fastembed (ONNX Runtime) models: a catalogue model we downloaded, or a folder the user chose.

The app never lets fastembed download on its own at load time: a catalogue model is fetched
once, explicitly, by `download.download_catalogue_model` (with progress and cancel), into
`<data dir>/models/fastembed/<name>/`; loading then reads that folder with
`local_files_only=True`, so a missing model fails at once instead of hanging on the network.
"""
from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from .base import EmbeddingUnavailable
from .lazy import LazyEngine
from .vectors import unit_rows, unit_vector

DEFAULT_CATALOGUE_MODEL = "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2"
DOWNLOAD_MARKER = "liblitz-download.json"  # written last: a folder without it is incomplete
_E5_PREFIXES = ("query: ", "passage: ")
_BATCH_SIZE = 64
# fastembed keeps custom models in a class-level registry: register each folder once.
_registry_lock = threading.Lock()


@dataclass(frozen=True)
class CatalogueModel:
    name: str
    hf_repo: str
    model_file: str
    additional_files: tuple[str, ...]
    dim: int
    size_gb: float


@dataclass(frozen=True)
class ModelFolder:
    """What a user's model folder holds, read before anything heavy is loaded."""

    path: Path
    model_file: str
    dim: int
    mean_pooling: bool
    fingerprint: str


class FastembedEmbedder:
    def __init__(
        self,
        model_id: str,
        dim: int,
        make_engine: Callable[[], Any],
        prefixes: tuple[str, str] | None = None,
    ) -> None:
        self.model_id = model_id
        self.dim = dim
        self._prefixes = prefixes
        self._engine: LazyEngine[Any] = LazyEngine(
            make_engine, model_id
        )

    def load(self) -> None:
        self._engine.get()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        prefix = self._prefixes[1] if self._prefixes else ""
        return unit_rows(self._run([prefix + text for text in texts]), self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        prefix = self._prefixes[0] if self._prefixes else ""
        return unit_vector(self._run([prefix + text]), self.dim)

    def _run(self, texts: list[str]) -> np.ndarray:
        engine = self._engine.get()
        with self._engine.lock:
            vectors = list(engine.embed(texts, batch_size=_BATCH_SIZE))
        return np.asarray(vectors, dtype=np.float32)


# --- the catalogue -------------------------------------------------------------------------

def catalogue_model(name: str) -> CatalogueModel:
    from fastembed import TextEmbedding

    for entry in TextEmbedding.list_supported_models():
        if entry["model"].lower() == name.lower():
            return CatalogueModel(
                name=entry["model"],
                hf_repo=entry["sources"]["hf"] or "",
                model_file=entry["model_file"],
                additional_files=tuple(entry.get("additional_files") or ()),
                dim=int(entry["dim"]),
                size_gb=float(entry.get("size_in_GB") or 0.0),
            )
    raise EmbeddingUnavailable("Le modèle « {name} » ne fait pas partie du catalogue de fastembed.", name=name)


def catalogue_folder(models_dir: Path, name: str) -> Path:
    """Where a downloaded catalogue model lives: one plain folder per model."""
    return Path(models_dir) / "fastembed" / name.replace("/", "--")


def is_downloaded(models_dir: Path, name: str) -> bool:
    return (catalogue_folder(models_dir, name) / DOWNLOAD_MARKER).is_file()


def catalogue_embedder(name: str, models_dir: Path, threads: int | None = None) -> FastembedEmbedder:
    model = catalogue_model(name)
    folder = catalogue_folder(models_dir, model.name)

    def make_engine() -> Any:
        if not (folder / DOWNLOAD_MARKER).is_file():
            raise EmbeddingUnavailable(
                "Le modèle « {name} » n'est pas encore téléchargé : "
                "téléchargez-le depuis les réglages (une connexion est nécessaire une seule fois).", name=model.name
            )
        from fastembed import TextEmbedding

        return TextEmbedding(
            model_name=model.name, specific_model_path=str(folder),
            local_files_only=True, threads=threads,
        )

    return FastembedEmbedder(f"fastembed:{model.name}", model.dim, make_engine, _prefixes_for(model.name))


def _prefixes_for(name: str) -> tuple[str, str] | None:
    # e5 models were trained with these prefixes; fastembed does not add them.
    return _E5_PREFIXES if "e5" in name.lower().replace("/", "-").split("-") else None


# --- a folder the user points at -----------------------------------------------------------

def folder_embedder(path: Path, threads: int | None = None) -> FastembedEmbedder:
    folder = read_model_folder(Path(path))
    registered_name = f"liblitz-folder/{folder.fingerprint}"
    model_id = f"folder:{folder.path.name}:{folder.fingerprint}"

    def make_engine() -> Any:
        from fastembed import TextEmbedding

        _register_folder_model(registered_name, folder)
        engine = TextEmbedding(
            model_name=registered_name, specific_model_path=str(folder.path),
            local_files_only=True, threads=threads,
        )
        _check_output_dim(engine, folder)
        return engine

    return FastembedEmbedder(model_id, folder.dim, make_engine, _folder_prefixes(folder.path))


def read_model_folder(path: Path) -> ModelFolder:
    if not path.is_dir():
        raise EmbeddingUnavailable("Le dossier de modèle « {path} » n'existe pas.", path=path)
    model_file = _find_onnx_file(path)
    _require_tokenizer(path)
    return ModelFolder(
        path=path.resolve(),
        model_file=model_file,
        dim=_hidden_size(path),
        mean_pooling=_uses_mean_pooling(path),
        fingerprint=_fingerprint(path / model_file),
    )


def _find_onnx_file(path: Path) -> str:
    for candidate in ("model.onnx", "model_optimized.onnx", "onnx/model.onnx"):
        if (path / candidate).is_file():
            return candidate
    found = sorted(path.glob("*.onnx")) + sorted(path.glob("onnx/*.onnx"))
    if len(found) == 1:
        return found[0].relative_to(path).as_posix()
    raise EmbeddingUnavailable(
        "Le dossier « {path} » doit contenir un seul fichier de modèle ONNX (model.onnx).", path=path
    )


def _require_tokenizer(path: Path) -> None:
    missing = [name for name in ("tokenizer.json", "tokenizer_config.json") if not (path / name).is_file()]
    if missing:
        raise EmbeddingUnavailable(
            "Le dossier « {path} » doit contenir {files} à côté du modèle ONNX.", path=path,
            files=", ".join(missing)
        )
    config = _read_json(path / "tokenizer_config.json")
    if "model_max_length" not in config:
        raise EmbeddingUnavailable(
            "tokenizer_config.json dans « {path} » doit indiquer model_max_length.", path=path
        )


def _hidden_size(path: Path) -> int:
    config = _read_json(path / "config.json") if (path / "config.json").is_file() else {}
    size = config.get("hidden_size") or config.get("dim") or config.get("d_model")
    if not isinstance(size, int) or size <= 0:
        raise EmbeddingUnavailable(
            "Impossible de connaître la dimension du modèle : config.json dans « {path} » "
            "doit indiquer hidden_size.", path=path
        )
    return size


def _uses_mean_pooling(path: Path) -> bool:
    # sentence-transformers folders say how they pool; mean pooling is the common case.
    pooling = path / "1_Pooling" / "config.json"
    if not pooling.is_file():
        return True
    return not _read_json(pooling).get("pooling_mode_cls_token", False)


def _folder_prefixes(path: Path) -> tuple[str, str] | None:
    config = _read_json(path / "config.json") if (path / "config.json").is_file() else {}
    return _prefixes_for(str(config.get("_name_or_path", "")) or path.name)


def _fingerprint(model_file: Path) -> str:
    """Identifies the weights cheaply: size plus the first and last MiB, not the whole file."""
    size = model_file.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    with model_file.open("rb") as handle:
        digest.update(handle.read(1 << 20))
        handle.seek(max(size - (1 << 20), 0))
        digest.update(handle.read(1 << 20))
    return digest.hexdigest()[:16]


def _read_json(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise EmbeddingUnavailable("Le fichier « {path} » est illisible ({error}).", path=path, error=error) from error
    return value if isinstance(value, dict) else {}


def _register_folder_model(registered_name: str, folder: ModelFolder) -> None:
    from fastembed import TextEmbedding
    from fastembed.common.model_description import ModelSource, PoolingType

    with _registry_lock:
        known = {entry["model"].lower() for entry in TextEmbedding.list_supported_models()}
        if registered_name.lower() in known:
            return
        TextEmbedding.add_custom_model(
            model=registered_name,
            pooling=PoolingType.MEAN if folder.mean_pooling else PoolingType.CLS,
            normalization=True,
            # Never used to download: loading always passes specific_model_path.
            sources=ModelSource(hf=registered_name),
            dim=folder.dim,
            model_file=folder.model_file,
        )


def _check_output_dim(engine: Any, folder: ModelFolder) -> None:
    # config.json's hidden_size is a guess: a model with a projection head outputs another size.
    probe = np.asarray(list(engine.embed(["test"])), dtype=np.float32)
    if probe.shape != (1, folder.dim):
        raise EmbeddingUnavailable(
            "Le modèle de « {path} » produit des vecteurs de taille {size}, "
            "pas {dim} comme l'indique config.json.", path=folder.path, size=probe.shape[-1], dim=folder.dim
        )
