"""The settings moved to the leaf package `config`; this name stays for scripts that import it."""

from config import DEV_API_KEY, DEV_PASSWORD, REPO_ROOT, Settings, get_settings

__all__ = ["DEV_API_KEY", "DEV_PASSWORD", "REPO_ROOT", "Settings", "get_settings"]
