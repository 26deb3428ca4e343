"""HTML to lines with a real parser: boilerplate dropped, each block element its own paragraph.

Navigation, scripts, styles and page-level header/footer/aside are dropped; paragraphs and
headings are separated by a blank line, list items keep a "- " or "1. " marker, table cells are
tab-separated so a table row stays one line. When the page has a <main>, only that is read.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from pipeline.ingest.parse.errors import Parsed, ParseError
from pipeline.ingest.parse.text import decode

_DROP = {
    "script",
    "style",
    "noscript",
    "nav",
    "aside",
    "form",
    "template",
    "svg",
    "iframe",
    "button",
    "select",
    "head",
    "title",
    "-comment",
    "dialog",
    "menu",
}
_PAGE_CHROME = {"header", "footer"}  # boilerplate unless inside the article itself
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "menu"}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "figure",
    "figcaption",
    "address",
    "hr",
    "details",
    "summary",
    "caption",
    "header",
    "footer",
}
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")
_ORPHAN_MARKER = re.compile(r"^(-|\d+\.)\n+(?=\S)", re.MULTILINE)


def _inside_content(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in ("article", "main"):
            return True
        parent = parent.parent
    return False


def _skipped(node: LexborNode) -> bool:
    attrs = node.attributes
    if node.tag in _DROP or attrs.get("role") in _CHROME_ROLES or "hidden" in attrs:
        return True
    return node.tag in _PAGE_CHROME and not _inside_content(node)


def _list_marker(node: LexborNode) -> str:
    parent = node.parent
    if parent is None or parent.tag != "ol":
        return "- "
    number, sibling = 1, node.prev
    while sibling is not None:
        number += sibling.tag == "li"
        sibling = sibling.prev
    return f"{number}. "


def _wrappers(node: LexborNode) -> tuple[str, str]:
    """The separators written before and after an element's content."""
    tag = node.tag
    if tag == "br":
        return "\n", ""
    if tag == "li":
        return "\n\n" + _list_marker(node), "\n\n"
    if tag == "tr":
        return "\n", "\n"
    if tag in ("td", "th"):
        return "", "\t"
    if tag in _BLOCK:
        return "\n\n", "\n\n"
    return "", ""


def html_text(root: LexborNode) -> str:
    """Depth-first walk (iterative: deep pages must not hit the recursion limit)."""
    out: list[str] = []
    stack: list[LexborNode | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif item.tag == "-text":
            out.append(_WHITESPACE.sub(" ", item.text(deep=False)))
        elif not _skipped(item):
            before, after = _wrappers(item)
            stack.append(after)
            stack.extend(reversed(list(item.iter(include_text=True))))
            stack.append(before)
    lines = [line.strip() for line in "".join(out).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return _ORPHAN_MARKER.sub(r"\1 ", text)  # <li><p>text</p></li>: the marker joins its text


def parse_html(data: bytes) -> Parsed:
    """One page of text from an HTML document."""
    declared = _META_CHARSET.search(data[:4096])
    markup, warnings = decode(data, declared.group(1).decode("ascii") if declared else None)
    tree = LexborHTMLParser(markup)
    root = tree.css_first("main") or tree.body or tree.root
    text = html_text(root) if root is not None else ""
    if not text:
        raise ParseError("no text in HTML page")
    return Parsed(pages=[text], paged=False, kind="html", warnings=warnings)
