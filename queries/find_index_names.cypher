// find_index_names: the names of the indexes and constraints the database has (graph/backfill.py asks which exist).
// params: -
// columns: name
SHOW INDEXES YIELD name
RETURN name
