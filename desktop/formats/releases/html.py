"""HTML pages saved from a browser: the article through trafilatura, never regexes over markup.

trafilatura drops menus, headers, footers and related-news boxes. Two things are done to the
tree first with lxml: a ``mailto:`` link whose text is a name gets its address written beside
it (the address is in the page, not invented), and a cleaned full-page text is kept as a
second place to look for contacts when the page puts its contact box outside the article.
"""

from __future__ import annotations

import re
from datetime import date

import lxml.html
import trafilatura
from lxml import etree

from desktop.domain.text import squeeze
from desktop.formats.releases.model import ParsedRelease
from desktop.formats.releases.parse import parse_release_text

_BOILERPLATE = re.compile(
    r"nav|menu|footer|header|breadcrumb|related|share|social|cookie|newsletter|sidebar-news|"
    r"subscribe|promo|banner|skip",
    re.IGNORECASE,
)
_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "section",
               "article", "aside", "blockquote", "dd", "dt", "address", "td", "th"}
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,40}$")
# Characters XML cannot hold: lxml refuses to write them back into the tree (a damaged page).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _tree(html: str) -> etree._Element | None:
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _expand_mailto(tree: etree._Element) -> None:
    for link in tree.xpath("//a[starts-with(translate(@href,'MAILTO','mailto'),'mailto:')]"):
        address = str(link.get("href", ""))[7:].split("?", 1)[0].strip()
        text = link.text_content()
        if address and "@" not in text and "protected" not in text.lower():
            link.tail = f" <{address}>{link.tail or ''}"


def _text_of(element: etree._Element) -> str:
    """Visible text with a line break at every block element (what a reader sees as lines)."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in {"script", "style", "noscript", "template"}:
            if node.tail:
                parts.append(node.tail)
            return
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if node.text and tag:
            parts.append(node.text)
        for child in node:
            walk(child)
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)

    walk(element)
    lines = (squeeze(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _without_boilerplate(tree: etree._Element) -> str:
    for node in list(tree.iter()):
        if not isinstance(node.tag, str):
            continue
        marker = f"{node.get('class', '')} {node.get('id', '')} {node.get('role', '')}"
        if node.tag in {"nav", "header", "footer", "form"} or _BOILERPLATE.search(marker):
            parent = node.getparent()
            if parent is not None and node.tag != "body":
                node.drop_tree()
    body = tree.find("body")
    return _text_of(body if body is not None else tree)


def _heading(tree: etree._Element) -> str | None:
    for path in ("//main//h1", "//article//h1", "//h1"):
        found = tree.xpath(path)
        if found:
            text = squeeze(found[0].text_content())
            if text:
                return text
    titles = tree.xpath("//title")
    if titles:
        text = squeeze(titles[0].text_content())
        return _SITE_SUFFIX.sub("", text) or None
    return None


def _breaks_to_paragraphs(tree: etree._Element) -> None:
    """Let trafilatura see ``<br>``-separated lines (vertical contact blocks) as lines."""
    for br in tree.xpath("//br"):
        br.tail = "\n" + (br.tail or "")


def parse_release_html(html: str, source: str, *, date_hint: date | None = None) -> ParsedRelease:
    """Read a saved web page; menus, header, footer and related-news boxes are left out."""
    tree = _tree(_NOT_XML.sub(" ", html))
    if tree is None:
        return parse_release_text("", source, date_hint=date_hint)
    _expand_mailto(tree)
    _breaks_to_paragraphs(tree)
    title = _heading(tree)
    cleaned_html = etree.tostring(tree, encoding="unicode", method="html")
    reparsed = _tree(cleaned_html)
    contact_text = _without_boilerplate(reparsed if reparsed is not None else tree)
    extracted = trafilatura.bare_extraction(
        cleaned_html, with_metadata=True, favor_recall=True, include_tables=True,
        include_comments=False, include_links=False, deduplicate=False,
    )
    text = ""
    meta_date: date | None = None
    if extracted is not None:
        data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
        text = str(data.get("text") or "")
        title = title or data.get("title")
        meta_date = _iso_date(data.get("date"))
    if len(text.split()) < 20:
        text = contact_text
    return parse_release_text(
        text, source, title_hint=title, date_hint=date_hint or meta_date, contact_text=contact_text
    )


def _iso_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
