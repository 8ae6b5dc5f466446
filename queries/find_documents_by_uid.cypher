// find_documents_by_uid: the short form of one document (empty when the uid is unknown).
// params: uid
// columns: uid, number, doc_type, title, issued_on, level, status, caption
MATCH (d:Document {uid: $uid})
RETURN d.uid AS uid, d.number AS number, d.doc_type AS doc_type, d.title AS title, d.issued_on AS issued_on,
       d.level AS level, d.status AS status, d.caption AS caption
