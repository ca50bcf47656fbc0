{{/* Resource name prefix: <release>-revnas unless overridden. */}}
{{- define "revnas.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "revnas.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
app.kubernetes.io/name: {{ default .Chart.Name .Values.nameOverride }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: revnas
{{- end -}}

{{/* Selector labels of one component: call with (dict "root" $ "component" "api-service"). */}}
{{- define "revnas.selectorLabels" -}}
app.kubernetes.io/name: {{ default .root.Chart.Name .root.Values.nameOverride }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* An image reference: call with (dict "root" $ "repository" "revnas/api-service" "suffix" ""). */}}
{{- define "revnas.image" -}}
{{- $tag := default .root.Chart.AppVersion .root.Values.image.tag -}}
{{- printf "%s%s:%s%s" .root.Values.image.registry .repository $tag (default "" .suffix) -}}
{{- end -}}

{{- define "revnas.dbHost" -}}
{{- if .Values.postgresql.enabled -}}
{{- printf "%s-postgresql" (include "revnas.fullname" .) -}}
{{- else -}}
{{- required "database.host is required when postgresql.enabled is false" .Values.database.host -}}
{{- end -}}
{{- end -}}

{{- define "revnas.jdbcUrl" -}}
{{- printf "jdbc:postgresql://%s:%v/%s?sslmode=%s" (include "revnas.dbHost" .) .Values.database.port .Values.database.name .Values.database.sslMode -}}
{{- end -}}

{{- define "revnas.dbSecretName" -}}
{{- default (printf "%s-db" (include "revnas.fullname" .)) .Values.database.existingSecret -}}
{{- end -}}

{{- define "revnas.apiKeySecretName" -}}
{{- default (printf "%s-api-key" (include "revnas.fullname" .)) .Values.apiKey.existingSecret -}}
{{- end -}}

{{- define "revnas.artifactsClaim" -}}
{{- default (printf "%s-artifacts" (include "revnas.fullname" .)) .Values.artifacts.existingClaim -}}
{{- end -}}

{{/* Database environment of api-service and search-worker (translation-service has no database). */}}
{{- define "revnas.databaseEnv" -}}
- name: REVNAS_DB_URL
  value: {{ include "revnas.jdbcUrl" . | quote }}
- name: REVNAS_DB_USER
  value: {{ .Values.database.user | quote }}
- name: REVNAS_DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "revnas.dbSecretName" . }}
      key: {{ .Values.database.passwordKey }}
{{- end -}}

{{- define "revnas.artifactsEnv" -}}
- name: REVNAS_ARTIFACTS
  value: {{ .Values.artifacts.mountPath | quote }}
{{- end -}}

{{- define "revnas.artifactsVolume" -}}
- name: artifacts
  persistentVolumeClaim:
    claimName: {{ include "revnas.artifactsClaim" . }}
{{- end -}}

{{- define "revnas.artifactsMount" -}}
- name: artifacts
  mountPath: {{ .Values.artifacts.mountPath }}
{{- end -}}

{{/* Actuator probes on a named port: startup gives the JVM time, then liveness and readiness take over. */}}
{{- define "revnas.probes" -}}
startupProbe:
  httpGet: {path: /actuator/health/liveness, port: http}
  periodSeconds: 5
  failureThreshold: 60
livenessProbe:
  httpGet: {path: /actuator/health/liveness, port: http}
  periodSeconds: 15
  failureThreshold: 3
readinessProbe:
  httpGet: {path: /actuator/health/readiness, port: http}
  periodSeconds: 5
  failureThreshold: 3
{{- end -}}
