"""The node operator's admin (superusers only; it spans services by design)."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import AuditEvent, Membership, Organisation, Service, User


@admin.register(Service)
class ServiceAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "country", "timezone"]
    search_fields = ["code", "name", "name_en"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "code", "service", "path"]
    list_filter = ["service", "kind"]
    search_fields = ["name", "code"]
    raw_id_fields = ["parent"]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["organisation"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    inlines = [MembershipInline]
    fieldsets = [*BaseUserAdmin.fieldsets, (None, {"fields": ["preferred_language"]})]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: the trail is append-only."""

    list_display = ["service", "seq", "at", "actor_label", "action", "person_id"]
    list_filter = ["service", "action"]
    search_fields = ["actor_label", "object_id", "request_id"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
