// set_task_doc_keys: one batch of the backfill: the tasks of the next documents by uid take their document's level and date.
// params: after, limit, no_level, undated
// columns: documents, last, tasks
// graph/backfill.py: for a graph an older loader wrote, which gave tasks no doc_level / doc_issued_on. Documents
// are walked in uid order (the uid constraint's index), so each batch starts where the last one stopped.
MATCH (d:Document) WHERE d.uid > $after
WITH d ORDER BY d.uid LIMIT $limit
CALL (d) {
  OPTIONAL MATCH (d)-[:HAS_TASK]->(t:Task)
  SET t.doc_uid = d.uid, t.doc_level = coalesce(d.level, $no_level),
      t.doc_issued_on = coalesce(d.issued_on, date($undated))
  RETURN count(t) AS tasks
}
RETURN count(d) AS documents, max(d.uid) AS last, sum(tasks) AS tasks
