"""Measure the engine and the API on this machine (run by hand: `make benchmark`).

Prints the median time of one assessment (12 periods in 4 countries), of building the facts
snapshot from the full dataset, and requests per second of POST /api/v1/assessments served
by gunicorn on 127.0.0.1 under a bounded local load.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

REQUEST = {
    "as_of": "2026-11-25",
    "nationalities": ["IN"],
    "residence_country": "DE",
    "future_residence_country": "IN",
    "status": "work_permit",
    "birth_year": 1980,
    "work_history": [
        {"country": c, "from": f"{2000 + i}-01", "to": f"{2000 + i}-12"}
        for i, c in enumerate(["IN", "FR", "DE", "US"] * 3)
    ],
}


def timed(function, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def engine_figures() -> None:
    import django

    django.setup()
    from agreements.snapshot import build_facts, current_data_version
    from entitlements.engine import assess
    from entitlements.validation import profile_from_request

    version = current_data_version()
    snapshot = timed(lambda: build_facts(version), 20)
    facts = build_facts(version)
    profile = profile_from_request(REQUEST)
    one = timed(lambda: assess(profile, facts), 500)
    print(f"assessment, 12 periods in 4 countries: median {one * 1000:.3f} ms (target < 2 ms)")
    print(
        f"snapshot from the full dataset ({len(facts.agreements)} agreements): median {snapshot * 1000:.1f} ms (target < 200 ms)"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api_figures(seconds: float = 10.0, clients: int = 4) -> None:
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}/api/v1/assessments"
    body = json.dumps(REQUEST).encode()
    try:
        for _ in range(50):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        counts = [0] * clients
        deadline = time.monotonic() + seconds

        def load(index: int) -> None:
            # Bounded in time: the loop stops at the deadline, loopback only.
            while time.monotonic() < deadline:
                request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
                with urllib.request.urlopen(request, timeout=10) as response:
                    response.read()
                counts[index] += 1

        threads = [threading.Thread(target=load, args=(i,)) for i in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(
            f"API: {sum(counts) / seconds:.0f} requests/s (2 gunicorn workers, {clients} clients, {seconds:.0f} s)"
        )
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    engine_figures()
    api_figures()
