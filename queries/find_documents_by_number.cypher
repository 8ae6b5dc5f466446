// find_documents_by_number: the documents one number names, narrowed by province and date when given.
// params: number, province_key, issued_on
// columns: uid, number, doc_type, title, issued_on, level, status, caption, issuer, locality
// A number is not an identity (every Tỉnh ủy has its own /TU series; 45-NQ/TW names two resolutions):
// the caller answers 409 with these rows as candidates when more than one is left.
MATCH (d:Document {number: $number})
WHERE $issued_on IS NULL OR d.issued_on = $issued_on
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
OPTIONAL MATCH (b)-[:LOCATED_IN]->(u:AdminUnit)
WITH d, head(collect(b)) AS b, head(collect(u)) AS u
OPTIONAL MATCH (u)-[:PART_OF*0..2]->(a:AdminUnit)
WITH d, b, u, collect(a) AS units
WITH d, b, u, [x IN units WHERE x.level = 'province'][0] AS p,
     [x IN units WHERE x.level = 'district'][0] AS dist, [x IN units WHERE x.level = 'commune'][0] AS com
WHERE $province_key IS NULL OR p.name_key = $province_key
RETURN d.uid AS uid, d.number AS number, d.doc_type AS doc_type, d.title AS title, d.issued_on AS issued_on,
       d.level AS level, d.status AS status, d.caption AS caption, coalesce(b.name, d.issuer_name) AS issuer,
       {unit_uid: u.uid, province: coalesce(p.short_name, d.province), district: coalesce(dist.short_name, d.district),
        commune: coalesce(com.short_name, d.commune)} AS locality
ORDER BY d.issued_on, d.uid
