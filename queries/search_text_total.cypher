// search_text_total: how many nodes the full-text query matches in all (search_text's total), counted up to cap.
// params: index, query, exclude, cap
// columns: total, exact
// Counting stops after cap matches (exact is then false and total reads "at least cap"): past a thousand
// hits nobody pages to the end, and counting every match of a phrase copied into every plan costs more
// than the page. query is search_text's query with every score zeroed (api/search.py `unscored`): the
// matches are the same, and Lucene stops collecting once it holds the cap instead of scoring every match.
// Lucene hands over cap + size(exclude) + 1 hits: whichever of them are excluded uids, more than cap
// matches then always leave more than cap counted, so exact never claims a count cut short.
CALL db.index.fulltext.queryNodes($index, $query, {limit: $cap + size($exclude) + 1}) YIELD node
WITH node WHERE (node:Document OR node:Task) AND NOT node.uid IN $exclude
WITH count(node) AS n
RETURN CASE WHEN n > $cap THEN $cap ELSE n END AS total, n <= $cap AS exact
