// get_coverage_scope: what coverage of a document is measured against: its issuer's unit and its dated tasks.
// params: uid
// columns: uid, number, doc_type, title, issued_on, level, status, caption, issuer, unit, dated_tasks
// dated_tasks feed the deadline for subordinate plans (the caller picks the task that asks for them).
MATCH (d:Document {uid: $uid})
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
OPTIONAL MATCH (b)-[:LOCATED_IN]->(u:AdminUnit)
WITH d, head(collect(b)) AS b, head(collect(u)) AS u
RETURN d.uid AS uid, d.number AS number, d.doc_type AS doc_type, d.title AS title, d.issued_on AS issued_on,
       d.level AS level, d.status AS status, d.caption AS caption, coalesce(b.name, d.issuer_name) AS issuer,
       CASE WHEN u IS NULL THEN null ELSE u {.uid, .code, .name, .short_name, .kind, .level, .era} END AS unit,
       COLLECT { MATCH (d)-[:HAS_TASK]->(t:Task) WHERE t.deadline_due IS NOT NULL
                 RETURN t {.uid, .label, .text, .deadline_kind, .deadline_due, .deadline_text,
                           bodies: COLLECT { MATCH (t)-[:ASSIGNED_TO]->(x:Body) RETURN x.name }} } AS dated_tasks
