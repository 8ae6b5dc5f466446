// get_document_source: where one document's text came from (empty when the uid is unknown).
// params: uid
// columns: uid, status, sha256, source_path
MATCH (d:Document {uid: $uid})
RETURN d.uid AS uid, d.status AS status, d.sha256 AS sha256, d.source_path AS source_path
