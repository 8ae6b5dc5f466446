// get_bodies_total: how many bodies find_bodies would list over all pages (same filters).
// params: name_key, ascii_key
// columns: total
MATCH (b:Body)
WHERE $name_key IS NULL OR b.name_key CONTAINS $name_key
   OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) CONTAINS $name_key)
   OR any(k IN coalesce(b.search_keys, []) WHERE k CONTAINS $ascii_key)
RETURN count(b) AS total
