"""Annotation use cases: a reviewer's note and ratings on any record, kept beside it.

Annotations work on imported (read-only) records too: that is how a reviewer
comments on what they received without changing it.
"""

from __future__ import annotations

from evidencevault.domain.annotation import Annotation
from evidencevault.domain.errors import InvalidInput
from evidencevault.services.records import RecordService, clean_text
from evidencevault.storage.annotations import AnnotationRepository

# What can be annotated, and the table where it lives; later record kinds add theirs
# with register_target(). Table names are accepted as aliases of the kind.
TARGET_TABLES: dict[str, str] = {
    "case": "case_file", "person": "person", "incident": "incident", "testimony": "testimony",
    "complaint": "complaint", "reparation": "reparation_claim", "evidence": "evidence_item",
}
_ALIASES = {"case_file": "case", "reparation_claim": "reparation", "evidence_item": "evidence"}


def register_target(target_type: str, table: str) -> None:
    TARGET_TABLES[target_type] = table


class AnnotationService(RecordService):
    kind = "annotation"

    def __init__(self, session) -> None:
        super().__init__(session)
        self._repo = AnnotationRepository(session.db)

    def annotate(self, target_type: str, target_id: str, note: str, *, reliability: str = "",
                 consistency: str = "") -> Annotation:
        """A note (and optionally a reliability rating and an Istanbul Protocol consistency
        level) on any record, by the vault's owner."""
        target_type = _ALIASES.get(target_type, target_type)
        case_id = self._target_case(target_type, target_id)
        fields = self._clean({"note": note, "reliability": reliability,
                              "consistency": consistency})
        if not (fields["note"] or fields["reliability"] or fields["consistency"]):
            raise InvalidInput(field="annotation", problem="write a note or choose a rating")
        fields.update(target_type=target_type, target_id=target_id,
                      reviewer=self._session.audit.actor)
        with self._db.transaction():
            annotation_id = self._repo.insert(case_id, fields)
            self._audit("annotation.create", annotation_id, case_id,
                        {"target_type": target_type, "target_id": target_id,
                         "reliability": fields["reliability"]})
        return self.get_annotation(annotation_id)

    def get_annotation(self, annotation_id: str) -> Annotation:
        return self._found(self._repo.get(annotation_id), "annotation", annotation_id)

    def annotations_on(self, target_type: str, target_id: str) -> list[Annotation]:
        return self._repo.on(_ALIASES.get(target_type, target_type), target_id)

    def annotations_in_case(self, case_ref: str) -> list[Annotation]:
        return self._repo.in_case(self._case(case_ref).id)

    def update_annotation(self, annotation_id: str, **fields: object) -> Annotation:
        annotation = self._writable(self.get_annotation(annotation_id))
        unknown = set(fields) - {"note", "reliability", "consistency"}
        if unknown:
            raise InvalidInput(field=", ".join(sorted(unknown)), problem="cannot be changed here")
        cleaned = self._clean(fields, current=annotation)
        with self._db.transaction():
            self._repo.update(annotation.id, cleaned)
            self._audit("annotation.edit", annotation.id, annotation.case_id,
                        {"fields": sorted(fields)})
        return self.get_annotation(annotation.id)

    def delete_annotation(self, annotation_id: str) -> None:
        annotation = self._writable(self.get_annotation(annotation_id))
        with self._db.transaction():
            self._repo.annotations.tombstone(annotation.id)
            self._audit("annotation.delete", annotation.id, annotation.case_id)

    def _target_case(self, target_type: str, target_id: str) -> str:
        table = TARGET_TABLES.get(target_type)
        if table is None:
            raise InvalidInput(field="annotation",
                               problem=f"use one of {', '.join(sorted(TARGET_TABLES))}")
        column = "id" if target_type == "case" else "case_id"
        row = self._db.query_one(
            f"SELECT {column} AS case_id FROM {table} WHERE id = ? AND deleted_at IS NULL",
            (target_id,))
        return self._found(row, target_type, target_id)["case_id"]

    def _clean(self, fields: dict, current: Annotation | None = None) -> dict:
        out: dict = {}
        if "note" in fields:
            out["note"] = clean_text(fields["note"], "note")
        for key, vocabulary in (("reliability", "reliability"),
                                ("consistency", "istanbul_consistency")):
            if key in fields:
                out[key] = self._term(vocabulary, fields[key], key, required=False,
                                      current=getattr(current, key) if current else None)
        return out
