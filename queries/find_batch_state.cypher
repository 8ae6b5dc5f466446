// find_batch_state: for each document of a write batch, the status its uid holds now and whether its file was loaded before under another uid.
// params: docs
// columns: uid, before, reparsed
// docs: [{uid, sha256}]. Read inside the batch's write transaction: a document not loaded before gets its tasks created, not merged.
UNWIND $docs AS r
OPTIONAL MATCH (d:Document {uid: r.uid})
RETURN r.uid AS uid, d.status AS before,
       EXISTS { MATCH (old:Document {sha256: r.sha256, status: 'loaded'}) WHERE old.uid <> r.uid } AS reparsed
