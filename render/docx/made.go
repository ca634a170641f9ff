package docx

import (
	"bytes"

	"nianbao/internal/zippkg"
)

// Made reports whether data is a Word document nianbao wrote: its
// application (docProps/app.xml) is nianbao.
func Made(data []byte) bool {
	app, ok := zippkg.ReadPart(data, "docProps/app.xml", 4096)
	return ok && bytes.Contains(app, []byte("<Application>nianbao"))
}
