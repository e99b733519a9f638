"""Pretrained backbones for transfer learning (torch-free to import).

Each backbone module describes its network as plain data and builds torch modules only
inside its builder functions, so the catalogue can show shapes and sizes without torch.
"""

from . import efficientnet_lite0

__all__ = ["efficientnet_lite0"]
