// delete_same_as: remove every SAME_AS link of these documents' tasks (they have a plan above them now).
// params: uids
// columns: deleted
UNWIND $uids AS u
OPTIONAL MATCH (:Document {uid: u})-[:HAS_TASK]->(:Task)-[old:SAME_AS]-(:Task)
WITH collect(DISTINCT old) AS olds
FOREACH (x IN olds | DELETE x)
RETURN size(olds) AS deleted
