// get_body_tasks_total: how many tasks get_body_tasks would list over all pages.
// params: uid
// columns: total
MATCH (b:Body {uid: $uid})<-[:ASSIGNED_TO]-(t:Task)<-[:HAS_TASK]-(:Document)
RETURN count(DISTINCT t) AS total
