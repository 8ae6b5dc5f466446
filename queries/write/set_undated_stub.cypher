// set_undated_stub: the 'undated' node of a number and scope, created when undated mentions must move to it.
// params: uid, number, scope, doc_type, level
// columns: uid
MERGE (u:Document {uid: $uid})
  ON CREATE SET u.status = 'stub', u.number = $number, u.scope = $scope, u.doc_type = $doc_type,
                u.level = $level, u.issued_on = null, u.cited_as = []
RETURN u.uid AS uid
