// set_replaced: before a replacement overwrites a loaded document, keep that version's provenance.
// params: uid, key
// columns: replaced
// One entry per replaced version, in the same position of each list: when it was loaded, from which
// file (path and sha256), by which key, and by which key it was replaced.
MATCH (d:Document {uid: $uid, status: 'loaded'})
SET d.replaced_loaded_at = coalesce(d.replaced_loaded_at, []) + [toString(d.loaded_at)],
    d.replaced_source_path = coalesce(d.replaced_source_path, []) + [d.source_path],
    d.replaced_sha256 = coalesce(d.replaced_sha256, []) + [d.sha256],
    d.replaced_loaded_by = coalesce(d.replaced_loaded_by, []) + [coalesce(d.loaded_by, 'unknown')],
    d.replaced_by = coalesce(d.replaced_by, []) + [$key]
RETURN count(d) AS replaced
