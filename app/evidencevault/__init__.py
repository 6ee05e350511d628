"""Evidence Vault: an offline, encrypted vault for human-rights documentation."""

__version__ = "0.1.0"
