// find_recent_documents: the documents loaded most recently (by loaded_at, then issue date).
// params: limit
// columns: uid, number, doc_type, title, issued_on, level, status, caption, issuer, loaded_at
MATCH (d:Document {status: 'loaded'})
WITH d ORDER BY d.loaded_at DESC, d.issued_on DESC, d.uid LIMIT $limit
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
WITH d, head(collect(b)) AS b
RETURN d.uid AS uid, d.number AS number, d.doc_type AS doc_type, d.title AS title, d.issued_on AS issued_on,
       d.level AS level, d.status AS status, d.caption AS caption, coalesce(b.name, d.issuer_name) AS issuer,
       d.loaded_at AS loaded_at
ORDER BY loaded_at DESC, issued_on DESC, uid
