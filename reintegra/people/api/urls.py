from django.urls import path
from drf_spectacular.views import SpectacularAPIView

from . import views

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("v1/persons/", views.PersonList.as_view(), name="api-persons"),
    path("v1/persons/<int:pk>/", views.PersonDetail.as_view(), name="api-person"),
]
