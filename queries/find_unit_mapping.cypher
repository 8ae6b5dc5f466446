// find_unit_mapping: for each unit, the units of the other era it maps to across 1 July 2025 (BECAME).
// params: uids
// columns: uid, mapped
// A legacy district has no successor of its own (districts were abolished): its communes' successors are
// its mapping. BECAME is followed both ways, so 2025 units list the legacy units they came from.
UNWIND $uids AS uid
MATCH (u:AdminUnit {uid: uid})
OPTIONAL MATCH (x:AdminUnit)-[:PART_OF*0..1]->(u) WHERE x.level <> 'district' OR x = u
OPTIONAL MATCH (x)-[:BECAME]-(y:AdminUnit) WHERE y.era <> u.era
WITH u, y ORDER BY y.code
RETURN u.uid AS uid, [v IN collect(DISTINCT y) | v {.uid, .name, .short_name, .level, .era}] AS mapped
