// get_tasks_total: how many tasks find_tasks would list over all pages (same filters).
// params: label, level, province_key, body_key
// columns: total
MATCH (d:Document)-[:HAS_TASK]->(t:Task)
WHERE ($label IS NULL OR t.short_label = $label OR t.label = $label)
  AND ($level IS NULL OR d.level = $level)
  AND ($body_key IS NULL OR EXISTS { (t)-[:ASSIGNED_TO]->(x:Body) WHERE x.name_key CONTAINS $body_key })
  AND ($province_key IS NULL OR EXISTS {
        (d)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(:AdminUnit)-[:PART_OF*0..2]->(p:AdminUnit)
        WHERE p.level = 'province' AND p.name_key = $province_key })
RETURN count(t) AS total
