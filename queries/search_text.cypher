// search_text: full-text search over document titles and task texts (accent-folding analyzer), ranked.
// params: index, query, exclude, skip, limit, window
// columns: kind, score, uid, label, text, document
// index is graph.model.FULLTEXT_INDEX; query is a Lucene query built from escaped user words; exclude holds
// the uids already found by number (search_numbers), listed once.
// Bounded: Lucene hands over only its best `window` hits (skip + limit + the excluded, api/search.py
// `page_matches`), in score order, instead of every match sorted here (a phrase copied into every plan of a
// cascade matches ~10,000 tasks); equal scores are then ordered by uid within that window. The labels are
// checked as search_text_total checks them: the index is eventually consistent and may name an id Neo4j has
// reused, so a window can come back short and the caller asks again with a wider one.
CALL db.index.fulltext.queryNodes($index, $query, {limit: $window}) YIELD node, score
WHERE (node:Document OR node:Task) AND NOT node.uid IN $exclude
WITH node, score ORDER BY score DESC, node.uid SKIP $skip LIMIT $limit
OPTIONAL MATCH (owner:Document)-[:HAS_TASK]->(node)
WITH node, score, coalesce(owner, node) AS d
RETURN CASE WHEN node:Task THEN 'task' ELSE 'document' END AS kind, score, node.uid AS uid,
       node.label AS label, CASE WHEN node:Task THEN node.text ELSE node.title END AS text,
       {uid: d.uid, number: d.number, doc_type: d.doc_type, title: d.title, issued_on: d.issued_on, level: d.level,
        status: d.status, caption: d.caption} AS document
ORDER BY score DESC, uid
