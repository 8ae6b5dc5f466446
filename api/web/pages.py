"""Routes of the web app. Each page is one or a few catalogue queries (api.web.views) and one template."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from api import upload
from api.auth import job_ended, principal_of
from api.deps import DriverDep, SettingsDep
from api.errors import ApiError
from api.params import AsOf, Offset
from api.sessions import install_template_helpers
from api.web import export, views
from api.web.i18n import LANGS, translate
from graph.caption import caption, type_word

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
templates = Jinja2Templates(directory=str(HERE / "templates"))
install_template_helpers(templates)  # csrf_field(request), csrf_token(request), principal(request)
PAGE_PREFIXES = ("/source/", "/doc/", "/coverage/", "/task/", "/body/", "/upload", "/export/", "/lang/")

router = APIRouter(include_in_schema=False)


def is_page(path: str) -> bool:
    return path == "/" or path.startswith(PAGE_PREFIXES)


def lang_of(request: Request) -> str:
    lang = request.query_params.get("lang") or request.cookies.get("lang") or "vi"
    return lang if lang in LANGS else "vi"


def doc_name(d: dict[str, Any] | Any) -> str:
    """Never 'null': the stored caption, else type word and number, else type word and issuer."""
    get = d.get if isinstance(d, dict) else (lambda k, default=None: getattr(d, k, default))
    return str(get("caption") or caption(get("doc_type"), get("number"), get("issuer"), get("issued_on")))


def url_of(kind: str, uid: str, **params: Any) -> str:
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return f"/{kind}/{quote(uid, safe='')}" + (f"?{query}" if query else "")


def vn_date(d: date | None) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if d else "—"


def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    lang = lang_of(request)
    response = templates.TemplateResponse(request, name, {
        "lang": lang, "t": lambda key: translate(key, lang), "doc_name": doc_name, "url_of": url_of,
        "vn_date": vn_date, "type_word": type_word, "today": date.today(), **ctx}, status_code=status)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie("lang", lang, max_age=365 * 24 * 3600, samesite="lax")
    return response


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)




@router.get("/", response_class=HTMLResponse)
def home(request: Request, driver: DriverDep, q: str | None = None, as_of: AsOf = None) -> HTMLResponse:
    return render(request, "home.html", **views.home(driver, q, as_of or date.today()))


@router.get("/doc/{uid:path}", response_class=HTMLResponse)
def document(request: Request, driver: DriverDep, settings: SettingsDep, uid: str) -> HTMLResponse:
    data = views.document(driver, uid)
    return render(request, "document.html", **data,
                  browser_url=views.browser_link(settings.neo4j_browser_url, data["browser_query"]))


@router.get("/source/{uid:path}")
def source(driver: DriverDep, uid: str) -> Response:
    """The file a document was loaded from, when it is still here unchanged (same sha256)."""
    text = views.source_text(driver, uid)
    return Response(text, media_type="text/plain; charset=utf-8")


@router.get("/coverage/{uid:path}", response_class=HTMLResponse)
def coverage(request: Request, driver: DriverDep, uid: str, as_of: AsOf = None,
             unit: str | None = None) -> HTMLResponse:
    day = as_of or date.today()
    data = views.coverage_page(driver, uid, day, unit)
    rows = views.coverage_rows(data["c"], data["mapping"])
    params = urlencode({k: v for k, v in {"uid": uid, "as_of": day.isoformat(), "unit": unit}.items() if v})
    return render(request, "coverage.html", **data, rows=rows, as_of=day, export_params=params)


def _export_rows(driver: DriverDep, uid: str, as_of: date | None, unit: str | None
                 ) -> tuple[list[dict[str, Any]], str, str]:
    data = views.coverage_page(driver, uid, as_of or date.today(), unit)
    c = data["c"]
    title = f"{doc_name(c.document)} — {c.as_of.isoformat()}" + (f" — {unit}" if unit else "")
    return views.coverage_rows(c, data["mapping"]), data["era"], title


@router.get("/export/coverage.csv")
def coverage_csv(request: Request, driver: DriverDep, uid: str, as_of: AsOf = None,
                 unit: str | None = None) -> Response:
    rows, era, _ = _export_rows(driver, uid, as_of, unit)
    return Response(export.to_csv(rows, lang_of(request), era), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="coverage.csv"'})


@router.get("/export/coverage.xlsx")
def coverage_xlsx(request: Request, driver: DriverDep, uid: str, as_of: AsOf = None,
                  unit: str | None = None) -> Response:
    rows, era, title = _export_rows(driver, uid, as_of, unit)
    return Response(export.to_xlsx(rows, lang_of(request), era, title),
                    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": 'attachment; filename="coverage.xlsx"'})


@router.get("/task/{uid:path}", response_class=HTMLResponse)
def task(request: Request, driver: DriverDep, uid: str, as_of: AsOf = None) -> HTMLResponse:
    return render(request, "task.html", **views.task_page(driver, uid, as_of or date.today()))


@router.get("/body/{uid:path}", response_class=HTMLResponse)
def body(request: Request, driver: DriverDep, uid: str, as_of: AsOf = None,
         limit: Annotated[int, Query(ge=1, le=500)] = 200,
         offset: Offset = 0) -> HTMLResponse:
    return render(request, "body.html", **views.body_page(driver, uid, as_of or date.today(), limit, offset))


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request) -> HTMLResponse:
    return render(request, "upload.html")


@router.post("/upload", response_class=HTMLResponse)
def upload_post(request: Request, driver: DriverDep, settings: SettingsDep,
                replace: Annotated[bool, Form()] = False,
                file: Annotated[UploadFile | None, File()] = None) -> HTMLResponse:
    """The API's upload behind a form: the same parser and loader, and its warnings shown. Who may send it
    (the upload scope: a signed-in person with the form's CSRF token, or a system's API key in a header)
    is checked by the access middleware before this runs; it also writes the audit line."""
    details: dict[str, Any] = {}
    request.state.audit = details
    try:
        if file is None or not file.filename:
            raise upload.BadParameter("choose a file")
        raw = file.file.read(upload.MAX_BYTES + 1)
        result = upload.accept(driver, request.app.state.jobs, settings, file.filename, raw, replace=replace,
                               loaded_by=principal_of(request).id, audit=details,
                               on_done=job_ended(request))
    except ApiError as exc:
        return render(request, "upload.html", status=exc.status_code, error=exc.message)
    if isinstance(result, upload.JobAccepted):  # a scan: OCR runs as a job, as for POST /documents
        return render(request, "upload.html", status=202, job=result)
    views.forget_ranking()
    return render(request, "upload.html", result=result)


@router.get("/lang/{code}")
def set_lang(code: str, back: str = "/") -> RedirectResponse:
    target = back if back.startswith("/") and not back.startswith("//") else "/"
    response = RedirectResponse(target, status_code=303)
    if code in LANGS:
        response.set_cookie("lang", code, max_age=365 * 24 * 3600, samesite="lax")
    return response
