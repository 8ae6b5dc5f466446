// search_text_total: one round of counting search_text's matches (api/search.py `count_matches`).
// params: index, query, exclude, limit
// columns: fetched, kept
// query is search_text's query with every score zeroed (api/search.py `unscored`): the matches are the same,
// and Lucene stops once it holds `limit` hits instead of scoring every match. `fetched` is how many of them
// the procedure yielded, `kept` those still a Document or Task and not an excluded uid. The full-text index is
// eventually consistent and can hold entries of deleted nodes: Neo4j skips those whose id is free, and
// yields those whose id another node now holds; with equal scores they come first. So the caller asks
// again with a wider limit until more than the cap are kept or a wider limit yields nothing more.
CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node
RETURN count(node) AS fetched,
       count(CASE WHEN (node:Document OR node:Task) AND NOT node.uid IN $exclude THEN 1 END) AS kept
