// get_document_alignment: for each plan above this one (the nearest with tasks), matched, dropped and added tasks.
// params: uid
// columns: parent, matched, dropped, added
// dropped: the parent's tasks that no task of this document carries out, neither them nor any task under them.
// added: this document's tasks that carry out none of the parent's tasks.
MATCH (x:Document {uid: $uid})
MATCH path = (x)-[:IMPLEMENTS*1..10]->(a:Document)
WHERE a <> x AND EXISTS { (a)-[:HAS_TASK]->(:Task) }
  AND all(n IN nodes(path)[1..-1] WHERE NOT EXISTS { (n)-[:HAS_TASK]->(:Task) })
WITH DISTINCT x, a
RETURN a {.uid, .number, .doc_type, .title, .issued_on, .level, .status} AS parent,
       COLLECT { MATCH (x)-[:HAS_TASK]->(c:Task)-[r:CARRIES_OUT]->(p:Task)<-[:HAS_TASK]-(a)
                 WITH c, r, p ORDER BY c.order, p.order
                 RETURN {child: c.uid, child_label: c.label, parent: p.uid, parent_label: p.label,
                         score: r.score, method: r.method} } AS matched,
       COLLECT { MATCH (a)-[:HAS_TASK]->(p:Task)
                 WHERE NOT EXISTS { (p)<-[:SUBTASK_OF*0..10]-(:Task)<-[:CARRIES_OUT]-(:Task)<-[:HAS_TASK]-(x) }
                 WITH p ORDER BY p.order
                 RETURN p {.uid, .label, .text} } AS dropped,
       COLLECT { MATCH (x)-[:HAS_TASK]->(c:Task)
                 WHERE NOT EXISTS { (c)-[:CARRIES_OUT]->(:Task)<-[:HAS_TASK]-(a) }
                 WITH c ORDER BY c.order
                 RETURN c {.uid, .label, .text} } AS added
ORDER BY a.level, a.uid
