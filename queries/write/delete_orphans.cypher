// delete_orphans: bodies (LOCATED_IN aside) and persons left with no relationship.
// params: uids
// columns: deleted
UNWIND $uids AS u
CALL (u) {
  MATCH (b:Body {uid: u}) WHERE NOT EXISTS { (b)-[r]-() WHERE type(r) <> 'LOCATED_IN' }
  DETACH DELETE b
}
CALL (u) {
  MATCH (p:Person {uid: u}) WHERE NOT EXISTS { (p)--() }
  DELETE p
}
RETURN count(*) AS deleted
