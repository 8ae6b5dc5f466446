// find_plan_directives: loaded documents with a dated task, the candidates for a deadline on lower plans.
// params: limit
// columns: uid, number, doc_type, title, issued_on, level, status, caption, issuer, dated_tasks
// The caller keeps those whose dated task asks subordinate units for plans (api.coverage.plan_deadline).
MATCH (d:Document {status: 'loaded'})
WHERE EXISTS { (d)-[:HAS_TASK]->(t:Task) WHERE t.deadline_due IS NOT NULL }
WITH d ORDER BY d.issued_on DESC, d.uid LIMIT $limit
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
WITH d, head(collect(b)) AS b
RETURN d.uid AS uid, d.number AS number, d.doc_type AS doc_type, d.title AS title, d.issued_on AS issued_on,
       d.level AS level, d.status AS status, d.caption AS caption, coalesce(b.name, d.issuer_name) AS issuer,
       COLLECT { MATCH (d)-[:HAS_TASK]->(t:Task) WHERE t.deadline_due IS NOT NULL
                 RETURN t {.uid, .label, .text, .deadline_kind, .deadline_due, .deadline_text,
                           bodies: COLLECT { MATCH (t)-[:ASSIGNED_TO]->(x:Body) RETURN x.name }} } AS dated_tasks
