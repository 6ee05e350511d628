"""The parent side of the crash harness: start the driver, SIGKILL it, check the vault.

One campaign = one vault that lives through many runs. Each run starts
``tests.proof.driver`` in a subprocess, kills it (at a random moment, or lets it
kill itself at a random file-system call), then opens the vault here and checks:

* it opens with the last committed passphrase or, if a change was in flight,
  the next one; never with neither, and the other one is then refused;
* ``PRAGMA integrity_check`` and ``cipher_integrity_check`` pass;
* the audit log verifies;
* every committed value is there, and the operation in flight is all-or-nothing
  (every original is decrypted and its SHA-256 compared by the observers).
"""

from __future__ import annotations

import functools
import json
import os
import random
import select
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import evidencevault.services.evidence  # noqa: F401  (registers the media sweep on open)
from evidencevault.crypto import keyslots
from evidencevault.crypto.kdf import KdfParams
from evidencevault.domain.errors import WrongPassphrase
from evidencevault.services.vault import VaultSession, create_vault, open_vault
from tests.proof import ops
from tests.proof.children import Spawned, Zygote

REPO = Path(__file__).resolve().parents[2]
_MISSING = object()


@dataclass
class Tally:
    runs: int = 0
    killed_mid_operation: int = 0
    killed_while_opening: int = 0
    self_kills: int = 0
    committed: int = 0
    in_flight_done: int = 0
    in_flight_undone: int = 0
    passphrase_changes: int = 0
    items_verified: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        return (f"crash[{name}]: {self.runs} runs, {self.killed_mid_operation} killed mid-operation"
                f" ({self.in_flight_done} completed, {self.in_flight_undone} rolled back),"
                f" {self.killed_while_opening} while opening, {self.self_kills} at a file-system"
                f" call; {self.committed} operations committed, {self.passphrase_changes}"
                f" passphrase changes, {self.items_verified} originals decrypted and hash-checked;"
                f" {len(self.failures)} failures")


class Campaign:
    def __init__(self, root: Path, scenario: str, seed: int = 1) -> None:
        self.root, self.scenario = root, scenario
        self.vault, self.workdir = root / "vault", root / "work"
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.rng = random.Random(seed)
        self.tally = Tally()
        self.self_kill_rate: float | None = None
        self.fork = hasattr(os, "fork")
        self._zygote: Zygote | None = None
        created = create_vault(self.vault, ops.passphrase(0), kdf=KdfParams.floor())
        with created.session as session:
            ops.setup_vault(session, self.workdir, scenario)
            self.model = self._observe(session, 0)

    # -- one run ------------------------------------------------------------------------
    def run(self, max_delay: float = 0.6) -> None:
        seed = self.rng.randrange(1 << 30)
        self_kill = 0
        rate = self.self_kill_rate
        if self.rng.random() < (ops.SELF_KILL.get(self.scenario, 0.35) if rate is None else rate):
            self_kill = self.rng.randrange(1, 9 if self.rng.random() < 0.5 else 60)
        args = [self.scenario, str(self.vault), str(self.workdir),
                str(self.model["passphrase"]), str(seed), str(self_kill)]
        child = self._start(args)
        early = self.rng.random() < 0.08
        lines = self._read_until_ready(child, early_kill=self.rng.uniform(0.05, 0.4) if early else 0)
        if child.poll() is None and not self_kill:
            time.sleep(self.rng.uniform(0, max_delay))
        elif child.poll() is None:
            child.wait(timeout=max(2.5, max_delay * 3))
        child.kill()
        out, err, code = child.collect()
        lines += out.decode().splitlines()
        self.tally.runs += 1
        self._account(code, lines, err)

    def _start(self, args: list[str]):
        if not self.fork:
            return Spawned(args, REPO)
        if self._zygote is None:
            self._zygote = Zygote(REPO, self.root)
        return self._zygote.start(args)

    def close(self) -> None:
        if self._zygote is not None:
            self._zygote.close()
            self._zygote = None

    def _read_until_ready(self, child, early_kill: float) -> list[str]:
        deadline = time.monotonic() + (early_kill or 30)
        line = b""
        while time.monotonic() < deadline:
            ready, _, _ = select.select([child.fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            byte = os.read(child.fd, 1)   # unbuffered: the rest is read from the fd later
            if not byte:
                break
            line += byte
            if line.endswith(b"\n"):
                return [line.decode().strip()]
        if early_kill and child.poll() is None:
            child.kill()
            self.tally.killed_while_opening += 1
        return [line.decode().strip()] if line else []

    def _account(self, code: int, lines: list[str], err: str) -> None:
        if code != -signal.SIGKILL:
            self.tally.failures.append(f"driver ended by itself ({code}): {err[-800:]}")
        self.tally.self_kills += "K" in lines
        in_flight: dict[str, Any] | None = None
        for line in lines:
            tag, _, payload = line.partition(" ")
            if tag == "B":
                in_flight = json.loads(payload)
            elif tag == "C":
                done = json.loads(payload)
                self.model.update(done)
                self.tally.committed += 1
                self.tally.passphrase_changes += "passphrase" in done
                in_flight = None
        if in_flight is not None:
            self.tally.killed_mid_operation += 1
        self.check(in_flight)

    # -- the checks -------------------------------------------------------------------------
    def _open(self, in_flight: dict[str, Any] | None) -> tuple[VaultSession, int]:
        candidates = [self.model["passphrase"]]
        if in_flight and "passphrase" in in_flight:
            candidates.append(in_flight["passphrase"])
        for index in candidates:
            try:
                session = open_vault(self.vault, passphrase=ops.passphrase(index))
            except WrongPassphrase:
                continue
            for other in candidates:
                if other != index:
                    try:
                        open_vault(self.vault, passphrase=ops.passphrase(other)).close()
                        self.tally.failures.append(f"passphrases {index} and {other} both open")
                    except WrongPassphrase:
                        pass
            return session, index
        raise AssertionError(f"the vault opens with none of passphrases {candidates}")

    def _observe(self, session: VaultSession, pass_index: int) -> dict[str, Any]:
        world: dict[str, Any] = {"passphrase": pass_index}
        for observe in ops.OBSERVERS:
            world.update(observe(session, self.workdir))
        return world

    def check(self, in_flight: dict[str, Any] | None) -> None:
        try:
            session, index = self._open(in_flight)
        except AssertionError as exc:
            self.tally.failures.append(str(exc))
            raise
        with session:
            problems = session.integrity_check()
            if problems:
                self.tally.failures.append(f"integrity check: {problems[:3]}")
            report = session.verify_audit()
            if not report.ok:
                self.tally.failures.append(f"audit log broken at {report.broken_at}: {report.problem}")
            world = self._observe(session, index)
        self.tally.items_verified += sum(1 for k in world if k.startswith("evidence:"))
        self._compare(world, in_flight or {})
        self.model = world

    def _compare(self, world: dict[str, Any], in_flight: dict[str, Any]) -> None:
        for key in set(world) | set(self.model):
            if key in in_flight:
                continue
            if world.get(key, _MISSING) != self.model.get(key, _MISSING):
                self.tally.failures.append(
                    f"{key}: committed {self.model.get(key)!r}, found {world.get(key)!r}")
        if not in_flight:
            return
        old = [world.get(k, _MISSING) == self.model.get(k, _MISSING) for k in in_flight]
        new = [world.get(k, _MISSING) == v for k, v in in_flight.items()]
        if all(new):
            self.tally.in_flight_done += 1
        elif all(old):
            self.tally.in_flight_undone += 1
        else:
            found = {k: world.get(k) for k in in_flight}
            self.tally.failures.append(f"half-done operation: wanted {in_flight}, found {found}")


@contextmanager
def remembered_kdf() -> Iterator[None]:
    """In this (checking) process only: Argon2id is deterministic, so remember its results;
    the slot's salt changes with every passphrase change, so nothing is skipped."""
    real = keyslots.derive_key
    keyslots.derive_key = functools.lru_cache(maxsize=16)(real)
    try:
        yield
    finally:
        keyslots.derive_key = real


def run_campaign(root: Path, scenario: str, runs: int, seed: int = 1,
                 max_delay: float = 0.6, self_kill_rate: float | None = None,
                 fork: bool | None = None) -> Tally:
    """``runs`` driver runs, each SIGKILLed, each followed by the checks. ``fork``: start
    each run by forking a driver that has imported everything (default where possible)."""
    with remembered_kdf():
        campaign = Campaign(root, scenario, seed)
        campaign.self_kill_rate = self_kill_rate
        if fork is not None:
            campaign.fork = fork
        try:
            for _ in range(runs):
                campaign.run(max_delay)
                if len(campaign.tally.failures) > 10:
                    break
        finally:
            campaign.close()
    print(campaign.tally.line(scenario))
    for failure in campaign.tally.failures[:10]:
        print(f"  failure: {failure}")
    return campaign.tally
