"""A cache of rendered parts of the tree, keyed by everything a part is made from.

A part (one service in one environment, say) is rendered by a function of typed inputs only. Its key is the
SHA-256 of those inputs in a canonical form (every field of every dataclass, mappings sorted, types named) and
of the code: every source file of the library and the app, and the versions of the packages that render (cdk8s,
its bindings, the YAML emitter). A change to any of them is a new key, so a stale entry is never read: it is
pruned once no run uses it. An entry that cannot be read back whole is a miss, rendered again.
"""
from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path

#: The distributions whose code renders a part, besides the source files the cache is given.
RENDERING_PACKAGES = ("cdk8s", "cdk8s-plus-27", "constructs", "jsii", "PyYAML")


class Part:
    """One part of the tree: {path: manifest} and the same objects as {path: YAML text}."""

    __slots__ = ("objects", "files")

    def __init__(self, objects: Mapping[str, Mapping], files: Mapping[str, str]):
        if objects.keys() != files.keys():
            raise ValueError("a part's objects and files must have the same paths")
        self.objects, self.files = dict(objects), dict(files)


def canonical(value: object) -> object:
    """`value` as JSON-ready data that two values share only when they are equal and of the same types.

    Raises TypeError for a type it cannot see into: a cache must not guess what an object holds."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, enum.Enum):
        return {"enum": _name(type(value)), "value": canonical(value.value)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"type": _name(type(value)), "fields": {f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    if isinstance(value, Mapping):
        items = [[canonical(k), canonical(v)] for k, v in value.items()]
        return {"map": sorted(items, key=lambda kv: json.dumps(kv[0], sort_keys=True))}
    if isinstance(value, (list, tuple)):
        return {type(value).__name__: [canonical(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"set": sorted((canonical(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))}
    raise TypeError(f"the synth cache cannot key on a {type(value).__module__}.{_name(type(value))}: give it dataclasses, "
                    "enums, mappings, sequences and plain values")


def _name(cls: type) -> str:
    # Not the module: a class of the app's script is in '__main__' or 'main' depending on how it was started.
    return cls.__qualname__


def code_version(sources: Iterable[Path]) -> str:
    """SHA-256 of the given source files (path and content), the rendering packages' versions and Python's."""
    h = hashlib.sha256()
    for path in sorted(sources):
        h.update(f"{path}\0{path.stat().st_size}\0".encode())
        h.update(path.read_bytes())
    for dist in RENDERING_PACKAGES:
        h.update(f"{dist}=={metadata.version(dist)}\0".encode())
    h.update(f"python {sys.version} optimize={sys.flags.optimize}\0".encode())
    return h.hexdigest()


class RenderCache:
    """Parts by key in `folder` (one JSON file each). `code` is `code_version(...)` of what renders them."""

    def __init__(self, folder: Path, code: str):
        self.folder, self.code = Path(folder), code
        self.hits = self.misses = 0
        # Inputs many parts share (an environment's settings) are encoded once: by identity, holding the value so its
        # id stays its own. Inputs are immutable while a synth runs.
        self._encoded: dict[int, tuple[object, bytes]] = {}

    def key(self, *inputs: object) -> str:
        h = hashlib.sha256(self.code.encode())
        for value in inputs:
            if (memo := self._encoded.get(id(value))) is None or memo[0] is not value:
                memo = self._encoded[id(value)] = (value, json.dumps(canonical(value), sort_keys=True, separators=(",", ":")).encode())
            h.update(b"\0" + memo[1])  # JSON text has no NUL: the inputs cannot run into each other
        return h.hexdigest()

    def get(self, key: str) -> Part | None:
        try:
            entry = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            part = Part(entry["objects"], entry["files"]) if entry.get("key") == key else None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            part = None
        if part is None:
            self.misses += 1
        else:
            self.hits += 1
        return part

    def put(self, key: str, part: Part) -> None:
        """Store `part` atomically (a reader sees the whole entry or none); a failed write is only a later miss."""
        tmp = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key}.", dir=self.folder)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"key": key, "objects": part.objects, "files": part.files}, f, separators=(",", ":"))
            os.replace(tmp, self.folder / f"{key}.json")
        except OSError:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)

    def prune(self, keep: Iterable[str]) -> None:
        """Remove every entry but `keep` (the keys of this run): the cache holds one tree's parts."""
        wanted = {f"{k}.json" for k in keep}
        for entry in self.folder.iterdir() if self.folder.is_dir() else ():
            if entry.name not in wanted and entry.is_file():
                entry.unlink(missing_ok=True)
