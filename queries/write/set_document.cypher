// set_document: one loaded document whole: its bodies, node, stubs it cites, tasks, subtasks, assignments, CITES, IMPLEMENTS, SENT_TO, SIGNED_BY.
// params: doc, bodies, task_labels, issuers, stubs, tasks, subtasks, assigned, cites, implements, sent_to, persons, no_level, undated
// columns: before, created
// Rows are sorted by uid by the caller (graph/load.py), so concurrent writers lock shared stubs and bodies
// in one order. Task uids are built here from $doc.uid and labels (graph.identity.TaskUid) to halve the payload.
// Every task, kept or new, takes the document's level and date (doc_level, doc_issued_on; graph.model).
OPTIONAL MATCH (old:Document {uid: $doc.uid})
WITH old.status AS before
CALL () {
UNWIND $bodies AS r
MERGE (b:Body {uid: r.uid})
  ON CREATE SET b.name = r.name, b.name_key = r.name_key, b.kind = r.kind, b.level = r.level,
                b.aliases = r.aliases
WITH b, r, [a IN r.aliases WHERE NOT a IN b.aliases] AS new_aliases,
     [k IN r.search_keys WHERE NOT k IN coalesce(b.search_keys, [])] AS new_keys
FOREACH (_ IN CASE WHEN size(new_aliases) > 0 THEN [1] ELSE [] END | SET b.aliases = b.aliases + new_aliases)
FOREACH (_ IN CASE WHEN size(new_keys) > 0 THEN [1] ELSE [] END
         | SET b.search_keys = coalesce(b.search_keys, []) + new_keys)
FOREACH (_ IN CASE WHEN size(r.name) > size(b.name) THEN [1] ELSE [] END | SET b.name = r.name)
WITH b, r WHERE r.unit IS NOT NULL AND NOT EXISTS { (b)-[:LOCATED_IN]->(:AdminUnit) }
MATCH (a:AdminUnit {uid: r.unit})
MERGE (b)-[:LOCATED_IN]->(a)
}
CALL () {
MERGE (d:Document {uid: $doc.uid})
SET d.loaded_at = CASE WHEN d.status = 'loaded' AND d.sha256 = $doc.sha256 AND d.loaded_at IS NOT NULL
                       THEN d.loaded_at ELSE datetime() END
SET d += $doc, d.issued_on = date($doc.issued_on), d.cited_as = coalesce(d.cited_as, [])
WITH d
OPTIONAL MATCH (d)-[old:ISSUED_BY]->(:Body)
DELETE old
WITH DISTINCT d
OPTIONAL MATCH (d)-[:HAS_TASK]->(gone:Task) WHERE NOT gone.label IN $task_labels
DETACH DELETE gone
WITH DISTINCT d
OPTIONAL MATCH (b:Body) WHERE b.uid IN $issuers
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | MERGE (d)-[:ISSUED_BY]->(b))
}
CALL () {
UNWIND $stubs AS r
OPTIONAL MATCH (e:Document {uid: r.uid})
WITH r, e IS NULL AS created
MERGE (d:Document {uid: r.uid})
  ON CREATE SET d.status = 'stub', d.number = r.number, d.doc_type = r.doc_type,
                d.issued_on = date(r.issued_on), d.level = r.level, d.scope = r.scope,
                d.cited_as = r.texts, d.issuer_name = r.issuer_name, d.caption = r.caption
WITH d, r, created, [t IN r.texts WHERE NOT t IN d.cited_as] AS new_texts
FOREACH (_ IN CASE WHEN size(new_texts) > 0 THEN [1] ELSE [] END | SET d.cited_as = d.cited_as + new_texts)
FOREACH (_ IN CASE WHEN d.status = 'stub' AND r.issuer_name IS NOT NULL
                    AND (d.issuer_name IS NULL OR size(r.issuer_name) > size(d.issuer_name))
               THEN [1] ELSE [] END | SET d.issuer_name = r.issuer_name)
FOREACH (_ IN CASE WHEN d.status = 'stub' AND r.title IS NOT NULL
                    AND (d.title IS NULL OR size(r.title) > size(d.title)
                         OR (size(r.title) = size(d.title) AND r.title < d.title))
               THEN [1] ELSE [] END | SET d.title = r.title)
SET d.caption = coalesce(d.caption, r.caption)
WITH d, r, created
OPTIONAL MATCH (b:Body {uid: r.body}) WHERE d.status = 'stub'
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | MERGE (d)-[:ISSUED_BY]->(b))
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
}
CALL () {
MATCH (d:Document {uid: $doc.uid})
UNWIND $tasks AS r
MERGE (t:Task {uid: $doc.uid + '#' + r.label})
SET t += r, t.deadline_due = date(r.deadline_due), t.doc_uid = $doc.uid,
    t.doc_level = coalesce($doc.level, $no_level), t.doc_issued_on = coalesce(date($doc.issued_on), date($undated))
MERGE (d)-[:HAS_TASK]->(t)
}
CALL () {
UNWIND $subtasks AS r
MATCH (c:Task {uid: $doc.uid + '#' + r.child}),
      (p:Task {uid: $doc.uid + '#' + r.parent})
MERGE (c)-[:SUBTASK_OF]->(p)
}
CALL () {
UNWIND $assigned AS r
MATCH (t:Task {uid: $doc.uid + '#' + r.task}), (b:Body {uid: r.body})
MERGE (t)-[:ASSIGNED_TO {role: r.role}]->(b)
}
CALL () {
UNWIND $cites AS r
MATCH (a:Document {uid: r.src}), (b:Document {uid: r.dst})
MERGE (a)-[c:CITES]->(b)
  ON CREATE SET c.undated = r.undated
SET c.text = CASE WHEN c.text IS NULL OR r.text < c.text THEN r.text ELSE c.text END,
    c.undated = c.undated AND r.undated
}
CALL () {
UNWIND $implements AS r
MATCH (a:Document {uid: r.src}), (b:Document {uid: r.dst})
MERGE (a)-[i:IMPLEMENTS]->(b)
  ON CREATE SET i.undated = r.undated, i.undated_src = r.undated_src
SET i.undated = i.undated AND r.undated, i.undated_src = i.undated_src AND r.undated_src,
    i.evidence = CASE
  WHEN i.evidence = 'preamble' OR r.evidence = 'preamble' THEN 'preamble'
  WHEN i.evidence = 'title' OR r.evidence = 'title' THEN 'title'
  ELSE 'citation' END
}
CALL () {
MATCH (d:Document {uid: $doc.uid})
UNWIND $sent_to AS uid
MATCH (b:Body {uid: uid})
MERGE (d)-[:SENT_TO]->(b)
}
CALL () {
UNWIND $persons AS person
MATCH (d:Document {uid: $doc.uid})
MERGE (p:Person {uid: person.uid}) SET p.name = person.name
MERGE (d)-[s:SIGNED_BY]->(p)
SET s.title = person.title, s.on_behalf_of = person.on_behalf_of
}
RETURN before, created
