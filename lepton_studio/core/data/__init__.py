"""Images in: sources, decoding, scanning, split, image cache and augmentation.

The flow: a source lists candidates (``from_folder`` / ``from_csv`` / ``from_files``),
``scan`` checks them and writes the report, ``stratified_split`` assigns splits,
``ImageCache.fill`` decodes each image once, and training reads cached uint8 rows and
augments whole batches on the device (``augment_batch``). ``decode`` is the single
definition of preprocessing, copied verbatim into exports.

The ``scan`` function is not re-exported here, so that ``data.scan`` stays the module:
``from lepton_studio.core.data.scan import scan``.
"""

from .cache import FillStats, ImageCache
from .decode import (
    DECODER_VERSION,
    IMAGE_EXTENSIONS,
    DecodeError,
    ImageInfo,
    load_image,
    load_image_info,
    prepare_image,
    preprocess_file,
    resize_to_array,
    to_model_input,
)
from .scan import Conflict, DuplicateGroup, ScanItem, ScanReport, decode_failure
from .sources import Candidates, Skipped, from_csv, from_files, from_folder
from .split import SPLITS, assign_new_items, split_counts, stratified_split

__all__ = [
    "DECODER_VERSION", "IMAGE_EXTENSIONS", "SPLITS",
    "Candidates", "Conflict", "DecodeError", "DuplicateGroup", "FillStats", "ImageCache",
    "ImageInfo", "ScanItem", "ScanReport", "Skipped",
    "assign_new_items", "decode_failure", "from_csv", "from_files", "from_folder",
    "load_image", "load_image_info", "prepare_image", "preprocess_file", "resize_to_array",
    "split_counts", "stratified_split", "to_model_input",
]
