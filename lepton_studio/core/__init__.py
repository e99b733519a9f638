"""The Qt-free core: graph, blocks, data, training, export, project files.

Nothing under this package may import Qt; torch is imported lazily, only where a tensor
or module is made (tests check both).
"""
