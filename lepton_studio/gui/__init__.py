"""The window: thin Qt views over the core; long work on worker threads."""
