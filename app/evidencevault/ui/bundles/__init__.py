"""Bundles in the window: identity and contacts, send a bundle, open (verify, import) a bundle."""
