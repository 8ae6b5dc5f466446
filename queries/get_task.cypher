// get_task: one task with its document (and the document's place), bodies, parent and sub-tasks.
// params: uid
// columns: uid, label, short_label, text, deadline, document, bodies, parent, children
MATCH (d:Document)-[:HAS_TASK]->(t:Task {uid: $uid})
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
OPTIONAL MATCH (b)-[:LOCATED_IN]->(u:AdminUnit)
WITH d, t, head(collect(b)) AS b, head(collect(u)) AS u
OPTIONAL MATCH (u)-[:PART_OF*0..2]->(a:AdminUnit)
WITH d, t, b, u, collect(a) AS units
WITH d, t, b, u, [x IN units WHERE x.level = 'province'][0] AS p,
     [x IN units WHERE x.level = 'district'][0] AS dist, [x IN units WHERE x.level = 'commune'][0] AS com
OPTIONAL MATCH (t)-[:SUBTASK_OF]->(parent:Task)
RETURN t.uid AS uid, t.label AS label, t.short_label AS short_label, t.text AS text,
       {kind: t.deadline_kind, due: t.deadline_due, text: t.deadline_text, month_day: t.deadline_month_day}
         AS deadline,
       {uid: d.uid, number: d.number, doc_type: d.doc_type, title: d.title, issued_on: d.issued_on, level: d.level,
        status: d.status, caption: d.caption, issuer: coalesce(b.name, d.issuer_name),
        locality: {unit_uid: u.uid, province: coalesce(p.short_name, d.province),
                   district: coalesce(dist.short_name, d.district), commune: coalesce(com.short_name, d.commune)}}
         AS document,
       COLLECT { MATCH (t)-[r:ASSIGNED_TO]->(x:Body) RETURN {uid: x.uid, name: x.name, role: r.role} } AS bodies,
       CASE WHEN parent IS NULL THEN null ELSE parent {.uid, .label, .text} END AS parent,
       COLLECT { MATCH (c:Task)-[:SUBTASK_OF]->(t) RETURN c {.uid, .label, .text, .order} ORDER BY c.order }
         AS children
