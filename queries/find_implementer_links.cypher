// find_implementer_links: documents with the documents implementing them and their issuers' units: one level of coverage's walk.
// params: uids
// columns: documents
// One row; documents: a list of [uid, number, issued_on, level, issuer, implemented_by, units], one per document
// (one row of lists, not a row per document, and the date as ISO text: for a resolution's 9,000 commune plans
// that takes the driver's hand-over from about 900 to 300 ms on this machine). implemented_by: the uids of the documents implementing it directly;
// units: the uids of the AdminUnits its issuing bodies are located in.
// The caller walks down from a document one level per call (api/coverage.py `walk`) and computes what
// find_implementers computes in Neo4j: depth from these links, the units above from the gazetteer in memory.
// One expand per document reads its IMPLEMENTS and ISSUED_BY together (ISSUED_BY ends at a Body, IMPLEMENTS
// at a Document): a document is not a dense node, so every expand of it scans its whole relationship chain
// (its ~40 tasks), and one scan is the floor. issuer: the first issuing body's name, as in find_implementers.
// find_implementer_details reads the rest (title, caption, ...) for the plans listed.
UNWIND $uids AS uid
MATCH (c:Document {uid: uid})
CALL (c) {
  OPTIONAL MATCH (c)-[r:IMPLEMENTS|ISSUED_BY]-(n)
  WITH n, n:Body AS body, endNode(r) = c AS into
  RETURN collect(CASE WHEN NOT body AND into THEN n.uid END) AS implemented_by,
         collect(CASE WHEN body THEN n END) AS bodies
}
WITH c, implemented_by, bodies,
     COLLECT { UNWIND bodies AS b MATCH (b)-[:LOCATED_IN]->(x:AdminUnit) RETURN DISTINCT x.uid } AS units
WITH c, implemented_by, units, coalesce(head(bodies).name, c.issuer_name) AS issuer
RETURN collect([c.uid, c.number, toString(c.issued_on), c.level, issuer, implemented_by, units]) AS documents
