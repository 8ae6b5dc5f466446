// find_carriers: tasks that carry out any of these tasks, at any depth (CARRIES_OUT chains), with their documents.
// params: uids, level
// columns: target, uid, depth, carries_out, score, method, document_uid, document_level
// One row per carrier and target, on the shortest chain: carries_out, score and method are the carrier's own
// link (the first hop of that chain). level filters on the carrier's document level.
UNWIND $uids AS u
MATCH path = (c:Task)-[:CARRIES_OUT*1..10]->(t:Task {uid: u})
MATCH (d:Document)-[:HAS_TASK]->(c)
WHERE $level IS NULL OR d.level = $level
WITH u, c, d, path ORDER BY length(path), c.uid
WITH u, c, d, head(collect(path)) AS path
WITH u, c, d, path, relationships(path)[0] AS first
RETURN u AS target, c.uid AS uid, length(path) AS depth, endNode(first).uid AS carries_out, first.score AS score,
       first.method AS method, d.uid AS document_uid, d.level AS document_level
ORDER BY target, depth, d.issued_on, d.uid, c.order
