// set_task_groups: replace the groups of sibling tasks under one document.
// params: root, groups, version
// columns: groups
// groups: [{uid, key, caption, documents, members: [{task, score, core}]}]
CALL () {
  MATCH (g:TaskGroup {root: $root})
  DETACH DELETE g
}
MATCH (r:Document {uid: $root})
UNWIND $groups AS row
CREATE (g:TaskGroup {uid: row.uid, root: $root, key: row.key, caption: row.caption, documents: row.documents,
                     size: size(row.members), version: $version})
CREATE (g)-[:UNDER]->(r)
WITH g, row
UNWIND row.members AS m
MATCH (t:Task {uid: m.task})
CREATE (t)-[:IN_GROUP {score: m.score, core: m.core}]->(g)
RETURN count(DISTINCT g) AS groups
