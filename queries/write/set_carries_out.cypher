// set_carries_out: replace the CARRIES_OUT links from one document's tasks.
// params: doc, links, version
// columns: created
// links: [{child, parent, score, method}] with task uids. Delete then create: the same input gives the same links.
// The document's write lock first: two loads replacing the same links take turns (no duplicates).
OPTIONAL MATCH (d:Document {uid: $doc})
SET d.aligned_version = $version
WITH d
CALL (d) {
  MATCH (d)-[:HAS_TASK]->(:Task)-[old:CARRIES_OUT]->(:Task)
  DELETE old
}
UNWIND $links AS k
MATCH (c:Task {uid: k.child}), (p:Task {uid: k.parent})
CREATE (c)-[:CARRIES_OUT {score: k.score, method: k.method, version: $version}]->(p)
RETURN count(*) AS created
