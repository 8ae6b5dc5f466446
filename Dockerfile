# The nqgraph REST API; Neo4j runs in its own container (docker-compose.yml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
# OCR of scanned uploads: Debian's tesseract and its Vietnamese model.
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-vie \
    && rm -rf /var/lib/apt/lists/*

COPY pyproject.toml README.md ./
COPY nqgraph/ nqgraph/
COPY loaders/ loaders/
COPY graph/ graph/
COPY queries/ queries/
COPY api/ api/
RUN pip install . && useradd --system --home-dir /app nqgraph \
    && mkdir -p /var/lib/nqgraph && chown nqgraph /var/lib/nqgraph
# The audit log (NQGRAPH_AUDIT_LOG): a volume in docker-compose.yml, owned by the service user.
VOLUME /var/lib/nqgraph
COPY seed_data/ seed_data/

USER nqgraph
EXPOSE 8000
# The API's start-up applies the schema and loads the gazetteer before it serves (api/startup.py): a
# document loaded without the gazetteer would lose its places, so `nqgraph load` refuses until it is there.
CMD ["nqgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
