"""The scan report as groups of findings, each with the files it concerns (no Qt).

The report page shows one group per kind of problem (damaged files, copies, tiny
pictures, ...) and, for every file, what will happen to it. Blocking problems are
recomputed from the user's decisions (``ImportState.blocking_problems``), so excluding a
picture or leaving a class out updates them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lepton_studio.core import problems as P
from lepton_studio.core.problems import ERROR, WARNING, Problem

from .import_state import ImportState

INFO = "info"
CONVERTED = "data_converted"  # a GUI-only group: pictures whose colours get converted

# What happens to a file (or a class).
LEFT_OUT = "left_out"      # the scan could not use it
EXCLUDED = "excluded"      # usable, but left out (by default or by the user)
KEPT = "kept"
CONVERTED_OUTCOME = "converted"
CLASS_DROPPED = "class_dropped"
BLOCKS = "blocks"          # an error that stops the import until fixed
NOTE = "note"              # a remark about the whole dataset

BLOCKING_CODES = (P.DATA_NO_IMAGES, P.DATA_ONE_CLASS, P.DATA_CLASS_TOO_FEW)
GROUP_ORDER = (
    P.DATA_NO_IMAGES, P.DATA_ONE_CLASS, P.DATA_CLASS_TOO_FEW,
    P.DATA_CORRUPT, P.DATA_TRUNCATED, P.DATA_EMPTY, P.DATA_TOO_LARGE, P.DATA_UNSUPPORTED,
    P.DATA_UNREADABLE, P.DATA_MISSING, P.DATA_NOT_IMAGE, P.DATA_NO_CLASS, P.DATA_NO_LABEL,
    P.DATA_BAD_ROW, P.DATA_LABEL_CONFLICT, P.DATA_DUPLICATES, P.DATA_TINY_IMAGE,
    P.DATA_CLASS_FEW, P.DATA_CLASS_EMPTY, P.DATA_IMBALANCE, CONVERTED,
)
_MODES_WITH_COLOUR = frozenset({"RGB"})
_MODES_GREY = frozenset({"L"})


@dataclass
class Finding:
    """One problem: its sentence (a core Problem), and the files or class it is about."""

    code: str
    severity: str
    problem: Problem | None
    files: list[str] = field(default_factory=list)
    class_name: str | None = None
    detail: str = ""  # e.g. the original colour mode of a converted picture


@dataclass
class FindingGroup:
    code: str
    severity: str
    findings: list[Finding]

    def file_count(self) -> int:
        return sum(len(f.files) for f in self.findings)


def needs_conversion(mode: str, color: str) -> bool:
    """True when a picture in ``mode`` is converted to reach ``color`` ("rgb" / "gray")."""
    return mode not in (_MODES_WITH_COLOUR if color == "rgb" else _MODES_GREY)


def file_outcome(state: ImportState, path: str) -> str:
    if not state.in_dataset(path):
        return LEFT_OUT
    if state.is_excluded(path):
        return EXCLUDED
    return KEPT


def finding_outcome(state: ImportState, finding: Finding) -> str:
    """What happens, for a finding as a whole (files have their own outcome)."""
    if finding.class_name is not None and finding.class_name in state.dropped_classes:
        return CLASS_DROPPED
    if finding.severity == ERROR:
        return BLOCKS
    if finding.code == CONVERTED:
        return CONVERTED_OUTCOME
    if not finding.files:
        return NOTE
    outcomes = {file_outcome(state, path) for path in finding.files}
    return outcomes.pop() if len(outcomes) == 1 else "mixed"


def group_findings(state: ImportState) -> list[FindingGroup]:
    """Every finding of the scan, grouped by kind, errors first."""
    report = state.report
    if report is None:
        return []
    by_code: dict[str, list[Finding]] = {}

    def add(finding: Finding) -> None:
        by_code.setdefault(finding.code, []).append(finding)

    blocking = state.blocking_problems()
    for problem in blocking:
        if problem.code != P.DATA_CLASS_TOO_FEW:
            add(Finding(problem.code, ERROR, problem))
    too_few = {p.values["label"]: p for p in blocking if p.code == P.DATA_CLASS_TOO_FEW}
    counts = dict(report.class_counts)
    for label in sorted(set(too_few) | state.dropped_classes, key=list(counts).index):
        problem = too_few.get(label) or Problem(P.DATA_CLASS_TOO_FEW, None, {
            "label": label, "count": counts.get(label, 0), "minimum": 2}, ERROR)
        severity = WARNING if label in state.dropped_classes else ERROR
        add(Finding(P.DATA_CLASS_TOO_FEW, severity, problem, class_name=label))

    for problem in report.problems():
        if problem.code in BLOCKING_CODES:
            continue
        values = problem.values
        if "paths" in values:
            files = [str(p) for p in values["paths"]]
        else:
            files = [str(values["path"])] if values.get("path") else []
        class_name = values.get("label") if problem.code in (
            P.DATA_CLASS_FEW, P.DATA_CLASS_EMPTY) else None
        add(Finding(problem.code, problem.severity, problem, files, class_name))

    color = state.image.color
    for item in report.items:
        if needs_conversion(item.mode, color):
            add(Finding(CONVERTED, INFO, None, [str(item.path)], detail=item.mode))

    order = {code: i for i, code in enumerate(GROUP_ORDER)}
    groups = []
    for code in sorted(by_code, key=lambda c: order.get(c, len(order))):
        findings = by_code[code]
        severity = ERROR if any(f.severity == ERROR for f in findings) else findings[0].severity
        groups.append(FindingGroup(code, severity, findings))
    return groups
