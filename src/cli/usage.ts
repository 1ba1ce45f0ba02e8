/** Help text for each command; `kind-audit <command> --help` prints it. */
export const USAGE: Record<string, string> = {
  main: `kind-audit — a kind cluster whose API server writes an audit log, verified and collected.

Usage: kind-audit <command> [options]

Commands:
  render    write the audit policy and kind config, create nothing
  up        render, create the cluster, verify the audit log is live
  verify    run the checks again on an existing cluster
  collect   copy every audit file out of the control-plane nodes
  down      delete the cluster
  policy    validate a policy file, or explain which rule audits a request

Run 'kind-audit <command> --help' for a command's options.`,
  render: `Usage: kind-audit render --out DIR [--name N] [--level L | --policy-file F | --preset P]
                        [--omit-stages S1,S2] [--image I]

Checks the policy as kube-apiserver would, then writes audit-policy.yaml and kind-config.yaml
into DIR. Creates nothing.
  --out DIR          folder to write into (required)
  --name N           cluster name (default kind)
  --level L          single-rule policy: None | Metadata | Request | RequestResponse
  --policy-file F    your own policy file
  --preset P         metadata | recommended
  --omit-stages S    stages to leave out of every event, e.g. RequestReceived
  --image I          node image for every node (default: kind's own)
  --control-planes N control-plane nodes, 1 to 7 (default 1); each gets the policy and the flags
  --workers N        worker nodes, 0 to 16 (default 0)
With no policy option the policy is the guide's (level Metadata).`,
  policy: `Usage: kind-audit policy validate FILE
       kind-audit policy explain FILE --verb V [--resource R[/sub]] [--group G] [--namespace NS]
                                  [--name N] [--user U] [--groups G1,G2] [--path /url]

validate  exit 0 when kube-apiserver would accept FILE (warnings on stderr); exit 1 with kube's
          errors, one per line, when it would not.
explain   print the level a request gets and the rule (index and text) that decided it.`,
  up: `Usage: kind-audit up [--name N] [--level L | --policy-file F | --preset P] [--omit-stages S]
                    [--image I] [--control-planes N] [--workers N] [--wait D]
                    [--verify-timeout D] [--dir DIR]

Renders the files, runs 'kind create cluster', and proves every control-plane node writes its
audit log. Keeps its files and state in DIR (default: <tmp>/kind-audit/<name>).`,
  verify: `Usage: kind-audit verify [--name N] [--verify-timeout D] [--dir DIR]

Runs the checks of 'up' again against a cluster that 'up' created.`,
  collect: `Usage: kind-audit collect --out DIR [--name N] [--dir DIR]

Copies the audit log and its rotated files out of every control-plane node (running or stopped)
into DIR/<node>/, with the policy and kind config beside them, and prints a summary.`,
  down: `Usage: kind-audit down [--name N]

Deletes the cluster with 'kind delete cluster'.`,
};
