"""Who should pair with whom: scores with reasons, hard rules, and optimal assignment."""

from rmdesk.matching.assign import Objective, Proposal, Suggestion, suggest
from rmdesk.matching.settings import MatchSettings

__all__ = ["MatchSettings", "Objective", "Proposal", "Suggestion", "suggest"]
