package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
)

// pending holds the temporary files being written, so that an interrupted
// run removes them: an output is either complete under its name or absent.
var pending = struct {
	sync.Mutex
	files    map[string]bool
	stopping bool
}{files: map[string]bool{}}

// errStopping refuses new files once the run is being interrupted.
var errStopping = errors.New("已中断")

// writeFileAtomic writes data to a temporary file in the target directory and
// renames it into place, so a reader never sees a partial file and a failed
// write leaves the previous file untouched.
func writeFileAtomic(path string, data []byte) error {
	f, err := createTemp(path)
	if err != nil {
		return err
	}
	tmp := f.Name()
	if _, err = f.Write(data); err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	pending.Lock()
	delete(pending.files, tmp)
	pending.Unlock()
	return err
}

func createTemp(path string) (*os.File, error) {
	pending.Lock()
	defer pending.Unlock()
	if pending.stopping {
		return nil, errStopping
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err == nil {
		pending.files[f.Name()] = true
	}
	return f, err
}

// writeOutput writes an output file atomically, creating its directory.
func writeOutput(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return writeFileAtomic(path, data)
}

// cleanupOnSignal removes unfinished temporary files when the run is
// interrupted (Ctrl-C, SIGTERM) and exits with 130.
func cleanupOnSignal(stderr io.Writer) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		pending.Lock()
		pending.stopping = true
		for tmp := range pending.files {
			os.Remove(tmp)
		}
		pending.Unlock()
		fmt.Fprintln(stderr, "\nnianbao: 已中断。已生成的文件完整可用，未完成的文件已删除。")
		restoreConsole()
		os.Exit(130)
	}()
}

// sameFile reports whether two paths name the same file.
func sameFile(a, b string) bool {
	ia, err1 := os.Stat(a)
	ib, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(ia, ib)
}

// exists reports, for a command about to write path, that the file is
// already there and --force was not given.
func exists(command, path string, force bool, stderr io.Writer) bool {
	if _, err := os.Stat(path); err != nil || force {
		return false
	}
	fmt.Fprintf(stderr, "nianbao %s: %s 已存在，未覆盖（要覆盖请加 --force）\n", command, path)
	return true
}
