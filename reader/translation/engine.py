"""Machine translation of our own sentences through an Argos package's CTranslate2 model.

Argos Translate's `translate()` re-splits text with its own sentence splitter (which needs
downloads) and returns one joined string per paragraph. We already have sentences, so we
call the package's CTranslate2 model and tokenizer directly, with the options Argos passes
(`apply_packaged_translation` in argostranslate/translate.py, settings in settings.py), and
decode each sentence's hypothesis the way Argos decodes its joined tokens. One
`translate_batch` call lets CTranslate2 sort the whole list by length and batch it.
`argostranslate.translate` is never imported: it needs torch.

Speed (benchmarks/mt_throughput.py measures it; figures in benchmarks/README.md): the
decoding options (beam 4, length penalty 0.2, ...) are Argos's, but not its batch size or
threads. Argos's `max_batch_size=32` counts tokens, so nearly every sentence is a batch of
its own; `ENGINE_DEFAULTS` batches up to 768 source tokens (with two workers, 2.3x the
speed of Argos's batch size, and 8x that of Argos's translate() called per sentence).
The price: batching pads shorter sentences, which nudges floating-point sums, and where
beam search is near a tie a few outputs differ from Argos's per-sentence output in a
token (1 of 200 on the benchmark's int8 model; Argos's own 32-token batches already change
that one). Identical outputs for sure would take one sentence per batch, 2.3x slower: not
worth it for drafts a person reviews. The batch settings are part of `settings`, so they
are in the provenance and the MT cache key. Threads: one CTranslate2 worker per core, each
on one thread, instead of Argos's one worker on all cores (slower on a small shared
machine); batches go to the workers in parallel. The number of workers changed no output
(1, 2 and 3 gave the same 200), so it is not in `settings`.
"""

from __future__ import annotations

import os
import threading
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ctranslate2


class EngineError(RuntimeError):
    """A translation package that cannot be used; the message says why."""


@dataclass(frozen=True)
class DecodingSettings:
    """CTranslate2 decoding and batch options; the defaults are Argos Translate's."""

    beam_size: int = 4
    length_penalty: float = 0.2
    replace_unknowns: bool = True
    num_hypotheses: int = 1
    max_batch_size: int = 32
    batch_type: str = "tokens"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def translate_options(self) -> dict[str, Any]:
        """Keyword arguments for `Translator.translate_batch`, as Argos passes them."""
        return {
            "replace_unknowns": self.replace_unknowns,
            "max_batch_size": self.max_batch_size,
            "batch_type": self.batch_type,
            "beam_size": max(self.num_hypotheses, self.beam_size),
            "num_hypotheses": self.num_hypotheses,
            "length_penalty": self.length_penalty,
            "return_scores": True,
        }


ARGOS_DEFAULTS = DecodingSettings()
# Argos's decoding options with bigger batches (see the module docstring). Measured with
# benchmarks/mt_throughput.py (200 corpus sentences, 2 cores, 2 workers): 512-1024 tokens
# were the fastest, within noise of each other; 768 changed 1 output of 200 (one that
# Argos's own 32-token batches change too), 1024 changed 2, and 2048-4096 tokens or
# 4-32 examples changed 4-5 and were no faster.
ENGINE_DEFAULTS = replace(ARGOS_DEFAULTS, max_batch_size=768, batch_type="tokens")
THREADS_ENV = "READER_MT_THREADS"
# What `Engine.check` translates, and the most tokens it lets the model write for it.
CHECK_SENTENCE = "The election results were announced on Monday."
CHECK_MAX_TOKENS = 16


def default_threads() -> int:
    """$READER_MT_THREADS if set (0 or less: all cores), else the cores this process may use."""
    value = os.environ.get(THREADS_ENV, "").strip()
    if value:
        try:
            threads = int(value)
        except ValueError as exc:
            raise EngineError(f"{THREADS_ENV} must be a whole number, not {value!r}") from exc
        if threads > 0:
            return threads
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Engine:
    """One installed (unzipped) Argos package, translating lists of sentences."""

    def __init__(
        self,
        package_path: Path,
        settings: DecodingSettings = ENGINE_DEFAULTS,
        threads: int | None = None,
    ) -> None:
        """`threads`: CTranslate2 workers, one CPU thread each; None or 0: `default_threads()`."""
        self.package_path = Path(package_path)
        self.settings = settings
        self.threads = threads if threads and threads > 0 else default_threads()
        self.package = _load_package(self.package_path)
        self.tokenizer = self.package.tokenizer
        self._translator: ctranslate2.Translator | None = None
        self._lock = threading.Lock()

    @property
    def code(self) -> str:
        pkg = self.package
        return pkg.code or f"translate-{pkg.from_code}_{pkg.to_code}"

    @property
    def model_id(self) -> str:
        """Package code and version, e.g. "translate-en_ru 1.9"."""
        return f"{self.code} {self.package.package_version}".strip()

    def provenance(self) -> dict[str, Any]:
        """What produced a machine draft, for the record kept with it."""
        import ctranslate2  # here, not at the top: commands that never translate skip it

        pkg = self.package
        return {
            "engine": "argos-ctranslate2",
            "package": self.code,
            "model": self.code,  # read by translations.Version.provenance()
            "version": pkg.package_version,
            "from": pkg.from_code,
            "to": pkg.to_code,
            "ctranslate2": ctranslate2.__version__,
            "settings": self.settings.as_dict(),
        }

    @property
    def translator(self) -> ctranslate2.Translator:
        """The CTranslate2 model, loaded on first use: Argos's device and compute type, our
        threads (`self.threads` workers of one thread each)."""
        import ctranslate2  # here, not at the top: commands that never translate skip it

        with self._lock:
            if self._translator is None:
                try:
                    self._translator = ctranslate2.Translator(
                        str(self.package_path / "model"),
                        device="cpu",
                        compute_type="auto",
                        inter_threads=self.threads,
                        intra_threads=1,
                    )
                except (RuntimeError, ValueError) as exc:
                    raise EngineError(
                        f"cannot load the model of {self.package_path}: {exc}"
                    ) from exc
            return self._translator

    def translate(self, sentences: list[str], max_length: int | None = None) -> list[str]:
        """One translation per sentence, in order; blank sentences give "".

        `max_length` caps each output in tokens (CTranslate2's default when None). A
        tokenizer or model that fails while translating is an EngineError naming the package.
        """
        results = [""] * len(sentences)
        todo = [i for i, s in enumerate(sentences) if s.strip()]
        if not todo:
            return results
        translator = self.translator
        options = self.settings.translate_options()
        if max_length is not None:
            options["max_decoding_length"] = max_length
        prefix = self.package.target_prefix
        try:
            tokenized = [self.tokenizer.encode(sentences[i]) for i in todo]
            batches = translator.translate_batch(
                tokenized,
                target_prefix=[[prefix]] * len(tokenized) if prefix != "" else None,
                **options,
            )
            for i, result in zip(todo, batches, strict=True):
                results[i] = self._decode(result.hypotheses[0])
        except (RuntimeError, ValueError, OSError, IndexError) as exc:
            raise EngineError(
                f"the package at {self.package_path} cannot translate: {exc}"
            ) from exc
        return results

    def check(self) -> str:
        """Load the model and tokenizer and translate one short sentence: proof the package
        works, cheap enough to run before it replaces an installed one."""
        return self.translate([CHECK_SENTENCE], max_length=CHECK_MAX_TOKENS)[0]

    def _decode(self, tokens: list[str]) -> str:
        """Argos's decoding of a hypothesis: detokenize, strip the target prefix, one space."""
        value = self.tokenizer.decode(tokens)
        prefix = self.package.target_prefix
        if prefix != "" and value.startswith(prefix):
            value = value[len(prefix) :]
        if value.startswith(" "):
            value = value[1:]
        return value


def _load_package(path: Path):
    """The argostranslate Package at `path`, checked for a model folder and a tokenizer."""
    from argostranslate.package import Package  # creates Argos's folders on import

    if not path.is_dir():
        raise EngineError(f"no translation package folder at {path}")
    try:
        package = Package(path)
    except (OSError, ValueError) as exc:
        raise EngineError(f"cannot read the package at {path}: {exc}") from exc
    if not (path / "model" / "model.bin").is_file():
        raise EngineError(f"the package at {path} has no CTranslate2 model (model/model.bin)")
    if getattr(package, "tokenizer", None) is None:
        raise EngineError(
            f"the package at {path} has no tokenizer (sentencepiece.model or bpe.model)"
        )
    return package
