"""The MkDocs adapter lets the core's pre-rendered HTML skip Python-Markdown, losing nothing."""

from __future__ import annotations

import markdown
import pytest

from zisite.engines.mkdocs.raw_html import RawHtml, anchor_ids

BLOCK = ('<h2 id="rencana">Rencana</h2>\n<table class="zi-plan"><tr><th id="b1-k1-a1-r1" scope="row">1.1</th>'
         '<td>Teks &amp; tanda &#34;kutip&#34; id=&#34;palsu&#34;</td></tr></table><p><a name="lama">x</a></p>')
PAGE = f"# Judul\n\nTeks *staf* dengan [tautan](../kontak/index.md).\n\n{BLOCK}\n"


def test_a_block_comes_back_verbatim_after_markdown_and_its_anchors_are_known():
    raw = RawHtml({"a/index.md": (BLOCK,)})
    text = raw.before_markdown("a/index.md", PAGE)
    assert BLOCK not in text and "Teks *staf*" in text
    html, anchors = raw.after_markdown("a/index.md", markdown.markdown(text))
    assert html.endswith(BLOCK)
    assert "<em>staf</em>" in html
    assert anchors == {"rencana", "b1-k1-a1-r1", "lama"}


def test_pages_without_blocks_and_pages_changed_by_another_plugin_go_through_markdown_untouched():
    raw = RawHtml({"a/index.md": (BLOCK,)})
    assert raw.before_markdown("b/index.md", PAGE) == PAGE
    changed = PAGE.replace("<h2 id", "<h2 class=\"x\" id")
    assert raw.before_markdown("a/index.md", changed) == changed
    assert raw.after_markdown("a/index.md", "<p>x</p>") == ("<p>x</p>", set())


def test_a_lost_placeholder_fails_the_build_instead_of_dropping_the_table():
    raw = RawHtml({"a/index.md": (BLOCK,)})
    raw.before_markdown("a/index.md", PAGE)
    with pytest.raises(RuntimeError, match="a/index.md"):
        raw.after_markdown("a/index.md", "<p>hilang</p>")


def test_anchor_ids_ignore_escaped_text():
    assert anchor_ids('<p title="a">id=&#34;x&#34;</p><div\nid="y"></div>') == {"y"}
