// delete_orphan_stubs: stubs nobody cites or implements any more.
// params: uids
// columns: deleted
UNWIND $uids AS u
MATCH (d:Document {uid: u, status: 'stub'}) WHERE NOT EXISTS { (d)<-[:CITES|IMPLEMENTS]-() }
DETACH DELETE d
RETURN count(*) AS deleted
