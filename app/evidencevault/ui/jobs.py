"""The one background-job helper: every slow operation in the window goes through it.

A job is a plain function ``fn(context) -> result`` that runs on a worker thread
of a QThreadPool. It may report ``context.progress(done, total, text)``, check
``context.cancelled()`` (or pass ``context.cancel_event`` to a service), and
either return a result, raise ``JobCancelled``, or raise an error. The ``Job``
object lives on the GUI thread and re-emits everything there, so views connect
to it without thinking about threads; errors arrive as sentences in the user's
language (see error_text.py).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from evidencevault.ui.error_text import error_sentence


class JobCancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class JobContext:
    """What the job function sees: progress reporting and the cancel flag."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self.cancel_event = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._relay.progressed.emit(int(done), int(total), text)

    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise JobCancelled()


class _Relay(QObject):
    """Signals emitted from the worker thread; queued to the Job on the GUI thread."""

    progressed = Signal(int, int, str)
    done = Signal(object)
    raised = Signal(object)
    stopped = Signal()


class Job(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)  # the sentence to show
    cancelled = Signal()
    ended = Signal()  # after exactly one of the three above

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.running = True
        self.error: BaseException | None = None
        self.result: Any = None
        self._relay = _Relay()
        self.context = JobContext(self._relay)
        self._relay.progressed.connect(self._on_progress)
        self._relay.done.connect(self._on_done)
        self._relay.raised.connect(self._on_raised)
        self._relay.stopped.connect(self._on_stopped)

    def cancel(self) -> None:
        self.context.cancel_event.set()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.running:
            self.progressed.emit(done, total, text)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.result = result
        self._finish(self.succeeded, result)

    @Slot(object)
    def _on_raised(self, error: BaseException) -> None:
        self.error = error
        self._finish(self.failed, error_sentence(error))

    @Slot()
    def _on_stopped(self) -> None:
        self._finish(self.cancelled)

    def _finish(self, signal: Any, *args: object) -> None:
        self.running = False
        signal.emit(*args)
        self.ended.emit()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[JobContext], Any], job: Job) -> None:
        super().__init__()
        self._fn = fn
        self._relay = job._relay
        self._context = job.context

    def run(self) -> None:
        try:
            result = self._fn(self._context)
        except JobCancelled:
            self._relay.stopped.emit()
        except BaseException as error:  # noqa: BLE001 - every failure becomes a sentence
            if self._context.cancelled():
                self._relay.stopped.emit()
            else:
                self._relay.raised.emit(error)
        else:
            self._relay.done.emit(result)


_RUNNERS: weakref.WeakSet[JobRunner] = weakref.WeakSet()


def stop_all_jobs(wait_ms: int = 30000) -> bool:
    """Cancel every job of every runner and wait for their threads (quitting, tests)."""
    stopped = True
    for runner in list(_RUNNERS):
        try:
            stopped = runner.cancel_all(wait_ms) and stopped
        except RuntimeError:  # its window, and with it the thread pool, is already gone
            _RUNNERS.discard(runner)
    return stopped


class JobRunner(QObject):
    """Starts jobs, keeps track of the running ones, and can stop them all (lock)."""

    started = Signal(object)  # Job
    error_shown = Signal(str)  # a failed job's sentence, for the status bar / dialog

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._jobs: list[Job] = []
        _RUNNERS.add(self)

    def start(
        self,
        title: str,
        fn: Callable[[JobContext], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
    ) -> Job:
        job = Job(title)  # owned by Python: kept in _jobs while it runs
        if on_success is not None:
            job.succeeded.connect(on_success)
        job.failed.connect(on_failure if on_failure is not None else self.error_shown.emit)
        job.ended.connect(lambda: self._forget(job))
        self._jobs.append(job)
        self.started.emit(job)
        self._pool.start(_Runnable(fn, job))
        return job

    def running(self) -> list[Job]:
        return [job for job in self._jobs if job.running]

    def cancel_all(self, wait_ms: int = 30000) -> bool:
        """Ask every job to stop and wait for the threads; True when all stopped."""
        for job in self._jobs:
            job.cancel()
        return self._pool.waitForDone(wait_ms)

    def _forget(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)


class JobProgress(QWidget):
    """Status-bar strip: the running job's title, a progress bar and Cancel."""

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobProgress")
        self._job: Job | None = None
        self._label = QLabel(self)
        self._label.setObjectName("jobProgressLabel")
        self._bar = QProgressBar(self)
        self._bar.setObjectName("jobProgressBar")
        self._bar.setMaximumWidth(220)
        self._cancel = QPushButton(self.tr("Cancel"), self)
        self._cancel.setObjectName("jobCancelButton")
        self._cancel.clicked.connect(self._on_cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self._label, self._bar, self._cancel):
            layout.addWidget(widget)
        runner.started.connect(self.follow)
        self.hide()

    @Slot(object)
    def follow(self, job: Job) -> None:
        self._job = job
        self._label.setText(job.title)
        self._bar.setRange(0, 0)  # busy until the first progress report
        self._cancel.setEnabled(True)
        job.progressed.connect(self._on_progress)
        job.ended.connect(lambda: self._on_ended(job))
        self.show()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            scale = max(1, total // 1_000_000 + 1)  # QProgressBar holds an int32
            self._bar.setRange(0, total // scale)
            self._bar.setValue(done // scale)
        if text:
            self._label.setText(text)

    def _on_cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._cancel.setEnabled(False)
            self._label.setText(self.tr("Stopping…"))

    def _on_ended(self, job: Job) -> None:
        if job is self._job:
            self._job = None
            self.hide()
