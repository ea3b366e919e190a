"""Gatekeeper's desktop workspace (PySide6). It calls the core (``gatekeeper``) and nothing calls it.

The folder is ``ui/`` as the design names it; the import name is ``gatekeeper_ui``, so that no
bare ``ui`` package is installed beside other software.
"""
