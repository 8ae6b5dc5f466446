// get_document_siblings: the sibling plans this document's tasks are linked with (SAME_AS), and shared groups.
// params: uid
// columns: sibling, links, shared_groups
MATCH (x:Document {uid: $uid})-[:HAS_TASK]->(:Task)-[s:SAME_AS]-(:Task)<-[:HAS_TASK]-(o:Document)
WITH x, o, count(s) AS links
RETURN o {.uid, .number, .doc_type, .title, .issued_on, .level, .status} AS sibling, links,
       COUNT { MATCH (x)-[:HAS_TASK]->(:Task)-[:IN_GROUP]->(g:TaskGroup)<-[:IN_GROUP]-(:Task)<-[:HAS_TASK]-(o)
               RETURN DISTINCT g } AS shared_groups
ORDER BY o.level, o.uid
