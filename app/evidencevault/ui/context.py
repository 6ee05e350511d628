"""What every part of the workspace shares: the open session, the job runner, the status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from evidencevault.services.vault import VaultSession
from evidencevault.ui.jobs import JobRunner


@dataclass
class WorkspaceContext:
    session: VaultSession
    runner: JobRunner
    notify: Callable[[str], None]  # a short status-bar sentence
    _services: dict[type, Any] = field(default_factory=dict)

    def service(self, kind: type) -> Any:
        """One instance of each service per session (they hold only the session)."""
        if kind not in self._services:
            self._services[kind] = kind(self.session)
        return self._services[kind]
