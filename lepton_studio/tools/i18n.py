"""Keep the translations in step with the code.

    python -m lepton_studio.tools.i18n update   # lupdate: new strings into every .ts
    python -m lepton_studio.tools.i18n status   # list entries still to translate
    python -m lepton_studio.tools.i18n build    # lrelease: .ts -> lepton_studio/resources/translations/*.qm

``update`` scans the whole ``lepton_studio`` package (so ``QT_TRANSLATE_NOOP`` strings in
the core are found too) with ``-no-obsolete -locations none``. The English file holds only
plural forms (``%n image(s)`` -> "1 image" / "2 images"). After ``update``, translate the
new entries (Qt Linguist: ``pyside6-linguist translations/lepton_studio_de.ts``, or edit
the XML) and remove their ``type="unfinished"``; ``tests/gui/test_translations.py`` fails
until every entry is done and keeps the same placeholders as its source.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from lepton_studio.gui.translations import (
    LANGUAGES,
    PACKAGE_DIR,
    QM_DIR,
    SOURCE_LANGUAGE,
    TS_DIR,
    compile_ts,
    qm_name,
    ts_path,
)

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d")


def lupdate_executable() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lupdate", "lupdate.exe"):
        if (folder / name).is_file():
            return folder / name
    raise SystemExit("lupdate not found in the PySide6 package")


def source_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """Every Python file of the package (lupdate does not find .py files in folders)."""
    return sorted(p for p in package_dir.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts: Path, language: str, package_dir: Path = PACKAGE_DIR) -> str:
    """Update one .ts from the package sources; returns lupdate's output."""
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files(package_dir)) + "\n",
                           encoding="utf-8")
        args = [str(lupdate_executable()), f"@{listing}", "-no-obsolete", "-locations", "none",
                "-target-language", language]
        if language == SOURCE_LANGUAGE:
            args += ["-source-language", SOURCE_LANGUAGE, "-pluralonly"]
        args += ["-ts", str(ts)]
        result = subprocess.run(args, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"lupdate failed for {ts.name}:\n{result.stdout}{result.stderr}")
    return result.stdout


@dataclass
class Entry:
    context: str
    source: str
    translations: list[str]
    unfinished: bool
    numerus: bool


def read_ts(ts: Path) -> list[Entry]:
    """Every message of a .ts file as plain records."""
    entries = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts, kind = [], "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    texts = [form.text or "" for form in translation.iter("numerusform")]
                else:
                    texts = [translation.text or ""]
            entries.append(Entry(name, message.findtext("source", ""), texts,
                                 kind == "unfinished", numerus))
    return entries


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def entry_problems(entry: Entry, language: str) -> list[str]:
    """Why an entry is not finished yet (empty list when it is fine)."""
    where = f"[{entry.context}] {entry.source!r}"
    if entry.unfinished:
        return [f"unfinished: {where}"]
    if not entry.translations or any(not text.strip() for text in entry.translations):
        return [f"empty translation: {where}"]
    problems = []
    expected = [p for p in placeholders(entry.source) if p != "%n"]
    for text in entry.translations:
        got = [p for p in placeholders(text) if p != "%n"]
        if got != expected:
            problems.append(f"placeholders {got} != {expected}: {where} -> {text!r}")
        # One plural form may drop %n (e.g. "one image" in German/English is fine as "1"),
        # but languages with a single form must keep it.
    if entry.numerus and "%n" in entry.source and len(entry.translations) == 1:
        if "%n" not in entry.translations[0]:
            problems.append(f"%n missing: {where}")
    return problems


def check(ts: Path, language: str) -> list[str]:
    problems: list[str] = []
    for entry in read_ts(ts):
        problems += entry_problems(entry, language)
    return problems


def update() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        output = run_lupdate(ts_path(code), code)
        found = [line.strip() for line in output.splitlines() if "Found" in line]
        print(f"{ts_path(code).name}: {' '.join(found)}")
    return status()


def status() -> int:
    total = 0
    for code in LANGUAGES:
        problems = check(ts_path(code), code)
        total += len(problems)
        print(f"{ts_path(code).name}: {len(problems)} to do")
        for problem in problems:
            print(f"    {problem}")
    return 1 if total else 0


def build(out_dir: Path = QM_DIR) -> int:
    failed = 0
    for code in LANGUAGES:
        ts = ts_path(code)
        if not ts.is_file():
            print(f"missing {ts}", file=sys.stderr)
            failed += 1
            continue
        if compile_ts(ts, out_dir / qm_name(code)):
            print(f"built {out_dir / qm_name(code)}")
        else:
            failed += 1
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lepton_studio.tools.i18n",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["update", "status", "build"])
    args = parser.parse_args(argv)
    return {"update": update, "status": status, "build": build}[args.command]()


if __name__ == "__main__":
    raise SystemExit(main())
