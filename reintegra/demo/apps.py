from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The synthetic demo region. Sits below every domain app, so it may use all of them."""

    name = "reintegra.demo"
    label = "demo"
