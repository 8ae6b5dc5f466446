// find_implementer_details: what coverage lists of an implementing document beyond what its walk read.
// params: uids
// columns: documents
// Properties only, no expand: read for the plans a coverage answer lists (find_implementer_links has the rest).
// One row; documents: a list of [uid, doc_type, title, status, caption], one per document. One row of lists,
// not a row per document: for a provincial programme's 300 listed plans the driver hands it over in about
// 8 ms against 17.
UNWIND $uids AS uid
MATCH (i:Document {uid: uid})
RETURN collect([i.uid, i.doc_type, i.title, i.status, i.caption]) AS documents
