"""tools/system-packages.sh, which `make test` and `.ci/run` call first: silent when nothing is missing,
installs what is missing as root on Debian, and otherwise stops with the exact command to run.

The script is run with a PATH holding only stand-ins for dpkg, apt-get, id and python3, so no test
touches the machine's packages and the outcome does not depend on what this machine has.
"""

import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "tools" / "system-packages.sh"
BASH = "/bin/bash"
NEEDED = ["chromium", "gettext", "make", "libpango-1.0-0", "libpangoft2-1.0-0"]


@pytest.fixture
def machine(tmp_path):
    """A fake Debian machine: `installed` packages, a user id, and the apt-get calls it received."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "apt-calls"
    stubs = {
        # dpkg -s NAME succeeds when NAME is listed in $FAKE_INSTALLED
        "dpkg": 'for p in $FAKE_INSTALLED; do [[ "$p" == "$2" ]] && exit 0; done; exit 1',
        "apt-get": f'echo "$*" >> {calls}',
        "id": 'echo "$FAKE_UID"',
        "python3": "exit 0",  # a Python with ensurepip: python3-venv is not needed
    }
    for name, body in stubs.items():
        stub = bin_dir / name
        stub.write_text(f"#!{BASH}\n{body}\n")
        stub.chmod(0o755)

    class Machine:
        def run(self, installed, uid=1000, without=()):
            for name in without:
                (bin_dir / name).unlink()
            env = {"PATH": str(bin_dir), "FAKE_INSTALLED": " ".join(installed), "FAKE_UID": str(uid)}
            return subprocess.run([BASH, str(SCRIPT)], env=env, capture_output=True, text=True, timeout=30)

        @property
        def apt_calls(self):
            return calls.read_text().splitlines() if calls.exists() else []

    return Machine()


def printed_lines(result):
    return [line.strip() for line in (result.stdout + result.stderr).splitlines()]


def test_nothing_missing_is_silent(machine):
    result = machine.run(installed=NEEDED, uid=0)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert machine.apt_calls == []


def test_missing_without_root_stops_with_the_command_to_run(machine):
    result = machine.run(installed=["make", "libpango-1.0-0", "libpangoft2-1.0-0"], uid=1000)
    assert result.returncode != 0
    command = "sudo apt-get update && sudo apt-get install --no-install-recommends chromium gettext"
    assert command in printed_lines(result)  # a line of its own, exactly the missing packages
    assert machine.apt_calls == []


def test_missing_as_root_installs_exactly_the_missing_packages(machine):
    result = machine.run(installed=["chromium", "make", "libpango-1.0-0"], uid=0)
    assert result.returncode == 0, result.stderr
    assert machine.apt_calls == ["update -qq",
                                 "install -y -qq --no-install-recommends gettext libpangoft2-1.0-0"]


def test_root_without_apt_get_is_not_debian_enough_and_stops(machine):
    result = machine.run(installed=[], uid=0, without=["apt-get"])
    assert result.returncode != 0 and "sudo apt-get install --no-install-recommends chromium" in result.stderr


def test_a_python_without_ensurepip_asks_for_python3_venv(machine, tmp_path):
    (tmp_path / "bin" / "python3").write_text(f"#!{BASH}\nexit 1\n")
    result = machine.run(installed=NEEDED, uid=1000)
    command = "sudo apt-get update && sudo apt-get install --no-install-recommends python3-venv"
    assert result.returncode != 0 and command in printed_lines(result)


def test_without_dpkg_it_cannot_tell_and_only_names_the_packages(machine):
    result = machine.run(installed=[], uid=0, without=["dpkg"])
    assert result.returncode == 0 and "Not a Debian system" in result.stderr and "chromium" in result.stderr
    assert machine.apt_calls == []
