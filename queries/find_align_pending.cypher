// find_align_pending: documents written by a load whose task alignment has not been recomputed yet.
// params: limit
// columns: uid
MATCH (d:Document) WHERE d.align_pending
RETURN d.uid AS uid
ORDER BY uid
LIMIT $limit
