// find_documents: documents filtered by number, province, level, type and date range, paginated.
// params: number, province_key, level, doc_type, issued_from, issued_to, skip, limit
// columns: uid, number, doc_type, title, issued_on, level, status, caption, issuer, locality
// Null parameters do not filter. province_key is AdminUnit.name_key ('hai phong'); the province comes
// from the issuer's unit (ISSUED_BY → LOCATED_IN → PART_OF*). Pages are cut before localities are read.
MATCH (d:Document)
WHERE ($number IS NULL OR d.number = $number)
  AND ($level IS NULL OR d.level = $level)
  AND ($doc_type IS NULL OR d.doc_type = $doc_type)
  AND ($issued_from IS NULL OR d.issued_on >= $issued_from)
  AND ($issued_to IS NULL OR d.issued_on <= $issued_to)
  AND ($province_key IS NULL OR EXISTS {
        (d)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(:AdminUnit)-[:PART_OF*0..2]->(p:AdminUnit)
        WHERE p.level = 'province' AND p.name_key = $province_key })
WITH d ORDER BY d.issued_on DESC, d.number, d.uid SKIP $skip LIMIT $limit
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
OPTIONAL MATCH (b)-[:LOCATED_IN]->(u:AdminUnit)
WITH d, head(collect(b)) AS b, head(collect(u)) AS u
OPTIONAL MATCH (u)-[:PART_OF*0..2]->(a:AdminUnit)
WITH d, b, u, collect(a) AS units
WITH d, b, u, [x IN units WHERE x.level = 'province'][0] AS p,
     [x IN units WHERE x.level = 'district'][0] AS dist, [x IN units WHERE x.level = 'commune'][0] AS com
RETURN d.uid AS uid, d.number AS number, d.doc_type AS doc_type, d.title AS title, d.issued_on AS issued_on,
       d.level AS level, d.status AS status, d.caption AS caption,
       coalesce(b.name, d.issuer_name) AS issuer,
       {unit_uid: u.uid, province: coalesce(p.short_name, d.province), district: coalesce(dist.short_name, d.district),
        commune: coalesce(com.short_name, d.commune)} AS locality
ORDER BY issued_on DESC, number, uid
