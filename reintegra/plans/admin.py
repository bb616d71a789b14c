"""Node-operator admin for each service's planning rules (a service administrator UI comes later)."""

from django.contrib import admin

from .models import GroupPrompt, NeedArea, PlanSettings


@admin.register(PlanSettings)
class PlanSettingsAdmin(admin.ModelAdmin):
    list_display = ["service", "initial_due_days", "review_interval_days", "group_review_interval_days",
                    "countersign_required"]


@admin.register(NeedArea)
class NeedAreaAdmin(admin.ModelAdmin):
    list_display = ["service", "order", "code", "label", "offence_focused"]
    list_filter = ["service"]


@admin.register(GroupPrompt)
class GroupPromptAdmin(admin.ModelAdmin):
    list_display = ["service", "group", "order", "text"]
    list_filter = ["service", "group"]
