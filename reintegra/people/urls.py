from django.urls import path

from . import views

app_name = "people"
urlpatterns = [
    path("", views.search, name="search"),
    path("caseload/", views.caseload, name="caseload"),
    path("new/", views.person_create, name="create"),
    path("<int:pk>/", views.person_detail, name="detail"),
    path("<int:pk>/edit/", views.person_edit, name="edit"),
    path("<int:pk>/identifiers/new/", views.add_identifier, name="add_identifier"),
    path("<int:pk>/custody/admit/", views.admit, name="admit"),
    path("<int:pk>/custody/offence/", views.add_offence, name="add_offence"),
    path("<int:pk>/custody/legal-status/", views.legal_status, name="legal_status"),
    path("<int:pk>/custody/transfer/", views.transfer, name="transfer"),
    path("<int:pk>/custody/release/", views.release, name="release"),
    path("<int:pk>/prior-convictions/new/", views.add_prior, name="add_prior"),
    path("<int:pk>/caseload/assign/", views.assign, name="assign"),
    path("<int:pk>/caseload/<int:assignment_pk>/end/", views.end_assignment, name="end_assignment"),
]
