// get_alignment_tasks: the tasks of these documents as task alignment reads them, in document order.
// params: uids
// columns: doc_uid, uid, parent_uid, text, deadline_kind, bodies, notes
UNWIND $uids AS u
MATCH (d:Document {uid: u})-[:HAS_TASK]->(t:Task)
OPTIONAL MATCH (t)-[:SUBTASK_OF]->(p:Task)
RETURN d.uid AS doc_uid, t.uid AS uid, p.uid AS parent_uid, t.text AS text, t.deadline_kind AS deadline_kind,
       COLLECT { MATCH (t)-[:ASSIGNED_TO]->(b:Body) RETURN DISTINCT b.name AS name ORDER BY name } AS bodies,
       t.notes AS notes
ORDER BY doc_uid, t.order
