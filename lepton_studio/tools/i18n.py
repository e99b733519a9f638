"""Keep the translations in step with the code.

    python -m lepton_studio.tools.i18n update   # lupdate: new strings into every .ts
    python -m lepton_studio.tools.i18n status   # list entries still to translate
    python -m lepton_studio.tools.i18n build    # lrelease: .ts -> lepton_studio/resources/translations/*.qm

``update`` scans the whole ``lepton_studio`` package (so ``QT_TRANSLATE_NOOP`` strings in
the core are found too) with ``-no-obsolete -locations none``, then completes lupdate's
result from a scan of the Python syntax tree: pyside6-lupdate never marks
``QCoreApplication.translate(context, text, disambiguation, n)`` as a plural, and misses
calls whose arguments hold nested parentheses (``len(items)``). Such strings are added
(plural where the call passes ``n``), keeping any translation the file already had. The
English file holds only plural forms (``%n image(s)`` -> "1 image" / "2 images"). After ``update``, translate the
new entries (Qt Linguist: ``pyside6-linguist translations/lepton_studio_de.ts``, or edit
the XML) and remove their ``type="unfinished"``; ``tests/gui/test_translations.py`` fails
until every entry is done and keeps the same placeholders as its source.
"""

from __future__ import annotations

import argparse
import ast
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


# Plural forms Qt uses for each shipped language.
NUMERUS_FORMS = {"en": 2, "de": 2, "es": 2, "fr": 2, "ja": 1, "zh_CN": 1}


@dataclass(frozen=True)
class Found:
    """A translatable string found in the code: (context, source, disambiguation)."""

    context: str
    source: str
    comment: str
    numerus: bool


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_plural(call: ast.Call, position: int) -> bool:
    return len(call.args) > position or any(k.arg == "n" for k in call.keywords)


def _comment(call: ast.Call, position: int) -> str:
    if len(call.args) > position:
        return _literal(call.args[position]) or ""
    for keyword in call.keywords:
        if keyword.arg == "disambiguation":
            return _literal(keyword.value) or ""
    return ""


class _Scanner(ast.NodeVisitor):
    def __init__(self) -> None:
        self.found: set[Found] = set()
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context, source = _literal(node.args[0]), _literal(node.args[1])
            if context is not None and source:
                plural = name == "translate" and _is_plural(node, 3)
                self.found.add(Found(context, source, _comment(node, 2), plural))
        elif (name == "tr" and isinstance(func, ast.Attribute) and self.classes
              and isinstance(func.value, ast.Name) and func.value.id == "self" and node.args):
            source = _literal(node.args[0])
            if source:
                self.found.add(Found(self.classes[-1], source, _comment(node, 1),
                                     _is_plural(node, 2)))
        self.generic_visit(node)


def scan_sources(package_dir: Path = PACKAGE_DIR) -> set[Found]:
    """Every string marked for translation in the package, read from the syntax tree."""
    scanner = _Scanner()
    for path in source_files(package_dir):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        except (SyntaxError, UnicodeDecodeError):
            continue
        scanner.visit(tree)
    return scanner.found


def _message_key(context: str, message: ET.Element) -> tuple[str, str, str, bool]:
    return (context, message.findtext("source", ""), message.findtext("comment", "") or "",
            message.get("numerus") == "yes")


def _messages(root: ET.Element) -> dict[tuple[str, str, str, bool], ET.Element]:
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.findall("message"):
            out[_message_key(name, message)] = message
    return out


def _new_message(found: Found, language: str) -> ET.Element:
    message = ET.Element("message")
    if found.numerus:
        message.set("numerus", "yes")
    ET.SubElement(message, "source").text = found.source
    if found.comment:
        ET.SubElement(message, "comment").text = found.comment
    translation = ET.SubElement(message, "translation", {"type": "unfinished"})
    if found.numerus:
        for _ in range(NUMERUS_FORMS.get(language, 2)):
            ET.SubElement(translation, "numerusform")
    return message


def complete_ts(ts: Path, language: str, previous: dict, found: set[Found]) -> int:
    """Add what lupdate missed (see module doc); returns how many entries were added."""
    tree = ET.parse(ts)
    root = tree.getroot()
    present = _messages(root)
    contexts = {c.findtext("name", ""): c for c in root.iter("context")}
    added = 0
    for item in sorted(found, key=lambda f: (f.context, f.source)):
        if language == SOURCE_LANGUAGE and not item.numerus:
            continue
        key = (item.context, item.source, item.comment, item.numerus)
        if key in present:
            continue
        context = contexts.get(item.context)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = item.context
            contexts[item.context] = context
        if item.numerus:
            # lupdate's non-plural twin of a plural call only confuses translators.
            twin = present.pop((item.context, item.source, item.comment, False), None)
            if twin is not None and not any(
                    f == Found(item.context, item.source, item.comment, False) for f in found):
                context.remove(twin)
        context.append(previous.get(key) or _new_message(item, language))
        present[key] = context[-1]
        added += 1
    if added:
        write_ts(tree, ts)
    return added


def _write_element(element: ET.Element, depth: int, out: list[str]) -> None:
    from xml.sax.saxutils import escape, quoteattr

    pad = "    " * depth
    attrs = "".join(f" {k}={quoteattr(v)}" for k, v in element.attrib.items())
    children = list(element)
    text = escape(element.text or "", {'"': "&quot;", "'": "&apos;"}) if not children else ""
    if not children:
        out.append(f"{pad}<{element.tag}{attrs}>{text}</{element.tag}>")
        return
    out.append(f"{pad}<{element.tag}{attrs}>")
    for child in children:
        _write_element(child, depth + (0 if element.tag == "TS" else 1), out)
    out.append(f"{pad}</{element.tag}>")


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    """Write a .ts file laid out as lupdate does (so diffs stay small)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    _write_element(tree.getroot(), 0, lines)
    ts.write_text("\n".join(lines) + "\n", encoding="utf-8")


def update_ts(ts: Path, language: str, package_dir: Path = PACKAGE_DIR,
              found: set[Found] | None = None) -> str:
    """lupdate, then add what it missed, keeping earlier translations of those entries."""
    previous = _messages(ET.parse(ts).getroot()) if ts.is_file() else {}
    output = run_lupdate(ts, language, package_dir)
    added = complete_ts(ts, language, previous, scan_sources(package_dir) if found is None else found)
    return output + (f"    Completed {added} entries lupdate missed\n" if added else "")


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
    found = scan_sources()
    for code in LANGUAGES:
        output = update_ts(ts_path(code), code, found=found)
        notes = [line.strip() for line in output.splitlines() if "Found" in line or "Completed" in line]
        print(f"{ts_path(code).name}: {' '.join(notes)}")
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
