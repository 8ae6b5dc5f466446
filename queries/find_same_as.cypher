// find_same_as: the stored SAME_AS links between tasks of these sibling plans.
// params: uids
// columns: child_doc, child, parent_doc, parent, score, method
UNWIND $uids AS u
MATCH (:Document {uid: u})-[:HAS_TASK]->(a:Task)-[s:SAME_AS]->(b:Task)<-[:HAS_TASK]-(pd:Document)
WHERE pd.uid IN $uids
RETURN u AS child_doc, a.uid AS child, pd.uid AS parent_doc, b.uid AS parent, s.score AS score, s.method AS method
ORDER BY child_doc, child, parent_doc, parent
