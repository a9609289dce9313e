"""Argos Translate model packages: where they live, which are installed, and installing them.

We use Argos's package format, index and downloader, but install with our own
`install_from_file`: Argos's `install_from_path` extracts whatever the zip holds straight into
the package folder (no checks, no rollback) and imports `argostranslate.translate`, which needs
stanza and torch, which we deliberately do not install. A package is a zip (`.argosmodel`) of
one folder holding `metadata.json`, a CTranslate2 model in `model/` and a SentencePiece or BPE
tokenizer. Installed packages sit one folder each in the models folder, named by their code
(`translate-en_ru`), so Argos itself finds them too.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import shutil
import socket
import stat
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

import packaging.version
from argostranslate import package as argos_package
from argostranslate import settings as argos_settings

from reader.lang import source_code
from reader.translation.engine import Engine, EngineError

_SOURCE = source_code()  # the language texts are translated from

# Argos packages are 100-300 MB today; 1 GiB leaves room for bigger ones while refusing
# anything absurd. The Streamlit upload limit (.streamlit/config.toml) matches it.
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024
# Model weights barely compress, so 4x the archive limit is generous; it stops zip bombs.
MAX_UNPACKED_BYTES = 4 * MAX_PACKAGE_BYTES
# Weights, tokenizers and vocabularies compress 1-4 times; a member that claims to grow more
# than MAX_RATIO times (beyond RATIO_FLOOR_BYTES, so tiny text files do not count) is padding
# or a bomb: 3.9 GiB of zeros fit in 4 MB.
MAX_RATIO = 50
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_ENTRIES = 10_000
NETWORK_TIMEOUT_S = 30.0
MAX_METADATA_BYTES = 1024 * 1024
TOKENIZERS = ("sentencepiece.model", "bpe.model")
# Hidden folders inside the models folder: work in progress, never listed as packages.
STAGING_PREFIX = ".installing-"
RETIRED_PREFIX = ".replaced-"
# Argos logs each failed download on stderr before we report it in one clear message.
logging.getLogger("argostranslate.utils").addHandler(logging.NullHandler())
_LANG_CODE = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{1,8})*")


class ModelError(ValueError):
    """Base of the model errors; a ValueError so the CLI reports it without a traceback."""


class PackageError(ModelError):
    """A package that cannot be installed or removed; the message says why."""


class MissingModelError(ModelError):
    """No installed model for a language pair; the message says how to install one."""


class ModelIndexError(ModelError):
    """The Argos package index cannot be reached or read (offline, blocked, broken)."""


@dataclass(frozen=True)
class ModelInfo:
    code: str  # "translate-en_ru"
    from_code: str
    to_code: str
    version: str
    path: Path | None  # None if not installed
    installed: bool
    name: str  # "English → Russian"
    problem: str = ""  # why an installed folder cannot be used; empty when it can


def models_dir(explicit: Path | str | None = None) -> Path:
    """Explicit folder, else env READER_MODELS, else Argos's own folder (so its installs count)."""
    chosen = explicit or os.environ.get("READER_MODELS") or argos_settings.package_data_dir
    return Path(chosen).expanduser().resolve()


def package_code(from_code: str, to_code: str) -> str:
    return f"translate-{from_code}_{to_code}"


def install_commands(to_code: str, from_code: str = _SOURCE) -> tuple[str, str]:
    """The online and offline commands that install the package for a pair."""
    pair = to_code if from_code == _SOURCE else f"--from {from_code} {to_code}"
    return (
        f"python -m reader models install {pair}",
        f"python -m reader models install --file {package_code(from_code, to_code)}.argosmodel",
    )


def _info(pkg: argos_package.IPackage, path: Path | None) -> ModelInfo:
    from_name = pkg.from_name or pkg.from_code
    to_name = pkg.to_name or pkg.to_code
    return ModelInfo(
        code=argos_package.argospm_package_name(pkg),
        from_code=pkg.from_code or "",
        to_code=pkg.to_code or "",
        version=str(pkg.package_version or ""),
        path=path,
        installed=path is not None,
        name=f"{from_name} → {to_name}",
    )


def _version_key(version: str) -> tuple[int, packaging.version.Version | str]:
    try:
        return (1, packaging.version.Version(version))
    except packaging.version.InvalidVersion:
        return (0, version)


def installed_models(directory: Path) -> list[ModelInfo]:
    """Every package folder, each read with Argos's `Package`; broken ones carry a `problem`.

    Argos's `get_installed_packages` does the same loop but stops at the first unreadable
    folder, so one bad folder would hide every model: here it is reported instead.
    """
    directory.mkdir(parents=True, exist_ok=True)
    found = []
    for folder in sorted(directory.iterdir()):
        if not folder.is_dir() or folder.name.startswith("."):
            continue
        try:
            pkg = argos_package.Package(folder)
            if not (pkg.from_code and pkg.to_code):
                raise ValueError("metadata.json has no from_code/to_code")
            found.append(_info(pkg, folder))
        except (OSError, ValueError, AttributeError, TypeError) as exc:
            problem = f"not a usable package: {exc}"
            found.append(ModelInfo(folder.name, "", "", "", folder, True, folder.name, problem))
    return found


def find_model(directory: Path, to_code: str, from_code: str = _SOURCE) -> Path:
    """The folder of the newest installed from_code→to_code package."""
    usable = [
        m
        for m in installed_models(directory)
        if not m.problem and (m.from_code, m.to_code) == (from_code, to_code)
    ]
    if usable:
        best = max(usable, key=lambda m: _version_key(m.version))
        assert best.path is not None
        return best.path
    online, offline = install_commands(to_code, from_code)
    raise MissingModelError(
        f"No {from_code}→{to_code} translation model is installed in {directory}. "
        f"Install the Argos package {package_code(from_code, to_code)}: "
        f'online: "{online}"; offline, from a downloaded file: "{offline}".'
    )


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_mtime_ns, st.st_size)


@contextmanager
def network_timeout(seconds: float = NETWORK_TIMEOUT_S) -> Iterator[None]:
    """Argos opens its URLs without a timeout; a network that drops packets would hang us.

    The timeout is per socket operation, so a slow but live download still completes.
    """
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(seconds)
    try:
        yield
    finally:
        socket.setdefaulttimeout(previous)


def _available() -> list[argos_package.AvailablePackage]:
    """Refresh Argos's index and read it; any failure is a ModelIndexError.

    `update_package_index` only logs its failures and keeps the old copy, and
    `get_available_packages` recurses forever when there is no copy at all, so we check that
    the local copy was really rewritten before reading it.
    """
    url = argos_settings.remote_package_index
    local = Path(argos_settings.local_package_index)
    before = _stamp(local)
    with network_timeout():
        argos_package.update_package_index()
    after = _stamp(local)
    if after is None or after == before:
        raise ModelIndexError(
            f"The Argos model index ({url}) could not be reached: no internet connection? "
            "Installed models are unaffected; to install without internet use "
            '"python -m reader models install --file PACKAGE.argosmodel".'
        )
    try:
        packages = argos_package.get_available_packages()
    except (OSError, ValueError, AttributeError, TypeError) as exc:
        raise ModelIndexError(f"The Argos model index ({url}) could not be read: {exc}") from None
    return [p for p in packages if p.type == "translate" and p.from_code and p.to_code]


def known_models() -> list[ModelInfo]:
    """Packages the Argos index offers (needs internet), sorted by code."""
    return sorted((_info(p, None) for p in _available()), key=lambda m: m.code)


def install_from_index(
    directory: Path,
    to_codes: list[str],
    from_code: str = _SOURCE,
    on_progress: Callable[[str], None] | None = None,
) -> list[ModelInfo]:
    """Download the newest from_code→xx package of each language and install it.

    Every language is looked up before anything is downloaded, so a typo costs no download.
    """
    say = on_progress or (lambda _message: None)
    say(f"Reading the Argos model index ({argos_settings.remote_package_index})…")
    available = _available()
    chosen = []
    for to_code in to_codes:
        matches = [p for p in available if (p.from_code, p.to_code) == (from_code, to_code)]
        if not matches:
            pairs = sorted({p.to_code for p in available if p.from_code == from_code})
            raise ModelIndexError(
                f"The Argos index has no {package_code(from_code, to_code)} package; "
                f"from {from_code} it offers: {', '.join(pairs) or 'nothing'}."
            )
        chosen.append(max(matches, key=lambda p: _version_key(str(p.package_version))))
    installed = []
    for pkg in chosen:
        code = argos_package.argospm_package_name(pkg)
        say(f"Downloading {code} {pkg.package_version}…")
        try:
            with network_timeout():
                downloaded = pkg.download()
        except Exception as exc:  # Argos raises a bare Exception when every link fails
            raise ModelIndexError(f"Could not download {code}: {exc}") from None
        try:
            say(f"Installing {code} {pkg.package_version}…")
            info = install_from_file(directory, downloaded, downloaded.name, expected_code=code)
        finally:
            # Argos reuses a cached download as is: drop it, so a bad one is fetched afresh.
            downloaded.unlink(missing_ok=True)
        say(f"Installed {info.code} {info.version} in {info.path}")
        installed.append(info)
    return installed


def _check_member(info: zipfile.ZipInfo, filename: str) -> PurePosixPath:
    name = info.filename
    if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
        raise PackageError(f"{filename}: refusing absolute path {name!r} in the archive.")
    if "\\" in name:
        raise PackageError(f"{filename}: refusing backslash path {name!r} in the archive.")
    path = PurePosixPath(name)
    if ".." in path.parts:
        raise PackageError(f"{filename}: refusing path {name!r} that leaves the package folder.")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise PackageError(f"{filename}: refusing symbolic link {name!r} in the archive.")
    return path


def _read_metadata(zf: zipfile.ZipFile, member: str, filename: str) -> dict:
    info = zf.getinfo(member)
    if info.file_size > MAX_METADATA_BYTES:
        raise PackageError(f"{filename}: metadata.json is too large ({info.file_size} bytes).")
    try:
        metadata = json.loads(zf.read(info).decode("utf-8"))
    except UnicodeDecodeError:
        raise PackageError(f"{filename}: metadata.json is not UTF-8 text.") from None
    except ValueError as exc:  # bad JSON, or a number of 4,300+ digits
        raise PackageError(f"{filename}: metadata.json is not valid JSON ({exc}).") from None
    except RecursionError:
        raise PackageError(f"{filename}: metadata.json is nested too deeply.") from None
    if not isinstance(metadata, dict):
        raise PackageError(f"{filename}: metadata.json must hold a JSON object.")
    for key in ("from_code", "to_code", "package_version"):
        if not isinstance(metadata.get(key), str) or not metadata[key].strip():
            raise PackageError(f"{filename}: metadata.json has no {key}.")
    for key in ("from_code", "to_code"):
        if not _LANG_CODE.fullmatch(metadata[key]):
            raise PackageError(f"{filename}: metadata.json has a strange {key} {metadata[key]!r}.")
    kind = metadata.get("type", "translate")
    if kind != "translate":
        raise PackageError(f"{filename}: a {kind!r} package, not a translation model.")
    return metadata


def _open_source(source: Path | bytes, filename: str, max_bytes: int) -> BinaryIO:
    size = len(source) if isinstance(source, bytes) else Path(source).stat().st_size
    if size > max_bytes:
        raise PackageError(
            f"{filename} is {size / 2**20:.0f} MB; packages over {max_bytes / 2**20:.0f} MB "
            "are refused."
        )
    return io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")


def _extract(
    zf: zipfile.ZipFile, members: list[zipfile.ZipInfo], dest: Path, limit: int, filename: str
) -> None:
    """Copy each member under dest minus its top folder, counting bytes really written
    (sizes in the zip's headers are only claims)."""
    written = 0
    root = dest.resolve()
    for info in members:
        parts = PurePosixPath(info.filename).parts[1:]
        if not parts:
            continue
        target = dest.joinpath(*parts)
        if not target.resolve().is_relative_to(root):
            raise PackageError(f"{filename}: refusing path {info.filename!r}.")
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with zf.open(info) as src, open(target, "xb") as out:
            while chunk := src.read(1024 * 1024):
                written += len(chunk)
                if written > limit:
                    raise PackageError(
                        f"{filename} unpacks to more than {limit / 2**20:.0f} MB: refused."
                    )
                out.write(chunk)


def _check_sizes(members: list[zipfile.ZipInfo], filename: str, max_unpacked: int) -> int:
    """Refuse, from the zip's listing alone, a package that unpacks too big or a member that
    grows like a bomb; returns the total unpacked size. (zipfile never yields more bytes than
    a member's declared size, so the claims bind.)"""
    claimed = sum(i.file_size for i in members)
    if claimed > max_unpacked:
        raise PackageError(
            f"{filename} unpacks to {claimed / 2**20:.1f} MB; more than "
            f"{max_unpacked / 2**20:.1f} MB is refused."
        )
    for info in members:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
            raise PackageError(
                f"{filename}: {info.filename} unpacks {info.compress_size / 2**20:.1f} MB "
                f"into {info.file_size / 2**20:.0f} MB ({ratio:.0f} times); model files "
                f"never compress more than {MAX_RATIO} times, so this is no real model: refused."
            )
    return claimed


def _check_loads(staging: Path, filename: str, code: str, directory: Path) -> None:
    """Load the unpacked model and tokenizer and translate a sentence, before anything is
    replaced: a package that unpacks but cannot translate must not displace a working one."""
    try:
        Engine(staging, threads=1).check()
    except EngineError as exc:
        kept = (
            f"the installed {code} is kept"
            if any(m.code == code and not m.problem for m in installed_models(directory))
            else "nothing was installed"
        )
        detail = str(exc).replace(str(staging), code)
        raise PackageError(
            f"{filename}: the {code} model cannot be used ({detail}); {kept}."
        ) from None


def _check_archive(zf: zipfile.ZipFile, members: list[zipfile.ZipInfo], filename: str) -> dict:
    """Layout checks on the zip's listing, before anything is written; returns the metadata."""
    if len(members) > MAX_ENTRIES:
        raise PackageError(f"{filename} holds {len(members)} files: too many.")
    paths = [_check_member(info, filename) for info in members]
    tops = {p.parts[0] for p in paths if p.parts}
    loose = [
        i.filename
        for p, i in zip(paths, members, strict=True)
        if len(p.parts) == 1 and not i.is_dir()
    ]
    if len(tops) != 1 or loose:
        raise PackageError(
            f"{filename}: a package holds exactly one top-level folder and nothing "
            f"beside it; this one has {', '.join(sorted(tops) + loose) or 'nothing'}."
        )
    top = tops.pop()
    names = {str(p) for p in paths}
    if f"{top}/metadata.json" not in names:
        raise PackageError(f"{filename}: no metadata.json in {top}/.")
    metadata = _read_metadata(zf, f"{top}/metadata.json", filename)
    if f"{top}/model/model.bin" not in names:
        raise PackageError(f"{filename}: no CTranslate2 model ({top}/model/model.bin).")
    if not any(f"{top}/{t}" in names for t in TOKENIZERS):
        raise PackageError(
            f"{filename}: no tokenizer ({top}/sentencepiece.model or {top}/bpe.model)."
        )
    return metadata


def install_from_file(
    directory: Path,
    source: Path | bytes,
    filename: str,
    *,
    expected_code: str | None = None,
    max_bytes: int = MAX_PACKAGE_BYTES,
    max_unpacked: int = MAX_UNPACKED_BYTES,
) -> ModelInfo:
    """Check an .argosmodel, unpack it beside the installed packages, load its model and
    tokenizer and translate a sentence with them, then swap it in.

    The old install of the same package is moved aside only once the new one is complete
    and is put back if the swap fails, so a failed install loses nothing.
    """
    directory.mkdir(parents=True, exist_ok=True)
    try:
        with _open_source(source, filename, max_bytes) as raw, zipfile.ZipFile(raw) as zf:
            members = zf.infolist()
            metadata = _check_archive(zf, members, filename)
            code = package_code(metadata["from_code"], metadata["to_code"])
            if expected_code and code != expected_code:
                raise PackageError(f"{filename} holds {code}, not the expected {expected_code}.")
            claimed = _check_sizes(members, filename, max_unpacked)
            free = shutil.disk_usage(directory).free
            if claimed > free:
                raise PackageError(
                    f"Not enough disk space in {directory} for {filename}: it needs "
                    f"{claimed / 2**20:.0f} MB, {free / 2**20:.0f} MB are free."
                )
            staging = directory / f"{STAGING_PREFIX}{code}-{uuid.uuid4().hex}"
            staging.mkdir()
            try:
                _extract(zf, members, staging, max_unpacked, filename)
                try:
                    pkg = argos_package.Package(staging)  # Argos must be able to read it too
                except (ValueError, AttributeError, TypeError) as exc:
                    raise PackageError(f"Argos cannot read {filename}: {exc}") from None
                _check_loads(staging, filename, code, directory)
                return _swap_in(directory, staging, code, pkg)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except zipfile.BadZipFile as exc:
        raise PackageError(
            f"{filename} is not a zip archive or is damaged ({exc}); an Argos package is a "
            ".argosmodel zip file."
        ) from None
    except (OSError, RuntimeError, EOFError, zlib.error) as exc:
        # Unreadable file, corrupt member (CRC), encrypted member, full disk …
        raise PackageError(f"Could not install {filename}: {exc}") from None


def _swap_in(directory: Path, staging: Path, code: str, pkg: argos_package.Package) -> ModelInfo:
    """Retire every installed folder of this package, rename staging into place, drop the old."""
    target = directory / code
    with argos_package.package_lock:
        old = {m.path for m in installed_models(directory) if m.code == code and m.path}
        if target.exists():
            old.add(target)
        retired: list[tuple[Path, Path]] = []
        try:
            for path in sorted(old):
                aside = directory / f"{RETIRED_PREFIX}{path.name}-{uuid.uuid4().hex}"
                path.rename(aside)
                retired.append((path, aside))
            staging.rename(target)
        except BaseException:
            for path, aside in reversed(retired):
                aside.rename(path)
            raise
    for _, aside in retired:
        shutil.rmtree(aside, ignore_errors=True)
    return _info(pkg, target)


def uninstall(directory: Path, code: str) -> list[Path]:
    """Remove the folder(s) of package `code` (or the folder of that name, even if broken)."""
    root = directory.resolve()
    matches = {
        m.path for m in installed_models(directory) if m.path and code in (m.code, m.path.name)
    }
    if not matches:
        raise PackageError(f"No installed package {code!r} in {directory}.")
    for path in sorted(matches):
        if path.resolve().parent != root:
            raise PackageError(f"Refusing to remove {path}: it is not inside {directory}.")
    with argos_package.package_lock:
        for path in sorted(matches):
            aside = directory / f"{RETIRED_PREFIX}{path.name}-{uuid.uuid4().hex}"
            path.rename(aside)  # gone from listings at once, even if deleting takes a while
            shutil.rmtree(aside)
    return sorted(matches)
