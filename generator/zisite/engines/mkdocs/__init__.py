"""The MkDocs + Material engine: the ``zisite`` MkDocs plugin and ``zisite build``/``serve``."""
