// find_located_implementers: for documents whose issuer has no unit, the units of the documents implementing them.
// params: uids
// columns: uid, units
// find_implementers' rule for an unlocated document (a stub, seed 001's unnamed province): it lies where the
// documents implementing it (within ten links) lie.
UNWIND $uids AS uid
MATCH (i:Document {uid: uid})
RETURN uid,
       COLLECT { MATCH (j:Document)-[:IMPLEMENTS*1..10]->(i), (j)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(x:AdminUnit)
                 RETURN DISTINCT x.uid } AS units
