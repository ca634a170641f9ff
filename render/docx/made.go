package docx

import (
	"bytes"
	"io"

	"nianbao/internal/zippkg"
)

// Made reports whether the file r (size bytes) is a Word document nianbao wrote: its
// application (docProps/app.xml) is nianbao.
func Made(r io.ReaderAt, size int64) bool {
	app, ok := zippkg.ReadPart(r, size, "docProps/app.xml", 4096)
	return ok && bytes.Contains(app, []byte("<Application>nianbao"))
}
