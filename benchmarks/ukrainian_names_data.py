"""Derive `reader/lang/ru/ukrainian_names.json`: the Ukrainian given names whose Russian
form no spelling rule of `reader` reaches (Костянтин: Константин, Надія: Надежда, Тетяна:
Татьяна, Пилип: Филипп), from names-translator's dictionary of validated Ukrainian-Russian
first-name pairs (names-translator 2.1.0, MIT, Copyright (c) Dmitry Chaplinsky; in
benchmarks/requirements.txt, not needed at run time).

For each Ukrainian name of one word the dictionary's first Russian form is kept when it
differs and neither the folding keys (`name_keys`) nor the Belarusian and Ukrainian letter
rules (`russian_names`) already join the two; each kept name is keyed in Cyrillic and in
the Latin spellings translitua's Ukrainian tables (MIT) write for it (Kostiantyn,
Kostyantyn). Run from the repository root:

    .venv/bin/python benchmarks/ukrainian_names_data.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "reader" / "lang" / "ru" / "ukrainian_names.json"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Names whose Latin spellings are given names of their own in western languages (Hanna beside
# Anna: Hanna Schmidt and Anna Schmidt are two women): keyed in Cyrillic only.
_CYRILLIC_ONLY = ("Ганна",)

_WHY = (
    "Ukrainian given names whose Russian form no spelling rule reaches (Костянтин = "
    "Константин, Надія = Надежда, Тетяна = Татьяна, Пилип = Филипп), keyed in Cyrillic and "
    "in translitua's Ukrainian romanizations (Kostiantyn, Nadiia, Tetiana). Derived by "
    "benchmarks/ukrainian_names_data.py from names-translator 2.1.0's validated "
    "Ukrainian-Russian first-name pairs (MIT, Copyright (c) Dmitry Chaplinsky): the "
    "dictionary's first Russian form of each one-word name, where the folding keys and the "
    "Belarusian and Ukrainian letter rules did not already join the two; Ганна in Cyrillic "
    "only (Hanna is a western name of its own, beside Anna)."
)


def _joined(ukrainian: str, russian: str) -> bool:
    """Whether `reader`'s spelling rules already read `ukrainian` as `russian`."""
    from reader.lang.ru.east_slavic import russian_names
    from reader.names.translit import name_keys

    target = name_keys(russian)
    return bool(target & name_keys(ukrainian)) or any(
        target & name_keys(n) for n in russian_names(ukrainian)
    )


def derive() -> dict[str, str]:
    """Each kept Ukrainian name's spellings (Cyrillic, and Latin under every table of
    translitua), lowercased, -> its Russian form."""
    import translitua
    from names_translator.dicts import default_dicts

    table: dict[str, str] = {}
    for key, forms in sorted(default_dicts().as_dict("first").items()):
        if "-" in key or not forms:
            continue
        ukrainian = key[:1].upper() + key[1:]
        russian = forms[0]
        if russian.casefold() == key or _joined(ukrainian, russian):
            continue
        latin = () if ukrainian in _CYRILLIC_ONLY else translitua.ALL_UKRAINIAN
        for spelling in (ukrainian, *(translitua.translit(ukrainian, t) for t in latin)):
            table.setdefault(spelling.casefold(), russian)
    return table


def main() -> int:
    names = derive()
    OUT.write_text(
        json.dumps({"_why": _WHY, "names": names}, ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    print(f"{len(set(names.values()))} Russian names, {len(names)} spellings -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
