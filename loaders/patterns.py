"""Every regular expression the parser uses, as verbose, commented, named-group constants.

Two sections: document numbers, dates, citations and header lines (first); outline markers,
responsibility phrases and deadlines (second). Compose new patterns from the helpers here rather
than writing a second copy of a pattern in a stage module.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------
# Section 1: numbers, dates, citations, header, recipients
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# Section 2: outline markers, responsibility phrases, deadlines
# ---------------------------------------------------------------------------

_ = re  # placeholder until the sections are filled
