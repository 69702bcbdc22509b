"""Small Kubernetes value checks shared by the constructs (names, quantities, images)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from cdk8s_plus_27 import k8s

_DNS1123_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?\Z", re.ASCII)
_QUANTITY = re.compile(r"^([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei|[eE][-+]?[0-9]+)?\Z", re.ASCII)
_SUFFIX = {
    None: Decimal(1), "m": Decimal("0.001"),
    "k": Decimal(10) ** 3, "M": Decimal(10) ** 6, "G": Decimal(10) ** 9,
    "T": Decimal(10) ** 12, "P": Decimal(10) ** 15, "E": Decimal(10) ** 18,
    "Ki": Decimal(2) ** 10, "Mi": Decimal(2) ** 20, "Gi": Decimal(2) ** 30,
    "Ti": Decimal(2) ** 40, "Pi": Decimal(2) ** 50, "Ei": Decimal(2) ** 60,
}
# Image references are matched whole (fullmatch) with ASCII classes: `$` also matches before a trailing newline
# and `\w` matches any Unicode letter, so 'name:1.0\n@sha256:...' or a tag in another script would pass every
# check and be carried to prod. The grammar is the OCI distribution reference; a name is at most 255 characters.
_DIGEST = re.compile(r"sha256:[a-f0-9]{64}")
_TAG = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")
_REPO = re.compile(r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::[0-9]+)?(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*")
_MAX_NAME = 255

DNS1123_RULE = "a DNS-1123 label: lower-case letters, digits and '-', starting and ending alphanumeric, at most 63 characters"


def is_dns1123_label(value: object) -> bool:
    return isinstance(value, str) and len(value) <= 63 and bool(_DNS1123_LABEL.match(value))


def parse_quantity(value: object) -> Decimal | None:
    """The numeric value of a Kubernetes quantity ('250m', '1.5', '512Mi'), or None if it is not one."""
    if not isinstance(value, str):
        return None
    m = _QUANTITY.match(value)
    if not m:
        return None
    number, suffix = m.groups()
    try:
        if suffix and suffix[0] in "eE":
            return Decimal(number) * (Decimal(10) ** int(suffix[1:]))
        return Decimal(number) * _SUFFIX[suffix]
    except InvalidOperation:
        return None


def is_digest(value: object) -> bool:
    """Whether `value` is an image digest, 'sha256:' and 64 lower-case hex digits."""
    return isinstance(value, str) and bool(_DIGEST.fullmatch(value))


@dataclass(frozen=True, slots=True)
class ImageRef:
    """A parsed container image reference: repository, optional tag, optional digest."""

    repository: str
    tag: str | None
    digest: str | None

    @classmethod
    def parse(cls, ref: str) -> ImageRef | None:
        if not isinstance(ref, str) or not ref:
            return None
        name, _, digest = ref.partition("@")
        if digest and not is_digest(digest):
            return None
        last = name.rsplit("/", 1)[-1]
        tag = None
        if ":" in last:
            name, tag = name.rsplit(":", 1)
            if not _TAG.fullmatch(tag):
                return None
        if len(name) > _MAX_NAME or not _REPO.fullmatch(name):
            return None
        return cls(name, tag, digest or None)

    @property
    def registry(self) -> str:
        first = self.repository.split("/", 1)[0]
        return first if "/" in self.repository and ("." in first or ":" in first or first == "localhost") else "docker.io"


def repository_of(ref: str) -> str:
    """The repository of an image reference ('reg:5000/app:1.0@sha256:...' -> 'reg:5000/app'); `ref` unparsed."""
    parsed = ImageRef.parse(ref)
    return parsed.repository if parsed is not None else ref


def qualified_image(ref: str) -> str:
    """`ref` with its registry spelled out: Docker Hub's implicit 'docker.io/' (and 'library/') added."""
    parsed = ImageRef.parse(ref)
    if parsed is None or parsed.registry != "docker.io" or ref.startswith("docker.io/"):
        return ref
    return f"docker.io/{'' if '/' in parsed.repository else 'library/'}{ref}"


def image_problems(ref: object, *, require_digest: bool) -> str | None:
    """Why an image reference is not an immutable, allowed reference, or None when it is fine."""
    parsed = ImageRef.parse(ref) if isinstance(ref, str) else None
    if parsed is None:
        return "a valid image reference 'registry/name:tag' or 'registry/name@sha256:<64 hex>'"
    if parsed.tag == "latest":
        return "an immutable reference: ':latest' is mutable, pin a version tag or a digest"
    if parsed.tag is None and parsed.digest is None:
        return "an immutable reference: add a version tag or a digest (an untagged image means ':latest')"
    if require_digest and parsed.digest is None:
        return "a reference pinned by digest ('name@sha256:<64 hex>'), required in this environment"
    return None


# Each `Quantity.from_string` / `IntOrString.from_*` is a round trip to the jsii kernel. The values are
# immutable, so one kernel object per distinct value serves every manifest (a large share of synth time).
@functools.cache
def quantity(value: str) -> k8s.Quantity:
    return k8s.Quantity.from_string(value)


@functools.cache
def int_or_string(value: int | str) -> k8s.IntOrString:
    return k8s.IntOrString.from_number(value) if isinstance(value, int) else k8s.IntOrString.from_string(value)
