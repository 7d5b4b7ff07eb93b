"""Text that office staff write and the site publishes: page texts with ``{{ kantor.… }}`` placeholders.

Staff text is data, not code. It renders in a sandbox that sees only published office fields
(``sandbox``), may use a small allowlisted part of Jinja (``allowlist``), runs on a budget, and its
Markdown becomes HTML with a fixed feature set and then passes an allowlist HTML sanitiser
(``markdown``). The check (``zisite check``) and the build use the same three modules, so what
the check accepts is exactly what the build publishes.
"""
