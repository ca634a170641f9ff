package xlsx

import (
	"bytes"
	"io"

	"nianbao/internal/zippkg"
)

// Made reports whether the file r (size bytes) is a workbook nianbao wrote: its custom
// properties name the report's format (PropFormat).
func Made(r io.ReaderAt, size int64) bool {
	custom, ok := zippkg.ReadPart(r, size, "docProps/custom.xml", 16384)
	return ok && bytes.Contains(custom, []byte(`name="`+PropFormat+`"`))
}
