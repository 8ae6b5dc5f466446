// get_task_context: what a task carries out (at any depth) and the sibling groups of it and of those tasks.
// params: uid
// columns: uid, above, groups
MATCH (t:Task {uid: $uid})
RETURN t.uid AS uid,
       COLLECT { MATCH path = (t)-[:CARRIES_OUT*1..10]->(a:Task)
                 WITH a, min(length(path)) AS depth ORDER BY depth, a.uid
                 RETURN {uid: a.uid, depth: depth} } AS above,
       COLLECT { MATCH (t)-[:CARRIES_OUT*0..10]->(:Task)-[:IN_GROUP]->(g:TaskGroup)
                 WITH DISTINCT g
                 MATCH (g)-[:UNDER]->(r:Document)
                 WITH g, r ORDER BY g.uid
                 RETURN {uid: g.uid, key: g.key, caption: g.caption, documents: g.documents, size: g.size,
                         root: r {.uid, .number, .doc_type, .title, .issued_on, .level, .status},
                         members: COLLECT { MATCH (m:Task)-[i:IN_GROUP]->(g)
                                            WITH m, i ORDER BY m.uid
                                            RETURN {uid: m.uid, score: i.score, core: i.core} }} } AS groups
