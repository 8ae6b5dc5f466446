// get_tasks_total: how many tasks find_tasks would list over all pages (same filters), counted up to cap.
// params: label, levels, province_key, body_key, cap
// columns: total, exact
// The same seeks as find_tasks, each stopping after cap + 1 rows: past the cap, total is cap and exact is
// false (a label in nearly every plan matches about 10,000 tasks per directive, and counting them all
// cost more than the page). A seek cut short holds cap + 1 rows alone, so exact is false only when the
// tasks are more than cap.
CALL () {
  UNWIND $levels AS level
  CALL (level) {
    MATCH (t:Task)
    WHERE t.short_label = $label AND t.doc_level = level AND t.doc_issued_on IS NOT NULL
      AND ($body_key IS NULL OR EXISTS { (t)-[:ASSIGNED_TO]->(x:Body) WHERE x.name_key CONTAINS $body_key })
      AND ($province_key IS NULL OR EXISTS {
            (t)<-[:HAS_TASK]-(:Document)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(:AdminUnit)-[:PART_OF*0..2]->
            (p:AdminUnit) WHERE p.level = 'province' AND p.name_key = $province_key })
    RETURN t LIMIT $cap + 1
    UNION
    MATCH (t:Task)
    WHERE t.label = $label AND t.doc_level = level AND t.doc_issued_on IS NOT NULL
      AND ($body_key IS NULL OR EXISTS { (t)-[:ASSIGNED_TO]->(x:Body) WHERE x.name_key CONTAINS $body_key })
      AND ($province_key IS NULL OR EXISTS {
            (t)<-[:HAS_TASK]-(:Document)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(:AdminUnit)-[:PART_OF*0..2]->
            (p:AdminUnit) WHERE p.level = 'province' AND p.name_key = $province_key })
    RETURN t LIMIT $cap + 1
  }
  RETURN t
  UNION
  WITH $label AS label WHERE label IS NULL
  MATCH (t:Task)
  WHERE t.doc_level IN $levels
    AND ($body_key IS NULL OR EXISTS { (t)-[:ASSIGNED_TO]->(x:Body) WHERE x.name_key CONTAINS $body_key })
    AND ($province_key IS NULL OR EXISTS {
          (t)<-[:HAS_TASK]-(:Document)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(:AdminUnit)-[:PART_OF*0..2]->
          (p:AdminUnit) WHERE p.level = 'province' AND p.name_key = $province_key })
  RETURN t LIMIT $cap + 1
}
WITH count(t) AS n
RETURN CASE WHEN n > $cap THEN $cap ELSE n END AS total, n <= $cap AS exact
