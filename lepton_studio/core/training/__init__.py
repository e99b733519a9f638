"""Training: settings resolved from the data, the trainer loop, events, and run records."""
