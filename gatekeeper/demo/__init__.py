"""Synthetic demonstration cases: invented people, real file formats, made on demand."""

from gatekeeper.demo.build import build_case
from gatekeeper.demo.cases import DEMO_CASES, make_demo_cases
from gatekeeper.demo.spec import CaseSpec, People

__all__ = ["DEMO_CASES", "CaseSpec", "People", "build_case", "make_demo_cases"]
