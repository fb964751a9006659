"""Fetch a fastembed catalogue model once, with byte progress and cancel, into the models folder.

Why not let fastembed download it: its download path prints tqdm bars, retries with sleeps of
3 s then 9 s when offline, and cannot be cancelled. Here each file is streamed through
huggingface_hub's HTTP session (same endpoint, proxies and token handling as fastembed), into
a staging folder that is renamed into place only when every file is complete. An interrupted
download resumes where it stopped.

Call it from a worker thread: it blocks for as long as the download takes.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..errors import UserError
from .base import EmbeddingUnavailable
from .fastembed_engine import DOWNLOAD_MARKER, CatalogueModel, catalogue_folder, catalogue_model

# The same side files fastembed fetches beside the model (see its download_files_from_huggingface).
_SIDE_FILES = (
    "config.json", "tokenizer.json", "tokenizer_config.json",
    "special_tokens_map.json", "preprocessor_config.json",
)
_CHUNK = 1 << 20
OFFLINE_SENTENCE = (
    "Impossible de télécharger le modèle : pas de connexion à huggingface.co. "
    "Vérifiez votre connexion, ou choisissez un modèle hors ligne."
)

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class ModelDownloadFailed(EmbeddingUnavailable):
    """The download did not complete; the message is a sentence for the user."""


class ModelDownloadCancelled(UserError):
    """The user cancelled; what was fetched so far is kept to resume later."""

    sentence = "Téléchargement annulé."


@dataclass(frozen=True)
class RemoteFile:
    name: str
    size: int


def download_catalogue_model(
    name: str,
    models_dir: Path,
    progress: Progress,
    is_cancelled: IsCancelled,
    timeout: float = 10.0,
    endpoint: str | None = None,
) -> Path:
    """Download catalogue model `name`; return its folder. progress(done_bytes, total_bytes)."""
    model = catalogue_model(name)
    target = catalogue_folder(models_dir, model.name)
    if (target / DOWNLOAD_MARKER).is_file():
        return target
    _stop_if_cancelled(is_cancelled)
    revision, files = _list_files(model, timeout, endpoint)
    staging = _staging_for(target, revision)
    _fetch_all(model, revision, files, staging, progress, is_cancelled, timeout, endpoint)
    _write_marker(staging, model, revision, files)
    _move_into_place(staging, target)
    return target


def _list_files(model: CatalogueModel, timeout: float, endpoint: str | None) -> tuple[str, list[RemoteFile]]:
    from huggingface_hub import HfApi

    try:
        info = HfApi(endpoint=endpoint).model_info(model.hf_repo, timeout=timeout, files_metadata=True)
    except Exception as error:
        raise _as_failure(error) from error
    sizes = {sibling.rfilename: int(sibling.size or 0) for sibling in info.siblings or []}
    wanted = [model.model_file, *model.additional_files]
    missing = [name for name in wanted if name not in sizes]
    if missing or not info.sha:
        raise ModelDownloadFailed(
            "Le dépôt {repo} ne contient pas les fichiers attendus ({files}).", repo=model.hf_repo,
            files=", ".join(missing)
        )
    wanted += [name for name in _SIDE_FILES if name in sizes]
    return info.sha, [RemoteFile(name, sizes[name]) for name in wanted]


def _staging_for(target: Path, revision: str) -> Path:
    """The staging folder, emptied if it holds parts of another revision (never mix the two)."""
    staging = target.with_name(target.name + ".partial")
    stamp = staging / "revision.txt"
    if staging.exists() and (not stamp.is_file() or stamp.read_text(encoding="utf-8") != revision):
        shutil.rmtree(staging)
    staging.mkdir(parents=True, exist_ok=True)
    stamp.write_text(revision, encoding="utf-8")
    return staging


def _fetch_all(
    model: CatalogueModel, revision: str, files: list[RemoteFile], staging: Path,
    progress: Progress, is_cancelled: IsCancelled, timeout: float, endpoint: str | None,
) -> None:
    total = sum(remote.size for remote in files)
    done = 0
    for remote in files:
        report = _offset(progress, done, total)
        _fetch_one(model.hf_repo, revision, remote, staging, report, is_cancelled, timeout, endpoint)
        done += remote.size
    progress(total, total)


def _offset(progress: Progress, before: int, total: int) -> Progress:
    """Turn one file's progress into the whole download's."""

    def report(file_done: int, _file_size: int) -> None:
        progress(before + file_done, total)

    return report


def _fetch_one(
    repo: str, revision: str, remote: RemoteFile, staging: Path,
    progress: Progress, is_cancelled: IsCancelled, timeout: float, endpoint: str | None,
) -> None:
    from huggingface_hub import hf_hub_url

    final = staging / remote.name
    if final.is_file() and final.stat().st_size == remote.size:
        progress(remote.size, remote.size)
        return
    part = final.with_name(final.name + ".part")
    part.parent.mkdir(parents=True, exist_ok=True)
    url = hf_hub_url(repo, remote.name, revision=revision, endpoint=endpoint)
    try:
        _stream(url, part, remote.size, progress, is_cancelled, timeout)
    except (ModelDownloadCancelled, ModelDownloadFailed):
        raise
    except Exception as error:
        raise _as_failure(error) from error
    if part.stat().st_size != remote.size:
        raise ModelDownloadFailed("Le fichier {name} est arrivé incomplet : réessayez.", name=remote.name)
    part.replace(final)


def _stream(url: str, part: Path, size: int, progress: Progress, is_cancelled: IsCancelled, timeout: float) -> None:
    from huggingface_hub.utils import build_hf_headers, get_session, hf_raise_for_status

    already = part.stat().st_size if part.is_file() else 0
    if already == size:  # complete before a cancel or crash, just not renamed yet
        return
    headers = build_hf_headers()
    if 0 < already < size:
        headers["Range"] = f"bytes={already}-"
    with get_session().stream("GET", url, headers=headers, timeout=timeout) as response:
        hf_raise_for_status(response)
        if response.status_code != 206:  # the server ignored Range: start over
            already = 0
        with part.open("ab" if already else "wb") as sink:
            _copy(response, sink, already, size, progress, is_cancelled)


def _copy(response: Any, sink: Any, done: int, size: int, progress: Progress, is_cancelled: IsCancelled) -> None:
    progress(done, size)
    for chunk in response.iter_bytes(chunk_size=_CHUNK):
        _stop_if_cancelled(is_cancelled)
        sink.write(chunk)
        done += len(chunk)
        progress(done, size)


def _write_marker(staging: Path, model: CatalogueModel, revision: str, files: list[RemoteFile]) -> None:
    record = {
        "model": model.name, "repo": model.hf_repo, "revision": revision,
        "files": {remote.name: remote.size for remote in files},
    }
    (staging / DOWNLOAD_MARKER).write_text(json.dumps(record, indent=1), encoding="utf-8")


def _move_into_place(staging: Path, target: Path) -> None:
    (staging / "revision.txt").unlink()  # the marker records the revision from now on
    if target.exists():  # a stale, incomplete folder (no marker) from an older attempt
        shutil.rmtree(target)
    staging.replace(target)


def _stop_if_cancelled(is_cancelled: IsCancelled) -> None:
    if is_cancelled():
        raise ModelDownloadCancelled()


def _as_failure(error: Exception) -> ModelDownloadFailed:
    if _looks_offline(error):
        return ModelDownloadFailed(OFFLINE_SENTENCE)
    return ModelDownloadFailed("Le téléchargement du modèle a échoué ({error}).", error=error)


def _looks_offline(error: Exception) -> bool:
    from huggingface_hub.errors import OfflineModeIsEnabled

    try:  # huggingface_hub re-exports the HTTP library it is built on (httpx or httpx2)
        from huggingface_hub.utils import httpx
    except ImportError:
        import httpx

    # Not every OSError: a full disk must not be reported as "no connection".
    return isinstance(error, (httpx.TransportError, OfflineModeIsEnabled, ConnectionError, TimeoutError))
