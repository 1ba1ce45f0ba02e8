package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// runCrictl answers the crictl calls made of a kind node: kind's `export logs` (`crictl images`,
// `crictl ps -a`, `crictl inspect`), and the diagnostics of a failed create, which read the API
// server's container (`crictl ps -a --name kube-apiserver -q`, `crictl logs --tail N ID`).
// Output follows crictl's layout (cri-tools cmd/crictl).
func runCrictl(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "kind-audit-node: crictl needs a command (ps, logs, images, pods, inspect)")
		return 1
	}
	cmd, rest := args[0], args[1:]
	// Global options before the command, e.g. `crictl --runtime-endpoint … ps`, are skipped.
	for strings.HasPrefix(cmd, "-") && len(rest) > 0 {
		if !strings.Contains(cmd, "=") && len(rest) > 1 {
			rest = rest[1:]
		}
		cmd, rest = rest[0], rest[1:]
	}
	switch cmd {
	case "ps":
		return crictlPs(rest)
	case "logs":
		return crictlLogs(rest)
	case "images":
		return crictlImages()
	case "pods":
		return crictlPods()
	case "inspect":
		return crictlInspect(rest)
	case "version":
		fmt.Printf("Version:  0.1.0\nRuntimeName:  kind-audit-node\nRuntimeVersion:  stand-in\nRuntimeApiVersion:  v1\n")
		return 0
	}
	fmt.Fprintf(os.Stderr, "kind-audit-node: crictl %s is not stood in for\n", cmd)
	return 1
}

func crictlPs(args []string) int {
	all, quiet, output := false, false, ""
	var name *regexp.Regexp
	for i := 0; i < len(args); i++ {
		flag, value, inline := strings.Cut(args[i], "=")
		// The value of `--flag value` or `--flag=value`.
		next := func() string {
			if !inline && i+1 < len(args) {
				i++
				value = args[i]
			}
			return value
		}
		switch flag {
		case "-a", "--all":
			all = true
		case "-q", "--quiet":
			quiet = true
		case "-aq", "-qa":
			all, quiet = true, true
		case "--name":
			re, err := regexp.Compile(next())
			if err != nil {
				fmt.Fprintf(os.Stderr, "crictl: --name: %v\n", err)
				return 1
			}
			name = re
		case "-o", "--output":
			output = next()
		}
	}
	var shown []containerRecord
	for _, r := range loadRecords() {
		if !all && r.State != "CONTAINER_RUNNING" {
			continue
		}
		if name != nil && !name.MatchString(r.Name) {
			continue
		}
		shown = append(shown, r)
	}
	if output == "json" {
		data, _ := json.MarshalIndent(map[string]any{"containers": shown}, "", "  ")
		fmt.Println(string(data))
		return 0
	}
	if quiet {
		for _, r := range shown {
			fmt.Println(r.ID)
		}
		return 0
	}
	fmt.Printf("%-13s  %-30s  %-16s  %-8s  %-24s  %-7s  %-13s  %s\n", "CONTAINER", "IMAGE", "CREATED", "STATE", "NAME", "ATTEMPT", "POD ID", "POD")
	for _, r := range shown {
		state := "Running"
		if r.State != "CONTAINER_RUNNING" {
			state = "Exited"
		}
		fmt.Printf("%-13s  %-30s  %-16s  %-8s  %-24s  %-7d  %-13s  %s\n", r.ID[:13], r.Image, ago(r.CreatedAt), state, r.Name, r.Attempt, r.PodID[:13], r.PodName)
	}
	return 0
}

func ago(t time.Time) string {
	d := time.Since(t).Round(time.Second)
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%d seconds ago", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%d minutes ago", int(d.Minutes()))
	}
	return fmt.Sprintf("%d hours ago", int(d.Hours()))
}

// findRecord finds a container by its ID or a unique prefix of it, as crictl does.
func findRecord(id string) (containerRecord, error) {
	if id == "" {
		return containerRecord{}, fmt.Errorf("ID cannot be empty")
	}
	var found []containerRecord
	for _, r := range loadRecords() {
		if strings.HasPrefix(r.ID, id) {
			found = append(found, r)
		}
	}
	if len(found) != 1 {
		return containerRecord{}, fmt.Errorf("rpc error: code = NotFound desc = an error occurred when try to find container %q: not found", id)
	}
	return found[0], nil
}

func crictlLogs(args []string) int {
	tail := -1
	id := ""
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--tail" && i+1 < len(args):
			i++
			tail, _ = strconv.Atoi(args[i])
		case strings.HasPrefix(a, "--tail="):
			tail, _ = strconv.Atoi(strings.TrimPrefix(a, "--tail="))
		case strings.HasPrefix(a, "-"):
		default:
			id = a
		}
	}
	r, err := findRecord(id)
	if err != nil {
		fmt.Fprintf(os.Stderr, "time=%q level=fatal msg=%q\n", time.Now().UTC().Format(time.RFC3339), err.Error())
		return 1
	}
	f, err := os.Open(r.LogPath)
	if err != nil {
		fmt.Fprintf(os.Stderr, "crictl: %v\n", err)
		return 1
	}
	defer f.Close()
	type entry struct{ stream, text string }
	var lines []entry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	for sc.Scan() {
		// "<time> <stream> <P|F> <text>"
		parts := strings.SplitN(sc.Text(), " ", 4)
		if len(parts) == 4 {
			lines = append(lines, entry{parts[1], parts[3]})
		}
	}
	if tail >= 0 && len(lines) > tail {
		lines = lines[len(lines)-tail:]
	}
	// Each stream goes back to where it came from, as crictl replays them.
	for _, l := range lines {
		if l.stream == "stderr" {
			fmt.Fprintln(os.Stderr, l.text)
		} else {
			fmt.Fprintln(os.Stdout, l.text)
		}
	}
	return 0
}

func crictlImages() int {
	fmt.Printf("%-50s  %-20s  %-13s  %s\n", "IMAGE", "TAG", "IMAGE ID", "SIZE")
	for _, ref := range sortedKeys(nodeImages()) {
		repo, tag := ref, ""
		if i := strings.LastIndex(ref, ":"); i > strings.LastIndex(ref, "/") {
			repo, tag = ref[:i], ref[i+1:]
		}
		fmt.Printf("%-50s  %-20s  %-13s  %s\n", repo, tag, "-", "-")
	}
	return 0
}

func crictlPods() int {
	fmt.Printf("%-13s  %-16s  %-8s  %-40s  %s\n", "POD ID", "CREATED", "STATE", "NAME", "NAMESPACE")
	seen := map[string]bool{}
	for _, r := range loadRecords() {
		if seen[r.PodID] {
			continue
		}
		seen[r.PodID] = true
		fmt.Printf("%-13s  %-16s  %-8s  %-40s  %s\n", r.PodID[:13], ago(r.CreatedAt), "Ready", r.PodName, r.PodNamespace)
	}
	return 0
}

func crictlInspect(args []string) int {
	code := 0
	for _, id := range args {
		if strings.HasPrefix(id, "-") {
			continue
		}
		r, err := findRecord(id)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			code = 1
			continue
		}
		data, _ := json.MarshalIndent(map[string]any{"status": r}, "", "  ")
		fmt.Println(string(data))
	}
	return code
}

// runJournalctl prints a unit's journal (`journalctl -u kubelet`, `--no-pager` and the like
// accepted); with no unit, every unit's.
func runJournalctl(args []string) int {
	var units []string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case (a == "-u" || a == "--unit") && i+1 < len(args):
			i++
			units = append(units, unitName(args[i]))
		case strings.HasPrefix(a, "--unit="):
			units = append(units, unitName(strings.TrimPrefix(a, "--unit=")))
		}
	}
	if len(units) == 0 {
		entries, _ := os.ReadDir(journalDir)
		for _, e := range entries {
			units = append(units, strings.TrimSuffix(e.Name(), ".log"))
		}
	}
	for _, u := range units {
		data, err := os.ReadFile(filepath.Join(journalDir, u+".log"))
		if err != nil {
			fmt.Println("-- No entries --")
			continue
		}
		os.Stdout.Write(data)
	}
	return 0
}
