"""Atomic writes: a file is replaced whole, and a failed write leaves neither half a file nor a temporary."""

import pytest

from pipeline import files


def test_write_atomic_replaces_the_file_and_creates_its_folder(tmp_path):
    target = tmp_path / "state" / "marks.json"
    files.write_atomic(target, b"old")
    files.write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in target.parent.iterdir()] == ["marks.json"]


def test_a_failed_write_keeps_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "marks.json"
    files.write_atomic(target, b"old")

    def refuse(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(OSError):
        files.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["marks.json"]
