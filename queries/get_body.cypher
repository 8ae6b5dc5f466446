// get_body: one body by uid with its place (to tell an unknown uid from a body without tasks).
// params: uid
// columns: uid, name, kind, level, aliases, locality
MATCH (b:Body {uid: $uid})
OPTIONAL MATCH (b)-[:LOCATED_IN]->(u:AdminUnit)
WITH b, head(collect(u)) AS u
OPTIONAL MATCH (u)-[:PART_OF*0..2]->(a:AdminUnit)
WITH b, u, collect(a) AS units
RETURN b.uid AS uid, b.name AS name, b.kind AS kind, b.level AS level, coalesce(b.aliases, []) AS aliases,
       {unit_uid: u.uid, province: [x IN units WHERE x.level = 'province'][0].short_name,
        district: [x IN units WHERE x.level = 'district'][0].short_name,
        commune: [x IN units WHERE x.level = 'commune'][0].short_name} AS locality
