"""Coverage-guided fuzzing with atheris (libFuzzer for Python), when it is installed.

    python -m tests.proof.fuzz_atheris TARGET RUNS CORPUS_DIR ARTIFACT_DIR

Runs RUNS inputs through one target of fuzz_targets.py, starting from the seed
files in CORPUS_DIR. Exit status 0: no finding; otherwise libFuzzer prints the
input and writes it under ARTIFACT_DIR.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["evidencevault"]):
    from tests.proof.fuzz_targets import TARGETS


def main(argv: list[str]) -> None:
    name, runs, corpus, artifacts = argv[1], int(argv[2]), argv[3], argv[4]
    fn = TARGETS[name]
    atheris.Setup([argv[0], f"-runs={runs}", "-seed=1", "-max_len=65536",
                   f"-artifact_prefix={artifacts}/", "-timeout=20", corpus], fn)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
