package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"hash"
	"os"
	"path/filepath"
	"slices"
	"sort"
)

// manifestName is the file in an output directory that records what
// nianbao wrote there, so that a later build removes the outputs of units
// that now fail or left the batch, and nothing else.
const manifestName = ".nianbao-manifest.json"

// manifest lists the files a build with a status board wrote, by unit, and
// the board; it is kept where the board goes. A file it lists nianbao
// wrote, and may replace (so may a file with nianbao's marks, see
// generated).
type manifest struct {
	Generator string         `json:"generator"`
	Board     string         `json:"board,omitempty"` // the status board, relative to the manifest's directory
	Units     []manifestUnit `json:"units"`
}

type manifestUnit struct {
	Input  string         `json:"input"`
	Agency string         `json:"agency,omitempty"`
	Files  []manifestFile `json:"files"`
}

type manifestFile struct {
	Path   string `json:"path"` // relative to the manifest's directory, with /
	SHA256 string `json:"sha256"`
}

// readManifest reads the manifest of a directory; an absent or unreadable
// one is empty (nothing is then removed).
func readManifest(dir string) *manifest {
	m := &manifest{}
	data, err := os.ReadFile(filepath.Join(dir, manifestName))
	if err == nil {
		json.Unmarshal(data, m)
	}
	return m
}

// unitEntry is what the manifest of dir records of an outcome: the files
// it wrote, relative to dir.
func unitEntry(dir string, o *outcome) manifestUnit {
	u := manifestUnit{Input: inputKey(dir, o.path), Agency: o.agency}
	for i, out := range o.outputs {
		rel, _ := filepath.Rel(dir, out)
		u.Files = append(u.Files, manifestFile{Path: filepath.ToSlash(rel), SHA256: o.hashes[i]})
	}
	return u
}

// listed is the set of files the manifest of dir records as nianbao wrote
// there, the outputs of its units and the board, by pathKey: made once, as
// a batch asks about each of its outputs.
func (m *manifest) listed(dir string) map[string]bool {
	set := map[string]bool{}
	if m.Board != "" {
		set[pathKey(filepath.Join(dir, filepath.FromSlash(m.Board)))] = true
	}
	for _, u := range m.Units {
		for _, f := range u.Files {
			set[pathKey(filepath.Join(dir, filepath.FromSlash(f.Path)))] = true
		}
	}
	return set
}

// contentHash is the hash the manifest records of a file's content.
func contentHash() hash.Hash { return sha256.New() }

// hashString is a content hash as the manifest records it.
func hashString(h hash.Hash) string { return hex.EncodeToString(h.Sum(nil)) }

// hashOf is a file's content hash as the manifest records it.
func hashOf(data []byte) string {
	h := contentHash()
	h.Write(data)
	return hashString(h)
}

// stale removes the files the old manifest lists that this build did not
// write again, when they are still as nianbao wrote them; a file changed
// since is left alone. It returns the removed files by the input they were
// built from, and the changed files it left, by unit: they stay in the
// manifest (with the content nianbao wrote), so that every later build
// lists them again until someone deals with them.
func stale(dir string, old *manifest, written map[string]bool) (removed map[string][]string, left []manifestUnit) {
	removed = map[string][]string{}
	for _, u := range old.Units {
		kept := manifestUnit{Input: u.Input, Agency: u.Agency}
		for _, f := range u.Files {
			if written[f.Path] {
				continue
			}
			path := filepath.Join(dir, filepath.FromSlash(f.Path))
			data, err := os.ReadFile(path)
			switch {
			case err != nil: // gone
			case hashOf(data) != f.SHA256:
				kept.Files = append(kept.Files, f)
			case os.Remove(path) == nil:
				removed[u.Input] = append(removed[u.Input], f.Path)
			}
		}
		if len(kept.Files) > 0 {
			left = append(left, kept)
		}
	}
	return removed, left
}

// keep adds the files of units to the manifest, beside the files it already
// lists for the same input.
func (m *manifest) keep(units []manifestUnit) {
	for _, k := range units {
		i := slices.IndexFunc(m.Units, func(u manifestUnit) bool { return u.Input == k.Input })
		if i < 0 {
			m.Units = append(m.Units, k)
			continue
		}
		m.Units[i].Files = append(m.Units[i].Files, k.Files...)
	}
}

// paths lists the files of units, sorted.
func paths(units []manifestUnit) []string {
	var out []string
	for _, u := range units {
		for _, f := range u.Files {
			out = append(out, f.Path)
		}
	}
	sort.Strings(out)
	return out
}

// write writes the manifest atomically.
func (m *manifest) write(dir string) error {
	m.Generator = "nianbao"
	sort.Slice(m.Units, func(i, j int) bool { return m.Units[i].Input < m.Units[j].Input })
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(dir, manifestName), append(data, '\n'))
}
