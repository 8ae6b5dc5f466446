// find_tasks_by_text: tasks matching a full-text query, with their document, its place and their bodies.
// params: index, query, limit
// columns: uid, label, short_label, text, deadline, document, bodies, score
// index is graph.model.FULLTEXT_INDEX; query a Lucene query (a quoted phrase of a task: 'the same task
// elsewhere'). Documents are skipped: only tasks are returned.
CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS t, score
WHERE t:Task
WITH t, score ORDER BY score DESC, t.uid LIMIT $limit
MATCH (d:Document)-[:HAS_TASK]->(t)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
OPTIONAL MATCH (b)-[:LOCATED_IN]->(u:AdminUnit)
WITH d, t, score, head(collect(b)) AS b, head(collect(u)) AS u
OPTIONAL MATCH (u)-[:PART_OF*0..2]->(a:AdminUnit)
WITH d, t, score, b, u, collect(a) AS units
WITH d, t, score, b, u, [x IN units WHERE x.level = 'province'][0] AS p,
     [x IN units WHERE x.level = 'district'][0] AS dist, [x IN units WHERE x.level = 'commune'][0] AS com
RETURN t.uid AS uid, t.label AS label, t.short_label AS short_label, t.text AS text,
       {kind: t.deadline_kind, due: t.deadline_due, text: t.deadline_text, month_day: t.deadline_month_day}
         AS deadline,
       {uid: d.uid, number: d.number, doc_type: d.doc_type, title: d.title, issued_on: d.issued_on, level: d.level,
        status: d.status, caption: d.caption, issuer: coalesce(b.name, d.issuer_name),
        locality: {unit_uid: u.uid, province: coalesce(p.short_name, d.province),
                   district: coalesce(dist.short_name, d.district), commune: coalesce(com.short_name, d.commune)}}
         AS document,
       COLLECT { MATCH (t)-[r:ASSIGNED_TO]->(x:Body) RETURN {uid: x.uid, name: x.name, role: r.role} } AS bodies,
       score
ORDER BY score DESC, uid
