# Reads the kube-apiserver static Pod manifest the kind stand-in wrote (kubeadm's layout) and
# prints shell assignments: the audit flags, and where their paths are inside this node once the
# Pod's hostPath volumes are followed (empty when no volume covers the path).
function unq(s) {
  sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s)
  if (s ~ /^".*"$/ || s ~ /^'.*'$/) s = substr(s, 2, length(s) - 2)
  return s
}
function q(s) { gsub(/'/, "'\\''", s); return "'" s "'" }
function keyval(line,   k) {
  sub(/^ +/, "", line); k = line; sub(/:.*/, "", k)
  KEY = k; VAL = line; sub(/^[^:]*:/, "", VAL); VAL = unq(VAL)
}
# Follows the volumeMount whose mountPath is the longest prefix of p to its volume's hostPath.
function resolve(p,   i, j, best, bl, host) {
  best = 0; bl = -1
  for (i = 1; i <= nm; i++) {
    if ((p == mp[i] || index(p, mp[i] "/") == 1 || mp[i] == "/") && length(mp[i]) > bl) { best = i; bl = length(mp[i]) }
  }
  if (!best) return ""
  host = ""
  for (j = 1; j <= nv; j++) if (vn[j] == mn[best]) host = vp[j]
  if (host == "") return ""
  RO = mro[best]
  return host substr(p, length(mp[best]) + 1)
}
{ line = $0 }
sec == "cmd" {
  if (line ~ /^    - /) {
    v = unq(substr(line, 7))
    if (v ~ /^--audit-log-path=/) logp = substr(v, 18)
    else if (v ~ /^--audit-policy-file=/) pol = substr(v, 21)
    next
  }
  sec = ""
}
sec == "mounts" {
  if (line ~ /^    - /) { nm++; line = "      " substr(line, 7) }
  if (line ~ /^      [A-Za-z]+:/) {
    keyval(line)
    if (KEY == "mountPath") mp[nm] = VAL; else if (KEY == "name") mn[nm] = VAL; else if (KEY == "readOnly") mro[nm] = VAL
    next
  }
  sec = ""
}
sec == "vols" {
  if (line ~ /^  - /) { nv++; line = "    " substr(line, 5) }
  if (line ~ /^    [A-Za-z]+:/) { keyval(line); if (KEY == "name") vn[nv] = VAL; next }
  if (line ~ /^      path:/) { keyval(line); vp[nv] = VAL; next }
  if (line ~ /^      /) next
  sec = ""
}
/^  - command:/ || /^    command:/ { sec = "cmd"; next }
/^    volumeMounts:/ { sec = "mounts"; next }
/^  volumes:/ { sec = "vols"; next }
END {
  print "AUDIT_LOG_PATH=" q(logp)
  print "AUDIT_POLICY_FILE=" q(pol)
  RO = ""; lp = (logp == "" || logp == "-") ? "" : resolve(logp)
  print "AUDIT_LOG_NODE_PATH=" q(lp)
  print "AUDIT_LOG_READONLY=" q(RO)
  pp = (pol == "") ? "" : resolve(pol)
  print "AUDIT_POLICY_NODE_PATH=" q(pp)
}
