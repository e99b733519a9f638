"""Which models the search tries, chosen by the data, in the order they are worth trying.

The first candidate is always the project as ``train`` would run it (its own graph and
settings): the search can then never pick something worse than the defaults on the
validation pictures. Then, while the budget allows (``search_plan.fit_candidates`` drops
from the end): a Tiny ResNet; transfer learning from the pretrained EfficientNet-Lite0
when its weights are installed and the data is small; the default model at another
image size; another augmentation preset; a lower learning rate; the Mobile template.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from ..graph import Graph
from ..project import Project, TrainingSettings
from ..shapes import analyse
from ..templates import TEMPLATES, make_template
from .auto import BASE_LEARNING_RATES, choose_batch_size

TRANSFER = "transfer"
TRANSFER_SIZE = 224
TRANSFER_MAX_TRAIN_IMAGES = 5000  # beyond this the feature pass eats a short budget
ALTERNATIVE_SIZES = (48, 64, 96, 128, 160)
SCRATCH_SIZE_BESIDE_TRANSFER = 96
CUSTOM_MODEL = "Your model"


@dataclass(frozen=True, eq=False)
class Candidate:
    """One model to try: a graph, an image size and training settings (epochs per rung)."""

    id: str  # "c1", "c2", ... in priority order; "c1" is the default
    template: str | None  # None: the project's own graph, not a template
    model_name: str  # English template name (translatable in the GUI), or CUSTOM_MODEL
    image_size: int
    color: str
    augment: str
    learning_rate: float
    batch_size: int
    is_default: bool
    graph: dict[str, Any] = field(repr=False)
    settings: dict[str, Any] = field(repr=False)  # TrainingSettings, epochs left to the rung
    params: int = 0
    size_mb: float = 0.0
    macs: int = 0  # multiply-adds per picture

    @property
    def label(self) -> str:
        """E.g. "Tiny ResNet · 64 px · light · lr 0.003"."""
        return f"{self.model_name} · {self.image_size} px · {self.augment} · lr {self.learning_rate:g}"

    def training_settings(self, epochs: int) -> TrainingSettings:
        return dataclasses.replace(TrainingSettings.from_dict(self.settings), epochs=epochs)

    def info(self) -> dict[str, Any]:
        """Plain values for events and the leaderboard."""
        return {"id": self.id, "name": self.label, "model": self.model_name,
                "template": self.template, "image_size": self.image_size, "augment": self.augment,
                "learning_rate": self.learning_rate, "params": self.params,
                "size_mb": round(self.size_mb, 3), "is_default": self.is_default}


def recognise_template(graph: Graph, color: str, size: int, classes: int) -> str | None:
    """The template the graph was made from and left unchanged, or None."""
    def shape(g: Graph) -> tuple:
        nodes = sorted((n.block, sorted(n.params.items())) for n in g.nodes.values())
        return (repr(nodes), len(g.edges))

    mine = graph.copy()
    mine.configure_io(color, size, classes)
    target = shape(mine)
    for template_id in TEMPLATES:
        if template_id == TRANSFER and size != TRANSFER_SIZE:
            continue
        if shape(make_template(template_id, color, size, classes)) == target:
            return template_id
    return None


def alternative_size(size: int) -> int:
    """One other image size worth trying: 48 for small pictures, else one step smaller."""
    if size < 48:
        return 48
    smaller = [s for s in ALTERNATIVE_SIZES if s < size]
    return smaller[-1] if smaller else 64


def other_augment(augment: str) -> str:
    return "none" if augment != "none" else "light"


def transfer_possible(project: Project) -> bool:
    """Pretrained weights installed and few enough pictures for a quick feature pass."""
    from ..backbones.efficientnet_lite0 import weights_available

    dataset = project.dataset
    return (dataset is not None and weights_available()
            and len(dataset.items_in("train")) <= TRANSFER_MAX_TRAIN_IMAGES)


def propose_candidates(project: Project, settings: TrainingSettings,
                       transfer: bool | None = None) -> list[Candidate]:
    """The candidates for this project's data, default first; ``transfer`` None: detect."""
    dataset = project.dataset
    assert dataset is not None
    image, classes = dataset.image, len(dataset.class_names)
    train_count = len(dataset.items_in("train"))
    base = recognise_template(project.graph, image.color, image.size, classes)
    optimizer = settings.optimizer if settings.optimizer in BASE_LEARNING_RATES else "adamw"
    base_lr = settings.learning_rate or BASE_LEARNING_RATES[optimizer]
    batch = settings.batch_size or choose_batch_size(train_count)
    if transfer is None:
        transfer = transfer_possible(project)

    specs: list[tuple[str | None, int, str, float]] = [(base, image.size, settings.augment, base_lr)]
    rebuildable = base if base not in (None, TRANSFER) else None
    # Models from scratch at 224 px are slow to train: beside a pretrained one, smaller.
    scratch_size = image.size if base != TRANSFER else SCRATCH_SIZE_BESIDE_TRANSFER
    if base != "tiny-resnet":
        specs.append(("tiny-resnet", scratch_size, settings.augment, base_lr))
    if transfer and base != TRANSFER:
        specs.append((TRANSFER, TRANSFER_SIZE, settings.augment, base_lr))
    if rebuildable:
        specs.append((rebuildable, alternative_size(image.size), settings.augment, base_lr))
    specs.append((base, image.size, other_augment(settings.augment), base_lr))
    specs.append((base, image.size, settings.augment, round(base_lr / 3, 6)))
    if base != "mobile":
        specs.append(("mobile", scratch_size, settings.augment, base_lr))

    candidates = []
    for number, (template, size, augment, lr) in enumerate(specs, 1):
        if template is None or (template == base and size == image.size):
            graph = project.graph.copy()
            graph.configure_io(image.color, size, classes)
        else:
            graph = make_template(template, image.color, size, classes)
        analysis = analyse(graph, memory_bytes=None)
        if analysis.errors:
            continue  # e.g. the user's own model cannot take this size
        run_settings = dataclasses.replace(  # "auto" stays auto where it is not varied
            settings, augment=augment, epochs=None,
            learning_rate=settings.learning_rate if lr == base_lr else lr)
        name = TEMPLATES[template].name if template is not None else CUSTOM_MODEL
        candidates.append(Candidate(
            id=f"c{len(candidates) + 1}", template=template, model_name=name, image_size=size,
            color=image.color, augment=augment, learning_rate=lr, batch_size=batch,
            is_default=number == 1, graph=graph.to_dict(), settings=run_settings.to_dict(),
            params=analysis.total_params, size_mb=analysis.size_mb,
            macs=analysis.total_macs))
    return candidates
