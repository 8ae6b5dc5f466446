"""Errors the parser raises: every one names the file and the reason."""


class ParseError(Exception):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NeedsOcr(ParseError):
    """The file is a scan (PDF without a text layer, or an image): only OCR can read it."""
