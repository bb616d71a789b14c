"""Post-processing of the OpenAPI schema."""

import re


def blank_matching_patterns(result, **kwargs):
    """drf-spectacular describes a blank-allowing string with a pattern as `oneOf` [the pattern, an
    empty string]. When the pattern itself accepts "", the empty string matches both branches and
    `oneOf` rejects it, so a valid `?q=` looks invalid to clients and fuzzers: keep the pattern alone."""

    def visit(node):
        if isinstance(node, dict):
            options = node.get("oneOf")
            if isinstance(options, list) and len(options) == 2 and options[1] == {"type": "string", "maxLength": 0} \
                    and "pattern" in options[0] and re.search(options[0]["pattern"], ""):
                node.update(options[0])
                del node["oneOf"]
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(result)
    return result
