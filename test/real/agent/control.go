package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
)

// The agent's state lives under /run, a tmpfs in every kind node (kind's provider runs nodes with
// `--tmpfs /run`), so a restarted node starts clean as a booted one does.
const (
	stateDir      = "/run/kind-audit-node"
	controlSocket = stateDir + "/control.sock"
)

// unit is a service PID 1 manages, as a systemd unit: kubeadm starts, stops and restarts the
// kubelet through `systemctl` (cmd/kubeadm/app/util/initsystem/initsystem_unix.go).
type unit struct {
	name    string
	enabled bool
	active  bool
	start   func()
	stop    func()
}

type serviceManager struct {
	mu    sync.Mutex
	units map[string]*unit
}

// request and reply are one line of JSON each way on the control socket.
type request struct {
	Verb string   `json:"verb"`
	Args []string `json:"args"`
}

type reply struct {
	Code   int    `json:"code"`
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
}

func (m *serviceManager) serve() error {
	_ = os.Remove(controlSocket)
	l, err := net.Listen("unix", controlSocket)
	if err != nil {
		return err
	}
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				logf("agent", "control socket: %v", err)
				return
			}
			go func() {
				defer conn.Close()
				var req request
				if err := json.NewDecoder(bufio.NewReader(conn)).Decode(&req); err != nil {
					return
				}
				_ = json.NewEncoder(conn).Encode(m.handle(req))
			}()
		}
	}()
	return nil
}

// unitName accepts `kubelet` and `kubelet.service` alike, as systemctl does.
func unitName(arg string) string { return strings.TrimSuffix(arg, ".service") }

func (m *serviceManager) handle(req request) reply {
	m.mu.Lock()
	defer m.mu.Unlock()
	if req.Verb == "daemon-reload" || req.Verb == "is-system-running" {
		if req.Verb == "is-system-running" {
			return reply{Stdout: "running\n"}
		}
		return reply{}
	}
	if len(req.Args) == 0 {
		return reply{Code: 1, Stderr: fmt.Sprintf("Too few arguments for %s.\n", req.Verb)}
	}
	var out reply
	for _, arg := range req.Args {
		name := unitName(arg)
		u, ok := m.units[name]
		if !ok && req.Verb == "is-active" {
			// systemd answers so for a unit it does not know; kubeadm asks about
			// systemd-resolved (cmd/kubeadm/app/componentconfigs/kubelet_unix.go).
			out.Stdout += "inactive\n"
			out.Code = 3
			continue
		}
		if !ok {
			out.Code = 4
			if req.Verb == "status" {
				out.Stderr += fmt.Sprintf("Unit %s.service could not be found.\n", name)
			} else {
				out.Stderr += fmt.Sprintf("Failed to %s %s.service: Unit %s.service not found.\n", req.Verb, name, name)
			}
			continue
		}
		switch req.Verb {
		case "start":
			if !u.active {
				u.active = true
				u.start()
			}
		case "stop":
			if u.active {
				u.active = false
				u.stop()
			}
		case "restart":
			if u.active {
				u.stop()
			}
			u.active = true
			u.start()
		case "enable":
			u.enabled = true
		case "disable":
			u.enabled = false
		case "is-enabled":
			if u.enabled {
				out.Stdout += "enabled\n"
			} else {
				out.Stdout += "disabled\n"
				out.Code = 1
			}
		case "is-active":
			if u.active {
				out.Stdout += "active\n"
			} else {
				out.Stdout += "inactive\n"
				out.Code = 3
			}
		case "status":
			state := "inactive (dead)"
			if u.active {
				state = "active (running)"
			} else {
				out.Code = 3
			}
			out.Stdout += fmt.Sprintf("● %s.service - %s (kind-audit-node stand-in)\n     Loaded: loaded (/etc/systemd/system/%s.service; %s)\n     Active: %s\n",
				name, name, name, map[bool]string{true: "enabled", false: "disabled"}[u.enabled], state)
		default:
			return reply{Code: 1, Stderr: fmt.Sprintf("kind-audit-node: systemctl %s is not stood in for\n", req.Verb)}
		}
	}
	return out
}

// call sends one request to PID 1 and returns its reply.
func call(req request) (reply, error) {
	conn, err := net.Dial("unix", controlSocket)
	if err != nil {
		return reply{}, err
	}
	defer conn.Close()
	if err := json.NewEncoder(conn).Encode(req); err != nil {
		return reply{}, err
	}
	var out reply
	err = json.NewDecoder(conn).Decode(&out)
	return out, err
}

// runSystemctl is `systemctl VERB [UNIT…]`, answered by PID 1. Options such as `--no-pager` are
// accepted and ignored.
func runSystemctl(args []string) int {
	var words []string
	for _, a := range args {
		if !strings.HasPrefix(a, "-") {
			words = append(words, a)
		}
	}
	if len(words) == 0 {
		fmt.Fprintln(os.Stderr, "kind-audit-node: systemctl needs a verb")
		return 1
	}
	out, err := call(request{Verb: words[0], Args: words[1:]})
	if err != nil {
		fmt.Fprintf(os.Stderr, "System has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: %v\n", err)
		return 1
	}
	fmt.Fprint(os.Stdout, out.Stdout)
	fmt.Fprint(os.Stderr, out.Stderr)
	return out.Code
}
