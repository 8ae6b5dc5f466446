// find_batch_state: for each document of a write batch, the status its uid holds now and whether its file was loaded before under another uid.
// params: docs
// columns: uid, before, reparsed
// docs: [{uid, sha256}]. Read inside the batch's write transaction: a document not loaded before gets its tasks created, not merged.
// CYPHER replan=skip: every look-up here is a seek on a uniqueness constraint (or a hinted index), the plan on any
// statistics; re-planning it as the graph grew cost Neo4j up to a second a load (docs/scale.md, writespeed).
CYPHER replan=skip
UNWIND $docs AS r
OPTIONAL MATCH (d:Document {uid: r.uid})
RETURN r.uid AS uid, d.status AS before,
       EXISTS { MATCH (old:Document {sha256: r.sha256, status: 'loaded'}) USING INDEX old:Document(sha256) WHERE old.uid <> r.uid } AS reparsed
