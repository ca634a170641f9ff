//go:build unix

package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "a.yaml")
	os.WriteFile(small, []byte("year: 2024\n"), 0o644)
	if data, err := Read(small, 100); err != nil || string(data) != "year: 2024\n" {
		t.Errorf("small file: %q %v", data, err)
	}
	var tooLarge *TooLargeError
	if _, err := Read(small, 5); !errors.As(err, &tooLarge) || tooLarge.Size != 11 || !strings.Contains(err.Error(), "11 字节") {
		t.Errorf("over the limit: %v", err)
	}
	if _, err := Read(dir, 100); !errors.Is(err, ErrNotRegular) {
		t.Errorf("a directory: %v", err)
	}
	fifo := filepath.Join(dir, "f.yaml")
	if syscall.Mkfifo(fifo, 0o644) == nil {
		if _, err := Read(fifo, 100); !errors.Is(err, ErrNotRegular) {
			t.Errorf("a FIFO: %v", err)
		}
	}
	if _, err := Read(filepath.Join(dir, "missing"), 100); Describe(err) != "文件或目录不存在" {
		t.Errorf("missing: %s", Describe(err))
	}
}

// TestCheckTarget: an output may replace a regular file or take a free
// name, nothing else.
func TestCheckTarget(t *testing.T) {
	dir := t.TempDir()
	file, fifo, link := filepath.Join(dir, "a.yaml"), filepath.Join(dir, "f.yaml"), filepath.Join(dir, "l.yaml")
	os.WriteFile(file, nil, 0o644)
	os.Symlink(file, link)
	syscall.Mkfifo(fifo, 0o644)
	for path, want := range map[string]error{file: nil, filepath.Join(dir, "new.yaml"): nil, fifo: ErrNotReplaceable, link: ErrNotReplaceable, dir: ErrNotReplaceable} {
		if err := CheckTarget(path); !errors.Is(err, want) {
			t.Errorf("%s: %v, want %v", filepath.Base(path), err, want)
		}
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int64]string{12: "12 字节", 870 << 10: "870 KB", 3 << 20: "3.0 MB", 5 << 30: "5.0 GB"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %s, want %s", n, got, want)
		}
	}
}
