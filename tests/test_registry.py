"""Speaker registry files: clear errors for bad files, extending or replacing the default, and a
user registry picked up by ``nlpclaims.load(speakers=...)``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nlpclaims
from nlpclaims import RegistryError, SpeakerRegistry
from nlpclaims.schema import Speaker

MACRON_TEXT = "Macron zei dat Europa meer moet doen. „We staan klaar”, zei Zelensky."


def write(tmp_path: Path, data, name: str = "speakers.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_missing_name_names_file_and_entry(tmp_path: Path) -> None:
    path = write(tmp_path, {"speakers": [{"id": "kallas", "name": "Kaja Kallas"}, {"id": "tusk", "kind": "person"}]})
    with pytest.raises(RegistryError) as info:
        SpeakerRegistry.from_file(path)
    message = str(info.value)
    assert str(path) in message
    assert "entry 1" in message and "tusk" in message and "name" in message


def test_empty_name_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, {"speakers": [{"id": "tusk", "name": ""}]})
    with pytest.raises(RegistryError, match="tusk"):
        SpeakerRegistry.from_file(path)


def test_duplicate_id_names_file_and_entry(tmp_path: Path) -> None:
    path = write(tmp_path, {"speakers": [{"id": "tusk", "name": "Donald Tusk"}, {"id": "kallas", "name": "Kaja Kallas"},
                                         {"id": "tusk", "name": "D. Tusk"}]})
    with pytest.raises(RegistryError) as info:
        SpeakerRegistry.from_file(path)
    message = str(info.value)
    assert str(path) in message and "duplicate" in message and "'tusk'" in message and "entry 2" in message


@pytest.mark.parametrize("data", ['{"speakers": [', "", "not json", '{"speakers": [{"id": "a", "name": "A"},]}'])
def test_invalid_json_names_the_file(tmp_path: Path, data: str) -> None:
    path = write(tmp_path, data)
    with pytest.raises(RegistryError) as info:
        SpeakerRegistry.from_file(path)
    assert str(path) in str(info.value) and "JSON" in str(info.value)


@pytest.mark.parametrize("entry, field", [
    ({"id": "x", "name": "X", "kind": "alien"}, "kind"),
    ({"id": "x", "name": "X", "roles": [{"title": "premier", "start": "gisteren"}]}, "roles"),
    ({"id": "x", "name": "X", "unknown_field": 1}, "unknown_field"),
    ({"id": "", "name": "X"}, "id"),
])
def test_invalid_fields_name_entry_and_field(tmp_path: Path, entry: dict, field: str) -> None:
    path = write(tmp_path, {"speakers": [entry]})
    with pytest.raises(RegistryError) as info:
        SpeakerRegistry.from_file(path)
    message = str(info.value)
    assert str(path) in message and "entry 0" in message and field in message


def test_not_utf8_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.json"
    bad.write_bytes('{"speakers": [{"id": "e", "name": "Émile"}]}'.encode("latin-1"))
    with pytest.raises(RegistryError, match="latin1.json"):
        SpeakerRegistry.from_file(bad)
    with pytest.raises(RegistryError, match="nope.json"):
        SpeakerRegistry.from_file(tmp_path / "nope.json")
    with pytest.raises(RegistryError, match="nope.json"):
        SpeakerRegistry.load(tmp_path / "nope.json")


def test_registry_error_is_a_value_error() -> None:
    assert issubclass(RegistryError, ValueError)


def test_user_registry_extends_the_default(tmp_path: Path) -> None:
    path = write(tmp_path, [{"id": "kallas", "name": "Kaja Kallas", "tracked": True}])  # a bare list is accepted
    registry = SpeakerRegistry.load(path)
    assert "kallas" in registry and "poetin" in registry
    assert len(registry) == len(SpeakerRegistry.default()) + 1


def test_user_registry_replaces_an_entry_with_the_same_id(tmp_path: Path) -> None:
    path = write(tmp_path, {"speakers": [{"id": "poetin", "name": "Vladimir Poetin", "aliases": ["Poetin"],
                                          "tracked": False}]})
    registry = SpeakerRegistry.load(path)
    assert registry.get("poetin").tracked is False
    assert len(registry) == len(SpeakerRegistry.default())


def test_user_registry_replaces_the_default(tmp_path: Path) -> None:
    path = write(tmp_path, {"speakers": [{"id": "kallas", "name": "Kaja Kallas", "tracked": True}]})
    registry = SpeakerRegistry.load(path, extend=False)
    assert [s.id for s in registry] == ["kallas"]


def test_registry_round_trips_through_json() -> None:
    default = SpeakerRegistry.default()
    again = SpeakerRegistry.from_json(default.to_json())
    assert [s.model_dump() for s in again] == [s.model_dump() for s in default]


def test_load_with_speakers_tracks_a_new_speaker(nlp, tmp_path: Path) -> None:
    base = nlpclaims.extract(MACRON_TEXT, nlp=nlp)
    assert not any(m.speaker == "macron" for m in base.mentions)  # Macron is known, not tracked
    path = write(tmp_path, {"speakers": [{"id": "macron", "name": "Emmanuel Macron", "aliases": ["Macron"],
                                          "kind": "person", "tracked": True, "gender": "m"}]})
    tracked = nlpclaims.load(nlp, speakers=path)  # the session pipeline with a user registry
    try:
        result = nlpclaims.extract(MACRON_TEXT, nlp=tracked)
        macron = [m for m in result.mentions if m.speaker == "macron"]
        assert [(m.text, m.start) for m in macron] == [("Macron", 0)]
        assert any(m.speaker == "zelensky" for m in result.mentions)  # extended, not replaced
        assert result.speakers["macron"].tracked
        assert [c.speaker for c in result.claims] == ["macron", "zelensky"]
    finally:
        nlp.get_pipe("nlpclaims_speakers").set_registry(SpeakerRegistry.default())


def test_load_with_replacing_registry(nlp, tmp_path: Path) -> None:
    path = write(tmp_path, {"speakers": [{"id": "kallas", "name": "Kaja Kallas", "tracked": True, "gender": "f"}]})
    replaced = nlpclaims.load(nlp, speakers=path, extend_speakers=False)
    try:
        result = nlpclaims.extract("Kallas zei dat Europa klaarstaat. Zelensky was er ook.", nlp=replaced)
        assert {m.speaker for m in result.mentions} == {"kallas"}
        assert [c.speaker for c in result.claims] == ["kallas"]
    finally:
        nlp.get_pipe("nlpclaims_speakers").set_registry(SpeakerRegistry.default())


def test_speakers_as_objects(nlp) -> None:
    extra = [Speaker(id="kallas", name="Kaja Kallas", tracked=True)]
    loaded = nlpclaims.load(nlp, speakers=extra)
    try:
        result = nlpclaims.extract("Kaja Kallas zei dat Europa klaarstaat.", nlp=loaded)
        assert [(m.text, m.speaker) for m in result.mentions] == [("Kaja Kallas", "kallas")]
    finally:
        nlp.get_pipe("nlpclaims_speakers").set_registry(SpeakerRegistry.default())
