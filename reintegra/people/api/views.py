"""Read-only person API over the same queries as the HTML pages (same scope, same audit)."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers
from rest_framework.exceptions import PermissionDenied

from reintegra.core import audit
from reintegra.core.api.pagination import single
from reintegra.people import audit_codes, perms

from .. import actions, queries
from ..groups import Group
from .serializers import PersonSerializer

ERRORS = {
    400: OpenApiResponse(description="Invalid query parameters"),
    403: OpenApiResponse(description="Not signed in, or the role does not allow reading person records"),
}


class PersonQuery(serializers.Serializer):
    # No NUL characters (databases refuse them); the pattern puts that rule in the schema too.
    q = serializers.RegexField(r"^[^\x00]*$", required=False, allow_blank=True, max_length=200,
                               help_text=_("Name (any script), identifier or date of birth"))
    group = serializers.ChoiceField(required=False, choices=[g.value for g in Group])


def _membership(request):
    membership = getattr(request._request, "membership", None)
    if membership is None or not membership.has(perms.VIEW_PERSON):
        raise PermissionDenied
    return membership


class PersonList(generics.ListAPIView):
    serializer_class = PersonSerializer

    @extend_schema(parameters=[PersonQuery], responses={200: PersonSerializer(many=True), **ERRORS})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        membership = _membership(self.request)
        params = {name: single(self.request, name) for name in PersonQuery().fields if name in self.request.query_params}
        query = PersonQuery(data=params)  # a plain dict: "group=" is not "absent"
        query.is_valid(raise_exception=True)
        return queries.search_persons(
            membership, query.validated_data.get("q", ""), group=query.validated_data.get("group")
        ).prefetch_related("identifiers").select_related("current_episode__establishment", "current_episode__unit")

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        membership = self.request._request.membership
        actions.record_listing(membership, self.request.query_params.dict(), (p.pk for p in page))
        return queries.decorate(page)


class PersonDetail(generics.RetrieveAPIView):
    serializer_class = PersonSerializer

    @extend_schema(responses={200: PersonSerializer, 403: ERRORS[403],
                              404: OpenApiResponse(description="No such person in your scope")})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_object(self):
        membership = _membership(self.request)
        person = queries.person_or_404(membership, self.kwargs["pk"])  # DRF answers Http404 as 404
        audit.record(audit_codes.PERSON_VIEW, service=membership.service, obj=person, person_id=person.pk)
        return person
