"""Content of the fictional sample plans, one module per sample."""
