"""Render: the validated model → pages (Markdown with HTML blocks) and assets (CSV, JSON, YAML).

Pure: no MkDocs import, no file writes. Engines (the MkDocs plugin, the CLI) write the output.
"""

from .site import Asset, Page, SiteOptions, render_site

__all__ = ["Asset", "Page", "SiteOptions", "render_site"]
