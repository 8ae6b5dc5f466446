// get_document: one document with its issuer, signer, tasks (bodies, roles, deadline), derivation and citations.
// params: uid
// columns: document, issuer, signer, tasks, implements, implemented_by, cites, cited_by
MATCH (d:Document {uid: $uid})
OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
OPTIONAL MATCH (b)-[:LOCATED_IN]->(u:AdminUnit)
WITH d, head(collect(b)) AS b, head(collect(u)) AS u
OPTIONAL MATCH (u)-[:PART_OF*0..2]->(a:AdminUnit)
WITH d, b, u, collect(a) AS units
WITH d, b, u, [x IN units WHERE x.level = 'province'][0] AS p,
     [x IN units WHERE x.level = 'district'][0] AS dist, [x IN units WHERE x.level = 'commune'][0] AS com
OPTIONAL MATCH (d)-[s:SIGNED_BY]->(person:Person)
WITH d, b, u, p, dist, com, head(collect({name: person.name, title: s.title, on_behalf_of: s.on_behalf_of})) AS signer
RETURN
  d {.uid, .number, .doc_type, .title, .issued_on, .level, .status, .caption, .place, .source_path, .sha256,
     warnings: coalesce(d.warnings, []), cited_as: coalesce(d.cited_as, []),
     locality: {unit_uid: u.uid, province: coalesce(p.short_name, d.province),
                district: coalesce(dist.short_name, d.district), commune: coalesce(com.short_name, d.commune)}}
    AS document,
  CASE WHEN b IS NULL AND d.issuer_name IS NULL THEN null
       ELSE {uid: b.uid, name: coalesce(b.name, d.issuer_name), kind: b.kind, level: b.level} END AS issuer,
  CASE WHEN signer.name IS NULL AND signer.title IS NULL THEN null ELSE signer END AS signer,
  COLLECT {
    MATCH (d)-[:HAS_TASK]->(t:Task)
    OPTIONAL MATCH (t)-[:SUBTASK_OF]->(parent:Task)
    WITH t, parent ORDER BY t.order
    RETURN t {.uid, .label, .short_label, .text, .order, parent: parent.label,
              deadline: {kind: t.deadline_kind, due: t.deadline_due, text: t.deadline_text,
                         month_day: t.deadline_month_day},
              bodies: COLLECT { MATCH (t)-[r:ASSIGNED_TO]->(x:Body)
                                RETURN {uid: x.uid, name: x.name, role: r.role} }}
  } AS tasks,
  COLLECT { MATCH (d)-[r:IMPLEMENTS]->(o:Document)
            RETURN o {.uid, .number, .doc_type, .title, .issued_on, .level, .status, .caption, evidence: r.evidence} }
    AS implements,
  COLLECT { MATCH (d)<-[r:IMPLEMENTS]-(o:Document)
            RETURN o {.uid, .number, .doc_type, .title, .issued_on, .level, .status, .caption, evidence: r.evidence} }
    AS implemented_by,
  COLLECT { MATCH (d)-[r:CITES]->(o:Document)
            RETURN o {.uid, .number, .doc_type, .title, .issued_on, .level, .status, .caption, text: r.text} } AS cites,
  COLLECT { MATCH (d)<-[r:CITES]-(o:Document)
            RETURN o {.uid, .number, .doc_type, .title, .issued_on, .level, .status, .caption, text: r.text} } AS cited_by
