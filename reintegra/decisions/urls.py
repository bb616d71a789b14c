from django.urls import path

from . import views

app_name = "decisions"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("register/", views.register, name="register"),
    path("register.csv", views.register, {"csv": True}, name="register_csv"),
    path("propose/<int:person_pk>/", views.propose, name="propose"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/decide/", views.decide, name="decide"),
    path("<int:pk>/revise/", views.resubmit, name="resubmit"),
    path("<int:pk>/hearing/", views.hearing, name="hearing"),
    path("<int:pk>/appeals/new/", views.appeal, name="appeal"),
    path("<int:pk>/appeals/<int:appeal_pk>/", views.appeal, name="appeal_outcome"),
    path("<int:pk>/review/", views.review, name="review"),
    path("<int:pk>/separation-log/new/", views.log_day, name="log_day"),
    path("<int:pk>/notice/", views.notice, name="notice"),
    path("<int:pk>/notice.pdf", views.notice, {"pdf": True}, name="notice_pdf"),
]
