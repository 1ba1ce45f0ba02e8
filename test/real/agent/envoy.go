package main

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"sigs.k8s.io/yaml"
)

// From kind v0.32 on, the external load balancer of a cluster with several control planes is
// Envoy (docker.io/envoyproxy/envoy, kind pkg/cluster/internal/loadbalancer). kind starts it as
// `envoy -c /home/envoy/envoy.yaml`, whose bootstrap names two files of dynamic resources, and
// changes the balancer by moving new versions of those files into place
// (pkg/cluster/internal/create/actions/loadbalancer). No Envoy can be built here, so the load
// balancer image runs this `envoy` instead: it reads the same files, follows them as Envoy's file
// watcher does, and balances with the real HAProxy, configured to do what kind's listener and
// cluster ask (TCP to every control plane's :6443, health-checked over TLS at /healthz).
const haproxyConfig = "/tmp/kind-audit-haproxy.cfg"

type envoyBootstrap struct {
	DynamicResources struct {
		CDS struct {
			PathConfigSource struct {
				Path string `json:"path"`
			} `json:"path_config_source"`
		} `json:"cds_config"`
		LDS struct {
			PathConfigSource struct {
				Path string `json:"path"`
			} `json:"path_config_source"`
		} `json:"lds_config"`
	} `json:"dynamic_resources"`
}

type socketAddress struct {
	Address   string `json:"address"`
	PortValue int    `json:"port_value"`
}

type envoyResources struct {
	Resources []struct {
		Name    string `json:"name"`
		Address struct {
			SocketAddress socketAddress `json:"socket_address"`
		} `json:"address"`
		HealthChecks []struct {
			HTTPHealthCheck struct {
				Path string `json:"path"`
			} `json:"http_health_check"`
		} `json:"health_checks"`
		LoadAssignment struct {
			Endpoints []struct {
				LbEndpoints []struct {
					Endpoint struct {
						Address struct {
							SocketAddress socketAddress `json:"socket_address"`
						} `json:"address"`
					} `json:"endpoint"`
				} `json:"lb_endpoints"`
			} `json:"endpoints"`
		} `json:"load_assignment"`
	} `json:"resources"`
}

func runEnvoy(args []string) int {
	bootstrapPath := ""
	for i := 0; i < len(args); i++ {
		if args[i] == "-c" && i+1 < len(args) {
			bootstrapPath = args[i+1]
		}
	}
	if bootstrapPath == "" {
		fmt.Fprintln(os.Stderr, "envoy (kind-audit stand-in): -c BOOTSTRAP is required")
		return 1
	}
	data, err := os.ReadFile(bootstrapPath)
	var bootstrap envoyBootstrap
	if err == nil {
		err = yaml.Unmarshal(data, &bootstrap)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "envoy (kind-audit stand-in): %s: %v\n", bootstrapPath, err)
		return 1
	}
	lds, cds := bootstrap.DynamicResources.LDS.PathConfigSource.Path, bootstrap.DynamicResources.CDS.PathConfigSource.Path
	fmt.Printf("envoy (kind-audit stand-in over HAProxy): following %s and %s\n", lds, cds)
	var haproxy *exec.Cmd
	exited := make(chan error, 1)
	current := ""
	for {
		config, err := haproxyFor(lds, cds)
		if err != nil {
			fmt.Fprintf(os.Stderr, "envoy (kind-audit stand-in): %v\n", err)
		} else if config != current {
			current = config
			if err := os.WriteFile(haproxyConfig, []byte(config), 0o644); err != nil {
				fmt.Fprintf(os.Stderr, "envoy (kind-audit stand-in): %v\n", err)
				return 1
			}
			if haproxy == nil {
				// Master-worker mode: SIGUSR2 makes the master load the new configuration.
				haproxy = exec.Command("haproxy", "-W", "-db", "-f", haproxyConfig)
				haproxy.Stdout, haproxy.Stderr = os.Stdout, os.Stderr
				if err := haproxy.Start(); err != nil {
					fmt.Fprintf(os.Stderr, "envoy (kind-audit stand-in): haproxy: %v\n", err)
					return 1
				}
				go func() { exited <- haproxy.Wait() }()
				fmt.Println("envoy (kind-audit stand-in): haproxy started")
			} else {
				_ = haproxy.Process.Signal(syscall.SIGUSR2)
				fmt.Println("envoy (kind-audit stand-in): haproxy reloaded")
			}
		}
		select {
		case err := <-exited:
			fmt.Fprintf(os.Stderr, "envoy (kind-audit stand-in): haproxy exited: %v\n", err)
			return 1
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// haproxyFor renders kind's listener (LDS) and cluster (CDS) as an HAProxy configuration.
func haproxyFor(ldsPath, cdsPath string) (string, error) {
	var lds, cds envoyResources
	for path, into := range map[string]*envoyResources{ldsPath: &lds, cdsPath: &cds} {
		data, err := os.ReadFile(path)
		if err != nil {
			return "", err
		}
		if err := yaml.Unmarshal(data, into); err != nil {
			return "", fmt.Errorf("%s: %w", path, err)
		}
	}
	var b strings.Builder
	b.WriteString("global\n  log stdout format raw local0\n")
	b.WriteString("defaults\n  mode tcp\n  log global\n  timeout connect 5s\n  timeout client 1h\n  timeout server 1h\n")
	// Docker's embedded DNS, which Envoy's STRICT_DNS cluster resolves control-plane names with.
	b.WriteString("resolvers docker\n  nameserver dns 127.0.0.11:53\n  hold valid 1s\n")
	if len(lds.Resources) == 0 {
		// kind starts the balancer with no listener; nothing listens until its config arrives.
		return b.String(), nil
	}
	listener := lds.Resources[0].Address.SocketAddress
	bind := net.JoinHostPort(listener.Address, strconv.Itoa(listener.PortValue))
	if listener.Address == "::" {
		bind += " v4v6"
	}
	fmt.Fprintf(&b, "frontend %s\n  bind %s\n  default_backend backends\n", lds.Resources[0].Name, bind)
	b.WriteString("backend backends\n  balance roundrobin\n")
	var servers []string
	for _, cluster := range cds.Resources {
		health := "/healthz"
		if len(cluster.HealthChecks) > 0 && cluster.HealthChecks[0].HTTPHealthCheck.Path != "" {
			health = cluster.HealthChecks[0].HTTPHealthCheck.Path
		}
		fmt.Fprintf(&b, "  option httpchk GET %s\n", health)
		// Envoy's health check: every 2 s, down after 2 failures, up after 1 success, TLS without
		// verification (kind's CDS template).
		b.WriteString("  default-server check check-ssl verify none inter 2s fall 2 rise 1 resolvers docker init-addr last,libc,none\n")
		for _, group := range cluster.LoadAssignment.Endpoints {
			for _, e := range group.LbEndpoints {
				a := e.Endpoint.Address.SocketAddress
				servers = append(servers, net.JoinHostPort(a.Address, strconv.Itoa(a.PortValue)))
			}
		}
	}
	sort.Strings(servers)
	for i, s := range servers {
		fmt.Fprintf(&b, "  server s%d %s\n", i, s)
	}
	return b.String(), nil
}
