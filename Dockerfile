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
RUN pip install . && useradd --system --home-dir /app nqgraph
COPY seed_data/ seed_data/

USER nqgraph
EXPOSE 8000
# Schema and gazetteer before anything else (the API's start-up checks them again): a document loaded
# without the gazetteer would lose its places, so `nqgraph load` refuses to run until it is there.
CMD ["sh", "-c", "nqgraph init-db && exec nqgraph serve --host 0.0.0.0 --port 8000"]
