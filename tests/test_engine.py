"""The Argos/CTranslate2 engine and the MT cache, on a real package built for tests.

Nothing is mocked: the package is built by tests/argos_model_builder.py (a real
SentencePiece model and a real CTranslate2 Transformer), and the reference translations
come from Argos's own per-sentence algorithm run against a separate Translator, and from
the mapping the model was built to compute.

Of any model, these tests may expect only the same output for the same input, batch and
settings on one machine. CTranslate2's maintainers say that on CPU a sentence can decode
differently in another batch, as padding changes the attention's dot products (MKL,
oneDNN); other kernels (the CPU's instruction set, int8) and thread counts round
differently too. Any of these flips a near tie. So the test model's choices are clear-cut
(`test_every_choice_is_clear_cut` proves the margins), and only then do these tests expect
one output across batches, threads, compute types and CPUs. The engine runs with
READER_MT_THREADS workers (default: one per core); CI runs this file again with
READER_MT_THREADS=1.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import ctranslate2
import numpy as np
import pytest
from argos_model_builder import COPY_MARGIN, build_package, copy_pieces
from argostranslate.package import Package

from reader.config import REPO_ROOT
from reader.corpus.loader import load_corpus
from reader.store.db import open_db
from reader.store.migrations import MIGRATIONS
from reader.store.mt_cache import MTCache
from reader.translation.engine import (
    ARGOS_DEFAULTS,
    ENGINE_DEFAULTS,
    THREADS_ENV,
    DecodingSettings,
    Engine,
    EngineError,
    default_threads,
)
from reader.translation.mt_cache import cache_key, translate_cached

EXTRA_SENTENCES = [
    "By Kanat Altynbayev",
    "Yes.",
    "The snake_case name stays_put.",
    "Москва заявила о новых выборах.",
    "ALMATY -- Citizens across Central Asia are applauding.",
]


def _unzip(archive: Path, dest: Path) -> Path:
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(dest)
        (top,) = {Path(name).parts[0] for name in zf.namelist()}
    return dest / top


@pytest.fixture(scope="session")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny default package, built once and unzipped as Argos would install it."""
    root = tmp_path_factory.mktemp("argos")
    return _unzip(build_package(root / "zip"), root / "installed")


@pytest.fixture(scope="session")
def sentences() -> list[str]:
    corpus = load_corpus(REPO_ROOT / "corpus")
    texts = [s.text for article in corpus.articles[:2] for s in article.content_sentences()]
    return texts[:40] + EXTRA_SENTENCES


@pytest.fixture(scope="session")
def engine(package_dir: Path) -> Engine:
    """The engine as the app runs it: READER_MT_THREADS workers, else one per core."""
    return Engine(package_dir)


def _engine(folder: Path, settings: DecodingSettings = ARGOS_DEFAULTS) -> Engine:
    return Engine(folder, settings)


def _translator(folder: Path, compute_type: str = "auto") -> ctranslate2.Translator:
    """A CTranslate2 Translator threaded like the engine: READER_MT_THREADS workers of one
    thread each. (Argos's default, one worker whose OpenMP threads span all cores, spins
    those threads on every call: many times slower on a busy machine, for the same output
    where choices are clear-cut.)"""
    return ctranslate2.Translator(
        str(folder / "model"),
        device="cpu",
        compute_type=compute_type,
        inter_threads=default_threads(),
        intra_threads=1,
    )


def _other_thread_count() -> int:
    """A worker count other than the default, to show it changes no output."""
    return 1 if default_threads() > 1 else 2


def top_two_gaps(translator: ctranslate2.Translator, tokenized: list[list[str]]) -> np.ndarray:
    """The logit gap between the best and the second-best piece at every greedy step."""
    results = translator.translate_batch(
        tokenized,
        beam_size=1,
        return_logits_vocab=True,
        max_batch_size=768,
        batch_type="tokens",
    )
    gaps = []
    for result in results:
        for step in result.logits[0]:
            best, second = np.sort(np.asarray(step, dtype=np.float32))[[-1, -2]]
            gaps.append(best - second)
    return np.array(gaps)


def argos_translate_one(pkg: Package, translator: ctranslate2.Translator, sentence: str) -> str:
    """apply_packaged_translation from argostranslate/translate.py, for one sentence, with
    Argos's settings (beam_size 4, batch_size 32) and num_hypotheses=1 as translate() uses."""
    num_hypotheses = 1
    sentences = [sentence]
    tokenized = [pkg.tokenizer.encode(sentence) for sentence in sentences]
    target_prefix = None
    if pkg.target_prefix != "":
        target_prefix = [[pkg.target_prefix]] * len(tokenized)
    translated_batches = translator.translate_batch(
        tokenized,
        target_prefix=target_prefix,
        replace_unknowns=True,
        max_batch_size=32,
        batch_type="tokens",
        beam_size=max(num_hypotheses, 4),
        num_hypotheses=num_hypotheses,
        length_penalty=0.2,
        return_scores=True,
    )
    translated_tokens = []
    for translated_batch in translated_batches:
        translated_tokens.extend(translated_batch.hypotheses[0])
    return argos_decode(pkg, translated_tokens)


def argos_decode(pkg: Package, tokens: list[str]) -> str:
    """Argos's decoding of translated tokens, from apply_packaged_translation."""
    value = pkg.tokenizer.decode(tokens)
    if pkg.target_prefix != "" and value.startswith(pkg.target_prefix):
        value = value[len(pkg.target_prefix) :]
    if len(value) > 0 and value[0] == " ":
        value = value[1:]
    return value


def built_to_compute(folder: Path, sentences: list[str], seed: int = 0) -> list[str]:
    """What the copy model gives, known without running it."""
    pkg = Package(folder)
    return [argos_decode(pkg, copy_pieces(folder, s, seed)) for s in sentences]


# The package builder


def test_builder_makes_a_package_argos_reads(tmp_path: Path) -> None:
    archive = build_package(tmp_path, to_code="ky", version="1.2")
    assert archive.name == "translate-en_ky-1_2.argosmodel"
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
    assert {Path(n).parts[0] for n in names} == {"translate-en_ky-1_2"}
    folder = _unzip(archive, tmp_path / "installed")
    assert {p.name for p in folder.iterdir()} == {
        "metadata.json",
        "sentencepiece.model",
        "README.md",
        "model",
    }
    assert (folder / "model" / "model.bin").is_file()
    assert (folder / "model" / "shared_vocabulary.json").is_file()

    pkg = Package(folder)
    assert (pkg.code, pkg.package_version, pkg.type) == ("translate-en_ky", "1.2", "translate")
    assert (pkg.from_code, pkg.from_name, pkg.to_code, pkg.to_name) == (
        "en",
        "English",
        "ky",
        "Kyrgyz",
    )
    assert "copy-weight test model" in pkg.get_readme()
    sentence = "Central Asians back Moscow voters saying no to the ruling party."
    tokens = pkg.tokenizer.encode(sentence)
    assert 1 < len(tokens) < len(sentence)
    assert pkg.tokenizer.decode(tokens).lstrip() == sentence


def test_builder_pads_the_vocabulary_and_quantizes(tmp_path: Path, sentences) -> None:
    folder = _unzip(
        build_package(tmp_path, vocab_size=1200, quantization="int8", seed=3), tmp_path / "i"
    )
    vocabulary = json.loads((folder / "model" / "shared_vocabulary.json").read_text("utf-8"))
    assert len(vocabulary) == 1200 and vocabulary[-1] == "<filler_799>"
    outputs = _engine(folder).translate(sentences)
    assert all(outputs) and not any("filler" in out for out in outputs)
    assert outputs == built_to_compute(folder, sentences, seed=3)


@pytest.mark.parametrize("compute_type", ["float32", "int8"])
def test_every_choice_is_clear_cut(package_dir: Path, sentences, compute_type: str) -> None:
    """At every decoding step the chosen piece leads the next one by far more than the
    rounding that padding, threads, int8 or another CPU can cause (well under one logit):
    the condition for expecting one output everywhere. Ties coming back fail here."""
    pkg = Package(package_dir)
    translator = _translator(package_dir, compute_type)
    gaps = top_two_gaps(translator, [pkg.tokenizer.encode(s) for s in sentences])
    assert len(gaps) > 10 * len(sentences)
    assert gaps.min() > COPY_MARGIN / 2


def test_the_engine_gives_what_the_model_was_built_to_compute(engine: Engine, sentences):
    expected = built_to_compute(engine.package_path, sentences)
    assert engine.translate(sentences) == expected
    assert len(set(expected)) == len(set(sentences))


def test_random_weights_stop_after_a_realistic_number_of_tokens_with_near_ties(
    tmp_path: Path, sentences
) -> None:
    """The random-weight model (for benchmarks) is not fit for equality tests: it has
    near ties, which the margin check above would catch."""
    folder = _unzip(build_package(tmp_path, weights="random"), tmp_path / "installed")
    pkg = Package(folder)
    translator = _translator(folder)
    tokenized = [pkg.tokenizer.encode(s) for s in sentences]
    results = translator.translate_batch(tokenized, beam_size=4, length_penalty=0.2)
    lengths = sorted(len(r.hypotheses[0]) for r in results)
    assert lengths[-1] < 150  # never runs to max_decoding_length (256)
    assert 8 <= lengths[len(lengths) // 2] <= 50
    assert top_two_gaps(translator, tokenized).min() < 1.0


# The engine


def test_one_output_per_input(engine: Engine, sentences: list[str]) -> None:
    outputs = engine.translate(sentences)
    assert len(outputs) == len(sentences)
    assert all(isinstance(out, str) and out for out in outputs)
    assert engine.translate([]) == []


def test_batched_output_equals_argos_per_sentence(
    package_dir: Path, engine: Engine, sentences: list[str]
) -> None:
    pkg = Package(package_dir)
    translator = _translator(package_dir)
    expected = [argos_translate_one(pkg, translator, s) for s in sentences]
    assert engine.translate(sentences) == expected


def test_deterministic_across_runs(package_dir: Path, engine: Engine, sentences) -> None:
    first = engine.translate(sentences)
    assert engine.translate(sentences) == first
    assert _engine(package_dir).translate(list(reversed(sentences))) == list(reversed(first))
    other = Engine(package_dir, threads=_other_thread_count())
    assert other.translate(sentences) == first


def test_blank_sentences_give_empty_strings(engine: Engine) -> None:
    outputs = engine.translate(["", "Yes.", "   ", "\n"])
    assert outputs[0] == outputs[2] == outputs[3] == ""
    assert outputs[1] == engine.translate(["Yes."])[0] != ""
    assert engine.translate(["", " "]) == ["", ""]


def test_model_id_and_provenance(engine: Engine) -> None:
    assert engine.model_id == "translate-en_ru 1.9"
    prov = engine.provenance()
    assert prov["engine"] == "argos-ctranslate2"
    assert (prov["package"], prov["version"], prov["from"], prov["to"]) == (
        "translate-en_ru",
        "1.9",
        "en",
        "ru",
    )
    assert prov["ctranslate2"] == ctranslate2.__version__
    # The settings used are recorded: Argos's decoding options, our batch size.
    assert prov["settings"] == engine.settings.as_dict() == ENGINE_DEFAULTS.as_dict()
    argos_decoding = {
        "beam_size": 4,
        "length_penalty": 0.2,
        "replace_unknowns": True,
        "num_hypotheses": 1,
    }
    assert prov["settings"] == {**argos_decoding, "max_batch_size": 768, "batch_type": "tokens"}
    assert ARGOS_DEFAULTS.as_dict() == {
        **argos_decoding,
        "max_batch_size": 32,
        "batch_type": "tokens",
    }
    assert _engine(engine.package_path).provenance()["settings"] == ARGOS_DEFAULTS.as_dict()


def test_threads_default_to_the_cores_or_the_environment(package_dir: Path, monkeypatch) -> None:
    monkeypatch.delenv(THREADS_ENV, raising=False)
    cores = len(os.sched_getaffinity(0))
    assert Engine(package_dir).threads == Engine(package_dir, threads=0).threads == cores
    assert Engine(package_dir, threads=3).threads == 3
    monkeypatch.setenv(THREADS_ENV, "5")
    assert Engine(package_dir).threads == 5
    assert Engine(package_dir, threads=1).threads == 1
    monkeypatch.setenv(THREADS_ENV, "many")
    with pytest.raises(EngineError, match=THREADS_ENV):
        Engine(package_dir)


def test_broken_packages_raise_engine_error(package_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(EngineError, match="no translation package folder"):
        Engine(tmp_path / "missing")

    no_metadata = tmp_path / "no_metadata"
    shutil.copytree(package_dir, no_metadata)
    (no_metadata / "metadata.json").unlink()
    with pytest.raises(EngineError, match=r"metadata\.json"):
        Engine(no_metadata)

    no_model = tmp_path / "no_model"
    shutil.copytree(package_dir, no_model)
    shutil.rmtree(no_model / "model")
    with pytest.raises(EngineError, match="no CTranslate2 model"):
        Engine(no_model)

    no_tokenizer = tmp_path / "no_tokenizer"
    shutil.copytree(package_dir, no_tokenizer)
    (no_tokenizer / "sentencepiece.model").unlink()
    with pytest.raises(EngineError, match="no tokenizer"):
        Engine(no_tokenizer)

    bad_model = tmp_path / "bad_model"
    shutil.copytree(package_dir, bad_model)
    (bad_model / "model" / "model.bin").write_bytes(b"not a model")
    engine = Engine(bad_model)  # the model loads lazily
    with pytest.raises(EngineError, match="cannot load the model"):
        engine.translate(["Yes."])


# The MT cache


class CountingEngine(Engine):
    """The real engine, recording what it is asked to decode."""

    def __init__(self, *args, fail_on_call: int | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.calls: list[list[str]] = []
        self.fail_on_call = fail_on_call

    def translate(self, sentences: list[str]) -> list[str]:
        self.calls.append(list(sentences))
        if self.fail_on_call == len(self.calls):
            raise KeyboardInterrupt("interrupted")
        return super().translate(sentences)

    @property
    def decoded(self) -> list[str]:
        return [s for call in self.calls for s in call]


def test_migration_2_creates_the_cache_table(tmp_path: Path) -> None:
    with closing(open_db(tmp_path / "db.sqlite3")) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) >= 2
        columns = [row["name"] for row in conn.execute("PRAGMA table_info(mt_cache)")]
    assert columns == ["key", "output", "model", "created_at"]


def test_a_version_1_database_is_migrated_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path)
    raw.executescript(MIGRATIONS[0])
    raw.execute("INSERT INTO imported_files (path, sha256, imported_at) VALUES ('a', 'b', 'c')")
    raw.execute("PRAGMA user_version = 1")
    raw.commit()
    raw.close()
    cache = MTCache(path)
    assert len(cache) == 0
    with closing(open_db(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert conn.execute("SELECT COUNT(*) FROM imported_files").fetchone()[0] == 1


def test_cache_get_and_put(tmp_path: Path) -> None:
    cache = MTCache(tmp_path / "db.sqlite3")
    assert cache.get_many(["x"]) == {}
    cache.put_many({"x": ("икс", "m 1"), "y": ("игрек", "m 1")})
    assert cache.get_many(["x", "y", "z"]) == {"x": "икс", "y": "игрек"}
    cache.put_many({"x": ("икс 2", "m 2")})
    assert cache.get_many(["x"]) == {"x": "икс 2"}
    many = {f"k{i}": (str(i), "m") for i in range(1500)}  # more than one SELECT's worth
    cache.put_many(many)
    assert len(cache.get_many(many)) == 1500
    assert len(cache) == 1502


def test_cache_keys_differ_by_text_model_and_settings() -> None:
    base = cache_key("Yes.", "translate-en_ru 1.9", ARGOS_DEFAULTS)
    assert base == cache_key("Yes.", "translate-en_ru 1.9", DecodingSettings())
    assert base == cache_key("Yes.", "translate-en_ru 1.9", ARGOS_DEFAULTS.as_dict())
    assert len(base) == 64
    others = {
        cache_key("Yes!", "translate-en_ru 1.9", ARGOS_DEFAULTS),
        cache_key("Yes.", "translate-en_ru 1.8", ARGOS_DEFAULTS),
        cache_key("Yes.", "translate-en_ky 1.9", ARGOS_DEFAULTS),
        cache_key("Yes.", "translate-en_ru 1.9", DecodingSettings(beam_size=1)),
        cache_key("Yes.", "translate-en_ru 1.9", DecodingSettings(max_batch_size=64)),
    }
    assert base not in others and len(others) == 5


def test_second_run_decodes_nothing(package_dir: Path, tmp_path: Path, sentences) -> None:
    cache = MTCache(tmp_path / "db.sqlite3")
    engine = CountingEngine(package_dir)
    first = translate_cached(engine, cache, sentences)
    assert first == _engine(package_dir).translate(sentences)
    assert len(engine.decoded) == len(set(sentences)) == len(cache)

    again = CountingEngine(package_dir)
    assert translate_cached(again, cache, sentences) == first
    assert again.calls == []
    assert len(cache) == len(set(sentences))


def test_duplicates_and_blanks_are_not_decoded_twice(package_dir: Path, tmp_path: Path) -> None:
    cache = MTCache(tmp_path / "db.sqlite3")
    engine = CountingEngine(package_dir)
    sentences = ["Yes.", "By Kanat Altynbayev", "", "Yes.", "  ", "Yes."]
    outputs = translate_cached(engine, cache, sentences)
    assert engine.decoded == ["Yes.", "By Kanat Altynbayev"]
    assert outputs[0] == outputs[3] == outputs[5] != ""
    assert outputs[2] == outputs[4] == ""
    assert outputs[:2] == engine.translate(["Yes.", "By Kanat Altynbayev"])


def test_progress_is_reported_per_chunk(package_dir: Path, tmp_path: Path, sentences) -> None:
    cache = MTCache(tmp_path / "db.sqlite3")
    engine = CountingEngine(package_dir)
    seen: list[tuple[int, int]] = []
    unique = len(set(sentences))
    record = lambda done, total: seen.append((done, total))  # noqa: E731
    translate_cached(engine, cache, sentences, on_progress=record, chunk=8)
    assert seen[0] == (0, unique) and seen[-1] == (unique, unique)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(engine.calls) == len(seen) - 1 == -(-unique // 8)
    assert all(len(call) <= 8 for call in engine.calls)

    seen.clear()
    translate_cached(engine, cache, sentences, on_progress=record)
    assert seen == [(0, 0)]


def test_an_interrupted_run_resumes_from_the_cache(
    package_dir: Path, tmp_path: Path, sentences
) -> None:
    cache = MTCache(tmp_path / "db.sqlite3")
    unique = list(dict.fromkeys(sentences))
    broken = CountingEngine(package_dir, fail_on_call=3)
    with pytest.raises(KeyboardInterrupt):
        translate_cached(broken, cache, sentences, chunk=10)
    assert len(cache) == 20  # the two chunks done before the interruption

    resumed = CountingEngine(package_dir)
    outputs = translate_cached(resumed, cache, sentences, chunk=10)
    assert resumed.decoded == unique[20:]
    assert outputs == _engine(package_dir).translate(sentences)


def test_new_settings_or_model_do_not_reuse_the_cache(
    package_dir: Path, tmp_path: Path, sentences
) -> None:
    cache = MTCache(tmp_path / "db.sqlite3")
    translate_cached(CountingEngine(package_dir), cache, sentences[:5])
    greedy = CountingEngine(package_dir, DecodingSettings(beam_size=1))
    translate_cached(greedy, cache, sentences[:5])
    assert greedy.decoded == sentences[:5]
    assert len(cache) == 10
