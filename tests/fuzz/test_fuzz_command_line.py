"""Any unicode in command-line values (surrogates, controls, bidi marks, huge): an answer or a
plain refusal (exit 1, a message on stderr), never a traceback, and a refused add writes nothing.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.cli.conftest import Runner
from tests.fuzz.conftest import EXAMPLES, FUZZ

# Each example runs the whole command line twice (a database opened per call): a quarter of the
# readers' budget keeps CI within minutes on both engines.
CLI = settings(FUZZ, max_examples=max(EXAMPLES // 4, 10))

# Every code point, lone surrogates (what Python makes of undecodable argv bytes) included.
_ANY = st.characters(codec=None, categories=None, exclude_characters="\x00")
VALUES = st.one_of(st.text(_ANY, max_size=40),
                   st.text(st.sampled_from("a +()-.@\t\n\x1b\u202e\u200f\udcff\ufeff"),
                           max_size=300))
OPTIONS = ["--name", "--office", "--country", "--title", "--phone", "--email", "--language",
           "--tag", "--notes"]


def _count(cli: Runner) -> int:
    result = cli("contacts", "list", "--json")
    assert result.code == 0, result.err
    return len(result.json()["contacts"])


def test_contacts_add_with_any_values(cli: Runner) -> None:
    @CLI
    @given(values=st.fixed_dictionaries({}, optional={o: VALUES for o in OPTIONS}),
           name=VALUES)
    def check(values: dict[str, str], name: str) -> None:
        before = _count(cli)
        args = ["contacts", "add", "--name", name]
        for option, value in values.items():
            args += [option, value]
        result = cli(*args)
        assert "Traceback" not in result.err
        if result.code == 0:
            assert _count(cli) == before + 1
        else:
            assert result.code in (1, 2) and result.err.strip(), result
            assert _count(cli) == before

    check()


def test_search_and_release_paths_with_any_values(cli: Runner) -> None:
    @CLI
    @given(value=VALUES)
    def check(value: str) -> None:
        for args in (("contacts", "search", value, "--json"),
                     ("releases", "import", value or "x", "--dry-run")):
            result = cli(*args)
            assert "Traceback" not in result.err
            assert result.code in (0, 1, 2), result
            if result.code:
                assert result.err.strip(), result

    check()
