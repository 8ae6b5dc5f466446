// set_task_groups: replace the groups of sibling tasks under one document.
// params: root, groups, version
// columns: groups
// groups: [{uid, key, caption, documents, members: [{task, score, core}]}]
// The root's write lock first: two loads rebuilding the same groups take turns, and the second deletes
// what the first created instead of failing on the uid constraint.
MATCH (r:Document {uid: $root})
SET r.aligned_version = $version
WITH r
CALL (r) {
  MATCH (g:TaskGroup {root: r.uid})
  DETACH DELETE g
}
UNWIND $groups AS row
CREATE (g:TaskGroup {uid: row.uid, root: $root, key: row.key, caption: row.caption, documents: row.documents,
                     size: size(row.members), version: $version})
CREATE (g)-[:UNDER]->(r)
WITH g, row
UNWIND row.members AS m
MATCH (t:Task {uid: m.task})
CREATE (t)-[:IN_GROUP {score: m.score, core: m.core}]->(g)
RETURN count(DISTINCT g) AS groups
