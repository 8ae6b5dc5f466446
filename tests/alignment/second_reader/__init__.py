"""A second reader's labels for the hand-aligned pairs (issue 11): docs/alignment.md, "A second reader"."""
