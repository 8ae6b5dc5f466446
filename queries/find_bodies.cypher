// find_bodies: bodies whose name or an alias contains a folded fragment, with locality and workload.
// params: name_key, ascii_key, skip, limit
// columns: uid, name, kind, level, aliases, locality, tasks, documents_issued
// name_key is loaders.normalise.fold of the user's text; Body.name_key is the fold of the canonical name;
// ascii_key is the user's text without diacritics, matched against Body.search_keys ('dan van').
MATCH (b:Body)
WHERE $name_key IS NULL OR b.name_key CONTAINS $name_key
   OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) CONTAINS $name_key)
   OR any(k IN coalesce(b.search_keys, []) WHERE k CONTAINS $ascii_key)
OPTIONAL MATCH (b)-[:LOCATED_IN]->(u:AdminUnit)
WITH b, head(collect(u)) AS u
OPTIONAL MATCH (u)-[:PART_OF*0..2]->(a:AdminUnit)
WITH b, u, collect(a) AS units
RETURN b.uid AS uid, b.name AS name, b.kind AS kind, b.level AS level, coalesce(b.aliases, []) AS aliases,
       {unit_uid: u.uid, province: [x IN units WHERE x.level = 'province'][0].short_name,
        district: [x IN units WHERE x.level = 'district'][0].short_name,
        commune: [x IN units WHERE x.level = 'commune'][0].short_name} AS locality,
       COUNT { (b)<-[:ASSIGNED_TO]-(:Task) } AS tasks,
       COUNT { (b)<-[:ISSUED_BY]-(:Document) } AS documents_issued
ORDER BY tasks DESC, name, uid
SKIP $skip LIMIT $limit
