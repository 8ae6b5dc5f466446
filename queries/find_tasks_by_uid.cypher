// find_tasks_by_uid: tasks by uid with their bodies and their document's place (search hits' who and where).
// params: uids
// columns: uid, bodies, locality
UNWIND $uids AS uid
MATCH (d:Document)-[:HAS_TASK]->(t:Task {uid: uid})
OPTIONAL MATCH (d)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(u:AdminUnit)
WITH d, t, head(collect(u)) AS u
OPTIONAL MATCH (u)-[:PART_OF*0..2]->(a:AdminUnit)
WITH d, t, u, collect(a) AS units
RETURN t.uid AS uid,
       COLLECT { MATCH (t)-[r:ASSIGNED_TO]->(x:Body) RETURN {uid: x.uid, name: x.name, role: r.role} } AS bodies,
       {unit_uid: u.uid, province: coalesce([x IN units WHERE x.level = 'province'][0].short_name, d.province),
        district: coalesce([x IN units WHERE x.level = 'district'][0].short_name, d.district),
        commune: coalesce([x IN units WHERE x.level = 'commune'][0].short_name, d.commune)} AS locality
