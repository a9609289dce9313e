"""Build a real Argos Translate package (`.argosmodel`) without torch, for tests and benchmarks.

The package has the layout Argos installs and reads: one top-level folder holding
`metadata.json`, `sentencepiece.model`, `README.md` and `model/`, a CTranslate2 Transformer
(OpenNMT-py style: pre-norm, ReLU, shared vocabulary) whose weights are built here. It
translates nothing meaningfully, but it loads, tokenizes and decodes exactly like a
downloaded package, so tests and benchmarks exercise the real code. Two kinds of weights:

`copy` (the default, for tests): the decoder writes, at each step, a fixed piece for the
source piece at the same position (a seeded permutation of the SentencePiece pieces) and
`</s>` at the source's `</s>`. Every choice wins by a logit margin of `COPY_MARGIN` (40),
far above the float and int8 rounding that batching, padding, threads or the CPU's
instruction set can change, so the output is the same on any machine and any thread
count, and is known in advance (`expected_translation`). CTranslate2 does not promise
bit-identical scores across batch compositions or CPUs; only such clear-cut choices make
equal outputs a fair test.

`random`: seeded random weights of realistic spread, for benchmarks. Near ties are common,
so batching can change an output token here and there. Random weights almost never pick
`</s>` (or pick it at once), so this model carries a clock: the `</s>` logit is held down
until the output is about half as long as the source (in SentencePiece tokens; 10-40
tokens for most news sentences), then wins within a few steps. `eos_bias` is added to the
`</s>` logit on top of that (positive: shorter).

When the CTranslate2 vocabulary is padded with filler tokens (`vocab_size`), the fillers
get a large negative bias: they cost the same to score as real tokens but are never chosen,
so every output decodes to SentencePiece text.

    python tests/argos_model_builder.py OUT_DIR [--weights copy|random --layers 6
        --d-model 512 --heads 8 --ffn 2048 --vocab 32000 --int8]
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import re
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import ctranslate2
import numpy as np
import sentencepiece as spm
from ctranslate2.converters import Converter
from ctranslate2.specs import TransformerSpec, common_spec

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:  # run as a script: make `reader` importable
    sys.path.insert(0, str(_ROOT))

from reader.config import REPO_ROOT as READER_ROOT  # noqa: E402
from reader.lang import display_name  # noqa: E402

SP_VOCAB_SIZE = 400
DEFAULT_EOS_BIAS = 0.0
DEFAULT_LENGTH_RATIO = 0.5  # output per source token; measured 0.4-0.5 (layer norms)
LOGIT_STD = 2.0  # spread of the random logits: peaked choices, not one constant token
EOS_CLOCK_WEIGHT = 30.0  # how fast `</s>` takes over once the clock passes zero
CLOCK_STEPS = 10.0  # the clock ramp rises by 1 every CLOCK_STEPS positions
MAX_POSITIONS = 5000  # rows of position encodings, as OpenNMT-py saves them
FILLER_BIAS = -1.0e4
COPY_MARGIN = 40.0  # logits between the copy model's choice and the next best piece
ATTENTION_MARGIN = 30.0  # attention logits between the copied position and any other one
# The copy model's position code tells apart positions up to 2 ** (POSITION_FREQUENCIES + 1)
# = 2048 apart: more than CTranslate2 reads of a source (max_input_length, 1024 by default).
POSITION_FREQUENCIES = 10
WEIGHTS = ("copy", "random")

# Always part of the training text, so Cyrillic pieces exist even without sample drafts.
CYRILLIC_LINES = [
    "Жители Центральной Азии поддерживают московских избирателей.",
    "Правящая партия потеряла много мест в городской думе.",
    "Президент России Владимир Путин заявил об угрозе безопасности.",
    "Оппозиция обвинила власти в фальсификации результатов выборов.",
    "Граждане Казахстана, Кыргызстана и Узбекистана следят за событиями.",
    "Борбордук Азиянын жарандары Москванын шайлоочуларын колдошот.",
    "Бийлик партиясы шаардык думада көп орундан ажырады.",
    "Оппозиция бийликти шайлоонун жыйынтыгын бурмалады деп айыптады.",
    "Кыргызстандын, Казакстандын жана Өзбекстандын жарандары окуяларды байкап турушат.",
    "Эксперты считают, что влияние Кремля в регионе ослабевает.",
]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def default_training_text() -> str:
    """English sentences of the bundled corpus, Cyrillic drafts and a few fixed lines."""
    lines: list[str] = []
    for path in sorted((READER_ROOT / "corpus").glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").splitlines():
            lines.extend(s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip())
    for path in sorted((READER_ROOT / "translations").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            lines.extend(s["text"] for s in data.get("sentences", []) if s.get("text"))
        except (ValueError, KeyError, TypeError):
            continue
    lines.extend(CYRILLIC_LINES)
    return "\n".join(lines)


@functools.lru_cache(maxsize=8)
def train_sentencepiece(text: str, vocab_size: int = SP_VOCAB_SIZE) -> bytes:
    """A unigram SentencePiece model (ids: <unk>=0, <s>=1, </s>=2) trained on `text`.

    Cached: training takes most of a build, and a test session builds many packages from
    one text."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise ValueError("training text has no lines")
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=vocab_size,
        hard_vocab_limit=False,  # a small text yields fewer pieces rather than an error
        character_coverage=1.0,
        model_type="unigram",
        num_threads=1,
        minloglevel=2,
    )
    return model.getvalue()


class RandomTransformerConverter(Converter):
    """A CTranslate2 converter whose 'source model' is a seeded random number generator.

    Besides random weights, one residual dimension (the last) is a clock: the position
    encodings write a ramp into it and no layer writes to it, except one uniform-attention
    head of the first decoder layer's cross-attention, which subtracts the mean source
    clock (so, the source length). The `</s>` logit reads the clock: it is pushed down until
    the output is about `length_ratio` times the source length, then rises quickly.
    """

    def __init__(
        self,
        vocabulary: list[str],
        *,
        layers: int,
        d_model: int,
        heads: int,
        ffn: int,
        seed: int,
        eos_bias: float,
        real_vocab_size: int,
        length_ratio: float = DEFAULT_LENGTH_RATIO,
    ):
        if d_model % heads or heads < 2:
            raise ValueError(f"need heads >= 2 dividing d_model; got {heads} and {d_model}")
        self.vocabulary = vocabulary
        self.layers = layers
        self.d_model = d_model
        self.heads = heads
        self.ffn = ffn
        self.seed = seed
        self.eos_bias = eos_bias
        self.real_vocab_size = real_vocab_size
        self.length_ratio = length_ratio

    def _load(self) -> TransformerSpec:
        rng = np.random.default_rng(self.seed)
        d, vocab, clock = self.d_model, len(self.vocabulary), self.d_model - 1
        residual_std = (2 * self.layers) ** -0.5  # layers writing to the residual stream

        def normal(*shape: int, std: float) -> np.ndarray:
            return rng.normal(0.0, std, size=shape).astype(np.float32)

        def linear(
            spec: common_spec.LinearSpec, out_dim: int, in_dim: int, scale=1.0, writes=False
        ) -> None:
            spec.weight = normal(out_dim, in_dim, std=scale * in_dim**-0.5)
            spec.bias = normal(out_dim, std=0.02)
            if writes:  # output into the residual stream: keep the clock dimension clean
                spec.weight[clock] = 0.0
                spec.bias[clock] = 0.0

        def norm(spec: common_spec.LayerNormSpec) -> None:
            spec.gamma = (1.0 + normal(d, std=0.05)).astype(np.float32)
            spec.beta = normal(d, std=0.02)
            spec.gamma[clock], spec.beta[clock] = 1.0, 0.0

        def ffn(spec) -> None:
            norm(spec.layer_norm)
            linear(spec.linear_0, self.ffn, d)
            linear(spec.linear_1, d, self.ffn, residual_std, writes=True)

        def embeddings() -> np.ndarray:
            weight = normal(vocab, d, std=d**-0.5)  # CTranslate2 multiplies by sqrt(d)
            weight[:, clock] = 0.0
            return weight

        spec = TransformerSpec.from_config((self.layers, self.layers), self.heads)
        spec.config.decoder_start_token = "<s>"

        encoder = spec.encoder
        encoder.embeddings[0].weight = embeddings()
        encoder.position_encodings.encodings = position_encodings(d)
        norm(encoder.layer_norm)
        for layer in encoder.layer:
            norm(layer.self_attention.layer_norm)
            linear(layer.self_attention.linear[0], 3 * d, d)  # fused query, keys, values
            linear(layer.self_attention.linear[1], d, d, residual_std, writes=True)
            ffn(layer.ffn)

        decoder = spec.decoder
        decoder.embeddings.weight = embeddings()
        decoder.position_encodings.encodings = position_encodings(d)
        norm(decoder.layer_norm)
        for layer in decoder.layer:
            norm(layer.self_attention.layer_norm)
            linear(layer.self_attention.linear[0], 3 * d, d)
            linear(layer.self_attention.linear[1], d, d, residual_std, writes=True)
            norm(layer.attention.layer_norm)
            linear(layer.attention.linear[0], d, d)  # query
            linear(layer.attention.linear[1], 2 * d, d)  # fused keys, values (memory)
            linear(layer.attention.linear[2], d, d, residual_std, writes=True)
            ffn(layer.ffn)

        # The clock head: the last head of the first decoder layer's cross-attention. A zero
        # query attends uniformly, so its first value dimension is the mean source clock.
        head = d - d // self.heads
        attention = decoder.layer[0].attention
        attention.linear[0].weight[head:] = 0.0
        attention.linear[0].bias[head:] = 0.0
        attention.linear[1].weight[d + head] = 0.0
        attention.linear[1].weight[d + head, clock] = 1.0
        attention.linear[1].bias[d + head] = 0.0
        attention.linear[2].weight[clock, head] = -2.0 * self.length_ratio

        projection = decoder.projection
        projection.weight = normal(vocab, d, std=LOGIT_STD * d**-0.5)
        projection.weight[:, clock] = 0.0
        eos = self.vocabulary.index("</s>")
        projection.weight[eos, clock] = EOS_CLOCK_WEIGHT
        bias = np.zeros(vocab, dtype=np.float32)
        bias[eos] = self.eos_bias
        bias[self.real_vocab_size :] = FILLER_BIAS
        projection.bias = bias

        spec.register_source_vocabulary(self.vocabulary)
        spec.register_target_vocabulary(self.vocabulary)
        return spec


class CopyTransformerConverter(Converter):
    """A CTranslate2 converter for a Transformer that maps each source piece, clear-cut.

    The residual stream (encoder and decoder alike) holds two codes, each written as
    (v, -v) so the vector has zero mean and a fixed norm, and layer norm only scales it by
    a known factor: `position_code` of the position (from the position encodings) and the
    bits of the source piece's id as +1/-1 (the encoder's embeddings). Every sublayer
    writes zero, except the copy head, the first head of the last decoder layer's
    cross-attention (where CTranslate2 reads its alignment): its query is the decoder
    position, its keys the source positions, so it reads the source piece at the decoder's
    own position, by an attention margin of `ATTENTION_MARGIN`, and writes its bits into
    the decoder's stream. The output row of a target piece holds the bits of the source id
    mapped to it (`copy_targets`): the right piece scores `COPY_MARGIN` above any other.
    The source gets `</s>` appended (`add_source_eos`), which maps to `</s>`: the output
    is exactly as long as the source.
    """

    def __init__(
        self,
        vocabulary: list[str],
        *,
        layers: int,
        d_model: int,
        heads: int,
        ffn: int,
        seed: int,
        real_vocab_size: int,
    ):
        if vocabulary[:3] != ["<unk>", "<s>", "</s>"]:
            raise ValueError(f"expected <unk>, <s>, </s> as ids 0-2, got {vocabulary[:3]}")
        self.vocabulary = vocabulary
        self.layers = layers
        self.d_model = d_model
        self.heads = heads
        self.ffn = ffn
        self.seed = seed
        self.real_vocab_size = real_vocab_size
        self.bits = max(1, (real_vocab_size - 1).bit_length())
        needed = 4 * POSITION_FREQUENCIES + 2 * self.bits
        widest = max(2 * POSITION_FREQUENCIES, self.bits)
        if d_model % heads or d_model < needed or d_model // heads < widest:
            raise ValueError(
                f"the copy model needs d_model >= {needed} and d_model / heads >= {widest} "
                f"(a whole number); got d_model {d_model}, heads {heads}"
            )

    def _load(self) -> TransformerSpec:
        d, vocab, bits, real = self.d_model, len(self.vocabulary), self.bits, self.real_vocab_size
        pos = 2 * POSITION_FREQUENCIES  # width of the position code
        tok = 2 * pos  # where the token bits start; their mirror follows them
        # Layer norm scales: the full stream (both codes), and the position code alone
        # (the decoder before the copy head writes the bits).
        full_scale = (d / (pos + 2 * bits)) ** 0.5
        position_scale = (d / pos) ** 0.5
        codes = np.where((np.arange(real)[:, None] >> np.arange(bits)) & 1, 1.0, -1.0)

        def zeros(*shape: int) -> np.ndarray:
            return np.zeros(shape, dtype=np.float32)

        def linear(spec: common_spec.LinearSpec, weight: np.ndarray) -> None:
            spec.weight = weight.astype(np.float32)
            spec.bias = zeros(weight.shape[0])

        def norm(spec: common_spec.LayerNormSpec) -> None:
            spec.gamma = np.ones(d, dtype=np.float32)
            spec.beta = zeros(d)

        def silent_ffn(spec) -> None:
            norm(spec.layer_norm)
            linear(spec.linear_0, zeros(self.ffn, d))
            linear(spec.linear_1, zeros(d, self.ffn))

        positions = zeros(MAX_POSITIONS, d)
        positions[:, :pos] = position_code(MAX_POSITIONS)
        positions[:, pos:tok] = -positions[:, :pos]

        spec = TransformerSpec.from_config((self.layers, self.layers), self.heads)
        spec.config.decoder_start_token = "<s>"
        spec.config.add_source_eos = True

        encoder = spec.encoder
        embeddings = zeros(vocab, d)  # CTranslate2 multiplies them by sqrt(d)
        embeddings[:real, tok : tok + bits] = codes / d**0.5
        embeddings[:real, tok + bits : tok + 2 * bits] = -codes / d**0.5
        encoder.embeddings[0].weight = embeddings
        encoder.position_encodings.encodings = positions
        norm(encoder.layer_norm)
        for layer in encoder.layer:
            norm(layer.self_attention.layer_norm)
            linear(layer.self_attention.linear[0], zeros(3 * d, d))
            linear(layer.self_attention.linear[1], zeros(d, d))
            silent_ffn(layer.ffn)

        decoder = spec.decoder
        decoder.embeddings.weight = zeros(vocab, d)
        decoder.position_encodings.encodings = positions
        norm(decoder.layer_norm)
        for layer in decoder.layer:
            norm(layer.self_attention.layer_norm)
            linear(layer.self_attention.linear[0], zeros(3 * d, d))
            linear(layer.self_attention.linear[1], zeros(d, d))
            norm(layer.attention.layer_norm)
            linear(layer.attention.linear[0], zeros(d, d))
            linear(layer.attention.linear[1], zeros(2 * d, d))
            linear(layer.attention.linear[2], zeros(d, d))
            silent_ffn(layer.ffn)

        # The copy head: query . key = ATTENTION_MARGIN * (position code dot product),
        # after CTranslate2 divides by sqrt(head dim).
        attention = decoder.layer[-1].attention
        query_scale = ATTENTION_MARGIN * (d // self.heads) ** 0.5 / (position_scale * full_scale)
        attention.linear[0].weight[:pos, :pos] = query_scale * np.eye(pos)
        attention.linear[1].weight[:pos, :pos] = np.eye(pos)  # keys
        attention.linear[1].weight[d : d + bits, tok : tok + bits] = np.eye(bits)  # values
        attention.linear[2].weight[tok : tok + bits, :bits] = np.eye(bits) / full_scale
        attention.linear[2].weight[tok + bits : tok + 2 * bits, :bits] = -np.eye(bits) / full_scale

        projection = decoder.projection
        weight = zeros(vocab, d)
        weight[copy_targets(real, self.seed), tok : tok + bits] = (
            COPY_MARGIN / (2 * full_scale) * codes
        )
        projection.weight = weight
        bias = zeros(vocab)
        bias[real:] = FILLER_BIAS
        projection.bias = bias

        spec.register_source_vocabulary(self.vocabulary)
        spec.register_target_vocabulary(self.vocabulary)
        return spec


def copy_targets(real_vocab_size: int, seed: int) -> np.ndarray:
    """The id the copy model writes for each source id: the pieces (ids 3 and up) permuted,
    seeded; `<unk>` stays `<unk>` (the engine's replace_unknowns then copies the source
    token), `</s>` ends the output and `<s>` is never in a source."""
    targets = np.arange(real_vocab_size)
    targets[3:] = 3 + np.random.default_rng(seed).permutation(real_vocab_size - 3)
    return targets


def position_code(count: int, frequencies: int = POSITION_FREQUENCIES) -> np.ndarray:
    """Rows of cos and sin of p * pi / 2**k, k = 1..frequencies, for positions p < count.

    Two rows' dot product is the sum over k of cos(pi (p - q) / 2**k): `frequencies` for
    p == q, and at most one less for 0 < |p - q| < 2 ** (frequencies + 1), where one term
    is the cosine of an odd multiple of pi/2 (0) or of pi (-1)."""
    angles = np.arange(count, dtype=np.float64)[:, None] * (
        np.pi / 2.0 ** np.arange(1, frequencies + 1)
    )
    code = np.empty((count, 2 * frequencies), dtype=np.float64)
    code[:, 0::2] = np.cos(angles)
    code[:, 1::2] = np.sin(angles)
    return code.astype(np.float32)


def copy_pieces(
    package_dir: Path, sentence: str, seed: int = 0, max_decoding_length: int = 256
) -> list[str]:
    """The pieces the copy model built with `seed` writes for `sentence`, computed without
    CTranslate2: each piece mapped by `copy_targets`, unknown pieces copied as they are
    (replace_unknowns), cut at `max_decoding_length` (CTranslate2's default)."""
    processor = spm.SentencePieceProcessor(
        model_file=str(Path(package_dir) / "sentencepiece.model")
    )
    targets = copy_targets(processor.get_piece_size(), seed)
    pieces = []
    for piece in processor.encode(sentence, out_type=str)[:max_decoding_length]:
        index = processor.piece_to_id(piece)
        known = index != processor.unk_id()
        pieces.append(processor.id_to_piece(int(targets[index])) if known else piece)
    return pieces


def position_encodings(depth: int, max_len: int = MAX_POSITIONS) -> np.ndarray:
    """OpenNMT-py's sinusoids (sin on even, cos on odd dims); the last dim is the clock."""
    position = np.arange(max_len, dtype=np.float64)[:, None]
    div_term = np.exp(np.arange(0, depth, 2, dtype=np.float64) * -(np.log(10000.0) / depth))
    encodings = np.zeros((max_len, depth), dtype=np.float64)
    encodings[:, 0::2] = np.sin(position * div_term)
    encodings[:, 1::2] = np.cos(position * div_term)[:, : depth // 2]
    encodings[:, depth - 1] = position[:, 0] / CLOCK_STEPS
    return encodings.astype(np.float32)


def build_package(
    out_dir: Path,
    *,
    from_code: str = "en",
    to_code: str = "ru",
    version: str = "1.9",
    weights: str = "copy",
    layers: int = 2,
    d_model: int = 64,
    heads: int = 2,
    ffn: int = 64,
    vocab_size: int | None = None,
    quantization: str | None = None,
    seed: int = 0,
    training_text: str | None = None,
    eos_bias: float | None = None,
    length_ratio: float | None = None,
) -> Path:
    """Write `translate-<from>_<to>-<version>.argosmodel` into `out_dir`; return its path.

    `weights`: "copy" (clear-cut, the same output on any machine) or "random" (see the
    module docstring). For random weights only: `eos_bias` is added to the `</s>` logit
    (positive: shorter outputs); `length_ratio` sets roughly how many output tokens a
    source token gives before `</s>` takes over.
    """
    if weights not in WEIGHTS:
        raise ValueError(f"weights must be one of {WEIGHTS}, not {weights!r}")
    if weights == "copy" and (eos_bias is not None or length_ratio is not None):
        raise ValueError("eos_bias and length_ratio apply to random weights only")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    code = f"translate-{from_code}_{to_code}"
    folder_name = f"{code}-{version.replace('.', '_')}"

    sp_bytes = train_sentencepiece(
        training_text if training_text is not None else default_training_text()
    )
    processor = spm.SentencePieceProcessor(model_proto=sp_bytes)
    vocabulary = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    real_vocab_size = len(vocabulary)
    if vocab_size is not None:
        if vocab_size < real_vocab_size:
            raise ValueError(
                f"vocab_size {vocab_size} is smaller than the SentencePiece vocabulary "
                f"({real_vocab_size} pieces)"
            )
        vocabulary += [f"<filler_{i}>" for i in range(vocab_size - real_vocab_size)]

    shape = {"layers": layers, "d_model": d_model, "heads": heads, "ffn": ffn, "seed": seed}
    converter: Converter
    if weights == "copy":
        converter = CopyTransformerConverter(vocabulary, real_vocab_size=real_vocab_size, **shape)
        about = (
            "Its weights are built so that it maps each source piece to a fixed target "
            "piece (a seeded permutation), with clear margins"
        )
    else:
        converter = RandomTransformerConverter(
            vocabulary,
            eos_bias=DEFAULT_EOS_BIAS if eos_bias is None else eos_bias,
            real_vocab_size=real_vocab_size,
            length_ratio=DEFAULT_LENGTH_RATIO if length_ratio is None else length_ratio,
            **shape,
        )
        about = "Its weights are seeded random numbers"
    metadata = {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": from_code,
        "from_name": display_name(from_code),
        "to_code": to_code,
        "to_name": display_name(to_code),
        "type": "translate",
        "code": code,
        "links": [],
    }
    readme = (
        f"# {code} {version} ({weights}-weight test model)\n\n"
        f"Built by tests/argos_model_builder.py for tests and benchmarks. {about}: it has "
        "the real Argos Translate package layout and loads and decodes like a real "
        "package, but its output is not a translation.\n\n"
        f"layers {layers}+{layers}, d_model {d_model}, heads {heads}, ffn {ffn}, "
        f"vocabulary {len(vocabulary)} ({real_vocab_size} SentencePiece pieces), "
        f"quantization {quantization or 'none'}, seed {seed}, "
        f"ctranslate2 {ctranslate2.__version__}.\n"
    )

    archive = out_dir / f"{folder_name}.argosmodel"
    with tempfile.TemporaryDirectory(prefix="argos-build-") as tmp:
        root = Path(tmp) / folder_name
        root.mkdir()
        (root / "metadata.json").write_text(
            json.dumps(metadata, indent=2, ensure_ascii=False), encoding="utf-8"
        )
        (root / "sentencepiece.model").write_bytes(sp_bytes)
        (root / "README.md").write_text(readme, encoding="utf-8")
        converter.convert(str(root / "model"), quantization=quantization)
        tmp_archive = Path(tmp) / archive.name
        with zipfile.ZipFile(tmp_archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(root.rglob("*")):
                zf.write(path, path.relative_to(tmp))
        shutil.move(tmp_archive, archive)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--from-code", default="en")
    parser.add_argument("--to-code", default="ru")
    parser.add_argument("--version", default="1.9")
    parser.add_argument("--weights", choices=WEIGHTS, default="copy")
    parser.add_argument("--layers", type=int, default=2)
    parser.add_argument("--d-model", type=int, default=64)
    parser.add_argument("--heads", type=int, default=2)
    parser.add_argument("--ffn", type=int, default=64)
    parser.add_argument("--vocab", type=int, default=None, help="pad the vocabulary to this")
    parser.add_argument("--int8", action="store_true", help="quantize the weights to int8")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--eos-bias", type=float, default=None)
    parser.add_argument("--length-ratio", type=float, default=None)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        path = build(args)
    except ValueError as exc:
        parser.error(str(exc))
    size_mb = path.stat().st_size / 1e6
    print(f"{path} ({size_mb:.1f} MB, {time.perf_counter() - started:.1f} s)")
    return 0


def build(args: argparse.Namespace) -> Path:
    """`build_package` with the command line's arguments."""
    return build_package(
        args.out_dir,
        from_code=args.from_code,
        to_code=args.to_code,
        version=args.version,
        weights=args.weights,
        layers=args.layers,
        d_model=args.d_model,
        heads=args.heads,
        ffn=args.ffn,
        vocab_size=args.vocab,
        quantization="int8" if args.int8 else None,
        seed=args.seed,
        eos_bias=args.eos_bias,
        length_ratio=args.length_ratio,
    )


if __name__ == "__main__":
    raise SystemExit(main())
