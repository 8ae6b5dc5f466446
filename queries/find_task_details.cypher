// find_task_details: tasks by uid, each with its document (and the document's locality) and its bodies.
// params: uids
// columns: uid, label, short_label, text, deadline, document, bodies
UNWIND $uids AS u
MATCH (d:Document)-[:HAS_TASK]->(t:Task {uid: u})
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
OPTIONAL MATCH (b)-[:LOCATED_IN]->(x:AdminUnit)
WITH d, t, head(collect(b)) AS b, head(collect(x)) AS x
OPTIONAL MATCH (x)-[:PART_OF*0..2]->(a:AdminUnit)
WITH d, t, b, x, collect(a) AS units
WITH d, t, b, x, [y IN units WHERE y.level = 'province'][0] AS p,
     [y IN units WHERE y.level = 'district'][0] AS dist, [y IN units WHERE y.level = 'commune'][0] AS com
RETURN t.uid AS uid, t.label AS label, t.short_label AS short_label, t.text AS text,
       {kind: t.deadline_kind, due: t.deadline_due, text: t.deadline_text, month_day: t.deadline_month_day}
         AS deadline,
       {uid: d.uid, number: d.number, doc_type: d.doc_type, title: d.title, issued_on: d.issued_on, level: d.level,
        status: d.status, issuer: coalesce(b.name, d.issuer_name),
        locality: {unit_uid: x.uid, province: coalesce(p.short_name, d.province),
                   district: coalesce(dist.short_name, d.district), commune: coalesce(com.short_name, d.commune)}}
         AS document,
       COLLECT { MATCH (t)-[r:ASSIGNED_TO]->(y:Body) RETURN {uid: y.uid, name: y.name, role: r.role} } AS bodies
ORDER BY d.issued_on, d.uid, t.order
