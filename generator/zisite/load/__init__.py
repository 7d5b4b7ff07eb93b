"""Load: find an office repository's files and read them into plain data that remembers where every
value came from (file, line, column)."""

__all__ = ["load_project"]


def __getattr__(name: str):
    # Lazy, because the models import ``load.yaml`` (AmbiguousScalar) while ``discover`` imports the
    # models: an eager import here made ``import zisite.models`` fail unless the loader came first.
    if name == "load_project":
        from .discover import load_project
        return load_project
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
