from django.urls import path

from entitlements import views

app_name = "check"
urlpatterns = [
    path("", views.start, name="start"),
    path("step/<slug:slug>/", views.step, name="step"),
    path("result/<str:token>/", views.result, name="result"),
    path("result/<str:token>/summary.pdf", views.result_pdf, name="result-pdf"),
]
