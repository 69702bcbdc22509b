"""`python -m platform_constructs release ...`: record and promote the image each environment runs.

    release set --env dev --app demo-api --image <repository>[:tag]@sha256:<64 hex>
    release promote --from dev --to stage --app demo-api [--digest sha256:<64 hex>]

`set` records a newly built image in the first environment (dev); every later environment gets images only
through `promote`, which copies exactly what the previous environment runs. The repository each environment pulls
each app from is listed in `releases/repositories.yaml` (the platform's synth writes it from its catalogue): on a
platform with one shared registry it is the same for every environment, and promotion moves only the pin; where
they differ (a registry per environment, filled by replication) `promote` keeps digest and tag and swaps the
repository for the target's. A release tag's run passes `--digest`, the digest built and signed from the tagged
commit, so it promotes that image or nothing.

Only `releases/<env>.yaml` is rewritten, and only when every check passes. Exit status: 0 done (or nothing to
change), 1 refused, 2 bad usage.
"""
from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import pathlib
import sys
from collections.abc import Iterator, Sequence

from ._k8s import ImageRef, is_digest
from .releases import (
    DIGEST_RULE,
    REPOSITORIES_FILE,
    ReleaseFileError,
    ReleasePins,
    RepositoryTable,
    read_pin_file,
    shown,
    with_image,
    write_atomic,
)
from .settings import ENVIRONMENT_NAMES, environment


class ReleaseError(Exception):
    """A refused release command; the message says why and nothing was written."""


def _env(name: str, flag: str) -> str:
    if name not in ENVIRONMENT_NAMES:
        raise ReleaseError(f"{flag}: unknown environment '{name}': expected one of {', '.join(ENVIRONMENT_NAMES)}")
    return name


def _digest(value: str, what: str) -> str:
    if not is_digest(value):
        raise ReleaseError(f"{what}: malformed digest {shown(value)}: expected {DIGEST_RULE}")
    return value


def _image(value: str, what: str) -> ImageRef:
    name, at, digest = value.partition("@")
    if at:
        _digest(digest, what)
    ref = ImageRef.parse(value)
    if ref is None:
        raise ReleaseError(f"{what}: {shown(value)} is not an image reference 'repository[:tag]@sha256:<64 hex>'")
    return ref


def _reference(repository: str, ref: ImageRef) -> str:
    return repository + (f":{ref.tag}" if ref.tag else "") + (f"@{ref.digest}" if ref.digest else "")


def _is_file_at(fd: int, path: pathlib.Path) -> bool:
    """Whether the open file `fd` is still the file at `path` (not replaced or removed since it was opened)."""
    try:
        current = os.stat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (opened.st_dev, opened.st_ino) == (current.st_dev, current.st_ino)


class Releases:
    """The pin files of one repository and the registry each environment pulls from (its repositories file)."""

    def __init__(self, directory: pathlib.Path):
        self.directory = directory
        self._table: RepositoryTable | None = None

    def path(self, env: str) -> pathlib.Path:
        return self.directory / f"{env}.yaml"

    def read(self, env: str) -> tuple[str, ReleasePins]:
        path = self.path(env)
        try:
            text = read_pin_file(path, env)
            return text, ReleasePins.parse(text, environment=env, source=str(path))
        except ReleaseFileError as e:
            raise ReleaseError(f"{e}\nnothing was changed: fix the pin file first") from None

    @contextlib.contextmanager
    def locked(self, env: str) -> Iterator[None]:
        """Hold `env`'s pin file exclusively: two writers each read, change and write it in turn, none loses the
        other's change. The lock is on the pin file itself (nothing is left beside it). A writer replaces the file
        by a rename, so a lock granted after a wait may be on a file that is gone: lock the new one then."""
        path = self.path(env)
        while True:
            try:
                fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # NONBLOCK: a FIFO must not hang us (read refuses it)
            except OSError as e:
                self.read(env)  # says what is wrong with the file: missing, unreadable
                raise ReleaseError(f"{path}: cannot open the pin file to lock it: {e.strerror}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                if _is_file_at(fd, path):
                    yield
                    return
            finally:
                os.close(fd)  # releases the lock

    def table(self) -> RepositoryTable:
        """The repositories file, read once."""
        if self._table is None:
            try:
                self._table = RepositoryTable.load(self.directory / REPOSITORIES_FILE)
            except ReleaseFileError as e:
                raise ReleaseError(f"{e}\nnothing was changed: the platform's synth (`make synth`) writes this file; "
                                   "run it rather than editing the file") from None
        return self._table

    def repository(self, env: str, app: str) -> str:
        """The repository `env` pulls `app` from; an app without one is not an app the platform runs."""
        table = self.table()
        known = table.environments[env]  # the table has every environment
        if app not in known:
            raise ReleaseError(f"--app: the platform runs no app {shown(app)} in {env} ({table.source}:{table.lines[env]}: "
                               f"{env} pulls {', '.join(sorted(known)) or 'no apps'}; a new app is added to the "
                               "platform's catalogue, and the synth writes its repository here)")
        return known[app]

    def check_registry(self, env: str, app: str, ref: ImageRef, what: str) -> None:
        expected = self.repository(env, app)
        if ref.repository != expected:
            raise ReleaseError(f"{what}: {shown(ref.repository)} is not {env}'s repository for '{app}': {env} pulls from {expected}")

    def write(self, env: str, text: str, app: str, image: str) -> list[str]:
        """Pin `image` for `app` in `env`; returns the report lines (what changed, or that nothing did)."""
        path = self.path(env)
        old = ReleasePins.parse(text, environment=env, source=str(path)).images.get(app)
        if old == image:
            return [f"releases/{path.name}: apps.{app}.image already {image}; nothing to change"]
        try:
            write_atomic(path, with_image(text, app, image, environment=env, source=str(path)))
        except OSError as e:
            raise ReleaseError(f"{path}: cannot write the pin file: {e.strerror or e}; it is unchanged") from None
        return [f"releases/{path.name}:", f"- apps.{app}.image: {old or '(none)'}", f"+ apps.{app}.image: {image}"]


def release_set(releases: Releases, *, env: str, app: str, image: str) -> list[str]:
    first = ENVIRONMENT_NAMES[0]
    if _env(env, "--env") != first:
        raise ReleaseError(f"--env: set records new builds in {first} only; "
                           f"{', '.join(ENVIRONMENT_NAMES[1:])} get images through `release promote`")
    ref = _image(image, "--image")
    if ref.digest is None:
        raise ReleaseError(f"--image: {shown(image)} has no digest: record the pushed image by digest (repository@sha256:...)")
    releases.check_registry(env, app, ref, "--image")
    with releases.locked(env):
        text, _ = releases.read(env)
        return [f"set {app} in {env}"] + releases.write(env, text, app, image)


def release_promote(releases: Releases, *, source: str, target: str, app: str, digest: str | None = None) -> list[str]:
    _env(source, "--from")
    _env(target, "--to")
    step = ENVIRONMENT_NAMES.index(source) + 1
    if step >= len(ENVIRONMENT_NAMES) or ENVIRONMENT_NAMES[step] != target:
        raise ReleaseError(f"--to: cannot promote {source} to {target}: promotion goes one step at a time, "
                           f"{' -> '.join(ENVIRONMENT_NAMES)}")
    if digest is not None:
        _digest(digest, "--digest")
    with releases.locked(target):
        return _promote(releases, source=source, target=target, app=app, digest=digest)


def _promote(releases: Releases, *, source: str, target: str, app: str, digest: str | None) -> list[str]:
    _, source_pins = releases.read(source)
    target_text, _ = releases.read(target)  # refuse before anything else if the target does not parse
    running = source_pins.images.get(app)
    if running is None:
        raise ReleaseError(f"releases/{source}.yaml: {source} runs no {shown(app)}: nothing to promote")
    ref = _image(running, f"releases/{source}.yaml: apps.{app}.image")
    if digest is not None and ref.digest != digest:
        raise ReleaseError(f"--digest: {source} does not run {app}@{digest}: it runs {running}")
    if ref.digest is None and environment(target).require_image_digest:
        raise ReleaseError(f"releases/{source}.yaml: apps.{app}.image '{running}' is a tag without a digest: "
                           f"{target} runs images pinned by digest only")
    releases.check_registry(source, app, ref, f"releases/{source}.yaml: apps.{app}.image")
    image = _reference(releases.repository(target, app), ref)
    return [f"promote {app} from {source} to {target}"] + releases.write(target, target_text, app, image)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m platform_constructs", description="Platform tooling.")
    commands = top.add_subparsers(dest="command", required=True)
    release = commands.add_parser("release", help="record and promote image pins (releases/<env>.yaml)",
                                  description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = release.add_subparsers(dest="action", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--app", required=True, help="the app's name, a key under `apps:` in the pin files")
    common.add_argument("--repo-root", type=pathlib.Path, default=pathlib.Path.cwd(),
                        help=f"the platform repository (holds releases/: the pin files and {REPOSITORIES_FILE}); "
                             "default: the current directory")
    set_ = actions.add_parser("set", parents=[common], help="record a newly built image for dev, by digest")
    set_.add_argument("--env", required=True, help=f"the environment ({ENVIRONMENT_NAMES[0]})")
    set_.add_argument("--image", required=True, help="repository[:tag]@sha256:<64 hex>, from the environment's registry")
    promote = actions.add_parser("promote", parents=[common], help="copy what one environment runs to the next")
    promote.add_argument("--from", dest="source", required=True, help="the environment to copy from")
    promote.add_argument("--to", dest="target", required=True, help="the next environment")
    promote.add_argument("--digest", help="refuse unless the source environment runs exactly this digest (a release "
                         "tag's run gives the digest built and signed from its commit)")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command: 0 done, 1 refused (the reason on stderr, nothing written), 2 bad usage (argparse exits)."""
    args = parser().parse_args(argv)
    try:
        releases = Releases(args.repo_root.resolve() / "releases")
        if args.action == "set":
            lines = release_set(releases, env=args.env, app=args.app, image=args.image)
        else:
            lines = release_promote(releases, source=args.source, target=args.target, app=args.app, digest=args.digest)
    except ReleaseError as e:
        print(f"release {args.action}: error: {e}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0
