"""`graph.identity.Places` over the gazetteer look-ups of `loaders.gazetteer` (pure, in memory)."""

from __future__ import annotations

from functools import lru_cache

from graph.identity import Place
from loaders import gazetteer as gz


def _place(unit: gz.Unit | None) -> Place | None:
    if unit is None:
        return None
    return Place(uid=unit.uid, level=unit.level, kind=unit.kind, name=unit.name, short_name=unit.short_name)


def _unit(uid: str) -> gz.Unit | None:
    u = gz.UnitUid.parse(uid)
    return gz.get(u.code, u.level, u.era) if u.era in gz.ERAS and u.level in gz.LEVELS else None


class GazetteerPlaces:
    """Refuses to guess: a name that fits several units of a level is not found."""

    @lru_cache(maxsize=4096)  # noqa: B019 - one instance per process, names repeat across documents
    def find(self, name: str, level: str, within: str | None, era: str) -> Place | None:
        up = _unit(within) if within else None
        prov = up.province_code if up is not None else None
        if level == "province":
            return _place(gz.find_province(name, era))
        if level == "district":
            hits = gz.find_districts(name, prov, era)
        else:
            dist = up.code if up is not None and up.level == "district" else None
            hits = gz.find_communes(name, dist, prov, era)
        return _place(hits[0]) if len(hits) == 1 else None

    def parent(self, uid: str) -> Place | None:
        unit = _unit(uid)
        return _place(gz.parent(unit)) if unit is not None else None

    def get(self, uid: str) -> Place | None:
        return _place(_unit(uid))


@lru_cache(maxsize=1)
def default_places() -> GazetteerPlaces:
    return GazetteerPlaces()
