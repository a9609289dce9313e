"""Machine-translation throughput: our batch path against Argos Translate's own translate().

    benchmarks/.venv-bench/bin/python benchmarks/mt_throughput.py [--sentences 200]
        [--model-dir benchmarks/models] [--rounds 3] [--threads N] [--variants ...]

Builds (or reuses) a random-weight Argos package of realistic size (transformer base:
6+6 layers, d_model 512, 8 heads, ffn 2048, vocabulary 32,000, int8 like Argos's models),
installs it with Argos's own installer into a private Argos home, and takes the first N
English content sentences of the corpus. Each variant runs in its own subprocess, one after
the other, so each peak RSS (VmHWM) is that variant's alone; each process loads the
model, makes one warm-up call (timed apart, as "load"), then translates the N sentences
once, timed:

  argos       argostranslate.translate: the installed package's translation object,
              translate() on each sentence alone, with Argos's default settings.
  engine      reader.translation.engine.Engine.translate on all sentences at once, with
              the engine's defaults (ENGINE_DEFAULTS, default_threads()).
  raw         CTranslate2 Translator.translate_batch on pre-tokenized input, with the same
              options and threads as `engine`: the ceiling for our path.
  engine-argos-batch
              our Engine with Argos's batch setting (max_batch_size 32 tokens).

This shared 2-core machine is noisy (the same run can take 12 s or 26 s), so the variants
run in --rounds interleaved rounds (a, b, c, d, a, b, c, d, ...), a fresh process each
time; the figures are per-variant medians, and every round's time is printed too.
Argos's sentencizer: see ARGOS_SENTENCIZER below.
Nothing here asserts timings; it prints them (copied into benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for folder in (ROOT, ROOT / "tests"):  # `reader` and the package builder
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

# Random weights of transformer-base size: realistic decoding cost (the tests use "copy").
MODEL = {
    "weights": "random",
    "layers": 6,
    "d_model": 512,
    "heads": 8,
    "ffn": 2048,
    "vocab_size": 32000,
}
VARIANTS = ["argos", "engine", "raw", "engine-argos-batch"]
LABELS = {
    "argos": "(a) Argos translate(), per sentence",
    "engine": "(b) our Engine, one call",
    "raw": "(c) raw CTranslate2 (ceiling)",
    "engine-argos-batch": "(d) our Engine, Argos batch size",
}
WARMUP = "This warm-up sentence is translated before the clock starts."
TARGET_SPEEDUP = 6.0
TARGET_OF_CEILING = 0.9

# Argos 1.11 splits every input with a sentencizer before decoding. None of its learned
# ones works offline: MiniSBD (its default) downloads an ONNX model from GitHub at first
# use (the minisbd wheel ships none); Stanza needs a downloaded model in the package's
# stanza/ folder; ARGOS_CHUNK_TYPE=SPACY loads a spaCy pipeline from the package's spacy/
# folder, or downloads xx_sent_ud_sm. We use the last one, the cheapest real splitter that
# works offline: ARGOS_CHUNK_TYPE=SPACY with a blank English spaCy pipeline (its tokenizer
# only) saved as the package's spacy/ folder; Argos's SpacySentencizerSmall adds spaCy's
# rule-based "sentencizer" to it itself. The one thing replaced is
# argostranslate.networking.cache_spacy, which sbd.py calls on import to download
# xx_sent_ud_sm for packages without a spacy/ folder: it returns None here (what it returns
# when the download fails), so no download is attempted. Tokenizing, decoding and joining
# are Argos's own code, untouched.
ARGOS_SENTENCIZER = (
    "Argos SpacySentencizerSmall (ARGOS_CHUNK_TYPE=SPACY): the package's spacy/ folder is "
    "spacy.blank('en'), to which Argos adds spaCy's rule-based 'sentencizer'; "
    "argostranslate.networking.cache_spacy (downloads xx_sent_ud_sm on import, unused with a "
    "spacy/ folder) is replaced by a stub returning None"
)


# --- the parent: build, install, run the variants, report ------------------------------


def find_or_build_model(model_dir: Path, rebuild: bool) -> Path:
    """The .argosmodel in `model_dir`, built there first if there is none."""
    from argos_model_builder import build_package

    model_dir.mkdir(parents=True, exist_ok=True)
    found = sorted(model_dir.glob("translate-en_ru-*.argosmodel"))
    if found and not rebuild:
        print(f"model: reusing {found[0]}")
        return found[0]
    for old in found:
        old.unlink()
    started = time.perf_counter()
    archive = build_package(model_dir, quantization="int8", **MODEL)
    print(f"model: built {archive} in {time.perf_counter() - started:.1f} s")
    return archive


def corpus_sentences(count: int) -> list[str]:
    from reader.config import REPO_ROOT
    from reader.corpus.loader import load_corpus

    corpus = load_corpus(REPO_ROOT / "corpus")
    texts = [s.text for a in corpus.articles for s in a.content_sentences() if s.text.strip()]
    texts = list(dict.fromkeys(texts))
    if count > len(texts):
        print(f"the corpus has {len(texts)} distinct content sentences; using all of them")
    return texts[:count]


def argos_env(home: Path) -> dict[str, str]:
    """The environment of every variant: a private Argos home and Argos's defaults."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARGOS_")}
    env.update(
        ARGOS_PACKAGES_DIR=str(home / "packages"),
        ARGOS_CHUNK_TYPE="SPACY",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_HOME=str(home / "config"),  # no settings.json: Argos's defaults
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
    )
    return env


def run_child(step: str, work: Path, env: dict[str, str]) -> dict:
    out = work / f"{step}.json"
    command = [sys.executable, str(Path(__file__).resolve()), "--child", step, "--work", str(work)]
    subprocess.run(command, env=env, check=True)
    return json.loads(out.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=200)
    parser.add_argument("--model-dir", type=Path, default=HERE / "models")
    parser.add_argument("--rebuild", action="store_true", help="build the model even if present")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs of each variant")
    parser.add_argument("--threads", type=int, default=None, help="our engine's workers")
    parser.add_argument("--variants", nargs="+", choices=VARIANTS, default=VARIANTS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.work)
    if args.rounds < 1 or args.sentences < 1:
        parser.error("--rounds and --sentences must be at least 1")

    from reader.translation.engine import ENGINE_DEFAULTS, default_threads

    archive = find_or_build_model(args.model_dir, args.rebuild)
    sentences = corpus_sentences(args.sentences)
    threads = args.threads or default_threads()
    work = Path(tempfile.mkdtemp(prefix="mt-throughput-"))
    try:
        env = argos_env(work / "argos-home")
        config = {
            "archive": str(archive),
            "sentences": sentences,
            "threads": threads,
            "settings": ENGINE_DEFAULTS.as_dict(),
        }
        (work / "config.json").write_text(json.dumps(config), encoding="utf-8")
        installed = run_child("install", work, env)
        print(f"installed with argostranslate.package.install_from_path: {installed['package']}")
        print(installed["readme"])
        runs: dict[str, list[dict]] = {name: [] for name in args.variants}
        for round_ in range(1, args.rounds + 1):
            for name in args.variants:
                print(f"round {round_}/{args.rounds}: {name} ...", flush=True)
                runs[name].append(run_child(name, work, env))
        report({name: merge(r) for name, r in runs.items()}, sentences, installed, args.rounds)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def merge(runs: list[dict]) -> dict:
    """One variant's rounds: every round's seconds, the first round's outputs."""
    first = runs[0]
    return {
        **first,
        "seconds": [r["seconds"] for r in runs],
        "load": statistics.median(r["load"] for r in runs),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
        "own_cores": statistics.median(r["own_cores"] for r in runs),
        "other_cores": [r["other_cores"] for r in runs],
        "stable": all(r["outputs"] == first["outputs"] for r in runs),
    }


def report(results: dict, sentences: list[str], installed: dict, rounds: int) -> None:
    import ctranslate2

    n = len(sentences)
    median = {name: statistics.median(r["seconds"]) for name, r in results.items()}
    print()
    print(
        f"{n} sentences, {installed['tokens_per_sentence']:.1f} source tokens each on average "
        f"(max {installed['max_tokens']}); {os.cpu_count()} cores; ctranslate2 "
        f"{ctranslate2.__version__}; medians of {rounds} interleaved round(s)"
    )
    for name, result in results.items():
        print(f"  {LABELS[name]}: {result['describe']}")
    if "argos" in results:
        print(f"  Argos sentencizer: {ARGOS_SENTENCIZER}")
    print()
    header = (
        f"| {'variant':<38} | {'sent/s':>7} | {'wall s':>7} | {'load s':>6} | {'peak RSS MB':>11} "
        f"| {'vs Argos':>8} | {'of ceiling':>10} | {'cores':>5} |"
    )
    print(header)
    print("|" + "|".join("-" * len(cell) for cell in header.split("|")[1:-1]) + "|")
    for name, result in results.items():
        speedup = f"{median['argos'] / median[name]:.2f}x" if "argos" in median else "-"
        ceiling = f"{median['raw'] / median[name]:.0%}" if "raw" in median else "-"
        print(
            f"| {LABELS[name]:<38} | {n / median[name]:>7.2f} | {median[name]:>7.2f} "
            f"| {result['load']:>6.2f} | {result['peak_rss_mb']:>11.0f} | {speedup:>8} "
            f"| {ceiling:>10} | {result['own_cores']:>5.2f} |"
        )

    def per_round(key: str, digits: int) -> str:
        return "; ".join(
            f"{name} " + ", ".join(f"{x:.{digits}f}" for x in r[key]) for name, r in results.items()
        )

    print(f"wall s of each round: {per_round('seconds', 1)}")
    print(f"cores busy with OTHER processes (0: quiet): {per_round('other_cores', 2)}")
    if "engine" in results:
        overhead = results["engine"]["overhead"]
        print(
            f"our engine's own work besides CTranslate2 (tokenize + detokenize all {n}): "
            f"{overhead * 1000:.1f} ms"
        )
    unstable = [name for name, r in results.items() if not r["stable"]]
    if unstable:
        print(f"WARNING: outputs changed between rounds in: {', '.join(unstable)}")

    print()
    if "engine" in median and "argos" in median:
        speedup = median["argos"] / median["engine"]
        met = "met" if speedup >= TARGET_SPEEDUP else "MISSED"
        print(f"target: our path >= {TARGET_SPEEDUP:g}x Argos per sentence: {speedup:.2f}x, {met}")
    if "engine" in median and "raw" in median:
        share = median["raw"] / median["engine"]
        met = "met" if share >= TARGET_OF_CEILING else "MISSED"
        print(f"target: our path within 10% of the raw ceiling: {share:.0%} of it, {met}")

    print()
    pairs = [("engine", "raw"), ("engine-argos-batch", "argos"), ("engine-argos-batch", "engine")]
    for left, right in pairs:
        if left in results and right in results:
            same = sum(
                a == b
                for a, b in zip(results[left]["outputs"], results[right]["outputs"], strict=True)
            )
            print(f"outputs: {left} == {right} for {same} of {n}")
    if "engine" in results and "argos" in results:
        ours, theirs = results["engine"]["outputs"], results["argos"]["outputs"]
        differ = [i for i in range(n) if ours[i] != theirs[i]]
        split = sum(results["argos"]["pieces"][i] > 1 for i in differ)
        print(
            f"outputs: engine != argos for {len(differ)} of {n} sentences: {split} that "
            f"Argos's sentencizer split (Argos decodes the pieces), {len(differ) - split} "
            "decoded from the same input"
        )
        small = results.get("engine-argos-batch")
        for i in differ:
            pieces = results["argos"]["pieces"][i]
            why = (
                f"Argos's sentencizer split it into {pieces} pieces"
                if pieces > 1
                else "one piece in Argos too: a decoding difference"
            )
            if small:
                same = small["outputs"][i] == theirs[i]
                why += f"; with Argos's batch size our output {'equals' if same else 'differs'}"
            print(f"\n  #{i} ({why})")
            print(f"    source: {sentences[i]}")
            print(f"    Argos:  {theirs[i]}")
            print(f"    ours:   {ours[i]}")


# --- the children: one per step, each in its own process --------------------------------


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


CPU_USE: dict[str, float] = {}  # of the last timed run: see timed()


def busy_cpu_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (/proc/stat)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def timed(run) -> tuple[float, list]:
    """Seconds that `run()` took, and what it returned. CPU_USE gets the cores this process
    kept busy meanwhile, and the cores everything else on the machine did."""
    machine, own = busy_cpu_seconds(), time.process_time()
    started = time.perf_counter()
    outputs = run()
    seconds = time.perf_counter() - started
    own = time.process_time() - own
    machine = busy_cpu_seconds() - machine
    CPU_USE.update(own_cores=own / seconds, other_cores=max(0.0, machine - own) / seconds)
    return seconds, outputs


def child(step: str, work: Path) -> int:
    config = json.loads((work / "config.json").read_text(encoding="utf-8"))
    result = STEPS[step](config)
    result.update(CPU_USE)
    result.setdefault("peak_rss_mb", peak_rss_mb())
    (work / f"{step}.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


def no_spacy_download():
    """Stands in for argostranslate.networking.cache_spacy: see ARGOS_SENTENCIZER."""
    return None


def import_argos_translate():
    import argostranslate.networking

    argostranslate.networking.cache_spacy = no_spacy_download  # before sbd imports it
    import argostranslate.translate

    return argostranslate.translate


def installed_package_dir() -> Path:
    from argostranslate import package

    (pkg,) = [p for p in package.get_installed_packages() if p.type == "translate"]
    return pkg.package_path


def step_install(config: dict) -> dict:
    import sentencepiece as spm
    import spacy

    import_argos_translate()
    from argostranslate import package

    package.install_from_path(Path(config["archive"]))
    folder = installed_package_dir()
    spacy.blank("en").to_disk(folder / "spacy")
    processor = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    lengths = [len(processor.encode(s, out_type=str)) for s in config["sentences"]]
    readme = (folder / "README.md").read_text(encoding="utf-8").strip().splitlines()
    return {
        "package": str(folder),
        "readme": "model: " + readme[-1],
        "tokens_per_sentence": sum(lengths) / len(lengths),
        "max_tokens": max(lengths),
    }


def step_argos(config: dict) -> dict:
    started = time.perf_counter()
    translate = import_argos_translate()
    from argostranslate import settings
    from argostranslate.sbd import SpacySentencizerSmall

    translation = translate.get_translation_from_codes("en", "ru")
    package_translation = translation.underlying  # CachedTranslation(PackageTranslation)
    assert isinstance(package_translation, translate.PackageTranslation)
    sentencizer = package_translation.sentencizer
    assert isinstance(sentencizer, SpacySentencizerSmall), sentencizer
    translation.translate(WARMUP)  # loads the CTranslate2 model
    load = time.perf_counter() - started
    sentences = config["sentences"]

    seconds, outputs = timed(lambda: [translation.translate(s) for s in sentences])
    pieces = [len(sentencizer.split_sentences(s)) for s in sentences]
    describe = (
        f"{type(translation).__name__}({type(package_translation).__name__}).translate(s) "
        f"for each s; beam {settings.beam_size}, max_batch_size {settings.batch_size} "
        f"tokens, inter_threads {settings.inter_threads}, intra_threads "
        f"{settings.intra_threads}, compute_type {settings.compute_type}; "
        f"spaCy pipes {sentencizer.nlp.pipe_names}"
    )
    return {
        "describe": describe,
        "load": load,
        "seconds": seconds,
        "outputs": outputs,
        "pieces": pieces,
    }


def _engine_step(config: dict, settings) -> dict:
    from reader.translation.engine import Engine

    started = time.perf_counter()
    engine = Engine(installed_package_dir(), settings, threads=config["threads"])
    sentences = config["sentences"]
    engine.translate(sentences[:16])  # loads the model, reaches every worker
    load = time.perf_counter() - started
    seconds, outputs = timed(lambda: engine.translate(sentences))
    started = time.perf_counter()  # the engine's work besides translate_batch, untimed above
    for sentence in sentences:
        engine._decode(engine.tokenizer.encode(sentence))
    overhead = time.perf_counter() - started
    describe = (
        f"Engine.translate(all); settings {engine.provenance()['settings']}; "
        f"inter_threads {engine.threads}, intra_threads 1"
    )
    return {"describe": describe, "load": load, "seconds": seconds, "outputs": outputs,
            "overhead": overhead}  # fmt: skip


def step_engine(config: dict) -> dict:
    from reader.translation.engine import DecodingSettings

    return _engine_step(config, DecodingSettings(**config["settings"]))


def step_engine_argos_batch(config: dict) -> dict:
    from reader.translation.engine import ARGOS_DEFAULTS

    return _engine_step(config, ARGOS_DEFAULTS)


def step_raw(config: dict) -> dict:
    import ctranslate2
    from argostranslate.tokenizer import SentencePieceTokenizer

    from reader.translation.engine import DecodingSettings

    started = time.perf_counter()
    folder = installed_package_dir()
    prefix = json.loads((folder / "metadata.json").read_text("utf-8")).get("target_prefix", "")
    translator = ctranslate2.Translator(
        str(folder / "model"),
        device="cpu",
        compute_type="auto",
        inter_threads=config["threads"],
        intra_threads=1,
    )
    tokenizer = SentencePieceTokenizer(folder / "sentencepiece.model")
    tokens = [tokenizer.encode(s) for s in config["sentences"]]  # untimed
    options = DecodingSettings(**config["settings"]).translate_options()
    target_prefix = [[prefix]] * len(tokens) if prefix else None
    translator.translate_batch(
        tokens[:16], target_prefix=target_prefix[:16] if prefix else None, **options
    )
    load = time.perf_counter() - started

    def run():
        return translator.translate_batch(tokens, target_prefix=target_prefix, **options)

    seconds, results = timed(lambda: [r.hypotheses[0] for r in run()])
    outputs = []  # decoded as Argos decodes, untimed, to check engine == raw
    for hypothesis in results:
        value = tokenizer.decode(hypothesis)
        if prefix and value.startswith(prefix):
            value = value[len(prefix) :]
        outputs.append(value[1:] if value.startswith(" ") else value)
    describe = (
        f"Translator.translate_batch(pre-tokenized, **{options}); "
        f"inter_threads {config['threads']}, intra_threads 1"
    )
    return {"describe": describe, "load": load, "seconds": seconds, "outputs": outputs}


STEPS = {
    "install": step_install,
    "argos": step_argos,
    "engine": step_engine,
    "raw": step_raw,
    "engine-argos-batch": step_engine_argos_batch,
}


if __name__ == "__main__":
    raise SystemExit(main())
