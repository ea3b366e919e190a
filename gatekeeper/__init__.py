"""Gatekeeper: checks RASSO case files against the DG6 national file standard."""

__version__ = "0.1.0"
