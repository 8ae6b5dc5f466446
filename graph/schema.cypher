// nqgraph schema: constraints and indexes, applied idempotently by `nqgraph init-db`
// and at API start-up. Labels here must match graph/model.py (a test checks).
CREATE CONSTRAINT document_uid IF NOT EXISTS FOR (d:Document) REQUIRE d.uid IS UNIQUE;
CREATE CONSTRAINT task_uid IF NOT EXISTS FOR (t:Task) REQUIRE t.uid IS UNIQUE;
CREATE CONSTRAINT body_uid IF NOT EXISTS FOR (b:Body) REQUIRE b.uid IS UNIQUE;
CREATE CONSTRAINT admin_unit_uid IF NOT EXISTS FOR (a:AdminUnit) REQUIRE a.uid IS UNIQUE;
CREATE CONSTRAINT person_uid IF NOT EXISTS FOR (p:Person) REQUIRE p.uid IS UNIQUE;
CREATE INDEX document_number IF NOT EXISTS FOR (d:Document) ON (d.number);
CREATE INDEX admin_unit_code IF NOT EXISTS FOR (a:AdminUnit) ON (a.code);
// Eventually consistent: Lucene is updated after commit, not inside it (commits of a 37-task document
// 17 -> 8 ms here); the loader awaits the refresh once per batch, so searches after a load see it.
CREATE FULLTEXT INDEX nqgraph_text IF NOT EXISTS FOR (n:Document|Task) ON EACH [n.title, n.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true } };
// Loader and API look-ups: the undated-mention settlement matches number + scope, uploads match sha256.
CREATE INDEX document_scope IF NOT EXISTS FOR (d:Document) ON (d.scope);
CREATE INDEX document_sha256 IF NOT EXISTS FOR (d:Document) ON (d.sha256);
CREATE INDEX body_name_key IF NOT EXISTS FOR (b:Body) ON (b.name_key);
// Task alignment (graph/align_db.py): groups are rebuilt per document they sit under.
CREATE CONSTRAINT task_group_uid IF NOT EXISTS FOR (g:TaskGroup) REQUIRE g.uid IS UNIQUE;
CREATE INDEX task_group_root IF NOT EXISTS FOR (g:TaskGroup) ON (g.root);
// Tasks by label (queries/find_tasks.cypher): the label, then the Task's own copy of its document's level
// and date (graph.model), so one seek per label and level yields tasks in page order and stops at the page.
// Created after graph/backfill.py gave an older graph's tasks these keys (the index marks it done).
CREATE INDEX task_short_label_doc IF NOT EXISTS FOR (t:Task) ON (t.short_label, t.doc_level, t.doc_issued_on);
CREATE INDEX task_label_doc IF NOT EXISTS FOR (t:Task) ON (t.label, t.doc_level, t.doc_issued_on);
// The single-key label indexes of an older schema, dropped: every Task is in the two composites above
// (their keys are never null: graph.model NO_LEVEL, UNDATED), so a seek by label alone uses them once it
// also says `doc_level ... AND doc_issued_on IS NOT NULL` (find_tasks, get_tasks_total).
DROP INDEX task_label IF EXISTS;
DROP INDEX task_short_label IF EXISTS;
