package atomicfile

import (
	"errors"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"syscall"
)

// The temporary files being written, removed if the process is told to
// stop (Ctrl-C, kill, a closed terminal) before they are renamed.
var (
	liveMu   sync.Mutex
	liveTemp = map[string]bool{}
	watch    sync.Once
)

func track(name string) {
	watch.Do(watchSignals)
	liveMu.Lock()
	liveTemp[name] = true
	liveMu.Unlock()
}

func untrack(name string) {
	liveMu.Lock()
	delete(liveTemp, name)
	liveMu.Unlock()
}

// stopSignals are the signals that end a command-line run.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// watchSignals removes the live temporary files on a stop signal, then
// lets the signal do what it would have done (end the process, with the
// exit status a shell expects of it).
func watchSignals() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, stopSignals...)
	go func() {
		sig := <-ch
		liveMu.Lock() // held to the end: no new file is registered
		for n := range liveTemp {
			os.Remove(n)
		}
		signal.Reset(stopSignals...)
		if p, err := os.FindProcess(os.Getpid()); err == nil && runtime.GOOS != "windows" {
			if p.Signal(sig) == nil {
				select {} // the default action ends the process
			}
		}
		code := 1
		if s, ok := sig.(syscall.Signal); ok {
			code = 128 + int(s)
		}
		os.Exit(code)
	}()
}

// alive reports whether a process exists (possibly another user's).
func alive(pid int) bool {
	if pid == os.Getpid() {
		return true
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	if runtime.GOOS == "windows" {
		return true // FindProcess opened it
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, os.ErrPermission)
}
