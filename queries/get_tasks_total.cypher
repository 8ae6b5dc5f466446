// get_tasks_total: how many tasks find_tasks would list over all pages (same filters).
// params: label, level, province_key, body_key
// columns: total
// Index-backed: each UNION branch is one seek (task_short_label, task_label), and the label-less branch
// scans only when no label is given ('$label IS NULL OR ...' in one WHERE made every call scan every task).
CALL () {
  MATCH (t:Task) WHERE t.short_label = $label RETURN t
  UNION
  MATCH (t:Task) WHERE t.label = $label RETURN t
  UNION
  WITH $label AS label WHERE label IS NULL
  MATCH (t:Task) RETURN t
}
MATCH (d:Document)-[:HAS_TASK]->(t)
WHERE ($level IS NULL OR d.level = $level)
  AND ($body_key IS NULL OR EXISTS { (t)-[:ASSIGNED_TO]->(x:Body) WHERE x.name_key CONTAINS $body_key })
  AND ($province_key IS NULL OR EXISTS {
        (d)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(:AdminUnit)-[:PART_OF*0..2]->(p:AdminUnit)
        WHERE p.level = 'province' AND p.name_key = $province_key })
RETURN count(t) AS total
