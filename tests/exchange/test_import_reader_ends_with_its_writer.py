"""The second process that reads a large contact file ends when the app importing it is killed
or crashes: it does not stay behind for ever, waiting on a full queue nobody reads, holding
its memory (the app's own end, Cancel and errors are in
test_import_in_two_processes_writes_what_one_writes.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.contact_import import write_vcards

ROOT = Path(__file__).resolve().parents[2]
_WRITER = (
    "import os, signal, sys\n"
    "from pathlib import Path\n"
    "from desktop.services.contact_import_pipeline import Reader\n"
    "reader = Reader(Path(sys.argv[1]), 'vcf', None, None, None, {})\n"
    "reader.queue.get()\n"  # the reader is at work; the writer takes nothing more
    "print(reader.process.pid, flush=True)\n"
    "os.kill(os.getpid(), signal.SIGKILL)\n"
)


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan's end may be reaped late in a container)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_the_reading_process_ends_when_the_writer_is_killed(tmp_path: Path) -> None:
    path = tmp_path / "many.vcf"
    write_vcards(path, 4000)  # more chunks than the queue holds: the reader would wait
    told, errors = tmp_path / "pid", tmp_path / "errors"
    with told.open("w") as out, errors.open("w") as err:  # files: the reader may hold them
        code = subprocess.run([sys.executable, "-c", _WRITER, str(path)], cwd=ROOT,
                              stdout=out, stderr=err, check=False).returncode
    assert code == -9, errors.read_text()
    reader = int(told.read_text())
    for _ in range(1200):  # it ends at once; a minute only so that a failure does not hang
        if not _running(reader):
            break
        time.sleep(0.05)
    outlived = _running(reader)
    if outlived:
        os.kill(reader, signal.SIGKILL)  # a failing run leaves nothing behind either
    assert not outlived, "the reading process outlived the killed import"
