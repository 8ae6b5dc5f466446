// find_group_roots: the documents under which these documents' tasks, or their SAME_AS partners, are grouped.
// params: uids
// columns: uid, root
// uid: the document asked about; a sibling plan whose chain now ends elsewhere has left these roots.
UNWIND $uids AS u
MATCH (:Document {uid: u})-[:HAS_TASK]->(t:Task)
CALL (t) {
  MATCH (t)-[:IN_GROUP]->(:TaskGroup)-[:UNDER]->(r:Document)
  RETURN r
  UNION
  MATCH (t)-[:SAME_AS]-(:Task)-[:IN_GROUP]->(:TaskGroup)-[:UNDER]->(r:Document)
  RETURN r
}
RETURN DISTINCT u AS uid, r.uid AS root
ORDER BY uid, root
