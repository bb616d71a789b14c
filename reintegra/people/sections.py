"""The person page is assembled from sections; apps further down the stack register theirs.

A provider gets the request and the (already visible) person and returns a dict with a `template`
and its context, or None when the member may not see that section. Sections are filtered on the
server, never only hidden in the template.
"""

_providers = []


def register(order: int, provider):
    _providers.append((order, provider))
    _providers.sort(key=lambda entry: entry[0])


def collect(request, person):
    return [section for _, provider in _providers if (section := provider(request, person))]
