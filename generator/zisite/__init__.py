"""zisite: Zona Integritas transparency sites for KPU offices, from YAML in git.

Data flows one way: load (``yamlload``) → validate (``validation``, ``models``) → domain
(``domain``) → render → write. The core never imports MkDocs; ``mkdocs_plugin`` adapts it.
"""

__version__ = "0.1.0"
