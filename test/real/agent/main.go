// kind-audit-node stands in, inside a kind node built for kind-audit's tests, for the three parts
// of a node that cannot run here: systemd (PID 1 and `systemctl`), containerd (and `crictl`) and
// the kubelet. Everything else in the node is real: kind drives it with `docker exec`, the real
// kubeadm runs `init` and `join`, and the static pods kubeadm writes (etcd, kube-apiserver,
// kube-controller-manager, kube-scheduler) run as processes of the real binaries.
//
// One binary, several names (as busybox): the name it is started under picks the part.
//
//	/sbin/init, /usr/local/bin/entrypoint  PID 1: the service manager and the kubelet
//	systemctl                              asks PID 1 to start, stop or report a service
//	crictl                                 lists the static pods' containers and prints their logs
//	journalctl                             prints a service's log
//	kind-audit-node run-container …        starts one container's process in its own mounts
//	envoy                                  the external load balancer, over HAProxy (envoy.go)
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	name := filepath.Base(os.Args[0])
	args := os.Args[1:]
	if name == "kind-audit-node" && len(args) > 0 {
		name, args = args[0], args[1:]
	}
	var code int
	switch name {
	case "init", "entrypoint":
		code = runInit()
	case "systemctl":
		code = runSystemctl(args)
	case "crictl":
		code = runCrictl(args)
	case "journalctl":
		code = runJournalctl(args)
	case "run-container":
		code = runContainer(args)
	case "envoy":
		code = runEnvoy(args)
	default:
		fmt.Fprintf(os.Stderr, "kind-audit-node: unknown part %q (init, systemctl, crictl, journalctl, run-container, envoy)\n", name)
		code = 2
	}
	os.Exit(code)
}
