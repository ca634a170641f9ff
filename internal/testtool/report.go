package testtool

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"nianbao/author"
	"nianbao/render"
)

// Testdata is the path of a file in the repository's testdata directory.
func Testdata(name string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", name)
}

// Document loads a report from testdata and builds its document, for the
// writers' tests (package author's own tests cannot import this package).
func Document(t testing.TB, name string) *render.Document {
	t.Helper()
	data, err := os.ReadFile(Testdata(name))
	if err != nil {
		t.Fatal(err)
	}
	r, fs := author.Load(name, data)
	if r == nil {
		t.Fatal(fs)
	}
	return r.Document()
}
