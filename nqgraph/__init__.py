"""nqgraph: a knowledge graph of Vietnamese Party directives and their implementing plans."""

__version__ = "0.1.0"
