// find_implementer_details: what coverage lists of an implementing document beyond what its walk read.
// params: uids
// columns: uid, doc_type, title, status, caption
// Properties only, no expand: read for the plans a coverage answer lists (find_implementer_links has the rest).
UNWIND $uids AS uid
MATCH (i:Document {uid: uid})
RETURN i.uid AS uid, i.doc_type AS doc_type, i.title AS title, i.status AS status, i.caption AS caption
