"""The background-job helper: results, progress, cancel and errors arrive on the GUI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QPushButton

from evidencevault.domain.errors import NotFound
from evidencevault.ui.jobs import JobCancelled, JobProgress, JobRunner


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    runner = JobRunner()
    seen = []
    gui_thread = QThread.currentThread()

    def work(ctx):
        assert QThread.currentThread() is not gui_thread
        for i in range(3):
            ctx.progress(i + 1, 3, "")
        return 42

    job = runner.start("count", work)
    job.progressed.connect(lambda d, t, _: seen.append((d, t, QThread.currentThread() is gui_thread)))
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    assert seen and all(on_gui for _, _, on_gui in seen)


def test_cancel_stops_a_long_job(qtbot):
    runner = JobRunner()
    started = threading.Event()

    def work(ctx):
        started.set()
        while True:
            ctx.check_cancelled()
            time.sleep(0.01)

    job = runner.start("forever", work)
    assert started.wait(5)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.cancel()
    assert not job.running
    assert runner.cancel_all(1000)


def test_errors_become_sentences_without_the_exception_text(qtbot):
    runner = JobRunner()
    messages = []

    def work(ctx):
        raise NotFound(kind="case", ref="C-1")

    def crash(ctx):
        raise RuntimeError("secret marker Иванов")

    job = runner.start("missing", work, on_failure=messages.append)
    with qtbot.waitSignal(job.ended, timeout=5000):
        pass
    assert messages == ["No case with reference C-1 exists in this vault."]
    job2 = runner.start("crash", crash, on_failure=messages.append)
    with qtbot.waitSignal(job2.ended, timeout=5000):
        pass
    assert "RuntimeError" in messages[1] and "Иванов" not in messages[1]


def test_progress_strip_shows_and_cancels(qtbot):
    runner = JobRunner()
    strip = JobProgress(runner)
    qtbot.addWidget(strip)
    strip.show()

    def work(ctx):
        while not ctx.cancelled():
            ctx.progress(1, 2, "")
            time.sleep(0.01)
        raise JobCancelled()

    job = runner.start("intake", work)
    qtbot.waitUntil(lambda: strip.isVisible())
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        qtbot.mouseClick(strip.findChild(QPushButton, "jobCancelButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not strip.isVisible())
