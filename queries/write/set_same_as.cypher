// set_same_as: replace the SAME_AS links between the tasks of one sibling plan and those of its partners.
// params: doc, partners, links, version
// columns: created
// links: [{child, parent, score, method}]; the roles come from graph.align.sibling_order, so a pair of plans
// gives the same links whichever was loaded first. Links with other plans (another root's) are kept.
// The documents' write locks first: two loads replacing the same links take turns (no duplicates).
// Untyped then filtered, as in set_carries_out: never a scan of every SAME_AS.
CALL () {
  MATCH (d:Document) WHERE d.uid = $doc OR d.uid IN $partners
  SET d.aligned_version = $version
}
CALL () {
  MATCH (:Document {uid: $doc})-[:HAS_TASK]->(:Task)-[old]-(:Task)<-[:HAS_TASK]-(o:Document)
  WHERE type(old) = 'SAME_AS' AND o.uid IN $partners
  DELETE old
}
UNWIND $links AS k
MATCH (c:Task {uid: k.child}), (p:Task {uid: k.parent})
CREATE (c)-[:SAME_AS {score: k.score, method: k.method, version: $version}]->(p)
RETURN count(*) AS created
