"""What an exported model expects as input, written down from the trainer's own settings.

``preprocessing_spec`` is built from the very ``ImageSettings`` object that the image
cache (and so the trainer) uses, plus the decoder's fixed choices read from
``core/data/decode.py`` itself, so ``preprocessing.json`` cannot drift from training.

The network takes float32 N×C×H×W values in [0, 1] (pixels / 255). Any normalisation a
network needs (a pretrained backbone's ImageNet mean and std, say) is a layer *inside*
the network and therefore inside every export, so the mean/std applied *outside* the
model are always 0 and 1.
"""

from __future__ import annotations

from typing import Any

from .. import problems as P
from ..data import decode
from ..graph import Graph
from ..problems import LeptonError
from ..project import COLORS, RESIZE_MODES, ImageSettings, Project, RunRecord

SPEC_FORMAT = "lepton-studio-preprocessing"
SPEC_VERSION = 1
_RESAMPLE_NAMES = {0: "nearest", 1: "lanczos", 2: "bilinear", 3: "bicubic", 4: "box", 5: "hamming"}


def preprocessing_spec(image: ImageSettings) -> dict[str, Any]:
    """The JSON-safe description of how a file becomes the model's input tensor."""
    channels = 3 if image.color == "rgb" else 1
    return {
        "format": SPEC_FORMAT,
        "version": SPEC_VERSION,
        "decoder_version": decode.DECODER_VERSION,
        "size": image.size,
        "height": image.size,
        "width": image.size,
        "resize": image.resize,
        "resize_help": {
            "stretch": "resize to size x size, ignoring the aspect ratio",
            "crop": "take the centred square, then resize it",
            "pad": "fit the longer side, centre on grey (128) to a square",
        }[image.resize],
        "resample": _RESAMPLE_NAMES.get(int(decode.RESAMPLE), str(decode.RESAMPLE)),
        "pad_value": decode.PAD_VALUE,
        "color": image.color,
        "channels": channels,
        "channel_order": "RGB" if channels == 3 else "L",
        "exif_orientation": "applied",
        "transparency": f"composited onto white ({decode.BACKGROUND})",
        "layout": "NCHW",
        "dtype": "float32",
        "scale": "1/255",
        "input_range": [0.0, 1.0],
        "mean": [0.0] * channels,
        "std": [1.0] * channels,
        "normalization": "inside_model",
        "input_name": "image",
        "output_name": "probabilities",
        "output": "softmax probabilities, one per class, in the order of labels.txt",
    }


def confident_spec(image: ImageSettings, temperature: float, threshold: float | None
                   ) -> dict[str, Any]:
    """``preprocessing_spec`` plus the run's calibration: the temperature every exported
    model applies inside and the "not sure" threshold (``core/confidence.py``)."""
    from ..confidence import CONFIDENCE_KEY, confidence_section

    spec = preprocessing_spec(image)
    spec[CONFIDENCE_KEY] = confidence_section(temperature, threshold)
    spec["output"] = ("calibrated softmax probabilities (logits divided by the temperature "
                      "inside the model), one per class, in the order of labels.txt")
    return spec


def image_settings_from_spec(spec: Any, where: str = "preprocessing.json") -> ImageSettings:
    """Read back a spec we wrote; anything else is refused (``export_mismatch``)."""
    if not isinstance(spec, dict) or spec.get("format") != SPEC_FORMAT:
        raise LeptonError(P.EXPORT_MISMATCH, path=where, reason="preprocessing.json is not ours")
    if not isinstance(spec.get("version"), int) or spec["version"] > SPEC_VERSION:
        raise LeptonError(P.EXPORT_NEWER, path=where, file_version=spec.get("version"),
                          our_version=SPEC_VERSION)
    size, color, resize = spec.get("size"), spec.get("color"), spec.get("resize")
    if (not isinstance(size, int) or isinstance(size, bool) or size < 1
            or color not in COLORS or resize not in RESIZE_MODES):
        raise LeptonError(P.EXPORT_MISMATCH, path=where,
                          reason="preprocessing.json has an impossible size, colour or resize")
    if spec.get("decoder_version") != decode.DECODER_VERSION:
        # A different decoder would give other pixels: refuse rather than predict wrongly.
        raise LeptonError(P.EXPORT_MISMATCH, path=where,
                          reason=f"made for image decoder {spec.get('decoder_version')}, "
                                 f"this Lepton Studio has {decode.DECODER_VERSION}")
    return ImageSettings(size=size, color=color, resize=resize)


def graph_input(graph_dict: dict[str, Any]) -> tuple[int, str] | None:
    """(size, colour) of the Image input of a stored graph, or None when there is none."""
    graph = Graph.from_dict(graph_dict)
    node = graph.input_node()
    if node is None:
        return None
    return int(node.params["size"]), str(node.params["color"])


def run_image_settings(project: Project, run: RunRecord) -> ImageSettings:
    """The image settings ``run`` was trained with.

    They are the project's dataset settings (what the image cache used); the run's own
    graph says which size and colours the network was built for, and a difference means
    the settings were changed after training, which would make the export wrong.
    """
    if project.dataset is None:
        raise LeptonError(P.NO_DATASET)
    stored = run.settings.get("image") if isinstance(run.settings, dict) else None
    image = (ImageSettings.from_dict(stored) if isinstance(stored, dict)
             else project.dataset.image)
    trained = graph_input(run.graph) if run.graph else None
    if trained is not None and trained != (image.size, image.color):
        raise LeptonError(P.EXPORT_SETTINGS_CHANGED, run=run.id,
                          expected=f"{trained[0]}×{trained[0]} {trained[1]}",
                          actual=f"{image.size}×{image.size} {image.color}")
    return image
