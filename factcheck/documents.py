"""Reading documents: paths and folders, encodings, front matter, manifests and publication dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from factcheck.comments import blank_comments
from factcheck.errors import InputError
from factcheck.published import infer_published
from factcheck.yamltext import YamlError, load_yaml

SUFFIXES = (".txt", ".md")
MANIFEST = "manifest.yaml"
MAX_BYTES = 64 * 1024 * 1024
_MANIFEST_KEYS = {"file", "source", "title", "published", "date"}
_FRONT_OPEN = re.compile(r"---[ \t]*\r?\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
# Latin-1 text read as Windows-1252: the bytes 0x80-0x9F are curly quotes, dashes, the euro sign... in
# Windows-1252 and control characters in Latin-1; the five that Windows-1252 leaves undefined stay as Latin-1 reads
# them. One character per byte either way.
_CP1252 = {byte: bytes([byte]).decode("cp1252") for byte in range(0x80, 0xA0) if byte not in b"\x81\x8d\x8f\x90\x9d"}
_MAGIC = {
    b"\x89PNG": "PNG image",
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP archive",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x7fELF": "executable",
}


@dataclass(frozen=True, slots=True)
class Document:
    """A document as read. ``text`` is the whole file as decoded (front matter included): every offset
    in the facts table points into it. ``body_start`` is where the text after the front matter begins."""

    id: str
    path: str
    text: str
    body_start: int
    source: str | None
    title: str | None
    published: dt.date | None
    published_from: str | None


@dataclass(frozen=True, slots=True)
class Reading:
    """The outcome of reading a set of paths: the documents that could be read, one error per document
    that could not (the others are still checked), and warnings (e.g. replaced undecodable bytes)."""

    documents: tuple[Document, ...]
    errors: tuple[InputError, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Meta:
    source: str | None = None
    title: str | None = None
    published: dt.date | None = None


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, and every .txt/.md file inside named folders (sorted by name)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # A link that loops or points nowhere is kept: reading it names the file and what is wrong.
            inside = sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES and (
                p.is_file() or (p.is_symlink() and not p.exists())))
            if not inside:
                raise InputError(path, "folder holds no .txt or .md documents")
            found.extend(inside)
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise InputError(path, "not a .txt or .md document")
            found.append(path)
        elif path.exists():
            raise InputError(path, "not a regular file or folder")
        elif path.is_symlink():
            raise InputError(path, f"a symbolic link that loops or points nowhere ({_link_problem(path)})")
        else:
            raise InputError(path, "no such file or folder")
    unique: dict[str, Path] = {}
    clashes: list[tuple[Path, Path]] = []
    for path in found:
        other = unique.setdefault(path.stem, path)
        if not _same_file(other, path):
            clashes.append((other, path))
    if clashes:
        named = [f"'{path.stem}': {other} and {path}" for other, path in clashes]
        more = f" (and {len(named) - 1} more: {'; '.join(named[1:])})" if len(named) > 1 else ""
        raise InputError(clashes[0][1], f"two documents share the id {named[0]}{more}")
    return list(unique.values())


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve(strict=True) == b.resolve(strict=True)
    except (OSError, RuntimeError):
        return a.absolute() == b.absolute()  # a broken link: the same entry named twice, or two entries


def _link_problem(path: Path) -> str:
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return "symlink loop"
    except OSError as error:
        return error.strerror or str(error)
    return "unreadable"


def read_documents(paths: Iterable[str | Path], published: Mapping[str, dt.date] | None = None) -> Reading:
    """Read every document under ``paths``. ``published`` (document id -> date) overrides all other
    metadata. Raises InputError for problems that leave nothing sensible to check (a missing path, two
    documents with one id, an override naming no document); per-document problems land in ``errors``.
    Documents come in the order of their ids, whatever the order of the paths, so that a report does not
    depend on how the paths were given."""
    files = sorted(collect_paths(paths), key=lambda p: p.stem)
    overrides = dict(published or {})
    unknown = sorted(set(overrides) - {p.stem for p in files})
    if unknown:
        raise InputError("--published", f"no document with id '{unknown[0]}'")
    manifests: dict[Path, dict[str, _Meta]] = {}
    documents: list[Document] = []
    errors: list[InputError] = []
    warnings: list[str] = []
    for path in files:
        folder = path.parent
        if folder not in manifests:
            manifests[folder], manifest_errors = _read_manifest(folder / MANIFEST)
            errors.extend(manifest_errors)
        try:
            text, warning = _decode(path)
            if warning:
                warnings.append(warning)
            documents.append(
                _document(path.stem, path, text, manifests[folder].get(path.name), overrides.get(path.stem))
            )
        except InputError as error:
            errors.append(error)
    return Reading(tuple(documents), tuple(errors), tuple(warnings))


def _decode(path: Path) -> tuple[str, str | None]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"file is too large ({size / 2**20:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise InputError(path, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            raise InputError(path, "starts with a UTF-16 byte-order mark but is not valid UTF-16") from None
    for magic, name in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(path, f"binary file ({name}), not text")
    if b"\x00" in data[:8192]:
        wide = _utf16_without_bom(data)
        if wide is None:
            raise InputError(path, "binary file (contains NUL bytes), not text")
        return data.decode(wide), f"{path}: UTF-16 text without a byte-order mark; read as {wide.upper()}"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        # Not UTF-8: most likely Windows-1252 or Latin-1, the encodings of older newsroom systems. Offsets point
        # into the text as decoded, as everywhere else.
        return data.decode("latin-1").translate(_CP1252), (
            f"{path}: not valid UTF-8 (first bad byte at offset {error.start}); read as Windows-1252 (Latin-1)"
        )


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes read as UTF-16 text without a byte-order mark (mostly ASCII
    letters, so most bytes on one side are NUL, few on the other: "一" is 4E 00), else None."""
    head = data[:8192]
    if len(data) % 2 or len(head) < 4:
        return None
    odd, even = head[1::2].count(0), head[0::2].count(0)
    for encoding, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= 0.6 * (len(head) // 2) and other <= zeros // 10:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding if "\x00" not in text else None
    return None


def document_from_record(doc_id: str, where: str, text: str, fields: Mapping[object, object]) -> Document:
    """A document given as a record rather than a file (a line of a JSON Lines corpus): ``where`` names it in
    messages and becomes its ``path``; ``fields`` (``source``, ``title``, ``published``) play the part of a
    manifest entry, so front matter inside ``text`` still comes first. Raises InputError."""
    if not text.strip():
        raise InputError(where, "empty text")
    if "\x00" in text:
        raise InputError(where, "binary text (contains NUL characters)")
    return _document(doc_id, where, text, _meta(where, "fields", fields), None)


def _document(doc_id: str, path: Path | str, text: str, manifest: _Meta | None, override: dt.date | None) -> Document:
    front, body_start = _front_matter(path, text)
    if not text[body_start:].strip():
        raise InputError(path, "empty file (no text after the front matter)")
    candidates: list[tuple[dt.date | None, str]] = [(override, "command line")]
    if front.published:
        candidates.append((front.published, "front matter"))
    if manifest and manifest.published:
        candidates.append((manifest.published, "manifest"))
    inferred = infer_published(blank_comments(text[body_start:]))
    if inferred:
        candidates.append(inferred)
    published, how = next(((d, h) for d, h in candidates if d), (None, None))
    return Document(
        id=doc_id,
        path=str(path),
        text=text,
        body_start=body_start,
        source=front.source or (manifest.source if manifest else None),
        title=front.title or (manifest.title if manifest else None) or _first_line(text[body_start:]),
        published=published,
        published_from=how,
    )


def _first_line(body: str) -> str | None:
    line = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
    return line[:200] or None


def _shown(value: object) -> str:
    """A value as an error line quotes it: its repr, cut short."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _front_matter(path: Path | str, text: str) -> tuple[_Meta, int]:
    if not _FRONT_OPEN.match(text):
        return _Meta(), 0
    closing = _FRONT_CLOSE.search(text, text.index("\n") + 1)
    if not closing:
        raise InputError(path, "front matter starts with '---' but is never closed")
    try:
        data = load_yaml(text[text.index("\n") + 1 : closing.start()], first_line=2)
    except YamlError as error:
        raise InputError(path, f"front matter {error}") from None
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise InputError(path, f"front matter is not valid YAML{where}") from None
    if data is None:
        return _Meta(), closing.end()
    if not isinstance(data, dict):
        raise InputError(path, "front matter must be a mapping of keys to values")
    return _meta(path, "front matter", data), closing.end()


def _meta(path: Path | str, where: str, data: Mapping[object, object]) -> _Meta:
    fields: dict[str, object] = {}
    for key in ("source", "title"):
        value = data.get(key)
        if value is not None and not isinstance(value, str | int | float):
            raise InputError(path, f"{where}: '{key}' must be text")
        fields[key] = None if value is None else str(value)
    for key in ("published", "date"):
        if data.get(key) is not None:
            fields["published"] = _as_date(path, where, key, data[key])
            break
    return dataclasses.replace(_Meta(), **fields)


def _as_date(path: Path | str, where: str, key: str, value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InputError(path, f"{where}: '{key}' must be a date written YYYY-MM-DD, not {_shown(value)}")


def parse_date(text: str, what: str) -> dt.date:
    """A YYYY-MM-DD date from the command line."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(what, f"'{text}' is not a date written YYYY-MM-DD") from None


def _read_manifest(path: Path) -> tuple[dict[str, _Meta], list[InputError]]:
    if not path.is_file():
        return {}, []
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except YamlError as error:
        return {}, [InputError(path, str(error))]
    except OSError as error:
        return {}, [InputError(path, f"cannot be read ({error.strerror or error})")]
    except UnicodeDecodeError:
        return {}, [InputError(path, "is not UTF-8 text")]
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", None)
        return {}, [InputError(path, "not valid YAML" + (f" (line {line + 1})" if line is not None else ""))]
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        return {}, [InputError(path, "must be a mapping with a 'documents' list")]
    entries: dict[str, _Meta] = {}
    errors: list[InputError] = []
    for number, entry in enumerate(data["documents"], start=1):
        where = f"documents[{number}]"
        try:
            if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
                raise InputError(path, f"{where}: each entry needs a 'file' name")
            unknown = sorted(str(k) for k in set(entry) - _MANIFEST_KEYS)
            if unknown:
                raise InputError(path, f"{where}: unknown key '{unknown[0]}'")
            if not (path.parent / entry["file"]).is_file():
                raise InputError(path, f"{where}: names a file that does not exist: {entry['file']}")
            if entry["file"] in entries:
                raise InputError(path, f"{where}: names {entry['file']} a second time; give each file one entry")
            entries[entry["file"]] = _meta(path, where, entry)
        except InputError as error:
            errors.append(error)
    return entries, errors
