"""URLs: pages carry a language prefix so a shared link opens in the same language."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from agreements import api as data_api
from agreements import views as data_views
from entitlements import api
from portal import views

urlpatterns = [
    path("health", views.health, name="health"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/assessments", api.assessments, name="api-assessments"),
    path("api/v1/openapi.json", api.openapi, name="api-openapi"),
    path("api/v1/countries/<str:code>", data_api.country, name="api-country"),
    path("api/v1/agreements", data_api.agreements, name="api-agreements"),
    path("api/v1/dataset.zip", data_api.dataset, name="api-dataset"),
]
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("about/", views.about, name="about"),
    path("coverage/", data_views.coverage, name="coverage"),
    path("check/", include("entitlements.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
)
