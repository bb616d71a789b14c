from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import LimitOffsetPagination


def single(request, name):
    """A query parameter given at most once: a repeated one is refused, never half-read."""
    values = request.query_params.getlist(name)
    if len(values) > 1:
        raise ValidationError({name: [_("Give this parameter only once.")]})
    return values[0] if values else None


class StrictLimitOffsetPagination(LimitOffsetPagination):
    """DRF's paginator silently ignores a malformed limit or offset; ours answers 400 instead."""

    max_limit = 200

    def _parse(self, request, name, minimum):
        raw = single(request, name)
        if raw is None:
            return None
        try:
            value = int(raw)
        except ValueError:
            raise ValidationError({name: [_("Enter a whole number.")]}) from None
        if value < minimum or (name == self.limit_query_param and value > self.max_limit):
            raise ValidationError({name: [_("This value is out of range.")]})
        return value

    def get_limit(self, request):
        limit = self._parse(request, self.limit_query_param, 1)
        return self.default_limit if limit is None else limit

    def get_offset(self, request):
        offset = self._parse(request, self.offset_query_param, 0)
        return 0 if offset is None else offset

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.limit_query_param:
                parameter["schema"].update({"minimum": 1, "maximum": self.max_limit})
            if parameter["name"] == self.offset_query_param:
                parameter["schema"]["minimum"] = 0
        return parameters
