"""Node-operator admin. Instrument versions are imported with `reintegra instruments import` and never
edited here; certifications are recorded here until the training app takes them over."""

from django.contrib import admin

from .models import AssessmentSettings, Certification, Instrument


@admin.register(Instrument)
class InstrumentAdmin(admin.ModelAdmin):
    list_display = ["code", "version", "status", "restricted", "certification", "imported_at"]
    list_filter = ["status", "restricted"]
    readonly_fields = [f.name for f in Instrument._meta.fields if f.name != "status"]

    def has_add_permission(self, request):
        return False


@admin.register(Certification)
class CertificationAdmin(admin.ModelAdmin):
    list_display = ["user", "module", "valid_until", "service"]
    list_filter = ["service", "module"]
    raw_id_fields = ["user"]


@admin.register(AssessmentSettings)
class AssessmentSettingsAdmin(admin.ModelAdmin):
    list_display = ["service", "reassess_within_days"]
