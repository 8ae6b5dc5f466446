// find_loaded_claims: loaded documents of these uids, with the file they came from (identity conflicts).
// params: uids
// columns: uid, sha256, source_path, doc_type, title, issuer_name, level
UNWIND $uids AS u
MATCH (d:Document {uid: u, status: 'loaded'})
RETURN d.uid AS uid, d.sha256 AS sha256, d.source_path AS source_path, d.doc_type AS doc_type,
       d.title AS title, d.issuer_name AS issuer_name, d.level AS level
