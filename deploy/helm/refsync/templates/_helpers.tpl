{{/* The chart name, cut to the 63 characters Kubernetes allows in a label. */}}
{{- define "refsync.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The release's full name: the release name alone when it already contains the chart name. */}}
{{- define "refsync.fullname" -}}
{{- if contains .Chart.Name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{- define "refsync.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels that select the pods; never change them on upgrade (Deployment selectors are immutable). */}}
{{- define "refsync.selectorLabels" -}}
app.kubernetes.io/name: {{ include "refsync.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "refsync.labels" -}}
helm.sh/chart: {{ include "refsync.chart" . }}
{{ include "refsync.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "refsync.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "refsync.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Two replicas share nothing but the store: only PostgreSQL holds the leader lock that keeps them
from running the same route at once. Refuse a configuration that would have two pods write one
embedded H2 file.
*/}}
{{- define "refsync.validate" -}}
{{- $config := index .Values.config "refsync.yaml" | default "" }}
{{- if and (gt (int .Values.replicaCount) 1) (not (contains "jdbc:postgresql:" $config)) }}
{{- fail "replicaCount > 1 needs PostgreSQL as the store (refsync.store.jdbc-url: jdbc:postgresql://...): the embedded H2 file cannot be shared" }}
{{- end }}
{{- end }}
