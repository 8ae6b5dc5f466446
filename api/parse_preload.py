"""Imported once by the parsing forkserver (`api.worker`): the parser's modules and the gazetteer's
index (1.5 s to build) are made before the fork, so each upload's child starts warm."""

from loaders import parse as _parse  # noqa: F401 - imported for the forkserver
from loaders import read as _read  # noqa: F401
from loaders.gazetteer import gazetteer

gazetteer()
