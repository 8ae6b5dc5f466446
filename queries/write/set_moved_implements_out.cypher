// set_moved_implements_out: flagged IMPLEMENTS out of the other nodes of one number+scope move to the target node.
// params: target, others
// columns: moved
MATCH (t:Document {uid: $target})
UNWIND $others AS o
MATCH (:Document {uid: o})-[r:IMPLEMENTS]->(b:Document) WHERE r.undated_src AND b <> t
MERGE (t)-[n:IMPLEMENTS]->(b)
  ON CREATE SET n.evidence = r.evidence, n.undated = r.undated, n.undated_src = true
DELETE r
RETURN count(*) AS moved
