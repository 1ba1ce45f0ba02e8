package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"
)

// The runtime stands in for containerd: it runs each container of a static pod as a process of
// the node, in a root of its own that holds the image's binary and the pod's hostPath volumes
// (see runContainer), and keeps what `crictl ps` and `crictl logs` show.
const (
	containersDir = stateDir + "/containers"
	podLogsDir    = "/var/log/pods"
	// The kubelet's links to the current log of each container (pkg/kubelet/kuberuntime).
	containerLogsDir = "/var/log/containers"
	agentBinary      = "/usr/local/bin/kind-audit-node"
)

// containerRecord is one container as crictl reports it; one JSON file each under containersDir.
type containerRecord struct {
	ID           string    `json:"id"`
	Name         string    `json:"name"`
	Image        string    `json:"image"`
	PodID        string    `json:"podId"`
	PodName      string    `json:"podName"`
	PodNamespace string    `json:"podNamespace"`
	PodUID       string    `json:"podUid"`
	Attempt      int       `json:"attempt"`
	State        string    `json:"state"` // CONTAINER_RUNNING or CONTAINER_EXITED, as CRI names them
	CreatedAt    time.Time `json:"createdAt"`
	FinishedAt   time.Time `json:"finishedAt,omitempty"`
	ExitCode     int       `json:"exitCode"`
	Reason       string    `json:"reason,omitempty"`
	LogPath      string    `json:"logPath"`
}

func (r *containerRecord) save() {
	data, _ := json.MarshalIndent(r, "", "  ")
	tmp := filepath.Join(containersDir, r.ID+".tmp")
	if os.WriteFile(tmp, data, 0o644) == nil {
		_ = os.Rename(tmp, filepath.Join(containersDir, r.ID+".json"))
	}
}

func loadRecords() []containerRecord {
	entries, _ := os.ReadDir(containersDir)
	var out []containerRecord
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(containersDir, e.Name()))
		if err != nil {
			continue
		}
		var r containerRecord
		if json.Unmarshal(data, &r) == nil {
			out = append(out, r)
		}
	}
	// Newest first, as crictl lists them.
	sort.Slice(out, func(i, j int) bool { return out[i].CreatedAt.After(out[j].CreatedAt) })
	return out
}

func newID() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// podRun is one pod's containers, running until stopped.
type podRun struct {
	spec   podSpec
	id     string
	cancel context.CancelFunc
	done   sync.WaitGroup
}

type runtimeService struct {
	mu   sync.Mutex
	pods map[string]*podRun // by pod key (namespace/name)
}

var containerRuntime = &runtimeService{pods: map[string]*podRun{}}

// sync makes the running pods the desired ones: a pod whose manifest changed is stopped and
// started again, one whose manifest is gone is stopped, as the kubelet does for static pods.
func (rt *runtimeService) sync(desired map[string]podSpec) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	for key, run := range rt.pods {
		if spec, ok := desired[key]; !ok || spec.hash != run.spec.hash {
			logf("kubelet", "stopping pod %s", key)
			run.stop()
			delete(rt.pods, key)
		}
	}
	for key, spec := range desired {
		if _, ok := rt.pods[key]; ok {
			continue
		}
		logf("kubelet", "starting pod %s (%s)", key, spec.source)
		ctx, cancel := context.WithCancel(context.Background())
		run := &podRun{spec: spec, id: newID(), cancel: cancel}
		for _, c := range spec.containers {
			run.done.Add(1)
			go func() {
				defer run.done.Done()
				run.keepRunning(ctx, c)
			}()
		}
		rt.pods[key] = run
	}
}

// states returns the latest attempt of each container of the pod, by container name.
func (rt *runtimeService) states(key string) map[string]containerRecord {
	rt.mu.Lock()
	run, ok := rt.pods[key]
	rt.mu.Unlock()
	out := map[string]containerRecord{}
	if !ok {
		return out
	}
	for _, r := range loadRecords() {
		if _, seen := out[r.Name]; !seen && r.PodID == run.id {
			out[r.Name] = r
		}
	}
	return out
}

func (p *podRun) stop() {
	p.cancel()
	p.done.Wait()
}

// keepRunning starts the container and starts it again whenever it exits, with a back-off that
// doubles from 1 s to 20 s (the kubelet's goes from 10 s to 5 min: shorter here, so a test sees a
// crash loop in seconds), until the pod is stopped.
func (p *podRun) keepRunning(ctx context.Context, c containerSpec) {
	backoff := time.Second
	for attempt := 0; ctx.Err() == nil; attempt++ {
		started := time.Now()
		p.runOnce(ctx, c, attempt)
		if ctx.Err() != nil {
			return
		}
		if time.Since(started) > 2*time.Minute {
			backoff = time.Second
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, 20*time.Second)
	}
}

// runOnce runs one attempt of the container and records it.
func (p *podRun) runOnce(ctx context.Context, c containerSpec, attempt int) {
	rec := &containerRecord{
		ID:           newID(),
		Name:         c.name,
		Image:        c.image,
		PodID:        p.id,
		PodName:      p.spec.name,
		PodNamespace: p.spec.namespace,
		PodUID:       p.spec.uid,
		Attempt:      attempt,
		State:        "CONTAINER_RUNNING",
		CreatedAt:    time.Now().UTC(),
	}
	logDir := filepath.Join(podLogsDir, fmt.Sprintf("%s_%s_%s", p.spec.namespace, p.spec.name, p.spec.uid), c.name)
	rec.LogPath = filepath.Join(logDir, fmt.Sprintf("%d.log", attempt))
	finish := func(code int, reason string) {
		rec.State, rec.ExitCode, rec.Reason, rec.FinishedAt = "CONTAINER_EXITED", code, reason, time.Now().UTC()
		rec.save()
	}
	if err := os.MkdirAll(logDir, 0o755); err != nil {
		finish(128, err.Error())
		return
	}
	logFile, err := os.OpenFile(rec.LogPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o640)
	if err != nil {
		finish(128, err.Error())
		return
	}
	defer logFile.Close()
	_ = os.MkdirAll(containerLogsDir, 0o755)
	link := filepath.Join(containerLogsDir, fmt.Sprintf("%s_%s_%s-%s.log", p.spec.name, p.spec.namespace, c.name, rec.ID))
	_ = os.Symlink(rec.LogPath, link)
	logs := &criLogWriter{file: logFile}

	if err := c.prepareVolumes(); err != nil {
		// The kubelet does not start a container whose volume cannot be set up; it says why in an
		// event. Here the reason goes into the container's log, where `crictl logs` shows it.
		logs.line("stderr", fmt.Sprintf("kind-audit-node: MountVolume.SetUp failed: %v", err))
		finish(128, "CreateContainerError")
		return
	}
	rec.save()

	spec, _ := json.Marshal(c.process)
	stdoutR, stdoutW, _ := os.Pipe()
	stderrR, stderrW, _ := os.Pipe()
	devNull, _ := os.Open(os.DevNull)
	pid, done, err := procs.start([]string{agentBinary, "run-container", string(spec)}, os.Environ(), "/", []*os.File{devNull, stdoutW, stderrW})
	devNull.Close()
	stdoutW.Close()
	stderrW.Close()
	var copying sync.WaitGroup
	for stream, r := range map[string]*os.File{"stdout": stdoutR, "stderr": stderrR} {
		copying.Add(1)
		go func() {
			defer copying.Done()
			defer r.Close()
			logs.copy(stream, r)
		}()
	}
	if err != nil {
		stdoutR.Close()
		stderrR.Close()
		copying.Wait()
		logs.line("stderr", fmt.Sprintf("kind-audit-node: cannot start %s: %v", c.name, err))
		finish(128, "StartError")
		return
	}
	var status syscall.WaitStatus
	select {
	case status = <-done:
	case <-ctx.Done():
		// As the kubelet stops a container: SIGTERM, then SIGKILL after the grace period.
		_ = syscall.Kill(-pid, syscall.SIGTERM)
		select {
		case status = <-done:
		case <-time.After(10 * time.Second):
			_ = syscall.Kill(-pid, syscall.SIGKILL)
			status = <-done
		}
	}
	copying.Wait()
	code := status.ExitStatus()
	if status.Signaled() {
		code = 128 + int(status.Signal())
	}
	reason := "Completed"
	if code != 0 {
		reason = "Error"
	}
	finish(code, reason)
	logf("kubelet", "container %s of pod %s/%s exited with code %d", c.name, p.spec.namespace, p.spec.name, code)
}

// criLogWriter writes a container's output as containerd's CRI plugin does: one line per entry,
// "<RFC 3339 time> <stream> F <text>" (a full line; P marks a partial one).
type criLogWriter struct {
	mu   sync.Mutex
	file io.Writer
}

func (w *criLogWriter) line(stream, text string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	fmt.Fprintf(w.file, "%s %s F %s\n", time.Now().UTC().Format(time.RFC3339Nano), stream, text)
}

func (w *criLogWriter) copy(stream string, r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	for sc.Scan() {
		w.line(stream, sc.Text())
	}
}
