// find_alignment_parents: for each document, the plans above it that task alignment compares it with.
// params: uids
// columns: uid, level, has_tasks, parents, roots
// parents: the nearest documents with tasks up its IMPLEMENTS chains; a stub or a document without tasks
// on the way is passed through (the Tự Cường plan reaches 66-CTr/TU through the 53/KH-UBND stub). roots:
// the tops of its chains, without tasks (43-NQ/TW as a stub), where plans with no parent meet as siblings.
UNWIND $uids AS u
MATCH (d:Document {uid: u})
RETURN d.uid AS uid, d.level AS level, EXISTS { (d)-[:HAS_TASK]->(:Task) } AS has_tasks,
       COLLECT { MATCH p = (d)-[:IMPLEMENTS*1..10]->(a:Document)
                 WHERE a <> d AND EXISTS { (a)-[:HAS_TASK]->(:Task) }
                   AND all(n IN nodes(p)[1..-1] WHERE NOT EXISTS { (n)-[:HAS_TASK]->(:Task) })
                 RETURN DISTINCT a.uid } AS parents,
       COLLECT { MATCH (d)-[:IMPLEMENTS*1..10]->(r:Document)
                 WHERE r <> d AND NOT EXISTS { (r)-[:IMPLEMENTS]->(:Document) }
                   AND NOT EXISTS { (r)-[:HAS_TASK]->(:Task) }
                 RETURN DISTINCT r.uid } AS roots
ORDER BY uid
