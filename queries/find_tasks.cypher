// find_tasks: tasks by short label across documents, with their document, its locality and responsible bodies.
// params: label, level, province_key, body_key, skip, limit
// columns: uid, label, short_label, text, deadline, document, bodies
// label matches Task.short_label ('4.3') or the full label ('III.4.3'); level is the document's level;
// body_key is a folded fragment of a responsible body's name (Body.name_key CONTAINS it).
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
WITH d, t ORDER BY d.issued_on, d.uid, t.order SKIP $skip LIMIT $limit
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
OPTIONAL MATCH (b)-[:LOCATED_IN]->(u:AdminUnit)
WITH d, t, head(collect(b)) AS b, head(collect(u)) AS u
OPTIONAL MATCH (u)-[:PART_OF*0..2]->(a:AdminUnit)
WITH d, t, b, u, collect(a) AS units
WITH d, t, b, u, [x IN units WHERE x.level = 'province'][0] AS p,
     [x IN units WHERE x.level = 'district'][0] AS dist, [x IN units WHERE x.level = 'commune'][0] AS com
RETURN t.uid AS uid, t.label AS label, t.short_label AS short_label, t.text AS text,
       {kind: t.deadline_kind, due: t.deadline_due, text: t.deadline_text, month_day: t.deadline_month_day}
         AS deadline,
       {uid: d.uid, number: d.number, doc_type: d.doc_type, title: d.title, issued_on: d.issued_on, level: d.level,
        status: d.status, caption: d.caption, issuer: coalesce(b.name, d.issuer_name),
        locality: {unit_uid: u.uid, province: coalesce(p.short_name, d.province),
                   district: coalesce(dist.short_name, d.district), commune: coalesce(com.short_name, d.commune)}}
         AS document,
       COLLECT { MATCH (t)-[r:ASSIGNED_TO]->(x:Body) RETURN {uid: x.uid, name: x.name, role: r.role} } AS bodies
ORDER BY d.issued_on, d.uid, t.order
