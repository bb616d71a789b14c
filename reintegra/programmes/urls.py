from django.urls import path

from . import views

app_name = "programmes"
urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("new/", views.edit, name="create"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/sessions/new/", views.session, name="session"),
    path("refer/<int:person_pk>/", views.refer, name="refer"),
    path("referrals/<int:pk>/", views.referral, name="referral"),
    path("referrals/<int:pk>/decide/", views.decide, name="decide"),
    path("referrals/<int:pk>/enrol/", views.enrol, name="enrol"),
    path("referrals/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("referrals/<int:pk>/end/", views.end, name="end"),
]
