"""Check the container files without a Docker engine: hadolint on the Dockerfile, and every
command the compose file runs must exist in the project."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def hadolint() -> list[str]:
    done = subprocess.run(
        ["hadolint", "--no-color", "--ignore", "DL3008", "Dockerfile"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return [line for line in done.stdout.splitlines() if line.strip()]


def management_commands() -> set[str]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django
    from django.core.management import get_commands

    django.setup()
    return set(get_commands())


def command_problems(service: str, command: list[str], commands: set[str]) -> list[str]:
    words = " ".join(command).replace("&&", " ").split()
    found = []
    for i, word in enumerate(words):
        if word == "manage.py" and i + 1 < len(words) and words[i + 1] not in commands:
            found.append(f"{service}: no management command {words[i + 1]!r}")
        if word == "gunicorn":
            module = words[i + 1].split(":")[0].replace(".", "/") + ".py"
            if not (ROOT / module).exists():
                found.append(f"{service}: gunicorn module {module} missing")
        if word == "-A" and not (ROOT / words[i + 1] / "celery.py").exists():
            found.append(f"{service}: celery app {words[i + 1]} missing")
    return found


def compose_problems() -> list[str]:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    found = [
        f"missing service {name}"
        for name in ("web", "worker", "beat", "db", "redis")
        if name not in services
    ]
    commands = management_commands()
    for name, service in services.items():
        if isinstance(service.get("command"), list):
            found += command_problems(name, service["command"], commands)
        for volume in service.get("volumes", []):
            named = volume.split(":")[0]
            if not named.startswith((".", "/")) and named not in compose.get("volumes", {}):
                found.append(f"{name}: volume {named} is not declared")
    found += [
        f"{name}: no health check"
        for name in ("web", "worker", "db", "redis")
        if "healthcheck" not in services.get(name, {})
    ]
    return found


def main() -> int:
    problems = hadolint() + compose_problems()
    for line in problems:
        print(line)
    print("containers: problems found" if problems else "containers: ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
