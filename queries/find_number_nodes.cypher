// find_number_nodes: every document node of these numbers+scopes (the undated settling reads them in its write transaction).
// params: keys
// columns: number, scope, uid, dated, status, doc_type, level
// The hint pins the seek on number (near unique) over scope (a few values, thousands of documents each): a plan
// Neo4j had cached grew with every document loaded, 130 -> 900 ms a batch of 50 over 400 documents, until it
// re-planned; 4-30 ms with the hint.
// CYPHER replan=skip: every look-up here is a seek on a uniqueness constraint (or a hinted index), the plan on any
// statistics; re-planning it as the graph grew cost Neo4j up to a second a load (docs/scale.md, writespeed).
CYPHER replan=skip
UNWIND $keys AS k
MATCH (d:Document {number: k[0]}) USING INDEX d:Document(number) WHERE d.scope = k[1]
RETURN k[0] AS number, k[1] AS scope, d.uid AS uid, d.issued_on IS NOT NULL AS dated, d.status AS status,
       d.doc_type AS doc_type, d.level AS level
