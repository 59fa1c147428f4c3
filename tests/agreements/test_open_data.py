"""The open-data API and the coverage page read the same selectors as the portal."""

import io
import re
import zipfile

import jsonschema
import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import escape


@pytest.mark.django_db
def test_country_lists_ratifications_agreements_and_rules(client):
    data = client.get("/api/v1/countries/DE").json()
    assert data["code"] == "DE"
    ratifications = {r["instrument"]: r for r in data["ratifications"]}
    assert ratifications["C097"]["date"] == "1959-06-22"  # NORMLEX C097 list
    assert ratifications["C097"]["status"] == "in_force"
    ids = {a["id"] for a in data["agreements"]}
    assert "IN-DE-2011" in ids
    assert all(a["source"]["url"] for a in data["agreements"])
    assert any(
        r["fact"] == "qualifying_months" and r["value"] == "60" for r in data["national_rules"]
    )


@pytest.mark.django_db
def test_unknown_country_is_404(client):
    assert client.get("/api/v1/countries/XX").status_code == 404


@pytest.mark.django_db
def test_agreements_of_a_country_with_provisions(client):
    data = client.get("/api/v1/agreements?country=IN").json()
    india_germany = next(a for a in data["agreements"] if a["id"] == "IN-DE-2011")
    assert india_germany["in_force_since"] == "2017-05-01"
    assert {p["posting_limit_months"] for p in india_germany["provisions"]} == {48}
    assert client.get("/api/v1/agreements").status_code == 400


@pytest.mark.django_db
def test_dataset_download_has_every_file_and_the_licence(client):
    response = client.get("/api/v1/dataset.zip")
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert "agreements.csv" in names
    assert "LICENCE.txt" in names


@pytest.mark.django_db
def test_coverage_page_under_ten_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/coverage/")
    assert response.status_code == 200
    assert len(queries) < 10


@pytest.mark.django_db
def test_load_is_idempotent_and_export_round_trips(tmp_path):
    from agreements.services import reference_data_export, reference_data_load

    again = reference_data_load()
    assert (
        sum(again.added.values()) + sum(again.changed.values()) + sum(again.removed.values()) == 0
    )
    reference_data_export(directory=tmp_path)
    from_export = reference_data_load(directory=tmp_path)
    assert sum(from_export.changed.values()) + sum(from_export.added.values()) == 0
    assert from_export.data_version == again.data_version


@pytest.mark.django_db
def test_data_version_changes_when_a_fact_changes():
    from agreements.models import Agreement
    from agreements.services import data_version_refresh

    before = data_version_refresh()
    Agreement.objects.filter(code="US-JP").update(in_force="2005-11-01")
    assert data_version_refresh() != before


@pytest.mark.django_db
def test_admin_lists_agreements_with_history(admin_client):
    response = admin_client.get("/en/admin/agreements/agreement/")
    assert response.status_code == 200
    from agreements.models import Agreement

    agreement = Agreement.objects.get(code="US-JP")
    assert (
        admin_client.get(f"/en/admin/agreements/agreement/{agreement.pk}/history/").status_code
        == 200
    )


@pytest.mark.django_db
def test_coverage_command_measures_every_target():
    out = io.StringIO()
    call_command("data_coverage", stdout=out)
    text = out.getvalue()
    for target in ("C102", "C118", "C157", "C097", "C143", "bilateral agreements", "institutions"):
        assert target in text
    assert "UN member states: 193" in text
    assert "unknown answers on 50 corridors" in text
    assert "unknown by branch: employment_injury" in text


@pytest.mark.django_db
def test_coverage_page_names_the_countries_it_knows_nothing_about(client):
    from agreements.selectors import data_coverage
    from entitlements.presentation import country

    unknown = data_coverage()["un_members_without_data"]
    if not unknown:
        pytest.skip("the data knows something of every UN member state")
    html = client.get("/fr/coverage/").content.decode()
    with translation.override("fr"):
        assert all(escape(country(code)) in html for code in unknown)


def _validator(client, name):
    """A validator for one of the OpenAPI document's component schemas, as served."""
    document = client.get("/api/v1/openapi.json").json()
    schema = {"$ref": f"#/components/schemas/{name}", "components": document["components"]}
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.django_db
def test_openapi_documents_the_open_data_paths(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/countries/{code}", "/api/v1/agreements", "/api/v1/dataset.zip"} <= set(paths)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["DE", "MA", "PH", "SA", "TR", "XK"])
def test_country_responses_match_the_documented_schema(client, code):
    response = client.get(f"/api/v1/countries/{code}", HTTP_ACCEPT_LANGUAGE="fr")
    _validator(client, "Country").validate(response.json())


@pytest.mark.django_db
def test_agreement_list_matches_the_documented_schema(client):
    response = client.get("/api/v1/agreements?country=IN")
    _validator(client, "AgreementList").validate(response.json())


@pytest.mark.django_db
def test_rule_texts_are_english_with_translations_whatever_the_request_language(client):
    rules = client.get("/api/v1/countries/FR", HTTP_ACCEPT_LANGUAGE="fr").json()["national_rules"]
    ame = next(
        r for r in rules if r["fact"] == "guarantee_health_care" and "undocumented" in r["statuses"]
    )
    assert "AME" in ame["conditions"]
    assert "residence" in ame["conditions"]
    assert ame["translations"]["fr"] != ame["conditions"]


def _country_row(html: str, name: str) -> list[str]:
    row = re.search(rf'<tr><th scope="row">{re.escape(name)}</th>(.*?)</tr>', html)
    assert row, name
    return re.findall(r"<td[^>]*>(.*?)</td>", row.group(1))


@pytest.mark.django_db
def test_coverage_page_lists_each_country_with_its_dated_agreements(client):
    from agreements.models import Agreement

    expected = (
        Agreement.objects.filter(parties__country="IN", in_force__isnull=False).distinct().count()
    )
    html = client.get("/en/coverage/").content.decode()
    assert _country_row(html, "India")[0] == str(expected)


@pytest.mark.django_db
def test_a_denounced_convention_is_not_listed_as_ratified(client):
    """The Netherlands denounced C118 with effect from 2005-12-20 (ILO representation report)."""
    html = client.get("/en/coverage/").content.decode()
    assert "C118" not in _country_row(html, "Netherlands")[2]


@pytest.mark.django_db
def test_committed_files_are_what_the_exporter_writes(tmp_path):
    """An admin edit, exported, must show as a diff of just that edit: the files in the
    repository are byte for byte the exporter's output of the data they hold."""
    from pathlib import Path

    from agreements.services import reference_data_export

    reference_data_export(directory=tmp_path)
    data = Path(__file__).resolve().parents[2] / "agreements" / "data"
    exported = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.yaml"))
    committed = sorted(p.relative_to(data) for p in data.rglob("*.yaml"))
    assert exported == committed
    for name in exported:
        assert (tmp_path / name).read_bytes() == (data / name).read_bytes(), name
