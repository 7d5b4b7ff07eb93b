"""One module per page type: each holds a pure view ``(PageContext) -> Rendered`` (the page and the
assets it produces). Which pages exist, at which URL and in which order is declared in
``render/registry.py``; the shared page-building helpers are in ``common.py``."""
