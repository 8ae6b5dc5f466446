// find_aligned_documents: every loaded document with tasks (what `recompute_all` realigns).
// params: -
// columns: uid
MATCH (d:Document)
WHERE EXISTS { (d)-[:HAS_TASK]->(:Task) }
RETURN d.uid AS uid
ORDER BY uid
