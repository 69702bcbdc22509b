"""Reading the YAML files people edit by hand (the catalogue, pin files) so that they read as they review.

Refused, with the file and the line: anchors and aliases (a few hundred bytes of them expand to gigabytes), merge
keys and duplicate keys (the reader takes the last value, a reviewer reads the first), and nesting deeper than the
file needs. Every value keeps its line, so an error names where to fix it.
"""
from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import yaml


class StrictYamlError(ValueError):
    """`source:line: problem`, one line; nothing else is said about the file."""


class _Refused(Exception):
    def __init__(self, mark: yaml.Mark, message: str):
        super().__init__(message)
        self.line = mark.line + 1


def _shown(value: object, limit: int = 500) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "..."


class _Loader(yaml.SafeLoader):
    def __init__(self, text: str, what: str, max_depth: int):
        super().__init__(text)
        self.what, self.max_depth, self.depth = what, max_depth, 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            sigil = "*" if isinstance(event, yaml.AliasEvent) else "&"
            raise _Refused(event.start_mark, f"anchors and aliases ({_shown(sigil + str(event.anchor))}) are not allowed in {self.what}")
        if self.depth >= self.max_depth:
            raise _Refused(event.start_mark, f"nested deeper than {self.what} needs (at most {self.max_depth} levels)")
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        first: dict[Hashable, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _Refused(key_node.start_mark, f"merge keys ('<<') are not allowed in {self.what}")
            key = self.construct_object(key_node, deep=deep)  # cached: the base class constructs it only once
            if isinstance(key, Hashable) and key in first:
                raise _Refused(key_node.start_mark, f"duplicate key {_shown(key)} (first on line {first[key]}): "
                                                    "a reviewer reads the first, the reader takes the last")
            if isinstance(key, Hashable):
                first[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)


def _yaml_error(e: yaml.YAMLError, text: str) -> tuple[int, str]:
    """`e` as a line number and one line of text (PyYAML's own message spans several and names neither)."""
    if isinstance(e, yaml.MarkedYAMLError):
        mark = e.problem_mark or e.context_mark
        context = f" ({e.context} on line {e.context_mark.line + 1})" if e.context and e.context_mark else ""
        return (mark.line + 1 if mark else 1), f"not valid YAML: {e.problem}{context}"[:500]
    if isinstance(e, yaml.reader.ReaderError):
        return text.count("\n", 0, e.position) + 1, f"not valid YAML: {str(e).splitlines()[0]}"
    return 1, f"not valid YAML: {e}"[:500]


def document(text: str, source: str, *, what: str, max_depth: int = 8) -> tuple[Any, yaml.Node | None]:
    """The one YAML document in `text` and its node tree (None for an empty text); raises StrictYamlError naming
    `source` and the line."""
    loader = None
    try:
        loader = _Loader(text, what, max_depth)  # checks the characters: can raise too
        root = loader.get_single_node()
        return (loader.construct_document(root) if root is not None else None), root
    except _Refused as e:
        raise StrictYamlError(f"{source}:{e.line}: {e}") from None
    except yaml.YAMLError as e:
        line, problem = _yaml_error(e, text)
        raise StrictYamlError(f"{source}:{line}: {problem}") from None
    finally:
        if loader is not None:
            loader.dispose()


def load(text: str, source: str, *, what: str, max_depth: int = 8) -> tuple[Any, dict[tuple, int]]:
    """The one YAML document in `text`, and the line of every key and item in it by path (('teams', 'shop'): 3).

    Raises StrictYamlError naming `source` and the line.
    """
    data, root = document(text, source, what=what, max_depth=max_depth)
    if root is None:
        return None, {}
    lines: dict[tuple, int] = {(): root.start_mark.line + 1}

    def walk(value: Any, node: yaml.Node, path: tuple) -> None:
        # Keys and node pairs are one to one: duplicates and merge keys were refused above.
        if isinstance(value, dict) and isinstance(node, yaml.MappingNode):
            for key, (key_node, child) in zip(value, node.value, strict=True):
                lines[(*path, key)] = key_node.start_mark.line + 1
                walk(value[key], child, (*path, key))
        elif isinstance(value, list) and isinstance(node, yaml.SequenceNode):
            for i, (item, child) in enumerate(zip(value, node.value, strict=True)):
                lines[(*path, i)] = child.start_mark.line + 1
                walk(item, child, (*path, i))

    walk(data, root, ())
    return data, lines
