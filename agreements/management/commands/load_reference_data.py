"""Load agreements/data/ into the database; idempotent, reports what changed."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from agreements.services import DatasetError, reference_data_load


class Command(BaseCommand):
    help = "Load the reference data files into the database (added, changed, removed)."

    def add_arguments(self, parser):
        parser.add_argument("--dir", type=Path, default=None, help="Folder of the data files.")

    def handle(self, *args, **options):
        try:
            report = reference_data_load(directory=options["dir"])
        except DatasetError as error:
            raise CommandError(str(error)) from error
        for line in report.lines():
            self.stdout.write(line)
