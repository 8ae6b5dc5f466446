// find_flagged_edges: how many flagged (undated) edges touch these document nodes.
// params: others
// columns: n
UNWIND $others AS o MATCH (:Document {uid: o})-[r]-() WHERE r.undated_src OR (r.undated AND endNode(r).uid = o) RETURN count(r) AS n
