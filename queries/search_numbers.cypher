// search_numbers: documents whose number holds every word typed ('66-CTr/TU', 'ctr 66', '66 ctr tu').
// params: words, limit
// columns: kind, score, uid, label, text, document
// words are the user's words without diacritics, lower case; a number is split on '-', '/' and '.' and
// 'đ' is read as 'd', so 'qd 217' finds 217-QĐ/TW. Loaded documents come before stubs.
MATCH (d:Document) WHERE d.number IS NOT NULL
WITH d, split(replace(replace(replace(replace(toLower(d.number), '-', ' '), '/', ' '), '.', ' '), 'đ', 'd'),
              ' ') AS parts
WHERE size($words) > 0 AND all(w IN $words WHERE w IN parts)
RETURN 'document' AS kind, CASE WHEN d.status = 'loaded' THEN 100.0 ELSE 50.0 END AS score, d.uid AS uid,
       null AS label, coalesce(d.title, d.caption) AS text,
       {uid: d.uid, number: d.number, doc_type: d.doc_type, title: d.title, issued_on: d.issued_on, level: d.level,
        status: d.status, caption: d.caption} AS document
ORDER BY score DESC, d.issued_on DESC, uid
LIMIT $limit
