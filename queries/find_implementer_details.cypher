// find_implementer_details: what coverage lists of an implementing document beyond its uid, number, date and level.
// params: uids
// columns: uid, doc_type, title, status, caption, issuer
// issuer as in find_implementers: the first issuing body's name, else the name the citations give.
UNWIND $uids AS uid
MATCH (i:Document {uid: uid})
OPTIONAL MATCH (i)-[:ISSUED_BY]->(b:Body)
WITH i, head(collect(b)) AS b
RETURN i.uid AS uid, i.doc_type AS doc_type, i.title AS title, i.status AS status, i.caption AS caption,
       coalesce(b.name, i.issuer_name) AS issuer
