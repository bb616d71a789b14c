"""The shape most form pages share: validate, run one action, land its error on the form."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .access import ActionError


def attempt(form, write):
    """Run an action for a valid form; an ActionError lands on the form, nothing is saved."""
    if not form.is_valid():
        return None
    try:
        return write()
    except ActionError as error:
        form.add_error(error.field if error.field in form.fields else None, error.message)
        return None


def form_page(request, form, write, *, title, back, done=None, caption="", submit=None, intro="",
              message=None):
    """GET shows the form; a POST that the action accepts redirects to `done` (or `back`)."""
    if request.method == "POST":
        result = attempt(form, write)
        if result is not None:
            messages.success(request, message or _("Saved."))
            return redirect(done(result) if callable(done) else (done or back))
    return render(request, "core/form_page.html", {
        "form": form, "title": title, "back": back, "caption": caption, "submit": submit, "intro": intro,
    })
