// find_alignment_children: plans with tasks below these documents, with no plan with tasks in between.
// params: uids
// columns: uid, level, pending
// These are the plans whose nearest plan above may be one of the given documents (so their alignment
// changes when one of them is loaded), and, for a root stub, the plans that meet under it as siblings.
// pending: the plan is itself marked align_pending (graph.load.finish_pending gives it its own turn).
UNWIND $uids AS u
MATCH p = (c:Document)-[:IMPLEMENTS*1..10]->(d:Document {uid: u})
WHERE c <> d AND EXISTS { (c)-[:HAS_TASK]->(:Task) }
  AND all(n IN nodes(p)[1..-1] WHERE NOT EXISTS { (n)-[:HAS_TASK]->(:Task) })
RETURN DISTINCT c.uid AS uid, c.level AS level, c.align_pending IS NOT NULL AS pending
ORDER BY uid
