"""The rules engine: pure functions from a profile and a facts snapshot to findings.

Nothing here imports Django: no ORM, no request, no gettext. Findings are codes with
parameters and citations; presentation turns them into sentences.
"""

from entitlements.engine.assess import RULES_VERSION, assess
from entitlements.engine.types import BRANCHES, GUARANTEES, STATUSES

__all__ = ["BRANCHES", "GUARANTEES", "RULES_VERSION", "STATUSES", "assess"]
