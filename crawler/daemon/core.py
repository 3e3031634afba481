"""The scheduler daemon: one APScheduler job per enabled source, one OS process per crawl.

Threads: APScheduler fires jobs into a pool of ``max_parallel`` worker threads; a worker
inserts the ``running`` row, starts the crawl process, waits for it (enforcing the timeout
and the shutdown deadline) and finalises the row. The main thread only waits for signals
and for changes of the sources files. Each worker opens its own database connection.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import os
import signal
import sqlite3
import subprocess
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from crawler.daemon.config import DaemonConfig
from crawler.daemon.plan import SourceSchedule, files_signature, load_schedules, watched_files
from crawler.daemon.process import (
    crawl_argv,
    is_leftover_crawl,
    start_crawl,
    stop_crawl,
    stop_leftover,
)
from crawler.daemon.state import write_state
from crawler.liveness import process_identity, run_process_gone
from db import DatabaseError, open_db
from db.runs import (
    finish_run,
    get_run,
    kill_run,
    last_run_started,
    mark_runs_killed,
    running_runs,
    set_run_pid,
    start_run,
)
from notify import NotifyConfigError, deliver_now, run_end_hook_for

logger = logging.getLogger(__name__)

GOOD_STATUSES = ("ok", "partial")


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 time from the database as an aware datetime (naive = UTC)."""
    if not value:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class _PlannedExecutor(ThreadPoolExecutor):
    """APScheduler's thread pool, remembering each submission's planned time for the job.

    APScheduler does not pass the scheduled time to the job function; the run row records
    it (``planned_at``) and the start log line reports the delay.
    """

    def __init__(self, max_workers: int) -> None:
        super().__init__(max_workers)
        self._planned: dict[str, datetime] = {}
        self._planned_lock = threading.Lock()

    def submit_job(self, job: Any, run_times: list[datetime]) -> None:
        # Held while submitting, so the job thread cannot read its slot before it is set.
        with self._planned_lock:
            previous = self._planned.get(job.id)
            self._planned[job.id] = run_times[-1]
            try:
                super().submit_job(job, run_times)
            except BaseException:  # not submitted (already running): keep the queued one's
                if previous is None:
                    self._planned.pop(job.id, None)
                else:
                    self._planned[job.id] = previous
                raise

    def pop_planned(self, job_id: str) -> datetime | None:
        with self._planned_lock:
            return self._planned.pop(job_id, None)


class Daemon:
    """Crawls every enabled source on its schedule until stopped; see :meth:`serve`.

    The caller holds the database's :class:`crawler.daemon.lock.DaemonLock`.
    """

    def __init__(
        self,
        db_path: Path,
        config: DaemonConfig,
        *,
        sources_file: Path | None = None,
        log_level: str = "INFO",
    ) -> None:
        self.db_path = Path(db_path)
        self.log_level = log_level.upper()
        self.config = config
        self.sources_file = sources_file
        self.schedules: dict[str, SourceSchedule] = {}
        self._stop = threading.Event()
        self._reload = threading.Event()
        self._wake = threading.Event()  # set by signal handlers to wake the main loop
        self._deadline: float | None = None  # time.monotonic() after which crawls are ended
        # Re-entrant so helpers that take it (state writing) can run under it too.
        self._lock = threading.RLock()
        self._idle = threading.Condition(self._lock)
        self._inflight = 0
        self._active: dict[int, tuple[str, Any]] = {}
        self._executor = _PlannedExecutor(config.max_parallel)
        self._scheduler: BackgroundScheduler | None = None
        self._started_at = datetime.now(UTC)
        # Set (under _lock) with the final state: a crawl thread finishing after the stop
        # must not write "running": true back over it.
        self._stopped = False

    # --- start ----------------------------------------------------------------------------
    def recover(self) -> int:
        """Finalise runs left ``running`` by a dead daemon or crawl; return how many.

        A crawl that a killed daemon left behind is terminated first. Runs of a live
        foreground ``presswatch crawl`` are left alone.
        """
        db = open_db(self.db_path)
        try:
            killed = []
            for row in running_runs(db):
                pid = row["pid"] or 0
                started = parse_time(row["started_at"]) or datetime.now(UTC)
                if row["trigger"] == "daemon":
                    if pid != os.getpid() and is_leftover_crawl(pid, started):
                        logger.warning("terminating crawl process %d of run %d (%s) left by a "
                                       "daemon that stopped unexpectedly", pid, row["id"],
                                       row["source"])
                        stop_leftover(pid, kill_after=self.config.kill_after)
                    killed.append(row["id"])
                elif run_process_gone(row):  # PID gone, reused, or another boot
                    killed.append(row["id"])
            count = mark_runs_killed(
                db, killed, "interrupted: its process ended without recording a result "
                "(found when the daemon started)"
            )
        finally:
            db.close()
        if count:
            logger.warning("marked %d interrupted run(s) as killed: %s", count,
                           ", ".join(map(str, killed)))
        return count

    def load(self) -> dict[str, SourceSchedule]:
        """Read the sources (raises ``SourceConfigError``) into :attr:`schedules`."""
        self.schedules = load_schedules(
            self.sources_file, jitter=self.config.jitter, time_scale=self.config.time_scale
        )
        return self.schedules

    def _last_started(self) -> dict[str, datetime | None]:
        db = open_db(self.db_path)
        try:
            return {name: parse_time(value) for name, value in last_run_started(db).items()}
        finally:
            db.close()

    def _add_job(self, schedule: SourceSchedule, last: datetime | None, now: datetime) -> None:
        """Schedule a source: promptly when a crawl is owed, else on its usual rhythm."""
        due = schedule.first_due(last, now)
        next_run: datetime | None = now if due <= now else None
        if schedule.cron:
            trigger = schedule.trigger()
        else:
            trigger = schedule.trigger(start=now if due <= now else due)
        extra = {"next_run_time": next_run} if next_run is not None else {}
        assert self._scheduler is not None
        job = self._scheduler.add_job(
            self._job,
            trigger,
            args=[schedule.name],
            id=schedule.name,
            name=schedule.name,
            max_instances=1,  # never two crawls of one source at once
            coalesce=True,  # missed starts while busy or asleep become one
            misfire_grace_time=self.config.misfire_grace,
            replace_existing=True,
            **extra,
        )
        logger.info("source %s: %s; next run %s%s", schedule.name, schedule.describe(),
                    _fmt(job.next_run_time), " (owed now)" if next_run else "")

    # --- the daemon -------------------------------------------------------------------------
    def serve(self) -> int:
        """Run until SIGTERM/SIGINT; reload on SIGHUP or a change of the sources files."""
        self.recover()
        self.load()
        self._scheduler = BackgroundScheduler(
            executors={"default": self._executor}, timezone=UTC
        )
        self._scheduler.start(paused=True)
        last, now = self._last_started(), datetime.now(UTC)
        for schedule in self.schedules.values():
            self._add_job(schedule, last.get(schedule.name), now)
        self._install_signals()
        logger.info("daemon %d started on %s with %d source(s)", os.getpid(), self.db_path,
                    len(self.schedules))
        self._scheduler.resume()
        self._write_state()
        signature = files_signature(watched_files(self.sources_file))
        while True:
            self._wake.wait(timeout=self.config.reload_check)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                if self._reload.is_set():
                    self._reload.clear()
                    self.reload("SIGHUP")
                elif files_signature(watched_files(self.sources_file)) != signature:
                    self.reload("the sources file changed")
                signature = files_signature(watched_files(self.sources_file))
            except Exception:  # the daemon must outlive a failed reload
                logger.exception("reloading the sources failed; keeping the current schedule")
        self._shutdown()
        return 0

    def reload(self, reason: str) -> bool:
        """Re-read the sources and reschedule what changed; a broken file changes nothing."""
        from crawler.sources import SourceConfigError

        old = self.schedules
        try:
            new = load_schedules(
                self.sources_file, jitter=self.config.jitter, time_scale=self.config.time_scale
            )
        except (SourceConfigError, OSError, ValueError) as exc:
            logger.error("sources not reloaded (%s), keeping the current schedule: %s",
                         reason, exc)
            return False
        assert self._scheduler is not None
        for name in sorted(old.keys() - new.keys()):
            self._scheduler.remove_job(name)
            logger.info("source %s removed or disabled; no longer scheduled", name)
        last, now = self._last_started(), datetime.now(UTC)
        changed = [name for name, schedule in new.items() if old.get(name) != schedule]
        for name in changed:
            self._add_job(new[name], last.get(name), now)
        self.schedules = new
        logger.info("sources reloaded (%s): %d scheduled, %d added or changed, %d removed",
                    reason, len(new), len(changed), len(old.keys() - new.keys()))
        self._write_state()
        return True

    def _install_signals(self) -> None:
        def stop(signum: int, _frame: object) -> None:
            if self._stop.is_set():  # second signal: end running crawls now
                logger.warning("%s again: terminating running crawls now",
                               signal.Signals(signum).name)
                self._deadline = time.monotonic()
                return
            logger.info("%s received: stopping", signal.Signals(signum).name)
            # No locks here: the interrupted main thread may hold one a worker waits for.
            self._deadline = time.monotonic() + self.config.stop_grace
            self._stop.set()
            self._wake.set()

        def reload(_signum: int, _frame: object) -> None:
            self._reload.set()
            self._wake.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGHUP, reload)

    def _shutdown(self) -> None:
        """Stop scheduling, wait for running crawls until the deadline, finalise all runs."""
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
        with self._lock:
            running = sorted(name for name, _ in self._active.values())
        if running:
            logger.info("waiting up to %gs for running crawl(s) to finish: %s",
                        self.config.stop_grace, ", ".join(running))
        limit = time.monotonic() + self.config.stop_grace + self.config.kill_after + 30
        with self._idle:
            while self._inflight and time.monotonic() < limit:
                self._idle.wait(timeout=0.5)
            leftovers = dict(self._active)
        if leftovers:  # a worker stuck past every deadline: record the truth anyway
            db = open_db(self.db_path)
            try:
                for run_id in leftovers:
                    kill_run(db, run_id, "daemon stopped while the run was being finalised")
            finally:
                db.close()
        self._write_state(running=False)
        logger.info("daemon %d stopped", os.getpid())

    # --- notifications (notify/) -------------------------------------------------------------
    def _notify_hook(self):
        """The hook recording a run's messages as the daemon ends it (None: nobody listens)."""
        try:
            return run_end_hook_for(self.sources_file, self.config.health_runs)
        except NotifyConfigError as exc:
            logger.error("notifications of this run not recorded: %s", exc)
            return None

    def _deliver(self, db: Any) -> None:
        try:
            deliver_now(db, self.sources_file)
        except Exception:
            logger.exception("delivering notifications failed; they stay in the outbox")

    # --- one crawl ----------------------------------------------------------------------------
    def _job(self, name: str) -> None:
        """APScheduler's entry: crawl ``name`` for the time it was planned."""
        planned = self._executor.pop_planned(name) or datetime.now(UTC)
        try:
            self.crawl(name, planned)
        except (DatabaseError, sqlite3.Error) as exc:  # e.g. locked past the busy timeout
            logger.error("run of %s not recorded: %s; the schedule goes on", name, exc)
        except Exception:
            logger.exception("run of %s failed inside the daemon; the schedule goes on", name)
        finally:
            self._write_state()

    def crawl(self, name: str, planned: datetime) -> str | None:
        """One crawl of ``name`` in a child process; return its final status (None: stopping)."""
        with self._lock:
            if self._stop.is_set():
                return None
            self._inflight += 1
        run_id: int | None = None
        db = open_db(self.db_path)
        try:
            run_id = start_run(db, name, trigger="daemon", planned_at=planned.isoformat(),
                               **process_identity())
            argv = crawl_argv(self.config.crawl_command, self.db_path, name, run_id)
            clock = time.monotonic()
            try:
                proc = start_crawl(argv, env=self._child_env(), log_file=self.config.log_file)
            except OSError as exc:
                message = f"cannot start the crawl command {argv[0]}: {exc.strerror or exc}"
                finish_run(db, run_id, "failed", message=message)
                logger.error("run %d of %s failed: %s", run_id, name, message)
                return "failed"
            delay = (datetime.now(UTC) - planned).total_seconds()
            with self._lock:
                self._active[run_id] = (name, proc)
            set_run_pid(db, run_id, **process_identity(proc.pid))
            logger.info("run %d of %s started: pid %d, planned %s, delay %.3fs",
                        run_id, name, proc.pid, _fmt(planned), delay)
            reason = self._supervise(proc)
            code = proc.returncode
            on_end = self._notify_hook()
            if reason:
                kill_run(db, run_id, reason, on_end=on_end)
            elif code == 0:
                finish_run(db, run_id, "failed", on_end=on_end,
                           message="the crawl process exited without recording a result")
            else:
                finish_run(db, run_id, "failed", message=_exit_message(code), on_end=on_end)
            if reason or code != 0:  # the crawl did not get to deliver: do it here
                self._deliver(db)
            row = get_run(db, run_id) or {}
            log = logger.info if row.get("status") in GOOD_STATUSES else logger.warning
            log("run %d of %s ended %s in %.1fs: pages %s, items %s, new %s, duplicate %s, "
                "related %s, dropped %s, errors %s%s", run_id, name, row.get("status"),
                time.monotonic() - clock, row.get("pages"), row.get("items"), row.get("new"),
                row.get("duplicate"), row.get("related"), row.get("dropped"),
                row.get("errors"), f" ({row['message']})" if row.get("message") else "")
            return row.get("status")
        finally:
            with self._idle:
                if run_id is not None:
                    self._active.pop(run_id, None)
                self._inflight -= 1
                self._idle.notify_all()
            db.close()

    def _child_env(self) -> dict[str, str]:
        """The crawl reads the daemon's sources file and logs one level quieter.

        At INFO the daemon's own two lines per run say what matters; Scrapy's INFO output
        (stats dumps) would fill the journal. ``PRESSWATCH_LOG_LEVEL`` in the environment
        still wins.
        """
        env: dict[str, str] = {}
        if self.sources_file is not None:
            env["PRESSWATCH_SOURCES_FILE"] = str(Path(self.sources_file).resolve())
        if "PRESSWATCH_LOG_LEVEL" not in os.environ:
            env["PRESSWATCH_LOG_LEVEL"] = "WARNING" if self.log_level == "INFO" else self.log_level
        return env

    def _supervise(self, proc: Any) -> str | None:
        """Wait for the crawl; end it at its timeout or the shutdown deadline (say why)."""
        timeout_at = time.monotonic() + self.config.crawl_timeout
        while proc.poll() is None:
            now = time.monotonic()
            if now >= timeout_at:
                logger.warning("crawl process %d timed out after %gs; terminating it",
                               proc.pid, self.config.crawl_timeout)
                stop_crawl(proc, kill_after=self.config.kill_after)
                return f"timed out after {self.config.crawl_timeout:g}s; terminated"
            deadline = self._deadline
            if deadline is not None and now >= deadline:
                logger.warning("crawl process %d still running at the stop deadline; "
                               "terminating it", proc.pid)
                stop_crawl(proc, kill_after=self.config.kill_after)
                return "terminated because the daemon was stopping"
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=0.2)
        return None

    # --- --once ---------------------------------------------------------------------------
    def once(self) -> int:
        """Crawl every due source once (all of them if none ever ran); 1 if any run failed."""
        self.recover()
        self.load()
        last, now = self._last_started(), datetime.now(UTC)
        due = [s.name for s in self.schedules.values() if s.first_due(last.get(s.name), now) <= now]
        logger.info("--once: %d of %d source(s) due: %s", len(due), len(self.schedules),
                    ", ".join(due) or "none")
        self._install_signals()
        with concurrent.futures.ThreadPoolExecutor(self.config.max_parallel) as pool:
            futures = [pool.submit(self.crawl, name, now) for name in due]
            while not all(f.done() for f in futures):
                concurrent.futures.wait(futures, timeout=0.5)
        statuses = [f.result() for f in futures]
        if self._stop.is_set():
            return 0
        return 0 if all(s in GOOD_STATUSES for s in statuses) else 1

    # --- state --------------------------------------------------------------------------------
    def _write_state(self, *, running: bool = True) -> None:
        """Write the state file; ``running=False`` is final (later calls change nothing)."""
        if self._scheduler is None:
            return
        with self._lock:
            if self._stopped:
                return
            jobs = {}
            for name, schedule in self.schedules.items():
                job = self._scheduler.get_job(name) if running else None
                jobs[name] = {
                    "schedule": schedule.describe(),
                    "next_run": _fmt(job.next_run_time) if job and job.next_run_time else None,
                }
            state = {"pid": os.getpid(), "running": running,
                     "started_at": _fmt(self._started_at),
                     "updated_at": _fmt(datetime.now(UTC)), "sources": jobs}
            try:
                write_state(self.db_path, state)
            except OSError as exc:
                logger.warning("cannot write the daemon state file: %s", exc)
            self._stopped = not running

    def request_stop(self) -> None:
        """Stop as SIGTERM would (for embedding and tests)."""
        with self._lock:
            self._deadline = time.monotonic() + self.config.stop_grace
            self._stop.set()
        self._wake.set()


def _fmt(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment else None


def _exit_message(code: int | None) -> str:
    if code is not None and code < 0:
        return f"the crawl process was ended by signal {-code} without recording a result"
    if code == 2:
        return "the crawl process reported a configuration error (exit 2); see the log"
    return f"the crawl process exited with code {code} without recording a result"
