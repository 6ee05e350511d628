"""What the crash driver does, and what the checker expects to find afterwards.

An *operation* plans one user action on an open vault: the keys of the world it
changes and their values once it is done (``expect``), and a ``run`` callable.
An *observer* reads the same keys back from a freshly opened vault. After a
SIGKILL the checker demands, for every key, the last committed value, except
for the keys of the one operation that was in flight, which must be *all* old
or *all* new (atomicity). Adding a scenario is: one ``@operation`` function
that returns a ``Planned``, and, for a new kind of key, one ``@observer``.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evidencevault.crypto.kdf import KdfParams
from evidencevault.services.cases import CaseService
from evidencevault.services.vault import VaultSession

WORDS = ["задержание", "Фармонов", "witness", "пытка", "Ёқғў", "court", "Жаңаөзен", "appeal",
         "протокол", "hearing", "Ташкент", "marker"]
EVIDENCE_CASE = "CRASH-EVIDENCE"
OPERATIONS: dict[str, Callable[[Context, random.Random], Planned | None]] = {}
OBSERVERS: list[Callable[[VaultSession, Path], dict[str, Any]]] = []


def passphrase(index: int) -> str:
    return f"crash harness passphrase {index} ёжик"


@dataclass
class Planned:
    expect: dict[str, Any]
    run: Callable[[], object]
    # committed values the checker learns from ``run``'s result (e.g. a new id)
    learned: dict[str, Any] = field(default_factory=dict)


@dataclass
class Context:
    session: VaultSession
    pass_index: int
    workdir: Path
    seed: int
    step: int = 0


def operation(name: str):
    def register(fn):
        OPERATIONS[name] = fn
        return fn
    return register


def observer(fn):
    OBSERVERS.append(fn)
    return fn


def phrase(rng: random.Random, n: int = 4) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


# --- cases: add, edit, delete ------------------------------------------------
def _cases(session: VaultSession, ref: str | None = None) -> list[dict]:
    if ref is not None:
        return session.db.query("SELECT id, ref, title, deleted_at FROM case_file WHERE ref = ?",
                                (ref,))
    return session.db.query("SELECT id, ref, title, deleted_at FROM case_file WHERE ref LIKE 'K%'")


def _logged(session: VaultSession, action: str, target: str | None = None) -> dict[str, int]:
    sql = "SELECT target_id, count(*) AS n FROM audit_event WHERE action = ?"
    if target is not None:
        sql += " AND target_id = ?"
    rows = session.db.query(sql + " GROUP BY target_id",
                            (action,) if target is None else (action, target))
    return {r["target_id"]: r["n"] for r in rows}


@observer
def observe_cases(session: VaultSession, workdir: Path | None = None,
                  case: dict | None = None) -> dict[str, Any]:
    rows = _cases(session) if case is None else [case]
    target = None if case is None else case["id"]
    created, edits, deletes = (_logged(session, a, target)
                               for a in ("case.create", "case.edit", "case.delete"))
    return {f"case:{r['ref']}": {"title": r["title"], "deleted": r["deleted_at"] is not None,
                                 "edits": edits.get(r["id"], 0),
                                 "logged": created.get(r["id"], 0) == 1
                                 and deletes.get(r["id"], 0) == (r["deleted_at"] is not None)}
            for r in rows}


@operation("case.add")
def add_case(ctx: Context, rng: random.Random) -> Planned:
    ref = f"K{ctx.seed}-{ctx.step}"
    title = phrase(rng)
    return Planned({f"case:{ref}": {"title": title, "deleted": False, "edits": 0, "logged": True}},
                   lambda: CaseService(ctx.session).add_case(title, ref=ref, summary=phrase(rng, 40)))


def _live_case(ctx: Context, rng: random.Random) -> dict | None:
    return ctx.session.db.query_one(
        "SELECT id, ref, title, deleted_at FROM case_file WHERE ref LIKE 'K%'"
        " AND deleted_at IS NULL ORDER BY random() LIMIT 1")


@operation("case.edit")
def edit_case(ctx: Context, rng: random.Random) -> Planned | None:
    case = _live_case(ctx, rng)
    if case is None:
        return None
    before = observe_cases(ctx.session, case=case)[f"case:{case['ref']}"]
    title = phrase(rng)
    return Planned({f"case:{case['ref']}": {**before, "title": title, "edits": before["edits"] + 1}},
                   lambda: CaseService(ctx.session).update_case(case["ref"], title=title))


@operation("case.delete")
def delete_case(ctx: Context, rng: random.Random) -> Planned | None:
    case = _live_case(ctx, rng)
    if case is None or rng.random() < 0.5:   # keep most cases alive for edits
        return None
    before = observe_cases(ctx.session, case=case)[f"case:{case['ref']}"]
    return Planned({f"case:{case['ref']}": {**before, "deleted": True}},
                   lambda: CaseService(ctx.session).delete_case(case["ref"]))


# --- passphrase change -----------------------------------------------------------
@observer
def observe_passphrase_log(session: VaultSession, workdir: Path) -> dict[str, Any]:
    row = session.db.query_one("SELECT count(*) AS n FROM audit_event"
                               " WHERE action = 'vault.passphrase_change'")
    return {"audit:passphrase_changes": row["n"]}


@operation("passphrase")
def change_passphrase(ctx: Context, rng: random.Random) -> Planned:
    new = ctx.pass_index + 1

    def run() -> None:
        ctx.session.change_passphrase(passphrase(ctx.pass_index), passphrase(new),
                                      kdf=KdfParams.floor())
        ctx.pass_index = new
    return Planned({"passphrase": new, "audit:passphrase_changes": new}, run)


# --- evidence: intake and export of originals ----------------------------------------
def _random_file(ctx: Context, rng: random.Random) -> tuple[Path, bytes]:
    """Random bytes at sizes around the 16 KiB chunk, or (one in four) a JPEG, which also
    gets EXIF read and an encrypted thumbnail stored in the same transaction."""
    chunk = 16 * 1024
    size = rng.choice([16, 100, chunk - 1, chunk, chunk + 1, 3 * chunk, rng.randrange(16, 400_000)])
    data = os.urandom(16) + rng.randbytes(size - 16)
    suffix = ".bin"
    if rng.random() < 0.25:
        import io

        from PIL import Image
        out = io.BytesIO()
        Image.frombytes("RGB", (64, 48), os.urandom(64 * 48 * 3)).save(out, "JPEG")
        data, suffix = out.getvalue(), ".jpg"
    path = ctx.workdir / "sources" / f"{ctx.step}-{rng.choice(WORDS)}{suffix}"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path, data


@observer
def observe_evidence(session: VaultSession, workdir: Path) -> dict[str, Any]:
    from evidencevault.services.evidence import EvidenceService
    from evidencevault.storage.evidence import EvidenceRepository
    service, added = EvidenceService(session), _logged(session, "evidence.add")
    imported = _logged(session, "evidence.import")
    world: dict[str, Any] = {}
    for item in EvidenceRepository(session.db).all_items():
        try:
            service.verify_item(item.id)          # decrypts everything, checks SHA-256
            ok = True
        except Exception as exc:                  # noqa: BLE001 - reported as a finding
            ok = f"{type(exc).__name__}: {exc}"
        world[f"evidence:{item.sha256}"] = {
            "name": item.file_name, "ok": ok, "thumb": service.thumbnail(item.id) is not None,
            "logged": added.get(item.id, 0) + imported.get(item.id, 0) == 1}
    known = {r["id"] for r in session.db.query("SELECT id FROM media_blob")}
    stray = [p.name for p in (session.folder / "media").iterdir() if p.name not in known]
    world["media:stray_files"] = len(stray)
    return world


@operation("evidence.add")
def add_evidence(ctx: Context, rng: random.Random) -> Planned:
    from evidencevault.services.evidence import EvidenceService
    path, data = _random_file(ctx, rng)
    key = f"evidence:{hashlib.sha256(data).hexdigest()}"
    return Planned({key: {"name": path.name, "ok": True, "logged": True,
                          "thumb": path.suffix == ".jpg"}},
                   lambda: EvidenceService(ctx.session).add_files(EVIDENCE_CASE, [path]))


@observer
def observe_exports(session: VaultSession, workdir: Path) -> dict[str, Any]:
    folder = workdir / "exports"
    if not folder.is_dir():
        return {}
    return {f"export:{p.name}": hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.iterdir() if not p.name.endswith(".part")}


@operation("evidence.export")
def export_evidence(ctx: Context, rng: random.Random) -> Planned | None:
    from evidencevault.services.evidence import EvidenceService
    from evidencevault.storage.evidence import EvidenceRepository
    items = EvidenceRepository(ctx.session.db).all_items()
    if not items:
        return None
    item = rng.choice(items)
    out = ctx.workdir / "exports" / f"{ctx.seed}-{ctx.step}.out"
    out.parent.mkdir(exist_ok=True)
    return Planned({f"export:{out.name}": item.sha256},
                   lambda: EvidenceService(ctx.session).export_original(item.id, out))


# --- bundles: export and import ------------------------------------------------------
EXPORT_CASE = "CRASH-EXPORT"


@observer
def observe_bundles_written(session: VaultSession, workdir: Path) -> dict[str, Any]:
    from evidencevault.services.bundles import BundleService
    folder = workdir / "bundles-out"
    found = {}
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if not path.name.endswith(".part"):
            try:
                found[f"bundle:{path.name}"] = BundleService(session).verify(path).ok
            except Exception as exc:              # noqa: BLE001 - reported as a finding
                found[f"bundle:{path.name}"] = f"{type(exc).__name__}: {exc}"
    return found


@operation("bundle.export")
def export_bundle(ctx: Context, rng: random.Random) -> Planned:
    from evidencevault.services.bundles import BundleService
    from evidencevault.services.contacts import ContactService
    out = ctx.workdir / "bundles-out" / f"{ctx.seed}-{ctx.step}.age"
    out.parent.mkdir(exist_ok=True)
    recipient = ContactService(ctx.session).identity().recipient
    return Planned({f"bundle:{out.name}": True},
                   lambda: BundleService(ctx.session).export(out, case_refs=[EXPORT_CASE],
                                                             recipients=[recipient]))


@observer
def observe_imports(session: VaultSession, workdir: Path) -> dict[str, Any]:
    rows = session.db.query(
        "SELECT b.id, b.manifest_sha256, (SELECT count(*) FROM imported_item i"
        " WHERE i.import_id = b.id) AS items FROM bundle_import b")
    logged = _logged(session, "bundle.import")
    return {f"import:{r['manifest_sha256']}": {"items": r["items"], "logged": logged.get(r["id"]) == 1}
            for r in rows}


@operation("bundle.import")
def import_bundle(ctx: Context, rng: random.Random) -> Planned | None:
    from evidencevault.services.bundles import BundleService
    done = {k for k in observe_imports(ctx.session, ctx.workdir)}
    offers = json.loads((ctx.workdir / "bundles-in" / "index.json").read_text())
    left = [o for o in offers if f"import:{o['manifest_sha256']}" not in done]
    offer = rng.choice(left or offers)        # once all are in: importing again changes nothing
    expect = {f"evidence:{sha}": {"name": name, "ok": True, "logged": True, "thumb": False}
              for sha, name in offer["evidence"].items()}
    expect[f"import:{offer['manifest_sha256']}"] = {"items": offer["items"], "logged": True}
    return Planned(expect,
                   lambda: BundleService(ctx.session).import_bundle(ctx.workdir / "bundles-in" / offer["name"]))


def _sender_bundles(session: VaultSession, workdir: Path, count: int = 8) -> None:
    """Bundles from another vault, encrypted to this one, each with its own new items."""
    from evidencevault.services.bundles import BundleService
    from evidencevault.services.contacts import ContactService
    from evidencevault.services.evidence import EvidenceService
    from evidencevault.services.vault import create_vault
    recipient = ContactService(session).identity().recipient
    folder = workdir / "bundles-in"
    folder.mkdir(parents=True)
    rng, offers = random.Random(7), []
    with create_vault(workdir / "sender", passphrase(0), kdf=KdfParams.floor()).session as sender:
        for n in range(count):
            ref = f"SENT-{n}"
            CaseService(sender).add_case(f"Sent case {n} {phrase(rng)}", ref=ref)
            files = []
            for k in range(rng.randrange(1, 4)):
                path = folder / f"src-{n}-{k}.bin"
                path.write_bytes(os.urandom(rng.randrange(100, 120_000)))
                files.append(path)
            EvidenceService(sender).add_files(ref, files)
            result = BundleService(sender).export(folder / f"{n}.age", case_refs=[ref],
                                                  recipients=[recipient])
            offers.append({"name": f"{n}.age", "manifest_sha256": result.manifest_sha256,
                           "items": result.items,
                           "evidence": {hashlib.sha256(p.read_bytes()).hexdigest(): p.name
                                        for p in files}})
            for path in files:
                path.unlink()
    (folder / "index.json").write_text(json.dumps(offers))


def setup_vault(session: VaultSession, workdir: Path, scenario: str) -> None:
    """What a harness vault needs before the first run of ``scenario``."""
    from evidencevault.services.evidence import EvidenceService
    CaseService(session).add_case("Evidence taken in under the crash harness", ref=EVIDENCE_CASE)
    CaseService(session).add_case("What the harness exports", ref=EXPORT_CASE)
    sample = workdir / "export-sample.bin"
    sample.write_bytes(os.urandom(40_000))
    EvidenceService(session).add_files(EXPORT_CASE, [sample])
    sample.unlink()
    if "bundle.import" in SCENARIOS[scenario]:
        _sender_bundles(session, workdir)


# --- scenarios: which operations a driver run picks from, with weights -------------------
SCENARIOS: dict[str, dict[str, float]] = {
    "edits": {"case.add": 3, "case.edit": 3, "case.delete": 1},
    "passphrase": {"passphrase": 2, "case.edit": 1, "case.add": 1},
    "intake": {"evidence.add": 3, "case.add": 1},
    "export": {"evidence.export": 3, "evidence.add": 1},
    "bundles": {"bundle.export": 2, "bundle.import": 2, "case.edit": 1},
    "mixed": {"case.add": 2, "case.edit": 2, "case.delete": 1, "passphrase": 1,
              "evidence.add": 2, "evidence.export": 1, "bundle.export": 1, "bundle.import": 1},
}
# How often a run kills itself at a file-system call instead of at a random moment
# (database writes happen inside SQLite, where these calls are not seen).
SELF_KILL = {"edits": 0.0}
