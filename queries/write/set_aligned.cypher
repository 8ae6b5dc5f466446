// set_aligned: the task alignment of these documents is recomputed: their pending mark goes.
// params: uids
// columns: cleared
UNWIND $uids AS u
MATCH (d:Document {uid: u}) WHERE d.align_pending IS NOT NULL
REMOVE d.align_pending
RETURN count(d) AS cleared
