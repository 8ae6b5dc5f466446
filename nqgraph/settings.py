"""The settings moved to the leaf package `config`; this name stays for scripts that import it."""

from config import (
    DEV_API_KEY,
    DEV_API_KEY_ENTRY,
    DEV_PASSWORD,
    DEV_USER,
    DEV_USER_ENTRY,
    MIN_SESSION_SECRET,
    REPO_ROOT,
    Settings,
    get_settings,
)

__all__ = ["DEV_API_KEY", "DEV_API_KEY_ENTRY", "DEV_PASSWORD", "DEV_USER", "DEV_USER_ENTRY",
           "MIN_SESSION_SECRET", "REPO_ROOT", "Settings", "get_settings"]
