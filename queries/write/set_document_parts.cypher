// set_document_parts: what only a new document owns, created not merged: tasks, subtasks, assignments, CITES, SENT_TO, SIGNED_BY.
// params: docs, no_level, undated
// columns: tasks
// docs: [graph.rows.NewDocRow] of documents not loaded before (no task or outgoing relationship of theirs
// exists: a stub has none), rows deduplicated by the caller. Subtasks and assignments name tasks by their
// position in `tasks`; task uids are built here from the document uid and label (graph.identity.TaskUid).
// Each task carries its document's level and date (doc_level, doc_issued_on; graph.model: never null).
// CYPHER replan=skip: every look-up here is a seek on a uniqueness constraint (or a hinted index), the plan on any
// statistics; re-planning it as the graph grew cost Neo4j up to a second a load (docs/scale.md, writespeed).
CYPHER replan=skip
UNWIND $docs AS r
MATCH (d:Document {uid: r.doc.uid})
CALL (d, r) {
  UNWIND r.tasks AS x
  CREATE (t:Task {uid: r.doc.uid + '#' + x.label, label: x.label, short_label: x.short_label, text: x.text,
                  order: x.order, deadline_kind: x.deadline_kind, deadline_due: date(x.deadline_due),
                  deadline_text: x.deadline_text, deadline_month_day: x.deadline_month_day, notes: x.notes,
                  doc_uid: r.doc.uid, doc_level: coalesce(r.doc.level, $no_level),
                  doc_issued_on: coalesce(date(r.doc.issued_on), date($undated))})
  CREATE (d)-[:HAS_TASK]->(t)
  RETURN collect(t) AS tasks
}
CALL (r, tasks) {
  UNWIND r.subtasks AS s
  WITH tasks[s.child] AS c, tasks[s.parent] AS p
  CREATE (c)-[:SUBTASK_OF]->(p)
}
CALL (r, tasks) {
  UNWIND r.assigned AS a
  MATCH (b:Body {uid: a.body})
  WITH tasks[a.task] AS t, b, a
  CREATE (t)-[:ASSIGNED_TO {role: a.role}]->(b)
}
CALL (d, r) {
  UNWIND r.cites AS c
  MATCH (b:Document {uid: c.dst})
  CREATE (d)-[:CITES {text: c.text, undated: c.undated}]->(b)
}
CALL (d, r) {
  UNWIND r.sent_to AS uid
  MATCH (b:Body {uid: uid})
  CREATE (d)-[:SENT_TO]->(b)
}
CALL (d, r) {
  WITH d, r.signer AS s WHERE s IS NOT NULL
  MATCH (p:Person {uid: s.uid})
  CREATE (d)-[:SIGNED_BY {title: s.title, on_behalf_of: s.on_behalf_of}]->(p)
}
RETURN sum(size(r.tasks)) AS tasks
