"""HTML input (a saved web page, a clipboard copy) to plain text with paragraphs.

Uses the standard library's HTMLParser: tags are dropped, entities decoded, script/style/nav content skipped,
and block-level elements become paragraph breaks so segmentation still sees the article's paragraphs.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_HTML_HINT = re.compile(r"<(?:!doctype|html|body|p|div|br|span|a|article|section|h[1-6]|li|ul|ol|table|td|tr)\b",
                        re.IGNORECASE)
_BLOCK = {"p", "div", "br", "article", "section", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li",
          "ul", "ol", "table", "tr", "blockquote", "figure", "figcaption", "main", "aside", "pre", "hr", "title"}
_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "iframe", "head"}


def looks_like_html(text: str) -> bool:
    """True when the text has at least two recognisable HTML tags in its first 20,000 characters."""
    return len(_HTML_HINT.findall(text[:20000])) >= 2


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip_depth:
            self.parts.append(data.replace("\n", " "))


def to_text(markup: str) -> str:
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
