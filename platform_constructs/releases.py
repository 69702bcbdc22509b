"""Release pins: which image each app runs in each environment, kept in `releases/<env>.yaml`.

CI rewrites these files (a reviewed Git diff per deployment); the app reads them. Constructs never do.
"""
from __future__ import annotations

import os
import pathlib
import re
from collections.abc import Mapping
from dataclasses import dataclass

import yaml

from ._k8s import ImageRef, is_dns1123_label


class ReleaseFileError(ValueError):
    """A pin file that does not parse or breaks the pin rules."""


@dataclass(frozen=True, slots=True)
class ReleasePins:
    """The images pinned for one environment, by app name."""

    environment: str
    images: Mapping[str, str]

    @classmethod
    def parse(cls, text: str, *, environment: str, source: str = "<text>") -> ReleasePins:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as e:
            raise ReleaseFileError(f"{source}: not valid YAML: {e}") from None
        if not isinstance(data, dict) or not isinstance(data.get("apps"), dict):
            raise ReleaseFileError(f"{source}: expected a mapping with an 'apps' mapping of app name to {{image: ...}}")
        images: dict[str, str] = {}
        problems = []
        for app, entry in data["apps"].items():
            image = entry.get("image") if isinstance(entry, dict) else None
            if not is_dns1123_label(app):
                problems.append(f"apps.{app}: app name {app!r} is not a DNS-1123 label")
            elif not isinstance(image, str) or ImageRef.parse(image) is None:
                problems.append(f"apps.{app}.image: {image!r} is not an image reference")
            else:
                images[app] = image
        if problems:
            raise ReleaseFileError(f"{source}:\n" + "\n".join(f"  - {p}" for p in problems))
        return cls(environment, images)

    @classmethod
    def load(cls, directory: str | pathlib.Path, environment: str) -> ReleasePins:
        path = pathlib.Path(directory) / f"{environment}.yaml"
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ReleaseFileError(f"{path}: no release pin file for environment '{environment}'") from None
        return cls.parse(text, environment=environment, source=str(path))

    def image(self, app: str) -> str:
        try:
            return self.images[app]
        except KeyError:
            raise ReleaseFileError(f"releases/{self.environment}.yaml: no pin for app '{app}'") from None


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
    data = yaml.safe_load(text)
    data["apps"].setdefault(app, {})["image"] = image
    body = yaml.safe_dump(data, sort_keys=True, default_flow_style=False, width=1_000_000)
    out = header_of(text) + body
    if ReleasePins.parse(out, environment=environment, source=source).images.get(app) != image:
        raise ReleaseFileError(f"{source}: rewriting apps.{app}.image did not give {image!r}")  # a bug, never a user error
    return out


def write_atomic(path: pathlib.Path, text: str) -> None:
    """Replace `path` with `text` in one rename, so a reader never sees half a pin file."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
