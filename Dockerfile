# The nqgraph REST API; Neo4j runs in its own container (docker-compose.yml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app

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
CMD ["nqgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
