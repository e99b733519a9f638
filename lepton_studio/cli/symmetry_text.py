"""The mirror / turn decision of a run in plain words, for ``train`` and ``info``."""

from __future__ import annotations

from ..core.training import symmetry as S

_WHAT = {"mirror": ("Mirrored pictures", "mirrored"), "turn": ("Turned pictures", "turned")}


def _because(check: S.SymmetryCheck, name: str) -> str:
    reason = getattr(check, f"{name}_reason")
    changed = check.mirrored if name == "mirror" else check.turned
    noun = _WHAT[name][1]
    if reason == S.CHOSEN:
        return "as chosen"
    if reason in (S.SAFE, S.UNSAFE) and changed is not None and check.plain is not None:
        verdict = "they keep their class" if reason == S.SAFE else "they change the class"
        return (f"checked after epoch {check.epoch}: {changed:.0%} right when {noun} "
                f"vs {check.plain:.0%} as they are, so {verdict}")
    return {
        S.NO_VALIDATION: "automatic, but there are no validation pictures to check on",
        S.FEW_VALIDATION: f"automatic, but fewer than {S.MIN_VALIDATION} validation pictures "
                          "are too few to tell",
        S.NOT_LEARNED: "automatic, but the model was not yet good enough to tell",
        S.TOO_SHORT: "automatic, but the run is too short for a check",
        S.NOT_CHECKED: "automatic, but the run ended before the check",
        S.NO_AUGMENTATION: "variations are off",
        S.NOT_AVAILABLE: "not available when training on a frozen pretrained model's features",
    }.get(reason, reason)


def symmetry_lines(settings: dict) -> list[str]:
    """One line each for mirroring and turning; none for runs from before the check."""
    check = S.symmetry_of_run(settings)
    if check is None:
        return []
    lines = []
    for name in ("mirror", "turn"):
        used = "used" if getattr(check, name) else "not used"
        lines.append(f"{_WHAT[name][0]} {used} for training ({_because(check, name)}).")
    return lines
