"""Engines: thin adapters that write the core's pages and assets with a static-site engine
(MkDocs + Material by default, Zensical optionally)."""
