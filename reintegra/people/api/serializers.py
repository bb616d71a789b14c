from rest_framework import serializers

from ..models import CustodyEpisode, Identifier, Person


class IdentifierSerializer(serializers.ModelSerializer):
    class Meta:
        model = Identifier
        fields = ["kind", "value"]


class PlacementSerializer(serializers.ModelSerializer):
    establishment = serializers.CharField(source="establishment.name")
    unit = serializers.CharField(source="unit.name", allow_null=True, default=None)

    class Meta:
        model = CustodyEpisode
        fields = ["id", "establishment", "unit", "admitted_on", "legal_status", "expected_release"]


class PersonSerializer(serializers.ModelSerializer):
    groups = serializers.ListField(child=serializers.CharField(), read_only=True)
    identifiers = IdentifierSerializer(many=True, read_only=True)
    custody = PlacementSerializer(source="current_episode", read_only=True, allow_null=True)

    class Meta:
        model = Person
        fields = ["id", "family_name", "given_name", "fathers_name", "date_of_birth", "sex", "groups",
                  "identifiers", "custody"]
