"""Release pins: which image each app runs in each environment, kept in `releases/<env>.yaml`; and beside them
`releases/repositories.yaml`, the registry each environment pulls each app from.

CI rewrites the pin files (a reviewed Git diff per deployment); the app reads them. The platform's synth writes the
repositories file from its catalogue, and the release CLI reads it. Constructs read neither.
"""
from __future__ import annotations

import os
import pathlib
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from ._k8s import ImageRef, is_digest, is_dns1123_label
from ._strict_yaml import StrictYamlError, document
from .settings import ENVIRONMENT_NAMES


class ReleaseFileError(ValueError):
    """A pin file or repositories file that cannot be read, does not parse or breaks its rules."""


MAX_PIN_FILE_BYTES = 256 * 1024
"""A pin file holds a few lines per app; anything near this size is not one (and would be slow to read)."""

_MAX_DEPTH = 8
"""Nesting a pin file may have: the file, `apps`, an app and its image are 4 levels (a repositories file has 4 too).
The schema refuses anything deeper; this limit stops the parser first, before deep nesting exhausts the stack."""

_SHOWN = 500
"""Characters of a value quoted in a message: any valid image reference fits, a pasted blob does not."""

IMAGE_FORM = "repository[:tag][@sha256:<64 hex>]"
DIGEST_RULE = "'sha256:' followed by 64 lower-case hex digits"

REPOSITORIES_FILE = "repositories.yaml"
"""The repositories file's name in `releases/`. No environment has this name, so it is never taken for a pin file
(pin files are found by environment name, never by listing the folder)."""
_PIN_FILE, _REPOSITORIES = "pin file", "repositories file"


def shown(value: object) -> str:
    """`value` quoted for a message, cut short: pin files and arguments can hold anything, a message must stay readable."""
    if isinstance(value, str) and len(value) > _SHOWN:
        return f"{value[:_SHOWN] + '...'!r} ({len(value)} characters)"
    text = repr(value)
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "..."


def _document(text: str, source: str, kind: str = _PIN_FILE) -> tuple[Any, yaml.Node | None]:
    """The one YAML document in `text` and its node tree, read strictly (_strict_yaml: no anchors, merge keys,
    duplicate keys or deep nesting: what lets a file read differently than it reviews)."""
    if len(text) > MAX_PIN_FILE_BYTES:  # fewer characters than bytes: a text this long is too large a file
        raise ReleaseFileError(f"{source}: {len(text)} characters, more than a {kind}'s limit of {MAX_PIN_FILE_BYTES} bytes")
    try:
        return document(text, source, what=f"a {kind}", max_depth=_MAX_DEPTH)
    except StrictYamlError as e:
        raise ReleaseFileError(str(e)) from None


def _children(data: dict[Any, Any], node: yaml.Node) -> dict[Any, tuple[yaml.Node, yaml.Node]]:
    """The key and value nodes of each key of `data`, the mapping constructed from `node`.

    Keys and node pairs are in the same order and one to one, because _PinLoader refuses duplicates and merge keys.
    """
    return dict(zip(data, node.value, strict=True))


def _section(data: Any, root: yaml.Node | None, key: str, source: str, expected: str) -> tuple[dict[Any, Any], yaml.Node]:
    """The mapping under `key` of the document `data` and its node; anything else is refused as not `expected`."""
    node = _children(data, root).get(key, (None, None))[1] if isinstance(data, dict) and root is not None else None
    if node is None or not isinstance(data[key], dict):
        raise ReleaseFileError(f"{source}:{_line(node) if node is not None else 1}: expected {expected}")
    return data[key], node


def _unknown_keys(data: dict[Any, Any], node: yaml.Node, known: str, where: str, rule: str) -> list[str]:
    """A problem for each key of `data` other than `known`: the reader would ignore it, a reviewer might not."""
    return [f"{_line(key_node)}: {where}unknown key {shown(key)}: {rule}"
            for key, (key_node, _) in _children(data, node).items() if key != known]


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _refuse(source: str, problems: list[str]) -> None:
    """One error listing every problem, each `<line>: <text>`, in line order, so all of them are fixed in one go."""
    if problems:
        lines = [f"{source}:{p}" for p in sorted(problems, key=lambda p: int(p.split(":", 1)[0]))]
        raise ReleaseFileError("\n".join(lines if len(lines) == 1 else [f"{source}: {len(lines)} problems:", *lines]))


def read_pin_file(path: pathlib.Path, environment: str) -> str:
    """The text of the pin file at `path`: a regular UTF-8 file of at most MAX_PIN_FILE_BYTES."""
    return _read_text(path, _PIN_FILE, f"no release pin file for environment '{environment}'")


def _read_text(path: pathlib.Path, kind: str, missing: str) -> str:
    try:
        st = os.stat(path)  # before opening: opening a FIFO would wait for a writer
        if stat.S_ISDIR(st.st_mode) or not stat.S_ISREG(st.st_mode):
            raise ReleaseFileError(f"{path}: a {'directory' if stat.S_ISDIR(st.st_mode) else 'special file'}, not a {kind}")
        if st.st_size > MAX_PIN_FILE_BYTES:
            raise ReleaseFileError(f"{path}: {st.st_size} bytes, more than a {kind}'s limit of {MAX_PIN_FILE_BYTES} bytes")
        with open(path, "rb") as f:
            data = f.read(MAX_PIN_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ReleaseFileError(f"{path}: {missing}") from None
    except OSError as e:
        raise ReleaseFileError(f"{path}: cannot read the {kind}: {e.strerror}") from None
    if len(data) > MAX_PIN_FILE_BYTES:  # grew since stat
        raise ReleaseFileError(f"{path}: more than a {kind}'s limit of {MAX_PIN_FILE_BYTES} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise ReleaseFileError(f"{path}:{line}: not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start})") from None


@dataclass(frozen=True, slots=True)
class ReleasePins:
    """The images pinned for one environment, by app name."""

    environment: str
    images: Mapping[str, str]

    @classmethod
    def parse(cls, text: str, *, environment: str, source: str = "<text>") -> ReleasePins:
        data, root = _document(text, source)
        apps, apps_node = _section(data, root, "apps", source, "a mapping with an 'apps' mapping of app name to {image: ...}")
        images: dict[str, str] = {}
        problems = _unknown_keys(data, root, "apps", "", "a pin file holds only 'apps'")
        for app, (key_node, entry_node) in _children(apps, apps_node).items():
            entry = apps[app]
            if not is_dns1123_label(app):
                problems.append(f"{_line(key_node)}: apps: app name {shown(app)} is not a DNS-1123 label")
            elif not isinstance(entry, dict):
                problems.append(f"{_line(entry_node)}: apps.{app}: {shown(entry)} is not a mapping {{image: ...}}")
            elif "image" not in entry:
                problems.append(f"{_line(key_node)}: apps.{app}: no 'image': expected {{image: {IMAGE_FORM}}}")
            else:
                problems += _unknown_keys(entry, entry_node, "image", f"apps.{app}: ", "expected only 'image'")
                image, image_node = entry["image"], _children(entry, entry_node)["image"][1]
                if problem := _image_problem(image):
                    problems.append(f"{_line(image_node)}: apps.{app}.image: {problem}")
                else:
                    images[app] = image
        _refuse(source, problems)
        return cls(environment, images)

    @classmethod
    def load(cls, directory: str | pathlib.Path, environment: str) -> ReleasePins:
        path = pathlib.Path(directory) / f"{environment}.yaml"
        return cls.parse(read_pin_file(path, environment), environment=environment, source=str(path))

    def image(self, app: str) -> str:
        try:
            return self.images[app]
        except KeyError:
            raise ReleaseFileError(f"releases/{self.environment}.yaml: no pin for app '{app}'") from None


def _image_problem(image: object) -> str | None:
    """What is wrong with a pinned image, or None."""
    digest = image.partition("@")[2] if isinstance(image, str) else ""
    if digest and not is_digest(digest):
        return f"malformed digest {shown(digest)} in {shown(image)}: expected {DIGEST_RULE}"
    if not isinstance(image, str) or ImageRef.parse(image) is None:
        return f"{shown(image)} is not an image reference '{IMAGE_FORM}'"
    return None


@dataclass(frozen=True, slots=True)
class RepositoryTable:
    """`releases/repositories.yaml`: the repository each environment pulls each app from, for every environment.

    The platform repository's synth derives it (from its catalogue and the AWS CDK app's config) and commits it
    beside the pin files; the release CLI reads it, so the library needs none of that repository's code.
    """

    source: str
    environments: Mapping[str, Mapping[str, str]]
    lines: Mapping[str, int]
    """The line of each environment's key, for messages."""

    @classmethod
    def parse(cls, text: str, *, source: str = "<text>") -> RepositoryTable:
        data, root = _document(text, source, _REPOSITORIES)
        envs, envs_node = _section(data, root, "environments", source,
                                   "a mapping with an 'environments' mapping of environment to {app: repository}")
        problems = _unknown_keys(data, root, "environments", "", "expected only 'environments'")
        table: dict[str, dict[str, str]] = {}
        lines: dict[str, int] = {}
        for env, (key_node, apps_node) in _children(envs, envs_node).items():
            apps = envs[env]
            if env not in ENVIRONMENT_NAMES:
                problems.append(f"{_line(key_node)}: environments: unknown environment {shown(env)}: "
                                f"expected one of {', '.join(ENVIRONMENT_NAMES)}")
            elif not isinstance(apps, dict):
                problems.append(f"{_line(apps_node)}: environments.{env}: {shown(apps)} is not a mapping of app name to repository")
            else:
                table[env], lines[env] = {}, _line(key_node)
                for app, (app_node, repo_node) in _children(apps, apps_node).items():
                    repository = apps[app]
                    ref = ImageRef.parse(repository)
                    if not is_dns1123_label(app):
                        problems.append(f"{_line(app_node)}: environments.{env}: app name {shown(app)} is not a DNS-1123 label")
                    elif ref is None or ref.repository != repository:
                        problems.append(f"{_line(repo_node)}: environments.{env}.{app}: {shown(repository)} is not a "
                                        "repository (an image reference without tag or digest)")
                    else:
                        table[env][app] = repository
        if missing := [e for e in ENVIRONMENT_NAMES if e not in envs]:
            problems.append(f"{_line(envs_node)}: environments: no {', '.join(map(repr, missing))}: "
                            f"expected every environment ({', '.join(ENVIRONMENT_NAMES)})")
        _refuse(source, problems)
        return cls(source, table, lines)

    @classmethod
    def load(cls, path: str | pathlib.Path) -> RepositoryTable:
        path = pathlib.Path(path)
        return cls.parse(_read_text(path, _REPOSITORIES, "not found: the platform's synth writes it beside the pin files"),
                         source=str(path))


def read_repositories(path: str | pathlib.Path) -> dict[str, dict[str, str]]:
    """{environment: {app: repository}} from a repositories file; ReleaseFileError names the file and line of a fault."""
    return {env: dict(apps) for env, apps in RepositoryTable.load(path).environments.items()}


_HEADER_LINE = re.compile(r"^\s*(#.*)?$")


def header_of(text: str) -> str:
    """The comment block (and blank lines) a pin file starts with."""
    lines = text.splitlines(keepends=True)
    end = next((i for i, line in enumerate(lines) if not _HEADER_LINE.match(line)), len(lines))
    return "".join(lines[:end])


def with_image(text: str, app: str, image: str, *, environment: str, source: str) -> str:
    """The pin file `text` with `apps.<app>.image` set to `image`.

    Refuses a file that does not parse. The header comment is kept; the mapping below it is written in one
    canonical form (sorted keys, block style), so the Git diff of a deployment is the changed line.
    """
    ReleasePins.parse(text, environment=environment, source=source)
    data, _ = _document(text, source)
    data["apps"].setdefault(app, {})["image"] = image
    body = yaml.safe_dump(data, sort_keys=True, default_flow_style=False, width=1_000_000)
    out = header_of(text) + body
    if ReleasePins.parse(out, environment=environment, source=source).images.get(app) != image:
        raise ReleaseFileError(f"{source}: rewriting apps.{app}.image did not give {shown(image)}")  # a bug, never a user error
    return out


def write_atomic(path: pathlib.Path, text: str) -> None:
    """Replace `path` with `text` in one rename, so a reader never sees half a pin file."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
