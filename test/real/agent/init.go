package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"time"
)

// Each service's log, which `journalctl -u NAME` prints (kind's `export logs` asks for the
// kubelet's and containerd's journals).
const journalDir = "/var/log/node-agent"

var logMu sync.Mutex

// logf writes one line to the node's console (what `docker logs` shows) and to the unit's journal.
func logf(unit, format string, args ...any) {
	line := fmt.Sprintf("%s %s: %s\n", time.Now().UTC().Format(time.RFC3339Nano), unit, fmt.Sprintf(format, args...))
	logMu.Lock()
	defer logMu.Unlock()
	_, _ = os.Stdout.WriteString(line)
	if f, err := os.OpenFile(filepath.Join(journalDir, unit+".log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644); err == nil {
		_, _ = f.WriteString(line)
		_ = f.Close()
	}
}

// runInit is PID 1 of the node. It brings up what a kind node's systemd brings up at boot
// (containerd, and the kubelet, which waits for kubeadm's config), says so in the words kind waits
// for, and then serves `systemctl` until the node is stopped.
func runInit() int {
	for _, dir := range []string{stateDir, journalDir, containersDir} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintf(os.Stderr, "kind-audit-node: %v\n", err)
			return 1
		}
	}
	go procs.reap()

	kubelet := newKubeletService()
	manager := &serviceManager{units: map[string]*unit{
		// containerd is the runtime's name; the agent's runtime is always there.
		"containerd": {name: "containerd", enabled: true, start: func() {}, stop: func() {}},
		"kubelet":    {name: "kubelet", enabled: true, start: kubelet.start, stop: kubelet.stop},
	}}
	if err := manager.serve(); err != nil {
		fmt.Fprintf(os.Stderr, "kind-audit-node: control socket: %v\n", err)
		return 1
	}
	manager.units["containerd"].active = true
	manager.units["kubelet"].active = true
	kubelet.start()

	// kind waits for this line before it execs anything in the node: it matches
	// "Reached target .*Multi-User System.*|detected cgroup v1"
	// (kind pkg/cluster/internal/providers/common/cgroups.go).
	fmt.Println("kind-audit-node: stand-in for systemd, containerd and the kubelet")
	fmt.Println("[  OK  ] Reached target Multi-User System.")

	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGTERM, syscall.SIGINT)
	sig := <-sigs
	logf("agent", "%v: stopping every container", sig)
	kubelet.stop()
	procs.signalAll(syscall.SIGTERM)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for procs.running() > 0 && ctx.Err() == nil {
		time.Sleep(100 * time.Millisecond)
	}
	procs.signalAll(syscall.SIGKILL)
	return 0
}
