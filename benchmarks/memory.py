"""Peak memory of this process and everything it starts, sampled in a background thread.

Every `interval` seconds each process's RSS and PSS are read. The whole-run figure is the
largest PSS sum over one sample (PSS splits shared pages among the processes sharing them,
so the sum is what the run really occupies); the RSS sum, which counts shared libraries once
per process, is kept as an upper bound. Children are grouped by role from their command line:
Prefect's temporary server, a flow run in a process of its own (`pipeline run`, a benchmark's isolated run), the
forkserver with its short-lived parse children, multiprocessing's resource tracker, and the task-runner workers.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field

import psutil

MB = 2**20
RUN_MARK = "--isolated-run"  # on the command line of a benchmark's flow run in a process of its own


def role(process: psutil.Process) -> str | None:
    """What a child process is, or None when it has ended meanwhile."""
    try:
        command = " ".join(process.cmdline())
    except psutil.Error:
        return None
    if "uvicorn" in command or ("prefect" in command and "server" in command):
        return "prefect server"
    if "forkserver" in command:
        try:
            parent = process.parent()
            forked = parent is not None and "forkserver" in " ".join(parent.cmdline())
        except psutil.Error:
            return None
        return "document child" if forked else "forkserver"
    if "resource_tracker" in command:
        return "helper"
    if RUN_MARK in command or "-m pipeline run" in command:
        return "flow"
    return "worker"


@dataclass
class Peaks:
    pss: float = 0.0  # MB, largest PSS sum over one sample: the whole run
    rss: float = 0.0  # MB, largest RSS sum over one sample: an upper bound
    main: float = 0.0  # MB, RSS of this process
    by_role: dict[str, float] = field(default_factory=dict)  # MB, largest RSS of one process of each role
    pss_by_role: dict[str, float] = field(default_factory=dict)  # MB, PSS of each role in the peak PSS sample
    rss_by_role: dict[str, float] = field(default_factory=dict)  # MB, summed RSS of each role in the peak RSS sample


class PeakMemory:
    """`with PeakMemory() as sampler:` ... then read `sampler.peaks`."""

    def __init__(self, interval: float = 0.5, count_self: bool = True) -> None:
        """`count_self=False`: only the processes this one starts count, e.g. a run in a fresh subprocess, whose
        figure would otherwise include whatever this (sampling) process happens to hold."""
        self.interval, self.count_self = interval, count_self
        self.peaks = Peaks()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._me = psutil.Process(os.getpid())

    def sample(self) -> None:
        main = self._me.memory_full_info()
        pss, rss = (main.pss / MB, main.rss / MB) if self.count_self else (0.0, 0.0)
        shares, resident = ({"main": pss}, {"main": rss}) if self.count_self else ({}, {})
        for child in self._me.children(recursive=True):
            kind = role(child)
            try:
                info = child.memory_full_info()
            except psutil.Error:
                continue
            if kind is None:
                continue
            pss, rss = pss + info.pss / MB, rss + info.rss / MB
            shares[kind] = shares.get(kind, 0.0) + info.pss / MB
            resident[kind] = resident.get(kind, 0.0) + info.rss / MB
            self.peaks.by_role[kind] = max(self.peaks.by_role.get(kind, 0.0), info.rss / MB)
        if self.count_self:
            self.peaks.main = max(self.peaks.main, main.rss / MB)
        if pss > self.peaks.pss:
            self.peaks.pss, self.peaks.pss_by_role = pss, shares
        if rss > self.peaks.rss:
            self.peaks.rss, self.peaks.rss_by_role = rss, resident

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> PeakMemory:
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()
