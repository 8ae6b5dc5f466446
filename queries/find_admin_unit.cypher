// find_admin_unit: one administrative unit with the units above it (empty when the uid is unknown).
// params: uid
// columns: uid, code, name, short_name, kind, level, era, parents
MATCH (u:AdminUnit {uid: $uid})
RETURN u.uid AS uid, u.code AS code, u.name AS name, u.short_name AS short_name, u.kind AS kind,
       u.level AS level, u.era AS era,
       COLLECT { MATCH (u)-[:PART_OF*1..3]->(p:AdminUnit) RETURN p {.uid, .name, .short_name, .level} } AS parents
