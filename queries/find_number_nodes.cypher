// find_number_nodes: every document node of these numbers+scopes (the undated settling reads them in its write transaction).
// params: keys
// columns: number, scope, uid, dated, status, doc_type, level
UNWIND $keys AS k
MATCH (d:Document {number: k[0]}) WHERE d.scope = k[1]
RETURN k[0] AS number, k[1] AS scope, d.uid AS uid, d.issued_on IS NOT NULL AS dated, d.status AS status,
       d.doc_type AS doc_type, d.level AS level
