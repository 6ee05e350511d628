"""Annotation rows: reviewers' notes and ratings, stored apart from what they annotate."""

from __future__ import annotations

from evidencevault.domain.annotation import Annotation
from evidencevault.storage.database import Database, Row
from evidencevault.storage.records import RecordTable, common_fields

ANNOTATION_COLUMNS = ("target_type", "target_id", "note", "reliability", "consistency",
                      "reviewer")


class AnnotationRepository:
    def __init__(self, db: Database) -> None:
        self.annotations = RecordTable(db, "annotation", ANNOTATION_COLUMNS)

    def insert(self, case_id: str, fields: dict, **origin: object) -> str:
        return self.annotations.insert(case_id, fields, **origin)

    def update(self, annotation_id: str, fields: dict) -> None:
        self.annotations.update(annotation_id, fields)

    def get(self, annotation_id: str, include_deleted: bool = False) -> Annotation | None:
        row = self.annotations.get(annotation_id, include_deleted)
        return None if row is None else _annotation(row)

    def on(self, target_type: str, target_id: str) -> list[Annotation]:
        return [_annotation(r) for r in self.annotations.where(
            "target_type = ? AND target_id = ?", (target_type, target_id))]

    def in_case(self, case_id: str) -> list[Annotation]:
        return [_annotation(r) for r in self.annotations.where("case_id = ?", (case_id,))]


def _annotation(row: Row) -> Annotation:
    return Annotation(
        id=row["id"], case_id=row["case_id"], target_type=row["target_type"],
        target_id=row["target_id"], note=row["note"], reliability=row["reliability"],
        consistency=row["consistency"], reviewer=row["reviewer"], **common_fields(row))
