// find_implementers: every document implementing this one transitively, with the units (in one era) it lies in.
// params: uid, era
// columns: uid, number, doc_type, title, issued_on, level, status, caption, issuer, depth, located, within
// depth is the LONGEST IMPLEMENTS chain, as in get_descendants (a shortcut edge does not make a plan shallower).
// located: the issuer has a unit. within: uids of that unit and every unit above it in the era (through
// BECAME and PART_OF); a document whose issuer has no unit (a stub, or seed 001's unnamed province) lies
// where the documents implementing it lie, and nowhere (unknown locality) when none of them is located.
// Bounded: the tree is walked once with DISTINCT ends (a pruning breadth-first expand: each document once,
// not every path from the root); depth then enumerates each implementer's own few chains UP to the root.
MATCH (d:Document {uid: $uid})
MATCH (d)<-[:IMPLEMENTS*1..10]-(c:Document)
WITH DISTINCT d, c
WHERE c <> d
CALL (d, c) {
  MATCH path = (c)-[:IMPLEMENTS*1..10]->(d)
  RETURN max(length(path)) AS depth
}
WITH c AS i, depth
OPTIONAL MATCH (i)-[:ISSUED_BY]->(b:Body)
WITH i, depth, head(collect(b)) AS b
WITH i, depth, b, COLLECT { MATCH (i)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(x:AdminUnit) RETURN x } AS own
WITH i, depth, b, own,
     CASE WHEN size(own) > 0 THEN own
          ELSE COLLECT { MATCH (j:Document)-[:IMPLEMENTS*1..10]->(i), (j)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(x:AdminUnit)
                         RETURN DISTINCT x } END AS located
RETURN i.uid AS uid, i.number AS number, i.doc_type AS doc_type, i.title AS title, i.issued_on AS issued_on,
       i.level AS level, i.status AS status, i.caption AS caption, coalesce(b.name, i.issuer_name) AS issuer, depth,
       size(own) > 0 AS located,
       COLLECT { UNWIND located AS x
                 MATCH (x)-[:BECAME*0..1]-(z:AdminUnit {era: $era})-[:PART_OF*0..3]->(y:AdminUnit)
                 RETURN DISTINCT y.uid } AS within
ORDER BY depth, number, uid
