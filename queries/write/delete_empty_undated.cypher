// delete_empty_undated: an 'undated' stub whose mentions all moved goes; its cited_as texts go to the target.
// params: uid, target
// columns: deleted
MATCH (u:Document {uid: $uid, status: 'stub'}), (t:Document {uid: $target})
SET t.cited_as = coalesce(t.cited_as, []) + [x IN u.cited_as WHERE NOT x IN coalesce(t.cited_as, [])]
DETACH DELETE u
RETURN count(*) AS deleted
