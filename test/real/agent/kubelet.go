package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"sigs.k8s.io/yaml"
)

// Files kubeadm writes for the kubelet (cmd/kubeadm/app/constants/constants.go).
const (
	kubeletConfigFile    = "/var/lib/kubelet/config.yaml"
	kubeletFlagsFile     = "/var/lib/kubelet/kubeadm-flags.env"
	kubeletKubeconfig    = "/etc/kubernetes/kubelet.conf"
	bootstrapKubeconfig  = "/etc/kubernetes/bootstrap-kubelet.conf"
	kubeletPKIDir        = "/var/lib/kubelet/pki"
	kubeletClientCurrent = kubeletPKIDir + "/kubelet-client-current.pem"
)

// kubeletConfig is the part of the KubeletConfiguration kubeadm writes that the stand-in uses.
type kubeletConfig struct {
	StaticPodPath      string `json:"staticPodPath"`
	HealthzPort        *int   `json:"healthzPort"`
	HealthzBindAddress string `json:"healthzBindAddress"`
}

// kubeletFlags are the flags kubeadm passes in kubeadm-flags.env (nodeRegistration's
// kubeletExtraArgs among them: kind sets node-ip, node-labels and provider-id).
type kubeletFlags struct {
	nodeIP, providerID, hostnameOverride string
	nodeLabels                           map[string]string
}

// kubeletService is the kubelet unit: systemctl starts, stops and restarts it. Stopping it leaves
// the pods running, as stopping the real kubelet leaves containerd's containers.
type kubeletService struct {
	mu     sync.Mutex
	cancel context.CancelFunc
	done   chan struct{}
}

func newKubeletService() *kubeletService { return &kubeletService{} }

func (k *kubeletService) start() {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.cancel != nil {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	k.cancel, k.done = cancel, make(chan struct{})
	done := k.done
	go func() {
		defer close(done)
		runKubelet(ctx)
	}()
}

func (k *kubeletService) stop() {
	k.mu.Lock()
	cancel, done := k.cancel, k.done
	k.cancel, k.done = nil, nil
	k.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
}

// runKubelet is one run of the kubelet, until it is stopped. Like the real one started before
// kubeadm wrote its config, it waits for that config first.
func runKubelet(ctx context.Context) {
	logf("kubelet", "started")
	defer logf("kubelet", "stopped")
	var cfg kubeletConfig
	for {
		data, err := os.ReadFile(kubeletConfigFile)
		if err == nil {
			if err = yaml.Unmarshal(data, &cfg); err == nil {
				break
			}
		}
		if !sleepCtx(ctx, time.Second) {
			return
		}
	}
	flags := readKubeletFlags()
	nodeName := flags.hostnameOverride
	if nodeName == "" {
		nodeName, _ = os.Hostname()
	}
	nodeName = strings.ToLower(nodeName)

	// The health endpoint kubeadm waits for (cmd/kubeadm/app/util/apiclient/wait.go): it answers
	// as soon as the kubelet runs, API server or not.
	port := 10248
	if cfg.HealthzPort != nil {
		port = *cfg.HealthzPort
	}
	address := cfg.HealthzBindAddress
	if address == "" {
		address = "127.0.0.1"
	}
	server := &http.Server{
		Addr: net.JoinHostPort(address, strconv.Itoa(port)),
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte("ok"))
		}),
	}
	go func() {
		if err := server.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			logf("kubelet", "healthz on %s: %v", server.Addr, err)
		}
	}()
	defer server.Close()

	staticPodPath := cfg.StaticPodPath
	if staticPodPath == "" {
		staticPodPath = "/etc/kubernetes/manifests"
	}
	go syncStaticPods(ctx, staticPodPath, nodeName)
	runNodeStatus(ctx, nodeName, flags)
}

// desiredPods is what the manifests asked for at the last read, for the mirror pods.
var desiredPods struct {
	sync.Mutex
	pods map[string]podSpec
}

// syncStaticPods reads the manifests every second and makes the runtime run them.
func syncStaticPods(ctx context.Context, dir, nodeName string) {
	for {
		pods := readStaticPods(dir, nodeName)
		containerRuntime.sync(pods)
		desiredPods.Lock()
		desiredPods.pods = pods
		desiredPods.Unlock()
		if !sleepCtx(ctx, time.Second) {
			return
		}
	}
}

func readKubeletFlags() kubeletFlags {
	out := kubeletFlags{nodeLabels: map[string]string{}}
	data, err := os.ReadFile(kubeletFlagsFile)
	if err != nil {
		return out
	}
	// KUBELET_KUBEADM_ARGS="--flag=value --flag2=value2"
	line := string(data)
	if i := strings.Index(line, "="); i >= 0 {
		line = line[i+1:]
	}
	line = strings.Trim(strings.TrimSpace(line), `"`)
	for _, word := range strings.Fields(line) {
		name, value, _ := strings.Cut(strings.TrimLeft(word, "-"), "=")
		switch name {
		case "node-ip":
			out.nodeIP = value
		case "provider-id":
			out.providerID = value
		case "hostname-override":
			out.hostnameOverride = value
		case "node-labels":
			for _, pair := range strings.Split(value, ",") {
				if k, v, ok := strings.Cut(pair, "="); ok && k != "" {
					out.nodeLabels[k] = v
				}
			}
		}
	}
	return out
}

// sleepCtx sleeps for d; false when ctx ended first.
func sleepCtx(ctx context.Context, d time.Duration) bool {
	select {
	case <-ctx.Done():
		return false
	case <-time.After(d):
		return true
	}
}

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }
