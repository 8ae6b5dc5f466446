// get_body: one body by uid (to tell an unknown uid from a body without tasks).
// params: uid
// columns: uid, name, kind, level
MATCH (b:Body {uid: $uid})
RETURN b.uid AS uid, b.name AS name, b.kind AS kind, b.level AS level
