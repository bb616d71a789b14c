"""Read-only person API over the same queries as the HTML pages (same scope, same audit)."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics
from rest_framework.exceptions import PermissionDenied

from reintegra.core import audit
from reintegra.core.roles import Perm

from .. import queries
from ..groups import Group
from .serializers import PersonSerializer


def _membership(request):
    membership = getattr(request._request, "membership", None)
    if membership is None or not membership.has(Perm.VIEW_PERSON):
        raise PermissionDenied
    return membership


@extend_schema(parameters=[
    OpenApiParameter("q", OpenApiTypes.STR, description="Name (any script), identifier or date of birth"),
    OpenApiParameter("group", OpenApiTypes.STR, enum=[g.value for g in Group]),
])
class PersonList(generics.ListAPIView):
    serializer_class = PersonSerializer

    def get_queryset(self):
        membership = _membership(self.request)
        group = self.request.query_params.get("group") or None
        if group not in (None, *[g.value for g in Group]):
            group = None
        return queries.search_persons(membership, self.request.query_params.get("q", "")[:200], group=group) \
            .prefetch_related("identifiers").select_related("current_episode__establishment",
                                                            "current_episode__unit")

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return queries.decorate(page, self.request._request.membership.service)


class PersonDetail(generics.RetrieveAPIView):
    serializer_class = PersonSerializer

    def get_object(self):
        membership = _membership(self.request)
        person = queries.person_or_404(membership, self.kwargs["pk"])  # DRF answers Http404 as 404
        audit.record(audit.PERSON_VIEW, service=membership.service, obj=person, person_id=person.pk)
        return person
