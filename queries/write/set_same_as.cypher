// set_same_as: replace the SAME_AS links between the tasks of changed sibling plans and their siblings' tasks.
// params: changed, members, links, version
// columns: created
// links: [{child, parent, score, method}]; the roles come from graph.align.sibling_order, so a pair of plans
// gives the same links whichever was loaded first.
// The documents' write locks first: two loads replacing the same links take turns (no duplicates).
CALL () {
  MATCH (d:Document) WHERE d.uid IN $changed OR d.uid IN $members
  SET d.aligned_version = $version
}
CALL () {
  UNWIND $changed AS u
  MATCH (:Document {uid: u})-[:HAS_TASK]->(:Task)-[old:SAME_AS]-(:Task)<-[:HAS_TASK]-(o:Document)
  WHERE o.uid IN $members
  WITH DISTINCT old
  DELETE old
}
UNWIND $links AS k
MATCH (c:Task {uid: k.child}), (p:Task {uid: k.parent})
CREATE (c)-[:SAME_AS {score: k.score, method: k.method, version: $version}]->(p)
RETURN count(*) AS created
