"""Release pins: which image each app runs in each environment, kept in `releases/<env>.yaml`.

CI rewrites these files (a reviewed Git diff per deployment); the app reads them. Constructs never do.
"""
from __future__ import annotations

import pathlib
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
