// find_align_pending: documents written by a load whose task alignment has not been recomputed yet.
// params: limit
// columns: uid
// Top level first: a plan's pending plans below come in a later turn, so each is aligned once (see
// graph.align_db.recompute). The order changes the work, never the result.
MATCH (d:Document) WHERE d.align_pending
RETURN d.uid AS uid
ORDER BY CASE d.level WHEN 'central' THEN 0 WHEN 'province' THEN 1 WHEN 'district' THEN 2 WHEN 'commune' THEN 3
         ELSE 4 END, uid
LIMIT $limit
