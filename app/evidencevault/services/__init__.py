"""Use cases: what the window and the command line call."""

# Work every unlock must do registers itself in services.vault.OPEN_HOOKS when its module is
# imported; import those modules here so no caller can open a vault without them.
from evidencevault.services import evidence as _evidence  # noqa: F401  (sweeps unfinished media)
