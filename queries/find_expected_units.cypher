// find_expected_units: the administrative units one level below the issuer's unit, in one era.
// params: uid, era
// columns: uid, code, name, short_name, kind, level
// The issuer's unit is mapped to the era through BECAME; a central document (no unit) expects every province.
MATCH (d:Document {uid: $uid})
OPTIONAL MATCH (d)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(u0:AdminUnit)
OPTIONAL MATCH (u0)-[:BECAME*0..1]-(u:AdminUnit {era: $era})
WITH d, head(collect(u)) AS u
WITH CASE WHEN u IS NOT NULL THEN COLLECT { MATCH (c:AdminUnit {era: $era})-[:PART_OF]->(u) RETURN c }
          WHEN d.level = 'central' THEN COLLECT { MATCH (c:AdminUnit {era: $era, level: 'province'}) RETURN c }
          ELSE [] END AS expected
UNWIND expected AS c
RETURN c.uid AS uid, c.code AS code, c.name AS name, c.short_name AS short_name, c.kind AS kind, c.level AS level
ORDER BY c.code, c.uid
