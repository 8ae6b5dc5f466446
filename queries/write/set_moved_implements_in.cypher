// set_moved_implements_in: flagged IMPLEMENTS into the other nodes of one number+scope move to the target node.
// params: target, others
// columns: moved
MATCH (t:Document {uid: $target})
UNWIND $others AS o
MATCH (a:Document)-[r:IMPLEMENTS]->(:Document {uid: o}) WHERE r.undated AND a <> t
MERGE (a)-[n:IMPLEMENTS]->(t)
  ON CREATE SET n.evidence = r.evidence, n.undated = true, n.undated_src = r.undated_src
DELETE r
RETURN count(*) AS moved
