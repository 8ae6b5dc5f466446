// set_carries_out: replace the CARRIES_OUT links from these documents' tasks.
// params: docs, links, version
// columns: created
// links: [{child, parent, score, method}] with task uids, every child a task of one of the docs. Delete then
// create: the same input gives the same links. One call per chunk of documents, not one per document.
// The documents' write locks first: two loads replacing the same links take turns (no duplicates).
// The old links are found from the documents' tasks, untyped then filtered: with the type in the pattern,
// a plan made while CARRIES_OUT is nearly empty scans every CARRIES_OUT once per document, quadratic over
// a cascade (20-40 s a chunk of 500 plans instead of well under 1 s).
CALL () {
  MATCH (d:Document) WHERE d.uid IN $docs
  SET d.aligned_version = $version
}
CALL () {
  UNWIND $docs AS d
  MATCH (:Document {uid: d})-[:HAS_TASK]->(:Task)-[old]->(:Task)
  WHERE type(old) = 'CARRIES_OUT'
  DELETE old
}
UNWIND $links AS k
MATCH (c:Task {uid: k.child}), (p:Task {uid: k.parent})
CREATE (c)-[:CARRIES_OUT {score: k.score, method: k.method, version: $version}]->(p)
RETURN count(*) AS created
