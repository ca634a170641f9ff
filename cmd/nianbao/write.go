package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"nianbao/internal/safefile"
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
// write leaves the previous file untouched. Only a regular file is
// replaced: a FIFO, a device or a directory of the name is refused (see
// safefile.CheckTarget). The temporary files of this name a killed run
// left behind are removed first.
func writeFileAtomic(path string, data []byte) error {
	return commitStaged(stage(path, writeBytes(data)))
}

// writeBytes is what writes data, for stage.
func writeBytes(data []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}
}

// commitStaged commits what stage staged, or returns why it could not.
func commitStaged(s *staged, err error) error {
	if err != nil {
		return err
	}
	return s.commit()
}

// staged is a file written in full to a temporary file beside its path,
// waiting to be renamed into place (commit) or removed (discard).
type staged struct{ path, tmp string }

// stage writes what write writes to a temporary file beside path, synced
// to disk, for writeFileAtomic and for the outputs of a unit, which are
// all staged before any is committed. write's errors are returned as they
// are; nothing is left behind when it or the file fails.
func stage(path string, write func(io.Writer) error) (*staged, error) {
	if err := safefile.CheckTarget(path); err != nil {
		return nil, err
	}
	removeStale(path, time.Now())
	f, err := createTemp(path)
	if err != nil {
		return nil, err
	}
	s := &staged{path: path, tmp: f.Name()}
	bw := bufio.NewWriterSize(f, 32<<10)
	if err = write(bw); err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(s.tmp, 0o644)
	}
	if err != nil {
		s.discard()
		return nil, err
	}
	return s, nil
}

// commit renames the file into place.
func (s *staged) commit() error {
	err := safefile.CheckTarget(s.path) // replaced while we wrote
	if err == nil {
		err = os.Rename(s.tmp, s.path)
	}
	if err != nil {
		os.Remove(s.tmp)
	}
	forget(s.tmp)
	return err
}

// discard removes the temporary file.
func (s *staged) discard() {
	os.Remove(s.tmp)
	forget(s.tmp)
}

// forget takes a temporary file off the list an interrupt removes.
func forget(tmp string) {
	pending.Lock()
	delete(pending.files, tmp)
	pending.Unlock()
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
	return commitStaged(stageOutput(path, writeBytes(data)))
}

// stageOutput stages an output file, creating its directory.
func stageOutput(path string, write func(io.Writer) error) (*staged, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	return stage(path, write)
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
// already there and --force was not given, or that the path is taken by
// something --force does not replace either (a FIFO, a device, a
// directory).
func exists(command, path string, force bool, stderr io.Writer) bool {
	if err := safefile.CheckTarget(path); err != nil {
		fmt.Fprintf(stderr, "nianbao %s: %s %s\n", command, path, safefile.Describe(err))
		return true
	}
	if _, err := os.Stat(path); err != nil || force {
		return false
	}
	fmt.Fprintf(stderr, "nianbao %s: %s 已存在，未覆盖（要覆盖请加 --force）\n", command, path)
	return true
}

// staleAge is how old a temporary file of ours must be before a later run
// removes it: older than any write in progress.
const staleAge = 10 * time.Minute

// staleTemps holds, by directory, the temporary files of ours (named as
// createTemp names them) older than staleAge found at the first write
// into the directory in this run: one listing a directory, however many
// files are written there. run empties it.
var staleTemps = struct {
	sync.Mutex
	dirs map[string][]string
}{dirs: map[string][]string{}}

// removeStale removes the temporary files of path that a run killed
// before it could clean up (kill -9, a power cut) left beside it.
func removeStale(path string, now time.Time) {
	dir, base := filepath.Dir(path), filepath.Base(path)
	staleTemps.Lock()
	defer staleTemps.Unlock()
	names, ok := staleTemps.dirs[dir]
	if !ok {
		names = listStale(dir, now)
	}
	kept := names[:0]
	for _, name := range names {
		if tempTarget(name) == base {
			os.Remove(filepath.Join(dir, name))
		} else {
			kept = append(kept, name)
		}
	}
	staleTemps.dirs[dir] = kept
}

// listStale lists the regular files of dir named as our temporary files
// and older than staleAge.
func listStale(dir string, now time.Time) []string {
	entries, _ := os.ReadDir(dir)
	var out []string
	for _, e := range entries {
		if tempTarget(e.Name()) == "" || !e.Type().IsRegular() {
			continue
		}
		if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) > staleAge {
			out = append(out, e.Name())
		}
	}
	return out
}

// tempTarget is the file a temporary file of createTemp's naming
// (".报告.pdf.123456.tmp") was to become ("报告.pdf"), or "".
func tempTarget(name string) string {
	rest, ok := strings.CutSuffix(name, ".tmp")
	if !ok || !strings.HasPrefix(rest, ".") {
		return ""
	}
	i := strings.LastIndexByte(rest, '.')
	digits := rest[i+1:]
	if i < 2 || digits == "" || strings.Trim(digits, "0123456789") != "" {
		return ""
	}
	return rest[1:i]
}
