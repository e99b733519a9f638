"""Lepton Studio: build, train, check and export image classifiers without programming."""

__version__ = "0.1.0"
