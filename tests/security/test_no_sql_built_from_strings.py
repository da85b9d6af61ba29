"""No SQL is built by string formatting: values are bound, identifiers quoted by psycopg.sql.

Reads every module of desktop/ and looks at each call that runs or wraps SQL (``execute``,
``exec_driver_sql``, ``executescript``, ``text``): its statement may not be an f-string, a
``%`` format or ``.format()``, except ``psycopg.sql.SQL(...).format(...)`` which quotes
identifiers itself.
"""

from __future__ import annotations

import ast
from pathlib import Path

import desktop

SQL_CALLS = {"execute", "exec_driver_sql", "executescript", "executemany", "text"}

# Statements composed from the module's own constants (column lists, fixed fragments), never
# from a value a person or a file supplied; each is named by its file and first line.
# (Built once into a module constant and run by name, hence not listed: search/sqlite.py's
# statements with and without the fixed archived filter, search/index.py's _SQLITE_INSERT from
# documents.FIELDS, and services/contact_import_rows.write_rows, whose table and column names
# come from the SQLAlchemy model, quoted by the dialect's identifier preparer.)
ALLOWED = {
    "desktop/search/postgres.py: _UPSERT_CONTACT = text(": "column names from FIELDS",
    'desktop/search/postgres.py: text(f"INSERT INTO search_releases (release_id, document) "':
        "the constant _RELEASE_DOCUMENT expression",
    'desktop/search/postgres.py: session.execute(text(f"INSERT INTO search_releases (release_id, '
    'document) "': "the constant _RELEASE_DOCUMENT expression",
    "desktop/search/sqlite.py: _INSERT_CONTACT = text(": "column names from FIELDS",
    "desktop/services/roles.py: cursor.execute(statement.format(**names))":
        "psycopg.sql statements given sql.Identifier names",
}


def _formatted(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(part, ast.FormattedValue) for part in node.values)
    if isinstance(node, ast.BinOp):
        if isinstance(node.op, ast.Mod) and isinstance(node.left, (ast.Constant, ast.JoinedStr)):
            return True
        return _formatted(node.left) or _formatted(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "format":
        return not _psycopg_sql(node.func.value)
    return False


def _psycopg_sql(node: ast.expr) -> bool:
    """``sql.SQL("…")`` or ``SQL("…")``: psycopg composes it, quoting what it inserts."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Attribute) and func.attr == "SQL") or \
        (isinstance(func, ast.Name) and func.id == "SQL")


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def formatted_sql(source: str) -> list[int]:
    """Line numbers of SQL calls whose first argument is built by string formatting."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _name(node.func) in SQL_CALLS and node.args \
                and _formatted(node.args[0]):
            lines.append(node.lineno)
    return lines


def test_no_module_runs_sql_built_by_string_formatting() -> None:
    root = Path(desktop.__file__).parent
    found = []
    seen = set()
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for line in formatted_sql(source):
            site = f"{path.relative_to(root.parent)}: {source.splitlines()[line - 1].strip()}"
            seen.add(site)
            if site not in ALLOWED:
                found.append(f"{site} (line {line})")
    assert set(ALLOWED) <= seen, f"allow-list entries no longer in the code: {set(ALLOWED) - seen}"
    assert found == [], "SQL built by string formatting (bind values, quote identifiers "\
        "with psycopg.sql): " + ", ".join(found)


def test_the_check_sees_each_way_of_formatting_and_allows_psycopg_sql() -> None:
    bad = ('session.execute(text(f"SELECT * FROM t WHERE id = {x}"))\n'
           'conn.exec_driver_sql("DROP TABLE %s" % name)\n'
           'cur.execute("GRANT {} TO x".format(role))\n')
    assert sorted(formatted_sql(bad)) == [1, 2, 3]
    good = ('cur.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(sql.Identifier(t), '
            'sql.Identifier(r)))\n'
            'session.execute(text("SELECT * FROM t WHERE id = :id"), {"id": x})\n'
            'session.execute(select(Contact).where(Contact.id == x))\n')
    assert formatted_sql(good) == []
