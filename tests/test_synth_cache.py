"""The synth cache (platform_constructs.cache, main.synth(cache=...)): a synth that reuses parts gives the tree a cold
synth gives, byte for byte, and a part is reused only while everything it is made from is unchanged."""
from __future__ import annotations

import dataclasses
import enum
import os
import subprocess
import sys

import pytest
from support import ROOT

import main
from platform_constructs.cache import Part, RenderCache, canonical
from platform_constructs.output import OutputError


def cache_in(tmp_path, code: str = "code-1") -> RenderCache:
    return RenderCache(tmp_path / "cache", code)


def with_port(catalogue, service: str, port: int):
    return dataclasses.replace(catalogue, services=tuple(
        dataclasses.replace(s, port=port) if s.name == service else s for s in catalogue.services))


@pytest.fixture(scope="module")
def catalogue():
    return main.load_catalogue(main.CATALOGUE)


@pytest.fixture(scope="module")
def cold(catalogue):
    """The tree without a cache, for the catalogue with demo-api's port changed: what every cached synth must give."""
    return main.synth(catalogue=with_port(catalogue, "demo-api", 8081))


def test_a_changed_service_is_rendered_again_and_the_rest_reused_giving_the_cold_tree(tmp_path, catalogue, cold):
    cache = cache_in(tmp_path)
    first = main.synth(catalogue=catalogue, cache=cache)
    parts = cache.misses
    assert cache.hits == 0 and parts >= 9, "the first synth renders every part (shared, teams, services per environment)"
    assert first == main.synth(catalogue=catalogue), "a synth that fills the cache gives the tree a cold one gives"

    cache = cache_in(tmp_path)
    second = main.synth(catalogue=with_port(catalogue, "demo-api", 8081), cache=cache)
    assert second == cold, "reusing parts gives the cold synth's tree, byte for byte"
    assert second != first, "the change reaches the tree"
    released = sum(any(s.name == "demo-api" for s in main.released(catalogue, main.ReleasePins.load(ROOT / "releases", e)))
                   for e in ("dev", "stage", "prod"))
    assert (cache.hits, cache.misses) == (parts - released, released), "only demo-api's part in each environment is new"


def test_parts_rendered_in_worker_processes_are_cached_like_the_others(tmp_path, catalogue, cold, monkeypatch):
    monkeypatch.setenv("PLATFORM_SYNTH_JOBS", "3")
    main.synth(catalogue=catalogue, cache=cache_in(tmp_path))
    cache = cache_in(tmp_path)
    assert main.synth(catalogue=with_port(catalogue, "demo-api", 8081), cache=cache) == cold
    assert cache.hits > 0


def test_other_code_reuses_nothing(tmp_path, catalogue):
    main.synth(catalogue=catalogue, cache=cache_in(tmp_path, "code-1"))
    cache = cache_in(tmp_path, "code-2")
    main.synth(catalogue=catalogue, cache=cache)
    assert cache.hits == 0


def test_the_code_version_covers_the_library_its_bindings_scripts_and_the_aws_settings():
    names = {p.relative_to(ROOT).as_posix() for p in main.sources()}
    assert {"main.py", "platform_constructs/secure_app.py", "cdk/platform_infra/values.py"} <= names
    assert any(n.startswith("imports/") for n in names), "the generated CRD bindings render objects too"
    assert any(n.startswith("platform_constructs/scripts/") for n in names), "embedded scripts are output"
    assert not any("__pycache__" in n for n in names)


def test_an_entry_that_cannot_be_read_back_whole_is_rendered_again(tmp_path, catalogue):
    expected = main.synth(catalogue=catalogue, cache=cache_in(tmp_path))
    entries = sorted((tmp_path / "cache").glob("*.json"))
    entries[0].write_text(entries[0].read_text()[:100])  # cut short, as by a full disk
    entries[1].write_text(entries[2].read_text())  # another key's entry under this name
    cache = cache_in(tmp_path)
    assert main.synth(catalogue=catalogue, cache=cache) == expected
    assert cache.misses == 2


def test_entries_no_run_uses_are_pruned(tmp_path, catalogue):
    cache = cache_in(tmp_path)
    cache.put("0" * 64, Part({"x.yaml": {}}, {"x.yaml": "{}\n"}))
    main.synth(catalogue=catalogue, cache=cache)
    assert not (tmp_path / "cache" / f"{'0' * 64}.json").exists()
    assert len(list((tmp_path / "cache").iterdir())) == cache.misses


class Colour(enum.Enum):
    RED = "red"


@dataclasses.dataclass(frozen=True)
class Hidden:
    shown: int
    hidden: int = dataclasses.field(default=0, repr=False)


def test_the_key_tells_apart_values_that_print_alike(tmp_path):
    key = cache_in(tmp_path)
    values = [1, True, 1.0, "1", Colour.RED, "red", (1,), [1], {"a": 1}, {("a", 1)}, Hidden(1, 0), Hidden(1, 2), None]
    keys = [key.key(v) for v in values]
    assert len(set(keys)) == len(values), "equal-looking values of other types or fields are other keys"
    assert key.key({"a": 1, "b": 2}) == key.key({"b": 2, "a": 1}), "a mapping's order is not part of it"


def test_the_key_refuses_a_type_it_cannot_see_into():
    with pytest.raises(TypeError, match="the synth cache cannot key on a builtins.object"):
        canonical(object())


def test_two_parts_rendering_one_file_differently_are_refused_naming_both():
    a, b = (Part({"platform/dev/x.yaml": {"n": n}}, {"platform/dev/x.yaml": f"n: {n}\n"}) for n in (1, 2))
    assert main.merge({("dev", "service/a"): a, ("dev", "service/b"): a}).files == a.files, "one object both share"
    with pytest.raises(OutputError, match=r"two objects render to 'platform/dev/x.yaml': the shared platform of dev "
                                          r"and service 'ledger' in dev both make it, differently"):
        main.merge({("dev", ""): a, ("dev", "service/ledger"): b})


def run_main(tmp_path, **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py"], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PLATFORM_DIST": str(tmp_path / "dist"), **env})


def test_main_says_what_it_reused_and_a_cache_can_be_turned_off(tmp_path):
    cache = tmp_path / "cache"
    assert "reused 0 of" in run_main(tmp_path, PLATFORM_SYNTH_CACHE=str(cache)).stdout
    again = run_main(tmp_path, PLATFORM_SYNTH_CACHE=str(cache)).stdout
    parts = len(list(cache.glob("*.json")))
    assert f"reused {parts} of {parts} parts from {cache}" in again
    off = run_main(tmp_path, PLATFORM_SYNTH_CACHE="off")
    assert off.returncode == 0 and "parts from" not in off.stdout


def test_an_empty_cache_setting_is_refused_before_anything_is_written(tmp_path):
    proc = run_main(tmp_path, PLATFORM_SYNTH_CACHE=" ")
    assert proc.returncode == 1 and not (tmp_path / "dist").exists()
    assert proc.stderr == ("synth failed: PLATFORM_SYNTH_CACHE ' ' is not allowed: unset it for "
                           f"{ROOT / 'build' / 'synth-cache'}, give a folder, or 'off' to render every service afresh\n")
