package xlsx

import (
	"bytes"

	"nianbao/internal/zippkg"
)

// Made reports whether data is a workbook nianbao wrote: its custom
// properties name the report's format (PropFormat).
func Made(data []byte) bool {
	custom, ok := zippkg.ReadPart(data, "docProps/custom.xml", 16384)
	return ok && bytes.Contains(custom, []byte(`name="`+PropFormat+`"`))
}
