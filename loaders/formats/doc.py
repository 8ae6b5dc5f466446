"""Legacy Word 97–2003 .doc (an OLE2 container), through Debian's antiword when it is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

from loaders.errors import ParseError

TIMEOUT_S = 60


def antiword_available() -> bool:
    return shutil.which("antiword") is not None


def read_doc(raw: bytes, name: str) -> str:
    exe = shutil.which("antiword")
    if exe is None:
        raise ParseError(name, "a legacy Word .doc file and antiword is not installed "
                               "(apt-get install antiword), or save it as DOCX")
    with tempfile.NamedTemporaryFile(suffix=".doc", delete=False) as tmp:
        tmp.write(raw)
    try:
        # -w 0: one line per paragraph (no wrapping); UTF-8 mapping so Vietnamese letters survive.
        proc = subprocess.run([exe, "-w", "0", "-m", "UTF-8.txt", tmp.name], capture_output=True,
                              timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ParseError(name, f"antiword took more than {TIMEOUT_S} s on this .doc") from exc
    finally:
        os.unlink(tmp.name)
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = err[-1] if err else f"exit code {proc.returncode}"
        raise ParseError(name, f"an OLE2 file antiword cannot read as a Word document ({reason})")
    return tidy(proc.stdout.decode("utf-8", "replace"))


def tidy(text: str) -> str:
    """antiword draws table rows as '|cell|cell|'; rows become tab-joined lines as the DOCX reader
    gives them, and the '[pic]' placeholders of images go."""
    out = []
    for line in text.splitlines():
        stripped = line.strip()
        if len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped[1:-1].split("|")]
            line = "\t".join(c for c in cells if c)
        out.append(line.replace("[pic]", "").rstrip())
    return "\n".join(out) + "\n"
