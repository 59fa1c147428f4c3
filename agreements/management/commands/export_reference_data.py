"""Write the database's reference data back to agreements/data/, for review as a diff."""

from pathlib import Path

from django.core.management.base import BaseCommand

from agreements.services import reference_data_export


class Command(BaseCommand):
    help = "Write the reference data from the database back to the text files."

    def add_arguments(self, parser):
        parser.add_argument("--dir", type=Path, default=None, help="Folder to write to.")

    def handle(self, *args, **options):
        for path in reference_data_export(directory=options["dir"]):
            self.stdout.write(f"wrote {path}")
