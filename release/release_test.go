package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"nianbao/internal/testtool"
)

// testCommit is stamped into the programs of the test builds.
const testCommit = "0123456789abcdef0123456789abcdef01234567"

// testRelease is a release of the tree at root into out, with a fixed
// commit and date so that no git is needed.
func testRelease(root, out string) *release {
	return &release{root: root, version: "0.0.0-test", commit: testCommit,
		date: time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC), out: out, log: &bytes.Buffer{}}
}

// shared is the release build the slow tests share, made once.
var shared struct {
	once    sync.Once
	r       *release
	targets []target // the platforms it built
	err     error
}

// built returns the shared release build of this tree, making it the first
// time (minutes with a cold build cache); -short skips.
func built(t *testing.T) *release {
	t.Helper()
	if testing.Short() {
		t.Skip("skipping: the release build of seven platforms takes minutes (-short)")
	}
	testtool.Need(t, "go", "the Go toolchain builds the programs")
	shared.once.Do(func() {
		dir, err := os.MkdirTemp("", "nianbao-dist-")
		if err != nil {
			shared.err = err
			return
		}
		shared.r = testRelease("..", dir)
		start := time.Now()
		if shared.targets, shared.err = testedTargets(); shared.err != nil {
			return
		}
		if shared.err = shared.r.run(shared.targets); shared.err != nil {
			shared.err = fmt.Errorf("%v\n%s", shared.err, shared.r.log)
		}
		fmt.Fprintf(os.Stderr, "release build of %d platforms: %.0f s\n", len(shared.targets), time.Since(start).Seconds())
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.r
}

// testedTargets are the platforms the tests build: all of them, or those
// NIANBAO_RELEASE_TARGETS names ("linux-amd64,windows-amd64"). CI names the
// four it runs (under Wine and qemu-user), which with a cold build cache
// saves two of the five minutes that seven cost; go run ./release always
// builds all seven.
func testedTargets() ([]target, error) {
	names := os.Getenv("NIANBAO_RELEASE_TARGETS")
	if names == "" {
		return targets, nil
	}
	var out []target
	for _, name := range strings.Split(names, ",") {
		i := slices.IndexFunc(targets, func(t target) bool { return t.String() == strings.TrimSpace(name) })
		if i < 0 {
			return nil, fmt.Errorf("NIANBAO_RELEASE_TARGETS: no platform %q", name)
		}
		out = append(out, targets[i])
	}
	return out, nil
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.r != nil {
		os.RemoveAll(shared.r.out)
	}
	stopWine()
	os.Exit(code)
}

// file is one entry read back from an archive.
type file struct {
	mode fs.FileMode
	time time.Time
	data []byte
}

// unpack reads a target's archive back, by name below its top folder ("" is
// the folder itself).
func unpack(t *testing.T, r *release, tg target) map[string]file {
	t.Helper()
	path := filepath.Join(r.out, r.archiveName(tg))
	out := map[string]file{}
	add := func(name string, f file) {
		rel, ok := strings.CutPrefix(name, r.folder(tg)+"/")
		if !ok {
			t.Fatalf("%s: %s is outside the folder %s", path, name, r.folder(tg))
		}
		out[rel] = f
	}
	if tg.os == "windows" {
		zr, err := zip.OpenReader(path)
		if err != nil {
			t.Fatal(err)
		}
		defer zr.Close()
		for _, zf := range zr.File {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			add(zf.Name, file{mode: zf.Mode(), time: zf.Modified, data: data})
		}
		return out
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	gz, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if gz.Name != "" || !gz.ModTime.IsZero() {
		t.Errorf("%s: gzip header has name %q, time %v", path, gz.Name, gz.ModTime)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Uid != 0 || h.Gid != 0 || h.Uname != "" || h.Gname != "" {
			t.Errorf("%s: %s owned by %d:%d %q:%q", path, h.Name, h.Uid, h.Gid, h.Uname, h.Gname)
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		add(h.Name, file{mode: h.FileInfo().Mode(), time: h.ModTime, data: data})
	}
	return out
}

// TestPackDeterministic: the archive writers give the same bytes whatever
// the order of the entries, and read back sorted with the given date.
func TestPackDeterministic(t *testing.T) {
	date := time.Date(2024, 12, 31, 23, 59, 58, 0, time.UTC)
	entries := []entry{
		{name: "a/快速上手.txt", mode: 0o644, data: []byte("说明\r\n")},
		{name: "a/nianbao", mode: 0o755, data: []byte("program")},
		{name: "a/", mode: fs.ModeDir | 0o755},
	}
	reversed := slices.Clone(entries)
	slices.Reverse(reversed)
	for _, write := range []func(io.Writer, []entry, time.Time) error{writeZip, writeTarGz} {
		var one, two bytes.Buffer
		if err := write(&one, entries, date); err != nil {
			t.Fatal(err)
		}
		if err := write(&two, reversed, date); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(one.Bytes(), two.Bytes()) {
			t.Error("the order of the entries changes the archive")
		}
	}
	var buf bytes.Buffer
	writeZip(&buf, entries, date)
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if !f.Modified.Equal(date) || f.NonUTF8 {
			t.Errorf("%s: time %v, non-UTF-8 %v", f.Name, f.Modified, f.NonUTF8)
		}
	}
	if want := []string{"a/", "a/nianbao", "a/快速上手.txt"}; !slices.Equal(names, want) {
		t.Errorf("zip entries %q, want %q", names, want)
	}
}

// TestArchives: every archive is in SHA256SUMS, holds exactly the program
// and the documents with fixed times and modes, and the program carries
// the version and commit but no path of the machine that built it.
func TestArchives(t *testing.T) {
	r := built(t)
	sums, err := os.ReadFile(filepath.Join(r.out, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(sums), "\n"); n != len(shared.targets) {
		t.Errorf("SHA256SUMS has %d lines for %d platforms:\n%s", n, len(shared.targets), sums)
	}
	root, _ := filepath.Abs(r.root)
	for _, tg := range shared.targets {
		data, err := os.ReadFile(filepath.Join(r.out, r.archiveName(tg)))
		if err != nil {
			t.Fatal(err)
		}
		if line := fmt.Sprintf("%x  %s\n", sha256.Sum256(data), r.archiveName(tg)); !strings.Contains(string(sums), line) {
			t.Errorf("SHA256SUMS lacks %q", line)
		}
		files := unpack(t, r, tg)
		want := []string{"", "example-2021.yaml", "fonts/", "fonts/OFL-LXGWWenKai.txt", "fonts/OFL-NotoSansSC.txt",
			"fonts/OFL-NotoSerifSC.txt", "fonts/README.md", tg.program(), "qiaokou-2020.yaml", "快速上手.txt"}
		slices.Sort(want)
		if got := slices.Sorted(maps.Keys(files)); !slices.Equal(got, want) {
			t.Errorf("%s holds %q, want %q", tg, got, want)
		}
		for name, f := range files {
			if !f.time.Equal(r.date) {
				t.Errorf("%s %s: time %v, want %v", tg, name, f.time, r.date)
			}
		}
		program := files[tg.program()].data
		if tg.os != "windows" && files[tg.program()].mode.Perm() != 0o755 {
			t.Errorf("%s: program mode %v", tg, files[tg.program()].mode)
		}
		for _, s := range []string{"0.0.0-test", testCommit} {
			if !bytes.Contains(program, []byte(s)) {
				t.Errorf("%s: %q not stamped in the program", tg, s)
			}
		}
		if bytes.Contains(program, []byte(root)) {
			t.Errorf("%s: the program holds the build machine's path %s", tg, root)
		}
		quick := files["快速上手.txt"].data
		crlf := bytes.Count(quick, []byte("\r\n")) == bytes.Count(quick, []byte("\n"))
		bom := bytes.HasPrefix(quick, []byte("\uFEFF"))
		if windows := tg.os == "windows"; crlf != windows || bom != windows || !bytes.Contains(quick, []byte("nianbao")) {
			t.Errorf("%s: 快速上手.txt has CRLF %v, BOM %v", tg, crlf, bom)
		}
	}
}

// TestReproducible: a second release build, from a copy of the source in
// another folder into another output folder, gives the same SHA256SUMS.
func TestReproducible(t *testing.T) {
	r := built(t)
	src := filepath.Join(t.TempDir(), "另一份 源码")
	copyTree(t, r.root, src)
	again := testRelease(src, filepath.Join(t.TempDir(), "dist"))
	start := time.Now()
	if err := again.run(shared.targets); err != nil {
		t.Fatalf("%v\n%s", err, again.log)
	}
	t.Logf("second build: %.0f s", time.Since(start).Seconds())
	one, _ := os.ReadFile(filepath.Join(r.out, "SHA256SUMS"))
	two, _ := os.ReadFile(filepath.Join(again.out, "SHA256SUMS"))
	if !bytes.Equal(one, two) {
		t.Errorf("the same source gave different archives:\n%s\n%s", one, two)
	}
}

// copyTree copies the source tree, without git's files and what is built.
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		switch {
		case d.Name() == ".git" || d.IsDir() && (d.Name() == "node_modules" || rel == "dist" || rel == "out"):
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		case d.IsDir():
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		case !d.Type().IsRegular():
			return nil
		}
		data, err := os.ReadFile(path)
		if err == nil {
			err = os.WriteFile(filepath.Join(to, rel), data, 0o644)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
