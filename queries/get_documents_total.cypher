// get_documents_total: how many documents find_documents would list over all pages (same filters).
// params: number, province_key, level, doc_type, issued_from, issued_to
// columns: total
MATCH (d:Document)
WHERE ($number IS NULL OR d.number = $number)
  AND ($level IS NULL OR d.level = $level)
  AND ($doc_type IS NULL OR d.doc_type = $doc_type)
  AND ($issued_from IS NULL OR d.issued_on >= $issued_from)
  AND ($issued_to IS NULL OR d.issued_on <= $issued_to)
  AND ($province_key IS NULL OR EXISTS {
        (d)-[:ISSUED_BY]->(:Body)-[:LOCATED_IN]->(:AdminUnit)-[:PART_OF*0..2]->(p:AdminUnit)
        WHERE p.level = 'province' AND p.name_key = $province_key })
RETURN count(d) AS total
