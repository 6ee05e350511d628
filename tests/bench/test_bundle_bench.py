"""Bundle export and import of a 1 GiB case, against baselines measured in the same run.

Run with `make bench`. Figures go to stdout and build/bench/bundle.json.
- export vs. pyrage.encrypt_io over the same bytes (file to file, fsynced): target >= 0.8
- import vs. plain hashlib.sha256 over the same bytes: target >= 0.8. Also measured:
  pyrage.decrypt_io of the same bundle into nothing, the fastest an import through
  pyrage could be; that is why bundles are read with our own age reader
  (bundle/age_reader.py, on cryptography), with hashing on a thread of its own and
  the disk writes on another (docs/bundle-format.md, "Reading").
- peak RSS of a fresh process exporting, and one importing, the whole case: < 150 MB.
The machine is shared (2 cores, other test runs): each figure is the best of a few runs,
and the CPU seconds of each operation (all threads) are recorded too, as they depend
less on the load. Import also writes the case durably (O_DIRECT + fsync) to the disk.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyrage
import pytest

from evidencevault.services.bundles import BundleService
from evidencevault.services.cases import CaseService
from evidencevault.services.contacts import ContactService
from evidencevault.services.evidence import EvidenceService
from evidencevault.services.vault import create_vault

pytestmark = pytest.mark.bench
MIB = 1024 * 1024
GIB = 1024 * MIB
FILES = 4
MANY_FILES = 60
REPEATS = int(os.environ.get("EV_BENCH_REPEATS", "5"))
OUT = Path(__file__).resolve().parents[2] / "build" / "bench" / "bundle.json"

# VmHWM (not ru_maxrss, which Linux carries over from the parent across fork + exec).
MEMORY_CHILD = textwrap.dedent("""
    import json, re, sys
    from pathlib import Path
    from evidencevault.services.vault import open_vault
    from evidencevault.services.bundles import BundleService
    def hwm():
        return int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1))
    action, folder, passphrase, target, recipient, case_ref, count = sys.argv[1:8]
    session = open_vault(Path(folder), passphrase=passphrase)
    before = hwm()
    if action == "export":
        BundleService(session).export(target, case_refs=[case_ref], recipients=[recipient])
    else:
        assert BundleService(session).import_bundle(target).items_added == int(count)
    peak = hwm()
    session.close()
    print(json.dumps({"before_kib": before, "peak_kib": peak}))
""")


class _Discard(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # noqa: ANN001
        return len(data)


CPU: dict[str, list[float]] = {}


def _timed(fn, name: str = "") -> float:  # noqa: ANN001
    """Wall seconds of fn(); its process CPU seconds (all threads) go to CPU[name]."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    fn()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    CPU.setdefault(name, []).append(round(after.ru_utime + after.ru_stime
                                          - usage.ru_utime - usage.ru_stime, 3))
    return wall


def _warm(paths) -> None:  # noqa: ANN001
    """Read files once so baseline and export both read from the page cache."""
    for path in paths:
        with open(path, "rb", buffering=0) as f:
            while f.read(8 * MIB):
                pass


def _sha256(path: Path) -> None:
    buf = bytearray(4 * MIB)
    view = memoryview(buf)
    digest = hashlib.sha256()
    with open(path, "rb", buffering=0) as f:
        while n := f.readinto(buf):
            digest.update(view[:n])


def _pyrage_encrypt(plain: Path, out: Path, recipient: str) -> None:
    with open(plain, "rb") as src, open(out, "wb") as dst:
        pyrage.encrypt_io(src, dst, [pyrage.x25519.Recipient.from_str(recipient)])
        dst.flush()
        os.fsync(dst.fileno())


def _pyrage_decrypt(bundle: Path, identity: str) -> None:
    with open(bundle, "rb") as src:
        pyrage.decrypt_io(src, io.BufferedWriter(_Discard(), MIB),
                          [pyrage.x25519.Identity.from_str(identity)])


def test_bundle_export_and_import_throughput_and_memory(created, tmp_path, fast_kdf):
    from tests.conftest import PASSPHRASE

    sender = created.session
    CaseService(sender).add_case("Benchmark", ref="BENCH")
    plain = tmp_path / "case.bin"   # the same bytes as one file, for the baselines
    with open(plain, "wb") as whole:
        for n in range(FILES):
            part = os.urandom(GIB // FILES)
            (tmp_path / f"file-{n}.bin").write_bytes(part)
            whole.write(part)
    EvidenceService(sender).add_files("BENCH", [tmp_path / f"file-{n}.bin" for n in range(FILES)])
    for n in range(FILES):
        (tmp_path / f"file-{n}.bin").unlink()

    runs = {"sha256": [], "pyrage_encrypt": [], "export": [], "pyrage_decrypt": [], "import": []}
    for run in range(REPEATS):
        lawyer = create_vault(tmp_path / f"lawyer-{run}", PASSPHRASE, kdf=fast_kdf).session
        recipient = ContactService(lawyer).identity().recipient
        _warm([plain])
        runs["sha256"].append(_timed(lambda: _sha256(plain), "sha256"))
        baseline_out = tmp_path / "baseline.age"
        runs["pyrage_encrypt"].append(_timed(lambda: _pyrage_encrypt(plain, baseline_out, recipient),
                                             "pyrage_encrypt"))
        baseline_out.unlink()
        bundle = tmp_path / "case.evb"
        _warm(sorted(sender.vault.media_dir.iterdir()))
        runs["export"].append(_timed(lambda: BundleService(sender).export(
            bundle, case_refs=["BENCH"], recipients=[recipient]), "export"))
        identity = ContactService(lawyer).age_identity_secret()
        runs["pyrage_decrypt"].append(_timed(lambda: _pyrage_decrypt(bundle, identity), "pyrage_decrypt"))
        result = []
        runs["import"].append(_timed(lambda: result.append(BundleService(lawyer).import_bundle(bundle)),
                                     "import"))
        assert result[0].items_added == FILES
        lawyer.close()
        if run < REPEATS - 1:
            bundle.unlink()
        shutil.rmtree(tmp_path / f"lawyer-{run}")
    sender.close()

    bundle.unlink()
    memory = _peak_memory(created.session.folder, tmp_path, PASSPHRASE, fast_kdf)
    gbps = {name: [round(GIB / s / 1e9, 3) for s in seconds] for name, seconds in runs.items()}
    best = {name: GIB / min(seconds) / 1e9 for name, seconds in runs.items()}
    figures = {
        "case_bytes": GIB, "files": FILES, "runs": REPEATS, "gbps": gbps,
        "best_gbps": {k: round(v, 3) for k, v in best.items()},
        "cpu_seconds": CPU,
        "export_vs_pyrage_encrypt": round(best["export"] / best["pyrage_encrypt"], 3),
        "import_vs_sha256": round(best["import"] / best["sha256"], 3),
        "import_vs_pyrage_decrypt": round(best["import"] / best["pyrage_decrypt"], 3),
        "pyrage_decrypt_vs_sha256": round(best["pyrage_decrypt"] / best["sha256"], 3),
        "import_cpu_vs_sha256_cpu": round(min(CPU["import"]) / min(CPU["sha256"]), 3),
        "load_average": os.getloadavg(), **memory,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(figures, indent=2))
    print(f"\nbundle benchmark (1 GiB case in {FILES} files, best of {REPEATS}; GB/s)")
    for name in runs:
        print(f"  {name:16s} {best[name]:.2f}   runs {gbps[name]}   CPU s {CPU.get(name)}")
    print(f"  export / pyrage encrypt   {figures['export_vs_pyrage_encrypt']:.2f}  (target >= 0.8)")
    print(f"  import / sha256           {figures['import_vs_sha256']:.2f}  (issue target >= 0.8)")
    print(f"  import / pyrage decrypt   {figures['import_vs_pyrage_decrypt']:.2f}  "
          f"(pyrage decrypt alone / sha256 = {figures['pyrage_decrypt_vs_sha256']:.2f}: the old ceiling)")
    print(f"  import CPU s / sha256 CPU s {figures['import_cpu_vs_sha256_cpu']:.2f}  "
          f"(all threads; on two idle cores import can overlap to about half of it)")
    print(f"  peak RSS export {memory['export_peak_rss_mb']:.0f} MB, import "
          f"{memory['import_peak_rss_mb']:.0f} MB (target < 150 MB)")
    print(f"  peak RSS with {MANY_FILES} files of 9 MB: export {memory['many_files_export_peak_rss_mb']:.0f} MB, "
          f"import {memory['many_files_import_peak_rss_mb']:.0f} MB (target < 150 MB)")
    print(f"  load average {figures['load_average']}; written to {OUT}")
    assert all(memory[f"{label}{action}_peak_rss_mb"] < 150
               for label in ("", "many_files_") for action in ("export", "import"))
    assert figures["export_vs_pyrage_encrypt"] >= 0.8
    assert figures["import_vs_pyrage_decrypt"] >= 0.8
    # The issue's own target: 0.85-0.9 on this 2-core machine when quiet. Import costs ~2
    # CPU-seconds per CPU-second of sha256, split evenly between two busy threads, so any
    # other load on the machine shows here first.
    assert figures["import_vs_sha256"] >= 0.8


def _peak_memory(sender: Path, tmp_path: Path, passphrase: str, kdf) -> dict:  # noqa: ANN001
    """Peak RSS (VmHWM) of fresh processes that export, then import, the whole case; then the
    same for a case of many 9 MB files (an import keeps every file open until it commits)."""
    from evidencevault.services.vault import open_vault

    session = open_vault(sender, passphrase=passphrase)
    CaseService(session).add_case("Many recordings", ref="MANY")
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(MANY_FILES):
        (folder / f"rec-{n}.bin").write_bytes(os.urandom(9 * MIB))
    EvidenceService(session).add_files("MANY", [folder])
    shutil.rmtree(folder)
    session.close()
    figures = {}
    for case_ref, count, label in (("BENCH", FILES, ""), ("MANY", MANY_FILES, "many_files_")):
        lawyer = tmp_path / f"lawyer-memory-{case_ref}"
        session = create_vault(lawyer, passphrase, kdf=kdf).session
        recipient = ContactService(session).identity().recipient
        session.close()
        script = tmp_path / "memory_child.py"
        script.write_text(MEMORY_CHILD)
        bundle = tmp_path / "memory.evb"
        for action, vault in (("export", sender), ("import", lawyer)):
            result = subprocess.run([sys.executable, str(script), action, str(vault), passphrase,
                                     str(bundle), recipient, case_ref, str(count)],
                                    capture_output=True, text=True, timeout=900)
            assert result.returncode == 0, result.stderr[-2000:]
            child = json.loads(result.stdout.strip().splitlines()[-1])
            figures[f"{label}{action}_peak_rss_mb"] = round(child["peak_kib"] / 1024, 1)
            figures[f"{label}{action}_rss_before_mb"] = round(child["before_kib"] / 1024, 1)
        bundle.unlink()
    return figures
