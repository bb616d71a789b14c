"""Documents for the prisoner (a plan, a decision notice): a print view or a PDF, in a language
chosen for the reader, whatever the language of the staff member producing it.

PDFs come from WeasyPrint with the Noto Sans fonts the application ships, so Cyrillic and Albanian
text renders the same on every machine, without fonts installed on the server.
"""

from pathlib import Path

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

STYLESHEET = Path(__file__).parent / "static" / "reintegra" / "document.css"
LANGUAGES = settings.LANGUAGES


def language_for(requested, service):
    """The requested language if the application has it, else the service's first, else English."""
    known = {code for code, _name in LANGUAGES}
    for candidate in (requested, *(service.languages or [])):
        if candidate in known:
            return candidate
    return "en"


def respond(request, template, context, *, language, pdf, filename):
    """Render `template` in `language`; the PDF embeds the stylesheet and fonts, the print view links them."""
    with translation.override(language):
        html = render_to_string(template, {**context, "language": language, "for_pdf": pdf}, request=request)
    if not pdf:
        return HttpResponse(html)
    import weasyprint  # heavy import: only when a PDF is asked for
    from weasyprint.text.fonts import FontConfiguration

    # Without a font configuration WeasyPrint skips the stylesheet's @font-face rules and falls back
    # to whatever sans-serif the server has; the same configuration must reach the stylesheet and the
    # rendering. Its URLs resolve against the stylesheet's own file (fonts/ beside it).
    fonts = FontConfiguration()
    stylesheet = weasyprint.CSS(filename=str(STYLESHEET), font_config=fonts)
    document = weasyprint.HTML(string=html, base_url=str(STYLESHEET.parent))
    body = document.write_pdf(stylesheets=[stylesheet], font_config=fonts)
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
