# Sourced by the stand-in kubectl and crictl: what the API server of this node would make of its
# manifest. Sets APISERVER_PRESENT, the AUDIT_* variables and AUDIT_STATE, one of:
#   ok           flags, volumes and a readable policy: requests are audited
#   no-flags     --audit-policy-file or --audit-log-path missing: nothing is audited
#   no-volume    the log path is not on a hostPath volume (or it is read-only): nothing reaches the node
#   no-policy    the policy file is not in the node: the real API server exits at start
#   none-policy  every rule of the policy is level None: nothing is audited
#   no-audit-log the no-audit-log fault: the API server never writes events
MANIFEST=/etc/kubernetes/manifests/kube-apiserver.yaml

standin_apiserver() {
  APISERVER_PRESENT=
  AUDIT_LOG_PATH= AUDIT_POLICY_FILE= AUDIT_LOG_NODE_PATH= AUDIT_LOG_READONLY= AUDIT_POLICY_NODE_PATH=
  AUDIT_STATE=no-flags
  [ -f "$MANIFEST" ] || return 0
  APISERVER_PRESENT=1
  eval "$(awk -f /usr/lib/kind-standin/manifest.awk "$MANIFEST")"
  if [ -z "$AUDIT_POLICY_FILE" ] || [ -z "$AUDIT_LOG_PATH" ]; then
    AUDIT_STATE=no-flags
  elif [ -z "$AUDIT_POLICY_NODE_PATH" ] || [ ! -f "$AUDIT_POLICY_NODE_PATH" ] || [ ! -r "$AUDIT_POLICY_NODE_PATH" ]; then
    AUDIT_STATE=no-policy
  elif standin_policy_all_none "$AUDIT_POLICY_NODE_PATH"; then
    AUDIT_STATE=none-policy
  elif [ -z "$AUDIT_LOG_NODE_PATH" ] || [ "$AUDIT_LOG_READONLY" = true ]; then
    AUDIT_STATE=no-volume
  else
    case ",$KIND_STANDIN_FAULT," in
    *,no-audit-log,*) AUDIT_STATE=no-audit-log ;;
    *) AUDIT_STATE=ok ;;
    esac
  fi
}

# True when the policy has levels and all of them are None (YAML or JSON); a rough reading, not
# kube's rule evaluation.
standin_policy_all_none() {
  levels=$(grep -oE '"?level"?[[:space:]]*:[[:space:]]*"?[A-Za-z]+' "$1" | sed -E 's/.*:[[:space:]]*"?//')
  [ -n "$levels" ] && [ -z "$(printf '%s\n' "$levels" | grep -v '^None$')" ]
}

# klog's header: I1126 15:16:49.123456       1 file.go:123]
standin_klog() {
  set -- "$1" "$2" "$(date -u +%m%d\ %H:%M:%S)"
  printf '%s%s.%06d       1 %s\n' "$1" "$3" "$(($(standin_usec) % 1000000))" "$2"
}

# Microseconds of the current second (busybox date has no %N; adjtimex reads the clock).
standin_usec() {
  usec=$(adjtimex 2>/dev/null | sed -n 's/.*time.tv_usec:[[:space:]]*//p')
  echo "${usec:-0}"
}

# RFC 3339 UTC with microseconds, as the API server writes its audit timestamps.
standin_timestamp() {
  out=$(adjtimex 2>/dev/null)
  sec=$(printf '%s\n' "$out" | sed -n 's/.*time.tv_sec:[[:space:]]*//p')
  usec=$(printf '%s\n' "$out" | sed -n 's/.*time.tv_usec:[[:space:]]*//p')
  [ -n "$sec" ] || { sec=$(date +%s); usec=0; }
  printf '%s.%06dZ\n' "$(date -u -d "@$sec" +%Y-%m-%dT%H:%M:%S)" "$usec"
}
