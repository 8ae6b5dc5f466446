// get_body_tasks: a body's portfolio: every task assigned to it, with its role, deadline and document.
// params: uid, skip, limit
// columns: uid, label, short_label, text, role, deadline, document
MATCH (b:Body {uid: $uid})<-[r:ASSIGNED_TO]-(t:Task)<-[:HAS_TASK]-(d:Document)
RETURN t.uid AS uid, t.label AS label, t.short_label AS short_label, t.text AS text, r.role AS role,
       {kind: t.deadline_kind, due: t.deadline_due, text: t.deadline_text, month_day: t.deadline_month_day}
         AS deadline,
       {uid: d.uid, number: d.number, doc_type: d.doc_type, title: d.title, issued_on: d.issued_on, level: d.level,
        status: d.status, caption: d.caption} AS document
ORDER BY d.issued_on, d.uid, t.order
SKIP $skip LIMIT $limit
