// set_moved_cites: flagged (undated) CITES of the other nodes of one number+scope move to the target node.
// params: target, others
// columns: moved
MATCH (t:Document {uid: $target})
UNWIND $others AS o
MATCH (a:Document)-[r:CITES]->(:Document {uid: o}) WHERE r.undated AND a <> t
MERGE (a)-[n:CITES]->(t)
  ON CREATE SET n.text = r.text, n.undated = true
SET n.text = CASE WHEN r.text < n.text THEN r.text ELSE n.text END,
    t.cited_as = coalesce(t.cited_as, []) + [x IN [r.text] WHERE NOT x IN coalesce(t.cited_as, [])]
DELETE r
RETURN count(*) AS moved
