"""What a block is: typed parameters, shape inference and a torch builder, as plain data.

A block spec never imports torch at module level; ``build`` imports it when called, so
the catalogue can be read (palette, shape checks) without loading PyTorch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..problems import BAD_PARAM, LeptonError, Problem

Shape = tuple[int, ...]

INT = "int"
FLOAT = "float"
CHOICE = "choice"
BOOL = "bool"


@dataclass(frozen=True)
class ParamSpec:
    """One setting of a block, with what the inspector needs to edit it safely."""

    name: str
    kind: str
    default: Any
    label: str
    help: str = ""
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()

    def coerce(self, value: Any, node_id: str | None = None) -> Any:
        """Return ``value`` in this parameter's type, or raise ``bad_param``."""
        try:
            if self.kind == BOOL:
                if isinstance(value, bool):
                    return value
                raise ValueError(value)
            if self.kind == INT:
                if isinstance(value, bool) or float(value) != int(float(value)):
                    raise ValueError(value)
                value = int(float(value))
            elif self.kind == FLOAT:
                if isinstance(value, bool):
                    raise ValueError(value)
                value = float(value)
                if value != value:  # NaN
                    raise ValueError(value)
            elif self.kind == CHOICE:
                if value not in self.choices:
                    raise ValueError(value)
                return value
        except (TypeError, ValueError, OverflowError):
            raise self._error(value, node_id) from None
        if self.minimum is not None and value < self.minimum:
            raise self._error(value, node_id)
        if self.maximum is not None and value > self.maximum:
            raise self._error(value, node_id)
        return value

    def check_stored(self, value: Any, node_id: str | None = None) -> Any:
        """``coerce`` for a value read from a file: its JSON type must already be right
        (``"32"`` or ``true`` where a number belongs means the file is damaged)."""
        is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
        fits = {BOOL: isinstance(value, bool), INT: is_number, FLOAT: is_number,
                CHOICE: isinstance(value, str)}.get(self.kind, True)
        if not fits:
            raise self._error(value, node_id)
        return self.coerce(value, node_id)

    def _error(self, value: Any, node_id: str | None) -> LeptonError:
        if self.kind == CHOICE:
            low, high = (self.choices[0], self.choices[-1]) if self.choices else ("", "")
        else:
            low, high = self.minimum, self.maximum
        return LeptonError(BAD_PARAM, node_id, param=self.label, value=value,
                           minimum=low, maximum=high)


@dataclass
class Inferred:
    """What shape inference found for one block: output shape, cost, and problems."""

    shape: Shape | None
    params: int = 0
    macs: int = 0
    problems: list[Problem] = field(default_factory=list)


# infer(params, input_shapes, node_id) -> Inferred ; build(params, input_shapes) -> nn.Module
InferFn = Callable[[dict[str, Any], Sequence[Shape], str | None], Inferred]
BuildFn = Callable[[dict[str, Any], Sequence[Shape]], Any]


@dataclass(frozen=True)
class BlockSpec:
    """A kind of block in the palette. ``name``/``help`` are English, context "Blocks"."""

    id: str
    category: str
    name: str
    help: str
    params: tuple[ParamSpec, ...]
    num_inputs: int
    infer: InferFn
    build: BuildFn
    icon: str = ""
    has_output: bool = True

    def param(self, name: str) -> ParamSpec:
        for spec in self.params:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}

    def complete_params(self, given: dict[str, Any] | None, node_id: str | None = None) -> dict[str, Any]:
        """Defaults overlaid with ``given``, each value checked; unknown names dropped."""
        params = self.defaults()
        for name, value in (given or {}).items():
            try:
                params[name] = self.param(name).coerce(value, node_id)
            except KeyError:
                continue
        return params
