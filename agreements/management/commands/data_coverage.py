"""Print how much of the world the reference data covers, against the project's targets."""

from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from agreements.corridors import CORRIDORS, unknown_share
from agreements.selectors import CORE_RULE_FACTS, data_coverage
from agreements.snapshot import facts_snapshot

# The targets of issue 4 ("The reference data"): NORMLEX counts and corridor coverage.
TARGETS = {"C102": 66, "C118": 38, "C157": 4, "C097": 54, "C143": 29}
BILATERAL_TARGET = 400
PROVISIONS_TARGET = 150
RULES_TARGET = 40
# A country's national rules count as covered when they state at least this many core facts.
RULES_FACTS_MIN = 5
# Issue 9: at most this share of the corridors' answers may stay unknown.
UNKNOWN_TARGET = 0.25


class Command(BaseCommand):
    help = "Print coverage counts of the reference data against the targets, and the gaps."

    def handle(self, *args: Any, **options: Any) -> None:
        found = data_coverage()
        write = self.stdout.write
        for code, target in TARGETS.items():
            count = found["ratifications"].get(code, 0)
            accepted = found["ratifications_with_accepted"].get(code, 0)
            write(
                f"{_mark(count >= target)} ratifications {code}: {count} of about {target} "
                f"({accepted} with the Parts, branches or Annexes accepted)"
            )
        dated = found["bilateral_with_in_force_date"]
        write(
            f"{_mark(dated >= BILATERAL_TARGET)} bilateral agreements: "
            f"{found['bilateral_agreements']}, {dated} with a sourced date of entry into force "
            f"(target {BILATERAL_TARGET})"
        )
        provisions = found["bilateral_with_provisions"]
        write(
            f"{_mark(provisions >= PROVISIONS_TARGET)} bilateral agreements with per-branch "
            f"provisions: {provisions} (target {PROVISIONS_TARGET})"
        )
        write(f"   multilateral instruments: {found['multilateral_agreements']}")
        facts = found["national_rule_facts"]
        broad = sorted(c for c, n in facts.items() if n >= RULES_FACTS_MIN)
        write(
            f"{_mark(len(broad) >= RULES_TARGET)} countries with national rules: "
            f"{found['countries_with_national_rules']} ({found['national_rules']} rules); "
            f"{len(broad)} state at least {RULES_FACTS_MIN} of the {len(CORE_RULE_FACTS)} "
            f"core facts (target {RULES_TARGET})"
        )
        thin = sorted(c for c, n in facts.items() if n < RULES_FACTS_MIN)
        write(f"   countries with fewer core facts: {' '.join(thin) or '-'}")
        missing = found["countries_without_institution"]
        write(
            f"{_mark(not missing)} institutions: {found['institutions']} "
            f"({found['institutions_without_url']} without a web address); countries named in "
            f"agreements without one: {' '.join(missing) or '-'}"
        )
        write(
            f"   countries named in agreements: {found['countries_with_agreements']}; "
            f"UN member states: {found['un_members']}, "
            f"{found['un_members_with_agreements']} named in an agreement"
        )
        write(
            "   UN member states the data knows nothing about: "
            f"{' '.join(found['un_members_without_data']) or '-'}"
        )
        self._corridors()
        write(f"   rows by verification: {found['verification']}")
        write(f"   last verified: {found['last_verified']}")

    def _corridors(self) -> None:
        write = self.stdout.write
        share = unknown_share(facts_snapshot(), timezone.localdate())
        write(
            f"{_mark(share.share <= UNKNOWN_TARGET)} unknown answers on {len(CORRIDORS)} "
            f"corridors: {share.unknown} of {share.total} ({share.share:.0%}, "
            f"target at most {UNKNOWN_TARGET:.0%})"
        )
        per = len(CORRIDORS)
        shares = {
            q: n / (per * (4 if q == "guarantee" else 3)) for q, n in share.by_question.items()
        }
        write(
            "   unknown by branch: " + ", ".join(f"{q} {s:.0%}" for q, s in sorted(shares.items()))
        )
        worst = sorted(share.by_corridor.items(), key=lambda kv: -kv[1])[:10]
        write("   most unknown: " + ", ".join(f"{c} {n}/31" for c, n in worst))


def _mark(met: bool) -> str:
    return "ok" if met else "--"
