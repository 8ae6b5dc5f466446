// find_dated_documents: dated documents of these numbers (where an undated mention goes).
// params: numbers
// columns: number, scope, uid
UNWIND $numbers AS n
MATCH (d:Document {number: n}) WHERE d.issued_on IS NOT NULL
RETURN d.number AS number, d.scope AS scope, d.uid AS uid
