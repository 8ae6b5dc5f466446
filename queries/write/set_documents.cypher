// set_documents: the document nodes of a write batch, in uid order: each new document whole, then what its citers say of each cited one.
// params: rows
// columns: created
// rows: [{uid, own, issuers, stub}] sorted by uid, a document's own row before the stub rows naming it; `own` is a
// graph.rows.DocRow (a document not loaded before), `stub` a graph.rows.StubRow (what one citer says). One row at a
// time, so a stub row for a document of this batch finds it loaded and only adds its citation text.
// CYPHER replan=skip: every look-up here is a seek on a uniqueness constraint (or a hinted index), the plan on any
// statistics; re-planning it as the graph grew cost Neo4j up to a second a load (docs/scale.md, writespeed).
CYPHER replan=skip
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.own IS NOT NULL
  MERGE (d:Document {uid: row.uid})
  SET d += row.own, d.loaded_at = datetime(), d.issued_on = date(row.own.issued_on),
      d.cited_as = coalesce(d.cited_as, [])
  WITH d
  CALL (d) {
    MATCH (d)-[old:ISSUED_BY]->(:Body)
    DELETE old
  }
  UNWIND row.issuers AS issuer
  MATCH (b:Body {uid: issuer})
  CREATE (d)-[:ISSUED_BY]->(b)
}
CALL (row) {
  WITH row, row.stub AS r WHERE r IS NOT NULL
  OPTIONAL MATCH (e:Document {uid: r.uid})
  WITH r, e IS NULL AS created
  MERGE (d:Document {uid: r.uid})
    ON CREATE SET d.status = 'stub', d.number = r.number, d.doc_type = r.doc_type,
                  d.issued_on = date(r.issued_on), d.level = r.level, d.scope = r.scope,
                  d.cited_as = r.texts, d.issuer_name = r.issuer_name, d.caption = r.caption
  WITH d, r, created, d.status = 'stub' AS stub
  SET d.cited_as = d.cited_as + [t IN r.texts WHERE NOT t IN d.cited_as],
      d.caption = coalesce(d.caption, r.caption),
      d.issuer_name = CASE WHEN stub AND r.issuer_name IS NOT NULL
                                AND (d.issuer_name IS NULL OR size(r.issuer_name) > size(d.issuer_name))
                           THEN r.issuer_name ELSE d.issuer_name END,
      d.title = CASE WHEN stub AND r.title IS NOT NULL
                          AND (d.title IS NULL OR size(r.title) > size(d.title)
                               OR (size(r.title) = size(d.title) AND r.title < d.title))
                     THEN r.title ELSE d.title END
  WITH d, r, created, stub
  OPTIONAL MATCH (b:Body {uid: r.body}) WHERE stub
  FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | MERGE (d)-[:ISSUED_BY]->(b))
  RETURN CASE WHEN created THEN r.uid END AS new_stub
}
WITH DISTINCT new_stub
RETURN count(new_stub) AS created
