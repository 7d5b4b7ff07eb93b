"""zisite: Zona Integritas transparency sites for KPU offices, from YAML in git.

Data flows one way, one folder per stage: ``load`` → ``checks`` (into ``models``) → ``domain`` →
``render`` (with ``text`` and ``templates``) → ``build`` (the façade) → ``engines`` (MkDocs, Zensical)
→ ``deploy``. The core never imports an engine; see docs/arsitektur.md.
"""

__version__ = "0.1.0"
