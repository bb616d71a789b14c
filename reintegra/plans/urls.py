from django.urls import path

from . import views

app_name = "plans"
urlpatterns = [
    path("", views.due_list, name="due"),
    path("open/<int:person_pk>/", views.open_plan, name="open"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/goals/new/", views.goal, name="add_goal"),
    path("<int:pk>/goals/<int:goal_pk>/", views.goal, name="edit_goal"),
    path("<int:pk>/goals/<int:goal_pk>/steps/new/", views.step, name="add_step"),
    path("<int:pk>/steps/<int:step_pk>/", views.step, name="edit_step"),
    path("<int:pk>/steps/<int:step_pk>/notes/new/", views.note, name="add_note"),
    path("<int:pk>/versions/new/", views.issue, name="issue"),
    path("<int:pk>/versions/<int:number>/", views.version, name="version"),
    path("<int:pk>/versions/<int:number>/response/", views.respond, name="respond"),
    path("<int:pk>/versions/<int:number>/countersign/", views.countersign, name="countersign"),
    path("<int:pk>/versions/<int:number>/document/", views.document, name="document"),
    path("<int:pk>/versions/<int:number>/document.pdf", views.document, {"pdf": True}, name="document_pdf"),
]
