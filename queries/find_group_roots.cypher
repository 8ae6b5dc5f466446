// find_group_roots: the documents under which these documents' tasks, or their SAME_AS partners, are grouped.
// params: uids
// columns: root
UNWIND $uids AS u
MATCH (:Document {uid: u})-[:HAS_TASK]->(t:Task)
CALL (t) {
  MATCH (t)-[:IN_GROUP]->(:TaskGroup)-[:UNDER]->(r:Document)
  RETURN r
  UNION
  MATCH (t)-[:SAME_AS]-(:Task)-[:IN_GROUP]->(:TaskGroup)-[:UNDER]->(r:Document)
  RETURN r
}
RETURN DISTINCT r.uid AS root
ORDER BY root
