"""Build a real Argos Translate package (`.argosmodel`) with random weights, without torch.

The package has the layout Argos installs and reads: one top-level folder holding
`metadata.json`, `sentencepiece.model`, `README.md` and `model/`, a CTranslate2 Transformer
(OpenNMT-py style: pre-norm, ReLU, sinusoidal positions, shared vocabulary) whose weights
are seeded random numbers. It translates nothing meaningfully, but it loads, tokenizes and
decodes exactly like a downloaded package, so tests and benchmarks exercise the real code.

Random weights almost never pick `</s>` (or pick it at once), so the model carries a clock:
the `</s>` logit is held down until the output is about half as long as the source (in
SentencePiece tokens; 10-40 tokens for most news sentences), then wins within a few steps.
`eos_bias` is added to the `</s>` logit on top of that (positive: shorter). When the
CTranslate2 vocabulary is padded with filler tokens (`vocab_size`), the fillers get a large
negative bias: they cost the same to score as real tokens but are never chosen, so every
output decodes to SentencePiece text.

    python tests/argos_model_builder.py OUT_DIR [--layers 6 --d-model 512 --heads 8
        --ffn 2048 --vocab 32000 --int8]
"""

from __future__ import annotations

import argparse
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

SP_VOCAB_SIZE = 400
DEFAULT_EOS_BIAS = 0.0
DEFAULT_LENGTH_RATIO = 0.5  # output per source token; measured 0.4-0.5 (layer norms)
LOGIT_STD = 2.0  # spread of the random logits: peaked choices, not one constant token
EOS_CLOCK_WEIGHT = 30.0  # how fast `</s>` takes over once the clock passes zero
CLOCK_STEPS = 10.0  # the clock ramp rises by 1 every CLOCK_STEPS positions
MAX_POSITIONS = 5000  # rows of position encodings, as OpenNMT-py saves them
FILLER_BIAS = -1.0e4
LANG_NAMES = {"en": "English", "ru": "Russian", "ky": "Kyrgyz"}

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


def train_sentencepiece(text: str, vocab_size: int = SP_VOCAB_SIZE) -> bytes:
    """A unigram SentencePiece model (ids: <unk>=0, <s>=1, </s>=2) trained on `text`."""
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
    layers: int = 2,
    d_model: int = 32,
    heads: int = 2,
    ffn: int = 64,
    vocab_size: int | None = None,
    quantization: str | None = None,
    seed: int = 0,
    training_text: str | None = None,
    eos_bias: float | None = None,
    length_ratio: float = DEFAULT_LENGTH_RATIO,
) -> Path:
    """Write `translate-<from>_<to>-<version>.argosmodel` into `out_dir`; return its path.

    `eos_bias` is added to the `</s>` logit (positive: shorter outputs); `length_ratio` sets
    roughly how many output tokens a source token gives before `</s>` takes over.
    """
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

    converter = RandomTransformerConverter(
        vocabulary,
        layers=layers,
        d_model=d_model,
        heads=heads,
        ffn=ffn,
        seed=seed,
        eos_bias=DEFAULT_EOS_BIAS if eos_bias is None else eos_bias,
        real_vocab_size=real_vocab_size,
        length_ratio=length_ratio,
    )
    metadata = {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": from_code,
        "from_name": LANG_NAMES.get(from_code, from_code),
        "to_code": to_code,
        "to_name": LANG_NAMES.get(to_code, to_code),
        "type": "translate",
        "code": code,
        "links": [],
    }
    readme = (
        f"# {code} {version} (random-weight test model)\n\n"
        "Built by tests/argos_model_builder.py for tests and benchmarks. Its weights are "
        "seeded random numbers: it has the real Argos Translate package layout and loads "
        "and decodes like a real package, but its output is not a translation.\n\n"
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
    parser.add_argument("--layers", type=int, default=2)
    parser.add_argument("--d-model", type=int, default=32)
    parser.add_argument("--heads", type=int, default=2)
    parser.add_argument("--ffn", type=int, default=64)
    parser.add_argument("--vocab", type=int, default=None, help="pad the vocabulary to this")
    parser.add_argument("--int8", action="store_true", help="quantize the weights to int8")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--eos-bias", type=float, default=None)
    parser.add_argument("--length-ratio", type=float, default=DEFAULT_LENGTH_RATIO)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    path = build_package(
        args.out_dir,
        from_code=args.from_code,
        to_code=args.to_code,
        version=args.version,
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
    size_mb = path.stat().st_size / 1e6
    print(f"{path} ({size_mb:.1f} MB, {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
