"""A synthetic nation-wide cascade of one directive: plan texts in the seeds' style plus their ground truth.

`generate(directive, issued_on, out, seed)` writes one .txt per issued plan and `truth.json` beside them
(format: docs/synth.md). Everything is drawn from a `random.Random` seeded per unit, so a seed gives the
same files byte for byte.
"""

from synth.cascade import Summary, generate

__all__ = ["Summary", "generate"]
