// get_descendants: documents that implement this one, directly or through others (the IMPLEMENTS tree below it).
// params: uid, level, max_depth
// columns: uid, number, doc_type, title, issued_on, level, status, caption, issuer, locality, depth, path
// depth is the length of the LONGEST chain and path is that chain, read down from the given document: an edge
// that skips a level (the Tự Cường plan names both 53/KH-UBND and 66-CTr/TU) is a shortcut; the longest
// chain is the derivation. The pattern bound (10) caps silly depths; max_depth narrows it.
MATCH (root:Document {uid: $uid})
MATCH path = (d:Document)-[:IMPLEMENTS*1..10]->(root)
WHERE length(path) <= $max_depth AND ($level IS NULL OR d.level = $level) AND d <> root
WITH d, path ORDER BY length(path) DESC
WITH d, head(collect(path)) AS path
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
OPTIONAL MATCH (b)-[:LOCATED_IN]->(u:AdminUnit)
WITH d, path, head(collect(b)) AS b, head(collect(u)) AS u
OPTIONAL MATCH (u)-[:PART_OF*0..2]->(a:AdminUnit)
WITH d, path, b, u, collect(a) AS units
WITH d, path, b, u, [x IN units WHERE x.level = 'province'][0] AS p,
     [x IN units WHERE x.level = 'district'][0] AS dist, [x IN units WHERE x.level = 'commune'][0] AS com
RETURN d.uid AS uid, d.number AS number, d.doc_type AS doc_type, d.title AS title, d.issued_on AS issued_on,
       d.level AS level, d.status AS status, d.caption AS caption, coalesce(b.name, d.issuer_name) AS issuer,
       {unit_uid: u.uid, province: coalesce(p.short_name, d.province), district: coalesce(dist.short_name, d.district),
        commune: coalesce(com.short_name, d.commune)} AS locality,
       length(path) AS depth,
       [n IN reverse(nodes(path)) | n {.uid, .number, .doc_type, .title, .level, .status, .caption}] AS path
ORDER BY depth, number, uid
