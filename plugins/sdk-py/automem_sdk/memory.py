"""The episode's memory, for schemas (world `memory-schema`): plain calls that raise
`MemoryFailure` with a readable message instead of the generated `Err(MemoryError_...)`."""

from componentize_py_types import Err
from wit_world.imports import memory as _memory


class MemoryFailure(Exception):
    """A memory call failed; `kind` is the WIT case (e.g. "read-only"), `str()` says why."""

    def __init__(self, kind, message):
        super().__init__(f"{kind}: {message}" if message else kind)
        self.kind = kind


_KINDS = {
    "MemoryError_InvalidPath": "invalid-path",
    "MemoryError_NotFound": "not-found",
    "MemoryError_AlreadyExists": "already-exists",
    "MemoryError_QuotaExceeded": "quota-exceeded",
    "MemoryError_ReadOnly": "read-only",
    "MemoryError_InvalidEdit": "invalid-edit",
}


def _call(fn, *args):
    try:
        return fn(*args)
    except Err as e:
        err = e.value
        kind = _KINDS.get(type(err).__name__, type(err).__name__)
        raise MemoryFailure(kind, getattr(err, "value", "") or "") from None


def list_files():
    """Every file as (path, lines, bytes), sorted by path."""
    return [(f.path, f.lines, f.bytes) for f in _memory.list_files()]


def read(path, default=None):
    """A file's content; `default` when it does not exist (if given), else MemoryFailure."""
    try:
        return _call(_memory.read, path)
    except MemoryFailure as e:
        if e.kind == "not-found" and default is not None:
            return default
        raise


def write(path, content):
    """Replace a file's content (creating it)."""
    _call(_memory.write, path, content)


def append(path, line):
    """Append one line (creating the file)."""
    _call(_memory.append, path, line)


def remove(path):
    """Delete a file."""
    _call(_memory.remove, path)


def rename(src, dst):
    """Move a file to a path that does not exist yet (WIT's `from` is a Python keyword)."""
    _call(_memory.rename, src, dst)


def search(query, path=None, limit=20):
    """Case-insensitive substring search: the last `limit` hits as (path, line_number, text)."""
    return [(h.path, h.line_number, h.text) for h in _call(_memory.search, path, query, limit)]
