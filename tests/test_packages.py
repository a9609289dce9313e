"""Argos model packages: validation, install, replace, listing, index, CLI and the Models page.

Packages are real zip files built here around one real (tiny, random-weight) model built by
tests/argos_model_builder.py, since an install loads the model and translates with it; the index
is a real HTTP server on localhost (or an unreachable address, as the sandbox is offline).
Nothing of reader.translation.packages is mocked.
"""

from __future__ import annotations

import functools
import html
import http.server
import io
import json
import os
import stat
import subprocess
import sys
import tempfile
import threading
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from argos_model_builder import build_package
from argostranslate import settings as argos_settings
from streamlit.testing.v1 import AppTest

from reader.config import REPO_ROOT
from reader.translation.engine import Engine
from reader.translation.packages import (
    MAX_PACKAGE_BYTES,
    MissingModelError,
    ModelIndexError,
    PackageError,
    find_model,
    install_from_file,
    install_from_index,
    installed_models,
    known_models,
    models_dir,
    uninstall,
)

APP = str(REPO_ROOT / "streamlit_app.py")
UNREACHABLE = "http://127.0.0.1:9/"  # the discard port: connection refused at once


def metadata(to_code: str = "ru", version: str = "1.0", **extra) -> dict:
    names = {"ru": "Russian", "ky": "Kyrgyz"}
    return {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": "en",
        "from_name": "English",
        "to_code": to_code,
        "to_name": names.get(to_code, to_code),
        "type": "translate",
        **extra,
    }


@functools.cache
def real_files() -> dict[str, bytes]:
    """The files of one real built package (model, vocabulary, tokenizer), by path inside
    its folder; built once, then reused under any language code and version."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = build_package(Path(tmp), to_code="ru", version="1.0")
        with zipfile.ZipFile(archive) as zf:
            return {
                i.filename.split("/", 1)[1]: zf.read(i)
                for i in zf.infolist()
                if not i.is_dir() and i.filename.count("/")
            }


def entries(to_code: str = "ru", version: str = "1.0", model: bytes | None = None) -> dict:
    """The files of a package, by path inside the zip: a real model unless `model` is given."""
    top = f"translate-en_{to_code}-{version.replace('.', '_')}"
    files: dict[str, str | bytes] = {
        f"{top}/{name}": data for name, data in real_files().items() if name != "metadata.json"
    }
    files[f"{top}/metadata.json"] = json.dumps(metadata(to_code, version), ensure_ascii=False)
    if model is not None:
        files[f"{top}/model/model.bin"] = model
    return files


def zip_bytes(files: dict[str, str | bytes], *special: tuple[zipfile.ZipInfo, bytes]) -> bytes:
    """A zip in memory; `special` entries carry their own ZipInfo (e.g. a symlink)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
        for info, data in special:
            zf.writestr(info, data)
    return buffer.getvalue()


def package(to_code: str = "ru", version: str = "1.0", model: bytes | None = None) -> bytes:
    return zip_bytes(entries(to_code, version, model))


@pytest.fixture
def models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty models folder, also in READER_MODELS."""
    folder = tmp_path / "models"
    monkeypatch.setenv("READER_MODELS", str(folder))
    return folder


@pytest.fixture
def index_at(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Point Argos's index (and its local copy and downloads) somewhere of the test's choosing;
    monkeypatch restores the real settings afterwards."""
    monkeypatch.setattr(argos_settings, "local_package_index", tmp_path / "argos-index.json")
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    monkeypatch.setattr(argos_settings, "downloads_dir", downloads)

    def point(base_url: str) -> Path:
        monkeypatch.setattr(argos_settings, "remote_package_index", base_url + "index.json")
        return downloads

    return point


@pytest.fixture
def offline(index_at) -> Path:
    return index_at(UNREACHABLE)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real HTTP server on localhost serving a folder: (base URL, folder)."""
    root = tmp_path / "www"
    root.mkdir()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(root))
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/", root
    httpd.shutdown()
    httpd.server_close()


def folder_state(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


# --- install and list ------------------------------------------------------------------------


def test_valid_package_installs_and_is_listed(models: Path):
    info = install_from_file(models, package("ru", "1.9"), "translate-en_ru.argosmodel")
    assert (info.code, info.from_code, info.to_code, info.version) == (
        "translate-en_ru",
        "en",
        "ru",
        "1.9",
    )
    assert info.installed and info.path == models / "translate-en_ru"
    assert info.name == "English → Russian"
    assert (info.path / "model" / "model.bin").read_bytes() == real_files()["model/model.bin"]
    assert installed_models(models) == [info]
    assert find_model(models, "ru") == info.path
    assert sorted(p.name for p in models.iterdir()) == ["translate-en_ru"]  # no leftovers


def test_install_from_a_path_and_with_a_bpe_tokenizer(models: Path, tmp_path: Path):
    files = entries("ky", "1.4")
    del files["translate-en_ky-1_4/sentencepiece.model"]
    files["translate-en_ky-1_4/bpe.model"] = "#version: 0.2\nt h\nth e</w>\n"  # BPE merges
    path = tmp_path / "translate-en_ky.argosmodel"
    path.write_bytes(zip_bytes(files))
    info = install_from_file(models, path, path.name)
    assert (info.code, info.version) == ("translate-en_ky", "1.4")
    assert (info.path / "bpe.model").is_file()


def test_missing_folder_is_created_and_empty(tmp_path: Path):
    folder = tmp_path / "not" / "yet"
    assert installed_models(folder) == []
    assert folder.is_dir()


def test_reinstall_replaces_the_old_version(models: Path):
    install_from_file(models, package("ru", "1.8"), "a.argosmodel")
    info = install_from_file(models, package("ru", "1.9"), "b.argosmodel")
    assert [(m.code, m.version) for m in installed_models(models)] == [("translate-en_ru", "1.9")]
    assert json.loads((info.path / "metadata.json").read_text("utf-8"))["package_version"] == "1.9"
    assert sorted(p.name for p in models.iterdir()) == ["translate-en_ru"]


def test_install_replaces_a_package_argos_installed_under_another_folder_name(models: Path):
    with zipfile.ZipFile(io.BytesIO(package("ru", "1.8"))) as zf:
        zf.extractall(models)  # what Argos's own install_from_path does
    assert [p.name for p in models.iterdir()] == ["translate-en_ru-1_8"]
    assert installed_models(models)[0].version == "1.8"
    install_from_file(models, package("ru", "1.9"), "translate-en_ru.argosmodel")
    assert [(m.path.name, m.version) for m in installed_models(models)] == [
        ("translate-en_ru", "1.9")
    ]


def test_broken_package_folder_is_reported_not_fatal(models: Path):
    install_from_file(models, package("ru"), "ru.argosmodel")
    (models / "empty").mkdir()
    (models / "badjson").mkdir()
    (models / "badjson" / "metadata.json").write_text("{", encoding="utf-8")
    (models / ".installing-leftover").mkdir()  # hidden work folders are never listed
    listed = {m.code: m for m in installed_models(models)}
    assert set(listed) == {"translate-en_ru", "empty", "badjson"}
    assert "metadata.json" in listed["empty"].problem
    assert listed["badjson"].problem and listed["badjson"].path == models / "badjson"
    assert not listed["translate-en_ru"].problem
    assert find_model(models, "ru") == models / "translate-en_ru"


# --- invalid packages ------------------------------------------------------------------------

TOP = "translate-en_ru-1_1"


def _without(name: str) -> bytes:
    files = entries("ru", "1.1")
    del files[f"{TOP}/{name}"]
    return zip_bytes(files)


def _with(extra: dict) -> bytes:
    return zip_bytes({**entries("ru", "1.1"), **extra})


def _metadata(raw: str | bytes) -> bytes:
    return _with({f"{TOP}/metadata.json": raw})


def _symlink() -> bytes:
    link = zipfile.ZipInfo(f"{TOP}/model/link")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    return zip_bytes(entries("ru", "1.1"), (link, b"/etc/passwd"))


def _duplicate() -> bytes:
    """The second copy of a file fails mid-extraction, after other files were written."""
    return zip_bytes(entries("ru", "1.1"), (zipfile.ZipInfo(f"{TOP}/README.md"), b"again"))


def _corrupt() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        for name, data in entries("ru", "1.1", model=b"WEIGHTS" * 100).items():
            zf.writestr(name, data)
    return buffer.getvalue().replace(b"WEIGHTSWEIGHTS", b"WEIGHTSWEIGHTX", 1)  # bad CRC


INVALID = {
    "not a zip": (lambda: b"just some text", {}, "not a zip archive"),
    "truncated zip": (lambda: package("ru", "1.1")[:-30], {}, "not a zip archive"),
    "no metadata": (lambda: _without("metadata.json"), {}, "no metadata.json"),
    "bad json": (lambda: _metadata("{not json"), {}, "not valid JSON"),
    "not utf-8": (
        lambda: _metadata(json.dumps(metadata()).replace("English", "Engl\xefsh").encode("cp1252")),
        {},
        "not UTF-8",
    ),
    "json list": (lambda: _metadata("[1, 2]"), {}, "JSON object"),
    "no from_code": (
        lambda: _metadata(json.dumps({**metadata(), "from_code": ""})),
        {},
        "no from_code",
    ),
    "no version": (
        lambda: _metadata(
            json.dumps({k: v for k, v in metadata().items() if k != "package_version"})
        ),
        {},
        "no package_version",
    ),
    "odd code": (
        lambda: _metadata(json.dumps({**metadata(), "to_code": "../ru"})),
        {},
        "strange to_code",
    ),
    "not translate": (
        lambda: _metadata(json.dumps({**metadata(), "type": "sbd"})),
        {},
        "not a translation model",
    ),
    "no model.bin": (lambda: _without("model/model.bin"), {}, r"model/model\.bin"),
    "no tokenizer": (lambda: _without("sentencepiece.model"), {}, "no tokenizer"),
    "path traversal": (lambda: _with({f"{TOP}/../../evil": b"x"}), {}, "leaves the package"),
    "top-level traversal": (lambda: _with({"../evil": b"x"}), {}, "leaves the package"),
    "absolute path": (lambda: _with({"/tmp/evil/metadata.json": b"x"}), {}, "absolute path"),
    "two folders": (lambda: _with({"other/metadata.json": "{}"}), {}, "exactly one top-level"),
    "loose file": (lambda: _with({"README.md": "hi"}), {}, "exactly one top-level"),
    "symlink": (_symlink, {}, "symbolic link"),
    "duplicate entry": (_duplicate, {}, "Could not install upload.argosmodel"),
    "corrupt data": (_corrupt, {}, "damaged.*Bad CRC"),
    "oversize": (lambda: package("ru", "1.1"), {"max_bytes": 100}, "are refused"),
    "unpacks too big": (
        lambda: package("ru", "1.1", model=b"0" * 5000),
        {"max_unpacked": 4000},
        "unpacks to",
    ),
    "declared sizes over the limit": (
        lambda: package("ru", "1.1"),
        {"max_unpacked": 2**20},
        r"unpacks to \d+\.\d MB; more than 1\.0 MB is refused",
    ),
}


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize("case", list(INVALID))
def test_invalid_package_is_refused_and_the_installed_one_kept(
    case: str, models: Path, tmp_path: Path
):
    make, limits, message = INVALID[case]
    install_from_file(models, package("ru", "1.0"), "v1.argosmodel")
    before = folder_state(models)
    with pytest.raises(PackageError, match=message):
        install_from_file(models, make(), "upload.argosmodel", **limits)
    assert folder_state(models) == before
    assert sorted(p.name for p in models.iterdir()) == ["translate-en_ru"]
    assert [(m.code, m.version) for m in installed_models(models)] == [("translate-en_ru", "1.0")]
    assert not (tmp_path / "evil").exists() and not (models.parent / "evil").exists()


# --- packages that unpack but cannot translate, and bombs -------------------------------------

ARTICLE = "003_3eaa36a4e0c2b786"


def _bomb() -> bytes:
    """2 MiB of zeros as model.bin: a few KB in the zip (the probe had 3.9 GiB in 4.2 MB)."""
    return package("ru", "1.1", model=bytes(2 * 2**20))


UNUSABLE = {
    "random model.bin": (lambda: package("ru", "1.1", model=os.urandom(4096)), "cannot load"),
    "truncated model.bin": (
        lambda: package("ru", "1.1", model=real_files()["model/model.bin"][:100_000]),
        "cannot load",
    ),
    "random tokenizer": (
        lambda: _with({f"{TOP}/sentencepiece.model": os.urandom(4096)}),
        "cannot translate",
    ),
    "zeros bomb": (_bomb, r"model\.bin unpacks 0\.0 MB into 2 MB \(\d+ times\)"),
}


def translates(models: Path) -> bool:
    """The installed en→ru package loads and gives a translation."""
    return bool(Engine(find_model(models, "ru"), threads=1).translate(["Kyrgyzstan votes."])[0])


@pytest.mark.parametrize("case", list(UNUSABLE))
def test_a_package_that_cannot_translate_is_refused_and_the_old_one_still_translates(
    case: str, models: Path
):
    make, message = UNUSABLE[case]
    install_from_file(models, package("ru", "1.0"), "v1.argosmodel")
    before = folder_state(models)
    with pytest.raises(PackageError, match=message) as err:
        install_from_file(models, make(), "upload.argosmodel")
    assert str(err.value).startswith("upload.argosmodel: ")
    assert "translate-en_ru" in str(err.value)
    assert folder_state(models) == before
    assert sorted(p.name for p in models.iterdir()) == ["translate-en_ru"]
    assert translates(models)


def test_a_first_install_that_cannot_translate_leaves_nothing(models: Path):
    with pytest.raises(PackageError, match=r"cannot load.*nothing was installed"):
        install_from_file(models, package("ru", "1.1", model=os.urandom(4096)), "x.argosmodel")
    assert installed_models(models) == [] and list(models.iterdir()) == []


def test_missing_file_is_a_package_error(models: Path, tmp_path: Path):
    with pytest.raises(PackageError, match="Could not install"):
        install_from_file(models, tmp_path / "nope.argosmodel", "nope.argosmodel")


def test_package_of_another_pair_than_expected_is_refused(models: Path):
    with pytest.raises(PackageError, match="not the expected translate-en_ky"):
        install_from_file(models, package("ru"), "x.argosmodel", expected_code="translate-en_ky")
    assert installed_models(models) == []


# --- find, uninstall, folders ----------------------------------------------------------------


def test_find_model_names_the_package_and_the_commands(models: Path):
    install_from_file(models, package("ru"), "ru.argosmodel")
    with pytest.raises(MissingModelError) as err:
        find_model(models, "ky")
    message = str(err.value)
    assert "translate-en_ky" in message
    assert "python -m reader models install ky" in message
    assert "python -m reader models install --file translate-en_ky.argosmodel" in message
    with pytest.raises(MissingModelError, match="install --from ru ky"):
        find_model(models, "ky", from_code="ru")


def test_find_model_picks_the_newest_version(models: Path):
    install_from_file(models, package("ru", "1.10"), "new.argosmodel")
    with zipfile.ZipFile(io.BytesIO(package("ru", "1.9"))) as zf:
        zf.extractall(models)  # an older copy Argos installed beside it
    assert find_model(models, "ru") == models / "translate-en_ru"


def test_uninstall_removes_only_that_package(models: Path):
    install_from_file(models, package("ru"), "ru.argosmodel")
    install_from_file(models, package("ky"), "ky.argosmodel")
    assert uninstall(models, "translate-en_ru") == [models / "translate-en_ru"]
    assert [m.code for m in installed_models(models)] == ["translate-en_ky"]
    assert sorted(p.name for p in models.iterdir()) == ["translate-en_ky"]
    for bad in ("translate-en_ru", "..", "../models", "/etc"):
        with pytest.raises(PackageError):
            uninstall(models, bad)
    assert [m.code for m in installed_models(models)] == ["translate-en_ky"]


def test_models_dir_explicit_then_env_then_argos_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("READER_MODELS", str(tmp_path / "env"))
    assert models_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert models_dir() == tmp_path / "env"
    monkeypatch.delenv("READER_MODELS")
    assert models_dir() == Path(argos_settings.package_data_dir).resolve()


# --- the Argos index -------------------------------------------------------------------------


def test_known_models_offline_is_a_clear_error_and_listing_still_works(models: Path, offline):
    install_from_file(models, package("ru"), "ru.argosmodel")
    with pytest.raises(ModelIndexError, match="could not be reached") as err:
        known_models()
    assert "127.0.0.1:9" in str(err.value)
    # An old local copy of the index is not passed off as the current one.
    argos_settings.local_package_index.write_text("[]", encoding="utf-8")
    with pytest.raises(ModelIndexError):
        known_models()
    with pytest.raises(ModelIndexError):
        install_from_index(models, ["ky"])
    assert [m.code for m in installed_models(models)] == ["translate-en_ru"]


def test_remote_package_index_is_restored_after_the_offline_test():
    assert argos_settings.remote_package_index != UNREACHABLE + "index.json"


def _publish(root: Path, base: str, packages: dict[str, bytes]) -> None:
    """Write an Argos-style index.json and the package files it links to."""
    index = []
    for name, data in packages.items():
        (root / name).write_bytes(data)
        to_code, version = name.removesuffix(".argosmodel").split("@")
        index.append({**metadata(to_code, version), "links": [base + name]})
    (root / "index.json").write_text(json.dumps(index), encoding="utf-8")


def test_known_models_and_install_from_a_real_http_index(models: Path, server, index_at):
    base, root = server
    downloads = index_at(base)
    _publish(
        root,
        base,
        {"ru@1.9.argosmodel": package("ru", "1.9"), "ky@1.4.argosmodel": package("ky", "1.4")},
    )
    known = known_models()
    assert [(m.code, m.version, m.installed, m.path) for m in known] == [
        ("translate-en_ky", "1.4", False, None),
        ("translate-en_ru", "1.9", False, None),
    ]
    progress: list[str] = []
    infos = install_from_index(models, ["ru", "ky"], on_progress=progress.append)
    assert [(i.code, i.version) for i in infos] == [
        ("translate-en_ru", "1.9"),
        ("translate-en_ky", "1.4"),
    ]
    assert find_model(models, "ky") == models / "translate-en_ky"
    assert any("Downloading translate-en_ky 1.4" in p for p in progress)
    assert list(downloads.iterdir()) == []  # the download cache is emptied


def test_install_from_index_unknown_language_downloads_nothing(models: Path, server, index_at):
    base, root = server
    downloads = index_at(base)
    _publish(root, base, {"ru@1.9.argosmodel": package("ru", "1.9")})
    with pytest.raises(ModelIndexError, match=r"no translate-en_xx package.*offers: ru"):
        install_from_index(models, ["ru", "xx"])
    assert installed_models(models) == [] and list(downloads.iterdir()) == []


def test_install_from_index_refuses_a_bad_download_and_keeps_the_old(
    models: Path, server, index_at
):
    base, root = server
    index_at(base)
    install_from_file(models, package("ru", "1.0"), "ru.argosmodel")
    _publish(root, base, {"ru@1.9.argosmodel": b"<html>not a package</html>"})
    with pytest.raises(PackageError, match="not a zip"):
        install_from_index(models, ["ru"])
    (root / "ru@1.9.argosmodel").unlink()  # a dead link
    with pytest.raises(ModelIndexError, match="Could not download translate-en_ru"):
        install_from_index(models, ["ru"])
    assert [(m.code, m.version) for m in installed_models(models)] == [("translate-en_ru", "1.0")]


def test_broken_index_is_a_clear_error(server, index_at):
    base, root = server
    index_at(base)
    (root / "index.json").write_text("<html>", encoding="utf-8")
    with pytest.raises(ModelIndexError, match="could not be read"):
        known_models()


# --- a real package built with CTranslate2 ---------------------------------------------------


def test_real_argos_package_installs_loads_and_translates(models: Path, tmp_path: Path):
    import ctranslate2
    import sentencepiece as spm
    from argos_model_builder import build_package
    from argostranslate.package import Package

    archive = build_package(tmp_path / "built", from_code="en", to_code="ky", version="1.4")
    info = install_from_file(models, archive, archive.name)
    assert (info.code, info.version, info.name) == ("translate-en_ky", "1.4", "English → Kyrgyz")
    path = find_model(models, "ky")
    pkg = Package(path)
    assert (pkg.from_code, pkg.to_code, pkg.package_version) == ("en", "ky", "1.4")
    tokens = spm.SentencePieceProcessor(model_file=str(path / "sentencepiece.model")).encode(
        "Kyrgyzstan votes.", out_type=str
    )
    result = ctranslate2.Translator(str(path / "model")).translate_batch(
        [tokens], max_decoding_length=8
    )
    assert result[0].hypotheses[0]


# --- CLI -------------------------------------------------------------------------------------


def cli(*args: str, folder: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    return reader_cli("models", *args, folder=folder, tmp_path=tmp_path)


def reader_cli(*args: str, folder: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "READER_MODELS": str(folder),
        "ARGOS_PACKAGE_INDEX": UNREACHABLE,
        # Argos creates its folders on import: keep them out of the real home.
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=env,
        timeout=120,
    )


def test_cli_install_file_then_list(models: Path, tmp_path: Path):
    path = tmp_path / "translate-en_ru.argosmodel"
    path.write_bytes(package("ru", "1.9"))
    result = cli("install", "--file", str(path), folder=models, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "installed translate-en_ru 1.9" in result.stdout

    result = cli("list", folder=models, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"translate-en_ru  1.9  English → Russian  {models / 'translate-en_ru'}" in out
    assert "Missing: translate-en_ky" in out
    assert "python -m reader models install ky" in out
    assert "python -m reader models install --file translate-en_ky.argosmodel" in out
    assert "could not be reached" in out
    assert "Traceback" not in result.stderr


def test_cli_refuses_a_bad_file_without_traceback(models: Path, tmp_path: Path):
    good = tmp_path / "good.argosmodel"
    good.write_bytes(package("ru", "1.0"))
    assert cli("install", "--file", str(good), folder=models, tmp_path=tmp_path).returncode == 0
    evil = tmp_path / "evil.argosmodel"
    evil.write_bytes(_with({f"{TOP}/../../evil": b"x"}))
    result = cli("install", "--file", str(evil), folder=models, tmp_path=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("reader: error: evil.argosmodel: refusing path")
    assert "Traceback" not in result.stderr
    assert [(m.code, m.version) for m in installed_models(models)] == [("translate-en_ru", "1.0")]


def test_cli_refuses_a_model_that_cannot_load_without_traceback(models: Path, tmp_path: Path):
    install_from_file(models, package("ru", "1.0"), "v1.argosmodel")
    bad = tmp_path / "random.argosmodel"
    bad.write_bytes(package("ru", "1.1", model=os.urandom(4096)))
    result = cli("install", "--file", str(bad), folder=models, tmp_path=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith(
        "reader: error: random.argosmodel: the translate-en_ru model cannot be used"
    )
    assert "the installed translate-en_ru is kept" in result.stderr
    assert "Traceback" not in result.stderr
    assert [(m.code, m.version) for m in installed_models(models)] == [("translate-en_ru", "1.0")]
    assert translates(models)


@pytest.mark.parametrize(
    ("broken", "message"),
    [("model/model.bin", "cannot load the model"), ("sentencepiece.model", "cannot translate")],
)
@pytest.mark.usefixtures("corpus_dir")
def test_cli_translate_with_a_broken_installed_model_fails_clearly(
    broken: str, message: str, models: Path, data_dir: Path, tmp_path: Path
):
    """A package damaged after its install (or put there by another tool)."""
    info = install_from_file(models, package("ru", "1.0"), "v1.argosmodel")
    (info.path / broken).write_bytes(os.urandom(4096))
    result = reader_cli("translate", ARTICLE, "--to", "ru", folder=models, tmp_path=tmp_path)
    assert result.returncode == 1
    last = result.stderr.splitlines()[-1]  # after the progress bar
    assert last.startswith("reader: error: ")
    assert message in last and "translate-en_ru" in last
    assert "Traceback" not in result.stderr


def test_cli_install_from_index_offline_and_remove(models: Path, tmp_path: Path):
    result = cli("install", "ru", "ky", folder=models, tmp_path=tmp_path)
    assert result.returncode == 1
    assert "could not be reached" in result.stderr and "Traceback" not in result.stderr
    result = cli("remove", "translate-en_ru", folder=models, tmp_path=tmp_path)
    assert result.returncode == 1 and "No installed package" in result.stderr
    install_from_file(models, package("ru"), "ru.argosmodel")
    result = cli("remove", "translate-en_ru", folder=models, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert installed_models(models) == []


# --- the Models page -------------------------------------------------------------------------


def _models_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app/models.py").run()
    assert not at.exception
    return at


def _texts(elements) -> str:
    """What the reader sees: data in messages is written with HTML character references."""
    return "\n".join(html.unescape(e.value) for e in elements)


@pytest.mark.usefixtures("indexed_data_dir", "corpus_dir", "offline")
def test_models_page_shows_installed_and_missing_models(models: Path):
    install_from_file(models, package("ru", "1.9"), "ru.argosmodel")
    at = _models_page()
    assert at.title[0].value == "Models"
    table = at.dataframe[0].value
    assert table["package"].tolist() == ["translate-en_ru"]
    assert table["version"].tolist() == ["1.9"]
    assert table["path"].tolist() == [str(models / "translate-en_ru")]
    assert "translate-en_ru is installed" in _texts(at.success)
    assert "translate-en_ky is missing" in _texts(at.warning)
    assert "python -m reader models install ky" in _texts(at.code)
    assert "python -m reader models install --file translate-en_ky.argosmodel" in _texts(at.code)

    at.button(key="models_index").click().run()
    assert not at.exception
    assert "could not be reached" in _texts(at.warning)


@pytest.mark.usefixtures("indexed_data_dir", "corpus_dir", "offline")
def test_models_page_installs_an_uploaded_package(models: Path):
    at = _models_page()
    assert "No translation model is installed yet." in _texts(at.info)
    uploader = at.file_uploader(key="models_upload")
    uploader.set_value(("evil.argosmodel", _without("model/model.bin"), "application/zip")).run()
    at.button(key="models_install").click().run()
    assert not at.exception
    assert "model/model.bin" in _texts(at.error)
    assert installed_models(models) == []

    uploader = at.file_uploader(key="models_upload")
    uploader.set_value(("translate-en_ky.argosmodel", package("ky", "1.4"), "application/zip"))
    uploader.run()
    at.button(key="models_install").click().run()
    assert not at.exception
    assert "Installed translate-en_ky 1.4" in _texts(at.success)
    assert "translate-en_ky is installed" in _texts(at.success)
    assert at.dataframe[0].value["package"].tolist() == ["translate-en_ky"]
    assert find_model(models, "ky") == models / "translate-en_ky"


@pytest.mark.usefixtures("indexed_data_dir", "corpus_dir", "offline")
def test_models_page_refuses_a_model_that_cannot_load_and_keeps_the_old(models: Path):
    install_from_file(models, package("ru", "1.0"), "v1.argosmodel")
    at = _models_page()
    uploader = at.file_uploader(key="models_upload")
    uploader.set_value(
        ("random.argosmodel", package("ru", "1.1", model=os.urandom(4096)), "application/zip")
    ).run()
    at.button(key="models_install").click().run()
    assert not at.exception
    assert "random.argosmodel: the translate-en_ru model cannot be used" in _texts(at.error)
    assert "the installed translate-en_ru is kept" in _texts(at.error)
    assert at.dataframe[0].value["version"].tolist() == ["1.0"]
    assert translates(models)


@pytest.mark.usefixtures("indexed_data_dir", "corpus_dir")
def test_translate_button_with_a_broken_installed_model_shows_the_error(models: Path):
    info = install_from_file(models, package("ru", "1.0"), "v1.argosmodel")
    (info.path / "model" / "model.bin").write_bytes(os.urandom(4096))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.sidebar.multiselect(key="mt_langs").set_value(["ru"]).run()
    at.sidebar.button(key="translate").click().run()
    assert not at.exception
    assert "cannot load the model" in _texts(at.error)


def test_streamlit_upload_limit_matches_the_package_limit():
    config = tomllib.loads((REPO_ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == MAX_PACKAGE_BYTES
