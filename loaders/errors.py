"""Errors the parser raises: every one names the file and the reason."""


class ParseError(Exception):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
