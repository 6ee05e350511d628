"""The crash driver: open a vault and run one scenario's operations until killed.

    python -m tests.proof.driver SCENARIO VAULT WORKDIR PASS_INDEX SEED [SELF_KILL_AT]
    python -m tests.proof.driver --serve     (fork one such run per request line)

Prints ``READY`` once the vault is open, then for each operation a line
``B {expect}`` before it starts and ``C {expect}`` once it has returned, all
flushed at once, so the parent knows what was committed and what was in flight
when the SIGKILL came. With SELF_KILL_AT=k the driver SIGKILLs itself at its
k-th file-system call (fsync, rename, replace, write, unlink) after READY, to
land exactly between the steps of an atomic write; otherwise the parent kills
it at a random moment.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
from pathlib import Path

from evidencevault.services.vault import open_vault
from tests.proof import ops

_HOOKED = ("fsync", "replace", "rename", "write", "unlink")


def say(tag: str, payload: object = None) -> None:
    line = tag if payload is None else f"{tag} {json.dumps(payload, ensure_ascii=False)}"
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def arm_self_kill(at: int) -> None:
    """Count file-system calls made through ``os``; SIGKILL ourselves at call number ``at``."""
    count = [0]

    def wrap(real):
        def hooked(*args, **kwargs):
            count[0] += 1
            if count[0] == at:
                say("K")
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)
        return hooked
    for name in _HOOKED:
        setattr(os, name, wrap(getattr(os, name)))


def main(argv: list[str]) -> int:
    scenario, vault, workdir, pass_index, seed = argv[:5]
    self_kill = int(argv[5]) if len(argv) > 5 else 0
    weights = ops.SCENARIOS[scenario]
    rng = random.Random(int(seed))
    session = open_vault(Path(vault), passphrase=ops.passphrase(int(pass_index)))
    ctx = ops.Context(session, int(pass_index), Path(workdir), int(seed))
    say("READY")
    if self_kill:
        arm_self_kill(self_kill)
    names, w = list(weights), list(weights.values())
    while True:
        ctx.step += 1
        planned = ops.OPERATIONS[rng.choices(names, w)[0]](ctx, rng)
        if planned is None:
            continue
        say("B", planned.expect)
        planned.run()
        say("C", planned.expect)


def serve() -> None:
    """Import everything once, then fork one run per request (see children.py)."""
    import evidencevault.services.bundles  # noqa: F401
    import evidencevault.services.evidence  # noqa: F401
    from tests.proof.children import serve as serve_forever
    serve_forever(main)


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:
        sys.exit(main(sys.argv[1:]))
