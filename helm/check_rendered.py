"""Cross-checks `helm template` output that a schema cannot: names that must refer to each other do.

Usage: python3 check_rendered.py RENDERED.yaml [EXTERNAL_NAME ...]
EXTERNAL_NAME: Secrets/claims that exist outside the chart (existingSecret, existingClaim values).
Checks: every document has apiVersion, kind and metadata.name; each Deployment/StatefulSet selector matches
its pod labels; each Service selects some pod template; HPA and ScaledObject targets exist; every Secret key,
PVC and TriggerAuthentication a pod or trigger refers to is rendered or named as external; containers that
declare a port "http" have probes on it.
"""
import sys

import yaml


def fail(msg):
    print("check_rendered: " + msg, file=sys.stderr)
    sys.exit(1)


def main():
    docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d]
    external = set(sys.argv[2:])
    names = {}
    for d in docs:
        for field in ("apiVersion", "kind"):
            if field not in d:
                fail(f"a document has no {field}: {d}")
        if not d.get("metadata", {}).get("name"):
            fail(f"a {d['kind']} has no metadata.name")
        names.setdefault(d["kind"], {})[d["metadata"]["name"]] = d
    secrets = {n: set((s.get("data") or {}).keys()) | set((s.get("stringData") or {}).keys())
               for n, s in names.get("Secret", {}).items()}
    claims = set(names.get("PersistentVolumeClaim", {}))
    pod_labels = []
    for kind in ("Deployment", "StatefulSet"):
        for n, d in names.get(kind, {}).items():
            sel = d["spec"]["selector"]["matchLabels"]
            labels = d["spec"]["template"]["metadata"]["labels"]
            if any(labels.get(k) != v for k, v in sel.items()):
                fail(f"{kind} {n}: selector {sel} does not match pod labels {labels}")
            pod_labels.append(labels)
            pod = d["spec"]["template"]["spec"]
            for v in pod.get("volumes", []):
                claim = v.get("persistentVolumeClaim", {}).get("claimName")
                if claim and claim not in claims and claim not in external:
                    fail(f"{kind} {n}: volume claim {claim} is neither rendered nor external")
            for c in pod["containers"]:
                for e in c.get("env", []):
                    ref = e.get("valueFrom", {}).get("secretKeyRef")
                    if ref and ref["name"] not in external and ref["key"] not in secrets.get(ref["name"], ()):
                        fail(f"{kind} {n}: env {e['name']} needs key {ref['key']} of Secret {ref['name']}")
                ports = {p.get("name") for p in c.get("ports", [])}
                if "http" in ports:
                    for probe in ("livenessProbe", "readinessProbe"):
                        if c.get(probe, {}).get("httpGet", {}).get("port") != "http":
                            fail(f"{kind} {n}: container {c['name']} has no {probe} on port http")
    for n, s in names.get("Service", {}).items():
        sel = s["spec"]["selector"]
        if not any(all(l.get(k) == v for k, v in sel.items()) for l in pod_labels):
            fail(f"Service {n}: selector {sel} matches no pod template")
    for n, h in names.get("HorizontalPodAutoscaler", {}).items():
        target = h["spec"]["scaleTargetRef"]
        if target["name"] not in names.get(target["kind"], {}):
            fail(f"HorizontalPodAutoscaler {n}: target {target} is not rendered")
        if "replicas" in names[target["kind"]][target["name"]]["spec"]:
            fail(f"{target['kind']} {target['name']} sets replicas although HorizontalPodAutoscaler {n} owns them")
    for n, so in names.get("ScaledObject", {}).items():
        target = so["spec"]["scaleTargetRef"]["name"]
        if target not in names.get("Deployment", {}):
            fail(f"ScaledObject {n}: target Deployment {target} is not rendered")
        if "replicas" in names["Deployment"][target]["spec"]:
            fail(f"Deployment {target} sets replicas although ScaledObject {n} owns them")
        for t in so["spec"]["triggers"]:
            auth = t.get("authenticationRef", {}).get("name")
            if auth and auth not in names.get("TriggerAuthentication", {}):
                fail(f"ScaledObject {n}: TriggerAuthentication {auth} is not rendered")
            if t["type"] == "postgresql" and "query" not in t["metadata"]:
                fail(f"ScaledObject {n}: postgresql trigger without a query")
    for n, ta in names.get("TriggerAuthentication", {}).items():
        for ref in ta["spec"].get("secretTargetRef", []):
            if ref["name"] not in external and ref["key"] not in secrets.get(ref["name"], ()):
                fail(f"TriggerAuthentication {n}: needs key {ref['key']} of Secret {ref['name']}")
    print(f"check_rendered: {len(docs)} documents consistent ({', '.join(sorted(names))})")


main()
