// find_child_units: the units directly below one unit, in its era (a drill-down of coverage).
// params: unit
// columns: uid, code, name, short_name, kind, level
MATCH (c:AdminUnit)-[:PART_OF]->(u:AdminUnit {uid: $unit})
RETURN c.uid AS uid, c.code AS code, c.name AS name, c.short_name AS short_name, c.kind AS kind, c.level AS level
ORDER BY c.code, c.uid
