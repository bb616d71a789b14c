"""Node-operator admin for each service's legal bases, decision types and limits (a service
administrator UI comes later)."""

from django.contrib import admin

from .models import DecisionSettings, DecisionType, LegalBasis


@admin.register(DecisionSettings)
class DecisionSettingsAdmin(admin.ModelAdmin):
    list_display = ["service", "separation_max_days", "due_soon_days", "appeal_body", "appeal_days"]


@admin.register(LegalBasis)
class LegalBasisAdmin(admin.ModelAdmin):
    list_display = ["service", "law", "article", "valid_from", "valid_to"]
    list_filter = ["service"]


@admin.register(DecisionType)
class DecisionTypeAdmin(admin.ModelAdmin):
    list_display = ["service", "code", "name", "category", "decide_level", "review_interval_days",
                    "max_duration_days", "active"]
    list_filter = ["service", "category"]
