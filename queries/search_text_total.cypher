// search_text_total: how many nodes the full-text query matches in all (search_text's total).
// params: index, query, exclude
// columns: total
CALL db.index.fulltext.queryNodes($index, $query) YIELD node
WHERE (node:Document OR node:Task) AND NOT node.uid IN $exclude
RETURN count(node) AS total
