// find_carrying_tasks: tasks of lower-level plans that carry out a task, matched by short label for now.
// params: uid
// columns: uid, label, short_label, text, deadline, document, bodies, depth
// A task of a document implementing the task's document (at any depth) with the same short label ('4.4');
// task alignment (CARRIES_OUT) will replace the label match behind api.alignment.carrying_tasks.
MATCH (src:Document)-[:HAS_TASK]->(t0:Task {uid: $uid})
MATCH path = (d:Document)-[:IMPLEMENTS*1..10]->(src)
WITH t0, d, max(length(path)) AS depth
MATCH (d)-[:HAS_TASK]->(t:Task) WHERE t.short_label = t0.short_label
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
OPTIONAL MATCH (b)-[:LOCATED_IN]->(u:AdminUnit)
WITH d, t, depth, head(collect(b)) AS b, head(collect(u)) AS u
OPTIONAL MATCH (u)-[:PART_OF*0..2]->(a:AdminUnit)
WITH d, t, depth, b, u, collect(a) AS units
WITH d, t, depth, b, u, [x IN units WHERE x.level = 'province'][0] AS p,
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
       depth
ORDER BY depth, d.issued_on, d.uid, t.order
