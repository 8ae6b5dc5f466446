// delete_same_as: remove every SAME_AS link of these documents' tasks (they have a plan above them now).
// params: uids
// columns: deleted
// Untyped then filtered, as in set_carries_out: never a scan of every SAME_AS per document.
UNWIND $uids AS u
OPTIONAL MATCH (:Document {uid: u})-[:HAS_TASK]->(:Task)-[old]-(:Task)
  WHERE type(old) = 'SAME_AS'
WITH collect(DISTINCT old) AS olds
FOREACH (x IN olds | DELETE x)
RETURN size(olds) AS deleted
