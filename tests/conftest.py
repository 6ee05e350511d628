"""Fixtures shared by every test: no network, isolated settings, real vaults."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
VECTORS = REPO.parent / "shared" / "vectors"
PASSPHRASE = "correct horse battery staple"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# --- no network, ever -------------------------------------------------------
_real_socket = socket.socket
_NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}


class NetworkUsed(AssertionError):
    pass


class _GuardedSocket(_real_socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):  # noqa: A002
        if fileno is None and (family in _NETWORK_FAMILIES or family == -1):
            raise NetworkUsed(f"a test tried to open a network socket (family {family})")
        super().__init__(family, type, proto, fileno)


def _refuse(*args, **kwargs):
    raise NetworkUsed("a test tried to use the network")


socket.socket = _GuardedSocket  # type: ignore[misc]
socket.create_connection = _refuse  # type: ignore[assignment]
socket.getaddrinfo = _refuse  # type: ignore[assignment]


# --- isolation --------------------------------------------------------------
@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    """Temp files, settings and the user data folder of each test live in its own folder,
    so leak scans see exactly what the code under test wrote."""
    home = tmp_path_factory.mktemp("home")
    tmp = home / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("TMPDIR", str(tmp))
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    yield


@pytest.fixture
def vectors() -> Path:
    if not VECTORS.is_dir():
        pytest.skip(f"external test vectors not found at {VECTORS}")
    return VECTORS


@pytest.fixture
def fast_kdf():
    from evidencevault.crypto.kdf import KdfParams
    return KdfParams.floor()


@pytest.fixture
def tmp_vault_dir(tmp_path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def created(tmp_vault_dir, fast_kdf):
    """A freshly created vault (session open) and its recovery code."""
    from evidencevault.services.vault import create_vault
    result = create_vault(tmp_vault_dir, PASSPHRASE, kdf=fast_kdf)
    yield result
    result.session.close()


@pytest.fixture
def session(created):
    return created.session


@pytest.fixture
def passphrase_file(tmp_path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path
