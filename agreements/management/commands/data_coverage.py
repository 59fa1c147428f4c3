"""Print how much of the world the reference data covers, against the project's targets."""

from django.core.management.base import BaseCommand

from agreements.selectors import data_coverage

# The targets of issue 4 ("The reference data"): NORMLEX counts and corridor coverage.
TARGETS = {"C102": 66, "C118": 38, "C157": 4, "C097": 54, "C143": 29}


class Command(BaseCommand):
    help = "Print coverage counts of the reference data against the targets."

    def handle(self, *args, **options):
        found = data_coverage()
        for code, target in TARGETS.items():
            self.stdout.write(
                f"ratifications {code}: {found['ratifications'].get(code, 0)} of about {target}"
            )
        self.stdout.write(
            f"bilateral agreements: {found['bilateral_agreements']} (target 400), "
            f"{found['bilateral_with_in_force_date']} with an in-force date"
        )
        self.stdout.write(
            f"bilateral agreements with per-branch provisions: {found['bilateral_with_provisions']} (target 150)"
        )
        self.stdout.write(f"multilateral instruments: {found['multilateral_agreements']}")
        self.stdout.write(
            f"countries with national rules: {found['countries_with_national_rules']} (target 40), "
            f"{found['national_rules']} rules"
        )
        self.stdout.write(f"countries named in agreements: {found['countries_with_agreements']}")
        self.stdout.write(f"institutions: {found['institutions']}")
        self.stdout.write(f"rows by verification: {found['verification']}")
        self.stdout.write(f"last verified: {found['last_verified']}")
