// find_tasks: tasks by short label across documents, with their document, its locality and responsible bodies.
// params: label, levels, province_key, body_key, skip, limit
// columns: uid, label, short_label, text, deadline, document, bodies
// label matches Task.short_label ('4.3') or the full label ('III.4.3'); levels are the document levels
// asked for, as Task.doc_level holds them (api/routers/tasks.py: one, or every one with graph.model.NO_LEVEL);
// body_key is a folded fragment of a responsible body's name (Body.name_key CONTAINS it).
// Order: the document's date (undated last), its uid, the task's order: what the Task holds as doc_issued_on,
// doc_uid and order. For each level, a seek on task_short_label_doc and one on task_label_doc (label, level)
// yield tasks in date order, and each stops after skip + limit rows that pass the filters: the work grows
// with the page asked for, not with the matches. Each seek's ORDER BY opens with the index's own keys (label,
// level: one value each here): only then does the planner take the index order (PartialTop, not Top over all).
// Without a label every task is read and sorted.
CALL () {
  UNWIND $levels AS level
  CALL (level) {
    MATCH (t:Task)
    WHERE t.short_label = $label AND t.doc_level = level AND t.doc_issued_on IS NOT NULL
      AND ($body_key IS NULL OR EXISTS { (t)-[:ASSIGNED_TO]->(x:Body) WHERE x.name_key CONTAINS $body_key })
      AND ($province_key IS NULL OR EXISTS {
            (t)<-[:HAS_TASK]-(:Document)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(:AdminUnit)-[:PART_OF*0..2]->
            (p:AdminUnit) WHERE p.level = 'province' AND p.name_key = $province_key })
    RETURN t ORDER BY t.short_label, t.doc_level, t.doc_issued_on, t.doc_uid, t.order LIMIT $skip + $limit
    UNION
    MATCH (t:Task)
    WHERE t.label = $label AND t.doc_level = level AND t.doc_issued_on IS NOT NULL
      AND ($body_key IS NULL OR EXISTS { (t)-[:ASSIGNED_TO]->(x:Body) WHERE x.name_key CONTAINS $body_key })
      AND ($province_key IS NULL OR EXISTS {
            (t)<-[:HAS_TASK]-(:Document)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(:AdminUnit)-[:PART_OF*0..2]->
            (p:AdminUnit) WHERE p.level = 'province' AND p.name_key = $province_key })
    RETURN t ORDER BY t.label, t.doc_level, t.doc_issued_on, t.doc_uid, t.order LIMIT $skip + $limit
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
  RETURN t
}
WITH t ORDER BY t.doc_issued_on, t.doc_uid, t.order SKIP $skip LIMIT $limit
MATCH (d:Document)-[:HAS_TASK]->(t)
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
ORDER BY t.doc_issued_on, t.doc_uid, t.order
