// find_assigned_units: units one level below the issuer's that the document's tasks name through their bodies.
// params: uid, era
// columns: uid, code, name, short_name, kind, level, task_uid, task_label, task_text
// A body located in a unit at or below such a unit names it ('Huyện ủy Kim Động' in a Hưng Yên plan names
// Kim Động). The caller keeps the rows whose task asks for plans: those units are then the expected ones.
MATCH (d:Document {uid: $uid})
OPTIONAL MATCH (d)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(u0:AdminUnit)
OPTIONAL MATCH (u0)-[:BECAME*0..1]-(u:AdminUnit {era: $era})
WITH d, head(collect(u)) AS u
MATCH (d)-[:HAS_TASK]->(t:Task)-[:ASSIGNED_TO]->(:Body)-[:LOCATED_IN]->(x:AdminUnit)
MATCH (x)-[:BECAME*0..1]-(:AdminUnit)-[:PART_OF*0..2]->(c:AdminUnit {era: $era})
WHERE (u IS NOT NULL AND EXISTS { (c)-[:PART_OF]->(u) })
   OR (u IS NULL AND d.level = 'central' AND c.level = 'province')
RETURN DISTINCT c.uid AS uid, c.code AS code, c.name AS name, c.short_name AS short_name, c.kind AS kind,
       c.level AS level, t.uid AS task_uid, t.label AS task_label, t.text AS task_text
ORDER BY code, task_label
