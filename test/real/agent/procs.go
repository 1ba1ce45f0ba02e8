package main

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// As PID 1 the agent is the parent of every process it starts and, as systemd is, of every orphan
// in the node (a `docker exec`'s children whose parent exited). One reaper waits for all of them,
// so a process the agent started learns its exit status from the reaper, never from a second wait.
type procTable struct {
	mu    sync.Mutex
	waits map[int]chan syscall.WaitStatus
}

var procs = &procTable{waits: map[int]chan syscall.WaitStatus{}}

// start starts argv with the given files as fds 0-2 and returns its pid and a channel that
// receives its exit status. The table is locked while the process starts, so the reaper cannot
// reap it before its channel is registered.
func (t *procTable) start(argv []string, env []string, dir string, files []*os.File) (int, <-chan syscall.WaitStatus, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	p, err := os.StartProcess(argv[0], argv, &os.ProcAttr{
		Dir:   dir,
		Env:   env,
		Files: files,
		// Its own process group, so a stop signals everything the container started.
		Sys: &syscall.SysProcAttr{Setpgid: true},
	})
	if err != nil {
		return 0, nil, err
	}
	done := make(chan syscall.WaitStatus, 1)
	t.waits[p.Pid] = done
	// The os.Process is not waited on: the reaper does that for every child.
	_ = p.Release()
	return p.Pid, done, nil
}

// reap runs forever: on every SIGCHLD it collects each exited child, handing the status to the
// process's channel when the agent started it and dropping it for an orphan.
func (t *procTable) reap() {
	sigs := make(chan os.Signal, 16)
	signal.Notify(sigs, syscall.SIGCHLD)
	for range sigs {
		t.mu.Lock()
		for {
			var status syscall.WaitStatus
			pid, err := syscall.Wait4(-1, &status, syscall.WNOHANG, nil)
			if pid <= 0 || err != nil {
				break
			}
			if done, ok := t.waits[pid]; ok {
				done <- status
				delete(t.waits, pid)
			}
		}
		t.mu.Unlock()
	}
}

// signalAll sends sig to the process group of every process the agent started.
func (t *procTable) signalAll(sig syscall.Signal) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for pid := range t.waits {
		_ = syscall.Kill(-pid, sig)
	}
}

// running reports how many started processes have not exited yet.
func (t *procTable) running() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.waits)
}
