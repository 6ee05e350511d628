"""Which complaint status may follow which."""

from __future__ import annotations

from evidencevault.domain.complaint import OPEN_STATUSES, TRANSITIONS, may_change


def test_builtin_moves():
    assert may_change("drafted", "filed")
    assert not may_change("drafted", "refused")
    assert may_change("refused", "appealed")
    assert not may_change("filed", "appealed")
    assert not may_change("filed", "filed")
    assert may_change("closed", "appealed") and not may_change("closed", "filed")


def test_every_status_can_end_and_every_status_is_reachable():
    reachable = {"drafted"}
    for targets in TRANSITIONS.values():
        reachable.update(targets)
    assert reachable == set(TRANSITIONS)
    for status in OPEN_STATUSES:
        assert may_change(status, "closed") or "closed" in TRANSITIONS[status]


def test_a_users_own_status_joins_the_workflow():
    assert may_change("filed", "sent_to_ombudsman_copy")
    assert may_change("sent_to_ombudsman_copy", "refused")
    assert not may_change("closed", "sent_to_ombudsman_copy")
