"""Case use cases. The pattern other services copy: validate, write the row and
its audit entry in one transaction, return a dataclass."""

from __future__ import annotations

from datetime import datetime, timezone

from evidencevault.domain.case import CASE_STATUSES, Case
from evidencevault.domain.errors import InvalidInput, NotFound, ReadOnlyRecord
from evidencevault.services.vault import VaultSession
from evidencevault.storage.cases import CaseRepository

MAX_TITLE = 500


class CaseService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session
        self._repo = CaseRepository(session.db)

    def add_case(self, title: str, ref: str | None = None, summary: str = "",
                 tags: tuple[str, ...] | list[str] = (), status: str = "open") -> Case:
        title = _clean_title(title)
        _check_status(status)
        with self._session.db.transaction():
            if ref is None:
                ref = self._next_ref()
            else:
                ref = ref.strip()
                if not ref:
                    raise InvalidInput(field="reference", problem="the reference is empty")
                if self._repo.ref_exists(ref):
                    raise InvalidInput(field="reference",
                                       problem="another case already uses this reference")
            case = self._repo.insert(ref, title, status, summary, _clean_tags(tags))
            self._session.audit.append("case.create", "case", case.id, case_id=case.id,
                                       details={"ref": ref})
        return case

    def get_case(self, ref: str) -> Case:
        case = self._repo.get_by_ref(ref)
        if case is None:
            raise NotFound(kind="case", ref=ref)
        return case

    def get_case_by_id(self, case_id: str) -> Case:
        case = self._repo.get_by_id(case_id)
        if case is None:
            raise NotFound(kind="case", ref=case_id)
        return case

    def list_cases(self, offset: int = 0, limit: int = -1, text: str = "") -> list[Case]:
        return self._repo.list(offset, limit, text)

    def count_cases(self) -> int:
        return self._repo.count()

    def update_case(self, ref: str, **fields: object) -> Case:
        case = self._writable(ref)
        if "title" in fields:
            fields["title"] = _clean_title(str(fields["title"]))
        if "status" in fields:
            _check_status(str(fields["status"]))
        if "tags" in fields:
            fields["tags"] = _clean_tags(fields["tags"])  # type: ignore[arg-type]
        with self._session.db.transaction():
            updated = self._repo.update(case.id, **fields)
            self._session.audit.append("case.edit", "case", case.id, case_id=case.id,
                                       details={"fields": sorted(fields)})
        return updated

    def close_case(self, ref: str) -> Case:
        return self.update_case(ref, status="closed")

    def delete_case(self, ref: str) -> None:
        """A tombstone, never a silent removal: the row stays, marked deleted."""
        case = self._writable(ref)
        with self._session.db.transaction():
            self._repo.tombstone(case.id)
            self._session.audit.append("case.delete", "case", case.id, case_id=case.id,
                                       details={"ref": case.ref})

    def _writable(self, ref: str) -> Case:
        case = self.get_case(ref)
        if case.read_only:
            raise ReadOnlyRecord(kind="case")
        return case

    def _next_ref(self) -> str:
        year = datetime.now(timezone.utc).year
        number = self._repo.count() + 1
        while self._repo.ref_exists(f"C-{year}-{number:04d}"):
            number += 1
        return f"C-{year}-{number:04d}"


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise InvalidInput(field="title", problem="a case needs a title")
    if len(title) > MAX_TITLE:
        raise InvalidInput(field="title", problem=f"keep the title under {MAX_TITLE} characters")
    return title


def _clean_tags(tags) -> tuple[str, ...]:
    return tuple(sorted({" ".join(t.split()) for t in tags if t.strip()}))


def _check_status(status: str) -> None:
    if status not in CASE_STATUSES:
        raise InvalidInput(field="status", problem=f"unknown status; use one of {', '.join(CASE_STATUSES)}")
