// get_descendants: documents that implement this one, directly or through others (the IMPLEMENTS tree below it), one page.
// params: uid, level, max_depth, skip, limit
// columns: uid, number, doc_type, title, issued_on, level, status, caption, issuer, locality, depth, path, total
// depth is the length of the LONGEST chain and path is that chain, read down from the given document: an edge
// that skips a level (the Tự Cường plan names both 53/KH-UBND and 66-CTr/TU) is a shortcut; the longest
// chain is the derivation. The pattern bound (10) caps silly depths; max_depth narrows it.
// Bounded: the tree is walked once with DISTINCT ends (a pruning breadth-first expand, each document visited
// once, never every path from the root), and not below the level asked: plans carry out plans of their own
// level or above, so the walk for the provincial programmes of a resolution stops at them instead of visiting
// its 10,000 district and commune plans (a document of no known level, a stub, is walked through). Only the
// documents of the asked level then enumerate their own few chains UP to the root for depth and path, and
// only the page's rows read issuer and locality.
// total counts every document of the level over all pages (each row repeats it).
MATCH (root:Document {uid: $uid})
WITH root, ['central', 'province', 'district', 'commune'] AS levels
WITH root, CASE WHEN $level IS NULL THEN levels
                ELSE levels[..coalesce(head([k IN range(0, 3) WHERE levels[k] = $level]), 3) + 1] END AS above
MATCH (root) (()<-[:IMPLEMENTS]-(x:Document WHERE x.level IS NULL OR x.level IN above)){1,10} (c:Document)
WITH DISTINCT root, c
WHERE c <> root AND ($level IS NULL OR c.level = $level)
CALL (root, c) {
  MATCH path = (c)-[:IMPLEMENTS*1..10]->(root)
  WHERE length(path) <= $max_depth
  RETURN path ORDER BY length(path) DESC LIMIT 1
}
WITH c AS d, path ORDER BY length(path), d.number, d.uid
WITH collect({d: d, path: path}) AS rows
WITH size(rows) AS total, rows[$skip..$skip + $limit] AS page
UNWIND page AS row
WITH total, row.d AS d, row.path AS path
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
OPTIONAL MATCH (b)-[:LOCATED_IN]->(u:AdminUnit)
WITH total, d, path, head(collect(b)) AS b, head(collect(u)) AS u
OPTIONAL MATCH (u)-[:PART_OF*0..2]->(a:AdminUnit)
WITH total, d, path, b, u, collect(a) AS units
WITH total, d, path, b, u, [x IN units WHERE x.level = 'province'][0] AS p,
     [x IN units WHERE x.level = 'district'][0] AS dist, [x IN units WHERE x.level = 'commune'][0] AS com
RETURN d.uid AS uid, d.number AS number, d.doc_type AS doc_type, d.title AS title, d.issued_on AS issued_on,
       d.level AS level, d.status AS status, d.caption AS caption, coalesce(b.name, d.issuer_name) AS issuer,
       {unit_uid: u.uid, province: coalesce(p.short_name, d.province), district: coalesce(dist.short_name, d.district),
        commune: coalesce(com.short_name, d.commune)} AS locality,
       length(path) AS depth,
       [n IN reverse(nodes(path)) | n {.uid, .number, .doc_type, .title, .level, .status, .caption}] AS path,
       total
ORDER BY depth, number, uid
