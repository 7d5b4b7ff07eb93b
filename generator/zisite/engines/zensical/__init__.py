"""The Zensical engine (optional: ``pip install 'zisite[zensical]'``): `zisite build --engine zensical`.

Zensical reads mkdocs.yml but runs no MkDocs plugins, so the core's pages and assets are written
into a staging folder as ordinary files, each page carrying its footer in its front matter, and
Zensical builds that folder with a config that inherits the office's mkdocs.yml.
"""
