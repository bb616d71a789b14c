"""Node-operator admin for each service's rules on persons (a service administrator UI comes later)."""

from django.contrib import admin

from .models import PeopleSettings


@admin.register(PeopleSettings)
class PeopleSettingsAdmin(admin.ModelAdmin):
    list_display = ["service", "young_adult_from_age", "young_adult_to_age"]
