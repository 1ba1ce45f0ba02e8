package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// runContainer starts one container's process as the runtime would: in a mount namespace of its
// own, in a root that holds only the image's binary, the pod's hostPath volumes at their
// mountPaths (read-only where the pod says so), /proc, /dev, /sys and a fresh /tmp, and /etc/hosts
// and /etc/resolv.conf of the node (static pods use the host's network). So a process sees what it
// would see in its container: a file that no volume brings in is not there, and a read-only volume
// cannot be written. It never returns on success: the process replaces it.
func runContainer(args []string) int {
	if len(args) != 1 {
		fmt.Fprintln(os.Stderr, "kind-audit-node: run-container takes one JSON argument")
		return 2
	}
	var spec processSpec
	if err := json.Unmarshal([]byte(args[0]), &spec); err != nil {
		fmt.Fprintf(os.Stderr, "kind-audit-node: run-container: %v\n", err)
		return 2
	}
	if err := enterRoot(spec); err != nil {
		fmt.Fprintf(os.Stderr, "kind-audit-node: failed to create the container's root: %v\n", err)
		return 128
	}
	path, err := lookPath(spec.Argv[0], spec.Env)
	if err != nil {
		fmt.Fprintf(os.Stderr, "kind-audit-node: exec: %q: %v\n", spec.Argv[0], err)
		return 127
	}
	err = syscall.Exec(path, spec.Argv, spec.Env)
	fmt.Fprintf(os.Stderr, "kind-audit-node: exec %s: %v\n", path, err)
	return 126
}

func enterRoot(spec processSpec) error {
	// Mount namespaces belong to threads until exec: keep this one for the rest of the process.
	runtime.LockOSThread()
	if err := unix.Unshare(unix.CLONE_NEWNS); err != nil {
		return fmt.Errorf("unshare: %w", err)
	}
	if err := unix.Mount("", "/", "", unix.MS_REC|unix.MS_PRIVATE, ""); err != nil {
		return fmt.Errorf("make / private: %w", err)
	}
	root, err := os.MkdirTemp(stateDir, "root-")
	if err != nil {
		return err
	}
	if err := unix.Mount("tmpfs", root, "tmpfs", 0, "mode=0755"); err != nil {
		return fmt.Errorf("tmpfs root: %w", err)
	}
	for _, dir := range []string{"proc", "dev", "sys", "tmp", "etc", "root", "var/run", "run"} {
		if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
			return err
		}
	}
	if err := unix.Mount("proc", filepath.Join(root, "proc"), "proc", 0, ""); err != nil {
		return fmt.Errorf("proc: %w", err)
	}
	if err := bind("/dev", filepath.Join(root, "dev"), false); err != nil {
		return err
	}
	if err := bind("/sys", filepath.Join(root, "sys"), true); err != nil {
		return err
	}
	if err := unix.Mount("tmpfs", filepath.Join(root, "tmp"), "tmpfs", 0, "mode=1777"); err != nil {
		return fmt.Errorf("tmp: %w", err)
	}
	for _, f := range []string{"/etc/hosts", "/etc/resolv.conf", "/etc/hostname"} {
		if _, err := os.Stat(f); err == nil {
			if err := bind(f, filepath.Join(root, f), true); err != nil {
				return err
			}
		}
	}
	for nodePath, inRoot := range spec.Binaries {
		if err := bind(nodePath, filepath.Join(root, inRoot), true); err != nil {
			return err
		}
	}
	for _, m := range spec.Mounts {
		if err := bind(m.Source, filepath.Join(root, m.Target), m.ReadOnly); err != nil {
			return fmt.Errorf("mount %s at %s: %w", m.Source, m.Target, err)
		}
	}
	if err := unix.Chroot(root); err != nil {
		return fmt.Errorf("chroot: %w", err)
	}
	dir := spec.Dir
	if dir == "" {
		dir = "/"
	}
	return unix.Chdir(dir)
}

// bind mounts source at target (made to match: a folder for a folder, an empty file for a file),
// read-only when asked, as a bind mount of a container is.
func bind(source, target string, readOnly bool) error {
	info, err := os.Stat(source)
	if err != nil {
		return err
	}
	if info.IsDir() {
		if err := os.MkdirAll(target, 0o755); err != nil {
			return err
		}
	} else {
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		if _, err := os.Stat(target); os.IsNotExist(err) {
			f, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY, 0o644)
			if err != nil {
				return err
			}
			f.Close()
		}
	}
	if err := unix.Mount(source, target, "", unix.MS_BIND|unix.MS_REC, ""); err != nil {
		return fmt.Errorf("bind %s: %w", source, err)
	}
	if readOnly {
		if err := unix.Mount("", target, "", unix.MS_BIND|unix.MS_REMOUNT|unix.MS_RDONLY|unix.MS_REC, ""); err != nil {
			return fmt.Errorf("read-only %s: %w", target, err)
		}
	}
	return nil
}

// lookPath finds name in the PATH of env, inside the container's root.
func lookPath(name string, env []string) (string, error) {
	if strings.Contains(name, "/") {
		return name, nil
	}
	path := imagePath
	for _, e := range env {
		if strings.HasPrefix(e, "PATH=") {
			path = strings.TrimPrefix(e, "PATH=")
		}
	}
	for _, dir := range filepath.SplitList(path) {
		full := filepath.Join(dir, name)
		if info, err := os.Stat(full); err == nil && !info.IsDir() && info.Mode()&0o111 != 0 {
			return full, nil
		}
	}
	return "", fmt.Errorf("executable file not found in $PATH")
}
