# frontline-map dashboard: a slim Python image with Debian chromium for PNG snapshots.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    FRONTLINE_HOME=/data \
    FRONTLINE_CHROMIUM=/usr/bin/chromium

RUN apt-get update \
    && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY geodata ./geodata
COPY dashboard ./dashboard
RUN pip install . && frontline gazetteer build >/dev/null

VOLUME ["/data"]
EXPOSE 8501
# Inside the container the server must listen on all interfaces; publish the port
# only to the host's loopback (docker run -p 127.0.0.1:8501:8501) or behind a proxy.
CMD ["frontline", "serve", "--headless", "--address", "0.0.0.0", "--port", "8501"]
