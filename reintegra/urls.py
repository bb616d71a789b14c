from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from reintegra.core import views as core_views

admin.autodiscover()
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("", core_views.home, name="home"),
    path("membership/", core_views.switch_membership, name="switch_membership"),
    path("i18n/setlang/", core_views.set_language, name="set_language"),
    path("audit/", core_views.audit_log, name="audit"),
    path("people/", include("reintegra.people.urls")),
    path("assessments/", include("reintegra.assessments.urls")),
    path("plans/", include("reintegra.plans.urls")),
    path("programmes/", include("reintegra.programmes.urls")),
    path("decisions/", include("reintegra.decisions.urls")),
    path("api/", include("reintegra.people.api.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
]
