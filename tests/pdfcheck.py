"""Reading back a PDF document (a plan, a decision notice): its text and the fonts it embeds.

WeasyPrint names an embedded font after the CSS family that chose it (`ABCDEF+Family-Name-Bold`).
The document stylesheet gives its Noto Sans files family names no server font has, so a font named
after one of them can only come from the application's own files; a fallback the server supplied
(DejaVu, Liberation, even a system-wide Noto Sans) shows up under its own name.
"""

import io
import re

import pypdf

from reintegra.core.documents import STYLESHEET

STYLES = ("", "-Bold")  # the templates use regular and bold (headings, table heads, <strong>), no italics


def text(content):
    """The text of every page, lines joined by spaces."""
    pages = pypdf.PdfReader(io.BytesIO(content)).pages
    return " ".join(page.extract_text() for page in pages).replace("\n", " ")


def own_fonts():
    """The font names the stylesheet's own @font-face families produce, one per family and style."""
    families = re.findall(r'@font-face\s*{[^}]*font-family:\s*"([^"]+)"', STYLESHEET.read_text())
    return {family.replace(" ", "-") + style for family in families for style in STYLES}


def embedded_fonts(content):
    """The names of the fonts the PDF uses, without the subset prefix, pages and the forms they draw."""
    names = set()

    def visit(resources):
        resources = resources.get_object() if resources is not None else {}
        for font in resources.get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
        for xobject in resources.get("/XObject", {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in pypdf.PdfReader(io.BytesIO(content)).pages:
        visit(page.get("/Resources"))
    return names


def foreign_fonts(content):
    """Fonts in the PDF that are not the document's own: a server fallback stood in for them."""
    return embedded_fonts(content) - own_fonts()
