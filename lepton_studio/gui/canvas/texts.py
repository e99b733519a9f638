"""Short texts the canvas shows on a block: its settings in a few words, its cost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from lepton_studio.core.blocks import BOOL, CHOICE, FLOAT, BlockSpec
from lepton_studio.gui.canvas.catalogue import choice_text, format_compact, param_label


def _number(value: Any) -> str:
    if isinstance(value, float):
        from lepton_studio.gui.numbers import plain_number

        return plain_number(value, 3)
    return QLocale().toString(int(value))


def param_value_text(spec: BlockSpec, name: str, value: Any) -> str:
    param = spec.param(name)
    if param.kind == CHOICE:
        return choice_text(value)
    if param.kind == BOOL:
        return (QCoreApplication.translate("CanvasTexts", "yes") if value
                else QCoreApplication.translate("CanvasTexts", "no"))
    if param.kind == FLOAT:
        return _number(float(value))
    return _number(value)


def param_summary(spec: BlockSpec, params: dict[str, Any]) -> str:
    """The block's main settings in a few words, e.g. "32 filters, 3×3, stride 2"."""
    p = params
    parts: list[str] = []
    if spec.id == "input":
        parts.append(QCoreApplication.translate("CanvasTexts", "{size}×{size} pixels").format(
            size=p["size"]))
        parts.append(choice_text(p["color"]))
    elif spec.id in ("conv2d", "sepconv2d"):
        parts.append(QCoreApplication.translate("CanvasTexts", "%n filter(s)", "", p["filters"]))
        parts.append(f"{p['kernel']}×{p['kernel']}")
        if p["stride"] != 1:
            parts.append(QCoreApplication.translate("CanvasTexts", "stride {stride}").format(
                stride=p["stride"]))
        if p.get("dilation", 1) != 1:
            parts.append(QCoreApplication.translate("CanvasTexts", "dilation {dilation}").format(
                dilation=p["dilation"]))
        if p["padding"] == "valid":
            parts.append(QCoreApplication.translate("CanvasTexts", "no padding"))
    elif spec.id in ("maxpool", "avgpool"):
        parts.append(f"{p['size']}×{p['size']}")
        if p["stride"] not in (0, p["size"]):
            parts.append(QCoreApplication.translate("CanvasTexts", "stride {stride}").format(
                stride=p["stride"]))
    elif spec.id == "activation":
        parts.append(choice_text(p["function"]))
    elif spec.id == "dropout":
        parts.append(QCoreApplication.translate("CanvasTexts", "{percent}% switched off").format(
            percent=round(float(p["rate"]) * 100)))
    elif spec.id == "dense":
        parts.append(QCoreApplication.translate("CanvasTexts", "%n unit(s)", "", p["units"]))
    elif spec.id == "output":
        parts.append(QCoreApplication.translate("CanvasTexts", "%n class(es)", "", p["classes"]))
    elif spec.id in ("batchnorm", "globalavgpool", "flatten", "add", "concat"):
        pass
    else:
        for param in spec.params[:2]:
            parts.append(f"{param_label(param)}: {param_value_text(spec, param.name, p.get(param.name))}")
    return QCoreApplication.translate("CanvasTexts", ", ").join(parts)


def params_text(count: int) -> str:
    if count <= 0:
        return QCoreApplication.translate("CanvasTexts", "no parameters")
    return QCoreApplication.translate("CanvasTexts", "{count} parameters").format(
        count=format_compact(count))
