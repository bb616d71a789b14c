from django.urls import path

from . import views

app_name = "assessments"
urlpatterns = [
    path("", views.home, name="home"),
    path("due/", views.due_list, name="due"),
    path("new/<int:person_pk>/", views.start, name="start"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/countersign/", views.countersign, name="countersign"),
    path("<int:pk>/return/", views.return_to_author, name="return"),
    path("<int:pk>/addenda/", views.add_addendum, name="add_addendum"),
    path("<int:pk>/compare/<int:other_pk>/", views.compare, name="compare"),
    path("instruments/", views.instrument_list, name="instruments"),
    path("instruments/<int:pk>/", views.instrument_detail, name="instrument"),
]
