"""Let the core's pre-rendered HTML skip Python-Markdown.

A generated page is a Markdown heading and some staff-written Markdown around large HTML blocks the
core already rendered (plan tables, monev, statistics). Python-Markdown would feed every one of those
blocks through its pure-Python HTML parser twice (MkDocs' anchor collector, then md_in_html) only to
write them back unchanged: at a national build that was most of MkDocs' time. Here each block is
replaced by a one-word paragraph before Markdown runs and put back, byte for byte, in the HTML after.

What MkDocs would have learnt from reading the blocks is kept: their ``id`` attributes are added to
the page's anchors, so links to ``page/#anchor`` are still validated. Headings inside the blocks
were never in the table of contents (raw HTML is not parsed into it), so the toc is unchanged.
"""

from __future__ import annotations

import html
import re
import secrets
from dataclasses import dataclass, field

# The core's HTML is autoescaped (a quote in text is &#34;), so an ` id="` can only be an attribute.
_ID = re.compile(r"""\sid=(?:"([^"]*)"|'([^']*)')""")
_NAME = re.compile(r"""<a\s[^>]*?\bname=(?:"([^"]*)"|'([^']*)')""")


@dataclass
class RawHtml:
    """Blocks set aside for the pages being built, keyed by source path (``a/b/index.md``)."""

    blocks: dict[str, tuple[str, ...]]
    token: str = field(default_factory=lambda: f"zisiteraw{secrets.token_hex(6)}n")
    _stashed: dict[str, dict[str, str]] = field(default_factory=dict)

    def before_markdown(self, src_uri: str, markdown: str) -> str:
        """The page's Markdown with each of its core HTML blocks replaced by a placeholder word."""
        blocks = self.blocks.get(src_uri)
        if not blocks:
            return markdown
        stashed: dict[str, str] = {}
        for i, block in enumerate(blocks):
            wrapped = f"\n\n{block}\n\n"
            padded = f"\n\n{markdown}\n\n"
            if wrapped not in padded:  # the page was changed by another plugin: leave it to Markdown
                continue
            word = f"{self.token}{i}"
            markdown = padded.replace(wrapped, f"\n\n{word}\n\n", 1)[2:-2]
            stashed[f"<p>{word}</p>"] = block
        self._stashed[src_uri] = stashed
        return markdown

    def after_markdown(self, src_uri: str, content: str) -> tuple[str, set[str]]:
        """The page's HTML with the blocks back in place, and the anchor ids they hold."""
        stashed = self._stashed.pop(src_uri, None)
        if not stashed:
            return content, set()
        anchors: set[str] = set()
        for placeholder, block in stashed.items():
            if placeholder not in content:  # never seen; failing beats publishing a page without its table
                raise RuntimeError(f"zisite: {src_uri}: Markdown changed the placeholder of a pre-rendered HTML block")
            content = content.replace(placeholder, block, 1)
            anchors |= anchor_ids(block)
        return content, anchors


def anchor_ids(block: str) -> set[str]:
    """What MkDocs' own raw-HTML scan collects: every ``id``, and ``name`` on ``<a>``."""
    found = set()
    for pattern in (_ID, _NAME):
        for match in pattern.finditer(block):
            found.add(html.unescape(match.group(1) if match.group(1) is not None else match.group(2)))
    return found
