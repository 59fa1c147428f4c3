"""Assess a request from a file or standard input and print the result JSON.

Exit status 2 with a message per field on bad input, as the contract asks.
"""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from entitlements.services import assessment_result
from entitlements.validation import RequestInvalid


class Command(BaseCommand):
    help = "Assess a request (JSON, the contract's request schema) and print the result."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A request file, or - for standard input.")
        parser.add_argument("--language", default=None)

    def handle(self, *args, **options):
        path = options["file"]
        try:
            text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
            request = json.loads(text)
        except (OSError, json.JSONDecodeError) as error:
            self.stderr.write(f"request: cannot read JSON: {error}")
            sys.exit(2)
        try:
            result = assessment_result(request=request, language=options["language"])
        except RequestInvalid as invalid:
            for field, messages in invalid.errors.items():
                self.stderr.write(f"{field}: {' '.join(messages)}")
            sys.exit(2)
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
