package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"
)

// target is one platform a program is built for.
type target struct{ os, arch string }

// targets are the platforms released: ordinary PCs (windows-amd64), Windows
// on ARM, the domestic machines (Kunpeng and Phytium: linux-arm64; Loongson:
// linux-loong64), Linux PCs and Macs.
var targets = []target{
	{"windows", "amd64"}, {"windows", "arm64"},
	{"linux", "amd64"}, {"linux", "arm64"}, {"linux", "loong64"},
	{"darwin", "amd64"}, {"darwin", "arm64"},
}

func (t target) String() string { return t.os + "-" + t.arch }

// program is the name of the program file.
func (t target) program() string {
	if t.os == "windows" {
		return "nianbao.exe"
	}
	return "nianbao"
}

// release is one run of the release build.
type release struct {
	root    string    // the source tree
	version string    // "1.0.0"
	commit  string    // stamped into the programs
	date    time.Time // the time of every file in the archives
	out     string    // where the archives and SHA256SUMS go
	log     io.Writer // progress and the compiler's messages
}

// archiveName is the file name of a target's archive.
func (r *release) archiveName(t target) string {
	if t.os == "windows" {
		return r.folder(t) + ".zip"
	}
	return r.folder(t) + ".tar.gz"
}

// folder is the one folder at the top of a target's archive.
func (r *release) folder(t target) string { return "nianbao-" + r.version + "-" + t.String() }

// run builds, packs and sums every target.
func (r *release) run(targets []target) error {
	if err := os.MkdirAll(r.out, 0o755); err != nil {
		return err
	}
	fmt.Fprintf(r.log, "nianbao %s，提交 %s，文件时间 %s，%s\n", r.version, r.commit, r.date.Format(time.RFC3339), runtime.Version())
	sums := map[string]string{} // archive name: its line
	for _, t := range targets {
		start := time.Now()
		data, err := r.archive(t)
		if err != nil {
			return fmt.Errorf("%s：%v", t, err)
		}
		name := r.archiveName(t)
		if err := os.WriteFile(filepath.Join(r.out, name), data, 0o644); err != nil {
			return err
		}
		sums[name] = fmt.Sprintf("%x  %s\n", sha256.Sum256(data), name)
		fmt.Fprintf(r.log, "%-40s %5.1f MB  %4.1f s\n", name, float64(len(data))/1e6, time.Since(start).Seconds())
	}
	var b strings.Builder
	for _, name := range slices.Sorted(maps.Keys(sums)) {
		b.WriteString(sums[name])
	}
	return os.WriteFile(filepath.Join(r.out, "SHA256SUMS"), []byte(b.String()), 0o644)
}

// archive builds a target's program and packs it with the documents.
func (r *release) archive(t target) ([]byte, error) {
	program, err := r.compile(t)
	if err != nil {
		return nil, err
	}
	entries, err := r.documents(t)
	if err != nil {
		return nil, err
	}
	entries = append(entries, entry{name: t.program(), mode: 0o755, data: program})
	for i := range entries {
		entries[i].name = r.folder(t) + "/" + entries[i].name
	}
	entries = append(entries, entry{name: r.folder(t) + "/", mode: fs.ModeDir | 0o755}, entry{name: r.folder(t) + "/fonts/", mode: fs.ModeDir | 0o755})
	var buf bytes.Buffer
	if t.os == "windows" {
		err = writeZip(&buf, entries, r.date)
	} else {
		err = writeTarGz(&buf, entries, r.date)
	}
	return buf.Bytes(), err
}

// compile builds the stripped program for a target and returns it.
func (r *release) compile(t target) ([]byte, error) {
	dir, err := os.MkdirTemp("", "nianbao-release-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, t.program())
	ldflags := fmt.Sprintf("-s -w -X main.version=%s -X main.commit=%s", r.version, r.commit)
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-ldflags", ldflags, "-o", path, "./cmd/nianbao")
	cmd.Dir = r.root
	// Everything that could make the program differ from one machine to
	// the next is fixed: no C, baseline instruction sets, no experiments.
	cmd.Env = append(os.Environ(), "GOOS="+t.os, "GOARCH="+t.arch, "CGO_ENABLED=0",
		"GOFLAGS=", "GOEXPERIMENT=", "GOAMD64=v1", "GOARM64=v8.0")
	cmd.Stdout, cmd.Stderr = r.log, r.log
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go build：%v", err)
	}
	return os.ReadFile(path)
}

// documents are the files packed beside the program: the quick-start
// (with CRLF line ends and a BOM for Notepad in the Windows archive), the
// examples and the font licences.
func (r *release) documents(t target) ([]entry, error) {
	quick := "release/快速上手-unix.txt"
	if t.os == "windows" {
		quick = "release/快速上手-windows.txt"
	}
	files := map[string]string{
		"快速上手.txt":          quick,
		"example-2021.yaml": "testdata/example-2021.yaml",
		"qiaokou-2020.yaml": "testdata/qiaokou-2020.yaml",
		"fonts/README.md":   "fonts/README.md",
	}
	licences, err := filepath.Glob(filepath.Join(r.root, "fonts", "OFL-*.txt"))
	if err != nil || len(licences) == 0 {
		return nil, fmt.Errorf("fonts/OFL-*.txt 不存在")
	}
	for _, l := range licences {
		files["fonts/"+filepath.Base(l)] = filepath.Join("fonts", filepath.Base(l))
	}
	var entries []entry
	for name, src := range files {
		data, err := os.ReadFile(filepath.Join(r.root, src))
		if err != nil {
			return nil, err
		}
		// A checkout with CRLF line ends packs the same bytes as one with LF.
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		if name == "快速上手.txt" && t.os == "windows" {
			data = append([]byte("\uFEFF"), bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))...)
		}
		entries = append(entries, entry{name: name, mode: 0o644, data: data})
	}
	return entries, nil
}
