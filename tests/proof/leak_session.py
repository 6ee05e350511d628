"""A scripted session through the command line, as a monitor would work: create a
vault, add a case, a person, a testimony, a photo and a note (Latin and Cyrillic
markers), search, export a bundle to a second vault and import it there, export an
original, change the passphrase, lock; then scan for anything readable."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tests.proof.leaks import SYSTEM_TEMP, Markers, Needles, ScanResult, image_needles, now, scan, vault_keys


@dataclass
class Session:
    root: Path
    markers: Markers = field(default_factory=Markers)
    in_process: bool = False      # True: call the CLI's main() here instead of a subprocess

    def __post_init__(self) -> None:
        self.inputs = self.root / "inputs"          # what the user typed or chose: not scanned
        self.inputs.mkdir(parents=True)
        self.vault, self.vault2 = self.root / "vault", self.root / "vault2"
        self.passphrase = f"leak session {self.markers.token} пароль"
        self.new_passphrase = f"new leak session {self.markers.token} пароль"
        self.recovery_codes: list[str] = []
        self.started = now()

    def ev(self, *args: str, vault: Path | None = None, ok: bool = True) -> str:
        pp = self.inputs / "pp.txt"
        full = list(args)
        if vault is not None:
            full += ["--vault", str(vault), "--passphrase-file", str(pp)]
        if self.in_process:
            return self._ev_here(full, ok)
        result = subprocess.run([sys.executable, "-m", "evidencevault", *full], capture_output=True,
                                text=True, timeout=180, env=os.environ.copy())
        assert (result.returncode == 0) == ok, (args, result.stderr)
        return result.stdout

    @staticmethod
    def _ev_here(argv: list[str], ok: bool) -> str:
        from evidencevault.cli.main import main
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
        assert (code == 0) == ok, (argv, err.getvalue())
        return out.getvalue()

    def run(self, scale: int = 1) -> None:
        m, inp = self.markers, self.inputs
        (inp / "pp.txt").write_text(self.passphrase + "\n", encoding="utf-8")
        (inp / "pp2.txt").write_text(self.new_passphrase + "\n", encoding="utf-8")
        for folder in (self.vault, self.vault2):
            out = self.ev("init", "--vault", str(folder), "--passphrase-file", str(inp / "pp.txt"),
                          "--fast-kdf", "--name", m.cyrillic)
            self.recovery_codes.append(out.strip().splitlines()[-1].strip())
        v = self.vault
        for n in range(scale):
            self.ev("case", "add", "--title", f"{m.cyrillic} {m.latin} {n}", "--ref", f"L-{n}",
                    "--tag", m.uzbek, vault=v)
        self.ev("person", "add", "--case", "L-0", "--name", m.cyrillic, "--spelling", m.latin,
                "--notes", m.uzbek, vault=v)
        (inp / "testimony.txt").write_text(f"{m.cyrillic} видел {m.latin}. " * 40, encoding="utf-8")
        self.ev("testimony", "add", "--case", "L-0", "--text-file", str(inp / "testimony.txt"),
                "--interviewee", m.uzbek, vault=v)
        (inp / "фото.jpg").write_bytes(m.image())
        (inp / "note.txt").write_text(f"{m.latin}\n{m.cyrillic}\n" * 200, encoding="utf-8")
        added = self.ev("evidence", "add", "--case", "L-0", "--source", m.cyrillic,
                        str(inp / "фото.jpg"), str(inp / "note.txt"), vault=v)
        item = added.split()[0]
        found = self.ev("search", m.cyrillic[:12], vault=v) + self.ev("search", m.latin, vault=v)
        assert "L-0" in found or m.cyrillic in found
        recipient = json.loads(self.ev("identity", "--json", vault=self.vault2))["recipient"]
        (inp / "out").mkdir()
        self.ev("bundle", "export", "--case", "L-0", "--to", recipient,
                "--out", str(inp / "out" / "to-lawyer.age"), vault=v)
        self.ev("bundle", "import", str(inp / "out" / "to-lawyer.age"), vault=self.vault2)
        self.ev("search", m.latin, vault=self.vault2)
        self.ev("evidence", "export", "--out", str(inp / "out" / "copy.jpg"), item, vault=v)
        self.ev("audit", "verify", vault=v)
        self.ev("passphrase", "change", "--new-passphrase-file", str(inp / "pp2.txt"), vault=v)

    def needles(self) -> Needles:
        from evidencevault.services.vault import open_vault
        m, needles = self.markers, Needles()
        for label, text in (("latin", m.latin), ("cyrillic", m.cyrillic), ("uzbek", m.uzbek),
                            ("passphrase", self.passphrase), ("new passphrase", self.new_passphrase)):
            needles.add_text(label, text)
        for i, code in enumerate(self.recovery_codes):
            needles.add_text(f"recovery code {i}", code)
        needles.add_bytes("image bytes", image_needles(m.image()))
        for folder, pp in ((self.vault, self.new_passphrase), (self.vault2, self.passphrase)):
            with open_vault(folder, passphrase=pp) as session:
                for label, key in vault_keys(session).items():
                    needles.add_key(f"{folder.name} {label}", key)
        return needles

    def scan(self, extra_roots: list[Path] = ()) -> ScanResult:
        """The vault folders, HOME (settings, data, the test's TMPDIR) and every file
        changed in the system temp folders since the session started."""
        needles = self.needles()
        home = Path(os.environ["HOME"])
        result = scan([self.vault, self.vault2, home, *extra_roots], needles,
                      exclude=[self.inputs])
        return scan(SYSTEM_TEMP, needles, newer_than=self.started,
                    exclude=[self.inputs, self.vault, self.vault2, home], result=result)
