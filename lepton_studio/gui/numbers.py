"""Numbers as a user reads them: never "6.6e-07", always plain digits in their locale.

Learning rates and other small settings are shown with a few significant digits and
as many zeros as they need (0.00000066), rounded, with the locale's decimal sign.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale


def plain_number(value: float, digits: int = 3, group: bool = True) -> str:
    """``value`` with about ``digits`` significant digits and no exponent."""
    value = float(value)
    locale = QLocale()
    if not group:
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    if not math.isfinite(value) or value == 0:
        return locale.toString(0) if value == 0 else locale.toString(value)
    magnitude = math.floor(math.log10(abs(value)))
    decimals = min(max(0, digits - 1 - magnitude), 15)
    text = locale.toString(round(value, decimals), "f", decimals)
    if decimals:
        point = locale.decimalPoint()
        text = text.rstrip("0").rstrip(point)
    return text
