"""The gazetteer cache detects damage (size + CRC-32 in each file's manifest) and rebuilds itself."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from geodata import gazetteer as gz
from geodata.gazetteer import Gazetteer


def _copy_cache(gazetteer: Gazetteer, tmp_path: Path) -> Path:
    """A private copy of the session's built cache under ``tmp_path/gazetteer`` (home = tmp_path)."""
    target = tmp_path / "gazetteer"
    target.mkdir()
    for name in (gz._CACHE_FILE, gz._FUZZY_FILE):
        shutil.copy2(gazetteer._cache_dir / name, target / name)
    return target


def _payload_start(path: Path) -> int:
    import pickle

    with path.open("rb") as fh:
        pickle.load(fh)
        return fh.tell()


def _flip_byte(path: Path, at: int) -> None:
    with path.open("r+b") as fh:
        fh.seek(at)
        byte = fh.read(1)
        fh.seek(at)
        fh.write(bytes([byte[0] ^ 0x5A]))


def test_damage_is_detected_without_rebuilding(gazetteer, tmp_path):
    cache = _copy_cache(gazetteer, tmp_path)
    main, fuzzy = cache / gz._CACHE_FILE, cache / gz._FUZZY_FILE
    meta, data = gz._load_checked(main, gazetteer.version)
    assert meta["payload_bytes"] == main.stat().st_size - _payload_start(main)
    assert data["lat"].shape == gazetteer._lat.shape
    start = _payload_start(main)
    _flip_byte(main, start + (main.stat().st_size - start) // 2)  # inside the coordinate arrays
    with pytest.raises(gz._DamagedCache, match="checksum"):
        gz._load_checked(main, gazetteer.version)
    with fuzzy.open("r+b") as fh:
        fh.truncate(fuzzy.stat().st_size - 1000)
    with pytest.raises(gz._DamagedCache, match="bytes where the manifest says"):
        gz._load_checked(fuzzy, gazetteer.version)
    main.write_bytes(b"\x80\x05garbage" + main.read_bytes()[9:])
    with pytest.raises(gz._DamagedCache, match="unreadable manifest"):
        gz._load_checked(main, gazetteer.version)
    assert gz._load_checked(cache / "missing.pkl", gazetteer.version) is None
    assert gz._load_checked(fuzzy, "another-version") is None  # stale, not damaged


def test_flipped_byte_and_truncated_file_are_rebuilt_with_a_warning(gazetteer, tmp_path, capsys):
    cache = _copy_cache(gazetteer, tmp_path)
    main, fuzzy = cache / gz._CACHE_FILE, cache / gz._FUZZY_FILE
    start = _payload_start(main)
    _flip_byte(main, start + (main.stat().st_size - start) // 3)
    with fuzzy.open("r+b") as fh:
        fh.truncate(fuzzy.stat().st_size // 2)
    loaded = Gazetteer.load(home=tmp_path)
    err = capsys.readouterr().err
    assert "gazetteer cache" in err and "damaged" in err and "rebuilding" in err
    assert len(err.strip().splitlines()) == 1
    assert loaded.version == gazetteer.version and len(loaded) == len(gazetteer)
    assert (loaded._lat == gazetteer._lat).all() and (loaded._lon == gazetteer._lon).all()
    bakhmut = loaded.lookup("Bakhmut", limit=1)[0]
    assert bakhmut.place_id == "gn:713174" and abs(bakhmut.lat - 48.594) < 0.01
    # the rebuilt fuzzy index answers a misspelling as the session's does
    assert [c.place_id for c in loaded.lookup("Avdiivaka", limit=3)] == [
        c.place_id for c in gazetteer.lookup("Avdiivaka", limit=3)]
    assert gz._load_checked(main, gazetteer.version) is not None
    assert gz._load_checked(fuzzy, gazetteer.version) is not None


@pytest.mark.slow
def test_fuzzy_file_damaged_after_load_is_rebuilt_on_first_fuzzy_lookup(gazetteer, tmp_path, capsys):
    cache = _copy_cache(gazetteer, tmp_path)
    loaded = Gazetteer.load(home=tmp_path)  # the fuzzy file is read lazily, on the first fuzzy lookup
    assert capsys.readouterr().err == ""
    fuzzy = cache / gz._FUZZY_FILE
    _flip_byte(fuzzy, fuzzy.stat().st_size - 100)
    hits = loaded.lookup("Avdiivaka", limit=3)
    err = capsys.readouterr().err
    assert "fuzzy.pkl is damaged (checksum mismatch)" in err
    assert [c.place_id for c in hits] == [c.place_id for c in gazetteer.lookup("Avdiivaka", limit=3)]
    assert hits and hits[0].match == "fuzzy" and hits[0].place_id == "gn:713122"
