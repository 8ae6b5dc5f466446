// find_flagged_edges: for each group of document nodes, how many flagged (undated) edges touch them.
// params: groups
// columns: group, n
// groups: [[uid]], one per number+scope the undated settling may move; one statement for a write batch's groups
// (one statement a group cost a round trip each, about forty a batch of 100 documents).
UNWIND range(0, size($groups) - 1) AS g
CALL (g) {
  UNWIND $groups[g] AS o
  MATCH (:Document {uid: o})-[r]-() WHERE r.undated_src OR (r.undated AND endNode(r).uid = o)
  RETURN count(r) AS n
}
RETURN g AS group, n
