// find_documents_by_sha256: the loaded document(s) made from a file with this checksum.
// params: sha256
// columns: uid, number, status
MATCH (d:Document {sha256: $sha256})
RETURN d.uid AS uid, d.number AS number, d.status AS status
ORDER BY d.uid
