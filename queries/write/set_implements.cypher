// set_implements: IMPLEMENTS of a write batch, merged (a citation chain may link two cited documents), strongest evidence kept.
// params: implements
// columns: merged
// Rows sorted by (dst, src) so concurrent batches lock in one order.
// CYPHER replan=skip: every look-up here is a seek on a uniqueness constraint (or a hinted index), the plan on any
// statistics; re-planning it as the graph grew cost Neo4j up to a second a load (docs/scale.md, writespeed).
CYPHER replan=skip
UNWIND $implements AS r
MATCH (a:Document {uid: r.src}), (b:Document {uid: r.dst})
MERGE (a)-[i:IMPLEMENTS]->(b)
  ON CREATE SET i.undated = r.undated, i.undated_src = r.undated_src
SET i.undated = i.undated AND r.undated, i.undated_src = i.undated_src AND r.undated_src,
    i.evidence = CASE
  WHEN i.evidence = 'preamble' OR r.evidence = 'preamble' THEN 'preamble'
  WHEN i.evidence = 'title' OR r.evidence = 'title' THEN 'title'
  ELSE 'citation' END
RETURN count(*) AS merged
