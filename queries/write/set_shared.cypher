// set_shared: the bodies and signers a write batch uses, merged and locked in uid order before anything else.
// params: bodies, persons
// columns: located
// Rows come sorted by uid, one per uid (graph/write.py merges them), so concurrent batches lock shared
// nodes in one order; the closing SET on every row takes the write lock even when nothing else changes.
// LOCATED_IN is created only once every body is locked, in unit order: creating it locks the AdminUnit too,
// and units taken between bodies (one shared province unit, two batches) made a lock cycle with a hot body
// (the Central Committee's) in a ten-directive load; the driver retried, at the cost of a rolled-back batch.
// CYPHER replan=skip: every look-up here is a seek on a uniqueness constraint (or a hinted index), the plan on any
// statistics; re-planning it as the graph grew cost Neo4j up to a second a load (docs/scale.md, writespeed).
CYPHER replan=skip
CALL () {
  UNWIND $persons AS person
  MERGE (p:Person {uid: person.uid})
  SET p.name = person.name
}
CALL () {
  UNWIND $bodies AS r
  MERGE (b:Body {uid: r.uid})
    ON CREATE SET b.name = r.name, b.name_key = r.name_key, b.kind = r.kind, b.level = r.level,
                  b.aliases = r.aliases
  WITH b, r, [a IN r.aliases WHERE NOT a IN b.aliases] AS new_aliases,
       [k IN r.search_keys WHERE NOT k IN coalesce(b.search_keys, [])] AS new_keys
  SET b.aliases = b.aliases + new_aliases, b.search_keys = coalesce(b.search_keys, []) + new_keys,
      b.name = CASE WHEN size(r.name) > size(b.name) THEN r.name ELSE b.name END
}
UNWIND $bodies AS r
WITH r WHERE r.unit IS NOT NULL
ORDER BY r.unit, r.uid
MATCH (b:Body {uid: r.uid}) WHERE NOT EXISTS { (b)-[:LOCATED_IN]->(:AdminUnit) }
MATCH (a:AdminUnit {uid: r.unit})
MERGE (b)-[:LOCATED_IN]->(a)
RETURN count(*) AS located
