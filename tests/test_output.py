"""Writing files whole: a temporary file beside the target replaces it only on success."""

import os
import stat

import pytest

from kg.errors import KGError
from kg.output import output_file


def test_a_written_file_gets_the_mode_a_plain_open_gives(tmp_path):
    old = os.umask(0o022)
    try:
        with output_file(tmp_path / "report.html") as out:
            out.write("<p>hi</p>")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "report.html").stat().st_mode) == 0o644
    assert (tmp_path / "report.html").read_text() == "<p>hi</p>"


def test_a_failure_leaves_the_old_file_and_no_temporary_one(tmp_path):
    target = tmp_path / "graph.nt"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), output_file(target) as out:
        out.write("half")
        raise RuntimeError("interrupted")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.nt"]


def test_binary_output_and_a_folder_as_target(tmp_path):
    with output_file(tmp_path / "a.png", binary=True) as out:
        out.write(b"\x89PNG")
    assert (tmp_path / "a.png").read_bytes() == b"\x89PNG"
    with pytest.raises(KGError, match="is a folder"), output_file(tmp_path):
        pass
