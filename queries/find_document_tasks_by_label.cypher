// find_document_tasks_by_label: tasks labelled so in a document, or in the documents implementing it.
// params: uid, label
// columns: uid, label, in_document, document
// label matches Task.short_label ('4.3') or the full label ('III.4.3'). in_document is false for tasks of
// documents below it: the caller offers those when the document has no text of its own (a stub).
MATCH (d:Document {uid: $uid})
CALL (d) {
  MATCH (d)-[:HAS_TASK]->(t:Task)
  RETURN t, d AS o, true AS in_document
  UNION
  MATCH (o:Document)-[:IMPLEMENTS*1..10]->(d), (o)-[:HAS_TASK]->(t:Task)
  RETURN t, o, false AS in_document
}
WITH DISTINCT t, o, in_document
WHERE t.short_label = $label OR t.label = $label
RETURN t.uid AS uid, t.label AS label, in_document,
       o {.uid, .number, .doc_type, .title, .issued_on, .level, .status} AS document
ORDER BY in_document DESC, o.level, o.uid, t.order
