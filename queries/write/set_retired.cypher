// set_retired: the same file loaded before under another uid (an older parse) becomes a stub without tasks or own relationships.
// params: sha256, uid
// columns: uid, neighbours
MATCH (old:Document {sha256: $sha256, status: 'loaded'}) WHERE old.uid <> $uid
CALL (old) {
  OPTIONAL MATCH (old)-[:HAS_TASK]->(t:Task)
  OPTIONAL MATCH (t)-[:ASSIGNED_TO]->(b:Body)
  OPTIONAL MATCH (old)-[:ISSUED_BY|SENT_TO|SIGNED_BY|CITES|IMPLEMENTS]->(n)
  OPTIONAL MATCH (n:Document {status: 'stub'})-[:ISSUED_BY]->(sb:Body)
  RETURN [x IN collect(DISTINCT b.uid) + collect(DISTINCT n.uid) + collect(DISTINCT sb.uid)
          WHERE x IS NOT NULL] AS neighbours
}
CALL (old) {
  OPTIONAL MATCH (old)-[:HAS_TASK]->(t:Task)
  DETACH DELETE t
}
CALL (old) {
  OPTIONAL MATCH (old)-[r:ISSUED_BY|SENT_TO|SIGNED_BY|CITES|IMPLEMENTS]->()
  DELETE r
}
SET old.status = 'stub', old.sha256 = null, old.source_path = null, old.warnings = null
RETURN old.uid AS uid, neighbours
