"""A child that answered reads the next call; one that overran, raised or ran out of memory never does."""

from __future__ import annotations

import pickle

import psutil
import pytest
from child_calls import allocate, fail, pid, stuck_in

from pipeline.ingest import deadline
from pipeline.ingest.deadline import MemoryLimit, TimedOut, call_with_deadline

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(autouse=True)
def unbounded_reuse(monkeypatch):
    monkeypatch.setattr(deadline, "REUSE_CALLS", 1000)


def gone(process_id: int) -> bool:
    try:
        return psutil.Process(process_id).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_a_child_that_answered_reads_the_next_call():
    first = call_with_deadline(pid, seconds=120)
    assert call_with_deadline(pid, seconds=120) == first
    assert call_with_deadline(allocate, 1, seconds=120) == 2**20
    assert call_with_deadline(pid, seconds=120) == first


def test_a_child_that_timed_out_is_killed_and_the_next_call_gets_a_fresh_one():
    waiting = call_with_deadline(pid, seconds=120)  # it takes the stuck call
    with pytest.raises(TimedOut):
        call_with_deadline(stuck_in, "in votes", seconds=2)
    assert gone(waiting)
    fresh = call_with_deadline(pid, seconds=120)
    assert call_with_deadline(pid, seconds=120) == fresh


def test_a_child_whose_call_raised_is_not_reused():
    before = call_with_deadline(pid, seconds=120)
    with pytest.raises(ValueError, match="no such page"):
        call_with_deadline(fail, seconds=120)
    assert gone(before)
    assert call_with_deadline(pid, seconds=120) != before


def test_each_call_in_a_reused_child_gets_its_own_memory_allowance():
    limit = 100 * 2**20
    first = call_with_deadline(pid, seconds=120)
    for _ in range(3):  # within the allowance every time, though the child has answered before
        assert call_with_deadline(allocate, 60, seconds=120, memory=limit) == 60 * 2**20
    assert call_with_deadline(allocate, 60, seconds=120) == 60 * 2**20  # no limit: none left from before
    assert call_with_deadline(pid, seconds=120) == first
    with pytest.raises(MemoryLimit):
        call_with_deadline(allocate, 400, seconds=120, memory=limit)
    assert gone(first)


def test_a_child_retires_after_its_share_of_calls(monkeypatch):
    monkeypatch.setattr(deadline, "REUSE_CALLS", 2)
    deadline.stop_children()
    first = call_with_deadline(pid, seconds=120)
    assert call_with_deadline(pid, seconds=120) == first
    assert call_with_deadline(pid, seconds=120) != first
    assert gone(first)


def test_stopping_ends_the_waiting_children():
    waiting = call_with_deadline(pid, seconds=120)
    deadline.stop_children()
    assert gone(waiting)
    assert call_with_deadline(pid, seconds=120) != waiting


def test_a_call_that_cannot_be_handed_over_fails_and_leaves_the_waiting_child_waiting():
    waiting = call_with_deadline(pid, seconds=120)
    with pytest.raises((TypeError, AttributeError, pickle.PicklingError)):
        call_with_deadline(pid, lambda: None, seconds=120)  # a lambda cannot be pickled
    assert call_with_deadline(pid, seconds=120) == waiting
