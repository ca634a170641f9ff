package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"nianbao/internal/safefile"
)

// Limits on a workbook the tool reads (an annex, a roster), checked on the
// zip before excelize sees it: excelize decodes a whole sheet into structs
// of some hundreds of bytes a cell, so a small file of a million empty rows
// would take minutes and gigabytes. An annex has 13 parts, unzips to some
// 200 KB and its largest part (the data sheet) has 9,000 XML tags;
// after Excel, WPS or LibreOffice saved it, a little more.
const (
	// MaxUnzipped bounds all the parts of a workbook, unzipped.
	MaxUnzipped = 4 << 20
	// maxParts bounds the files in the zip.
	maxParts = 100
	// maxTags bounds the XML tags of one part (counted as its '<'): the
	// rows and cells of a sheet, the strings of the shared table.
	maxTags = 100000
)

// errTooLarge says what limit a workbook crosses.
type errTooLarge struct{ what string }

func (e *errTooLarge) Error() string { return e.what }

// OpenWorkbook opens a workbook from its bytes once checkZip finds it
// within the limits; excelize then keeps every part in memory (none
// written to temporary files).
func OpenWorkbook(data []byte) (*excelize.File, error) {
	if err := checkZip(data); err != nil {
		var large *errTooLarge
		if errors.As(err, &large) {
			return nil, err
		}
		return nil, fmt.Errorf("不是可读的 Excel（.xlsx）文件（%v）", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: MaxUnzipped, UnzipXMLSizeLimit: MaxUnzipped})
	if err != nil {
		return nil, fmt.Errorf("不是可读的 Excel（.xlsx）文件（%v）", err)
	}
	return f, nil
}

// checkZip reads every part of a workbook's zip, counting what it unzips
// to and the XML tags of each part, and stops at the first limit
// crossed. A part that unzips to more than its header says is an error of
// archive/zip, so lying headers do not get past.
func checkZip(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	if len(zr.File) > maxParts {
		return &errTooLarge{fmt.Sprintf("Excel 文件有 %d 个部件，超过 %d 个的上限：不是年报附表或名单", len(zr.File), maxParts)}
	}
	var total int64
	buf := make([]byte, 32<<10)
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return err
		}
		size, tags, err := measure(rc, MaxUnzipped-total, buf)
		rc.Close()
		if total += size; total > MaxUnzipped {
			return &errTooLarge{fmt.Sprintf("Excel 文件解压后超过 %s 的上限：本工具的附表解压后只有约 200 KB（可能是“压缩炸弹”）", safefile.Size(MaxUnzipped))}
		}
		if err != nil {
			return err
		}
		if tags > maxTags {
			return &errTooLarge{fmt.Sprintf("Excel 文件的部件 %s 有 %d 个 XML 标签（行、单元格等），超过 %d 个的上限：本工具的附表每个部件最多约一万个", zf.Name, tags, maxTags)}
		}
	}
	return nil
}

// measure reads r to its end or just past limit bytes, returning the bytes
// read and the count of '<' in them.
func measure(r io.Reader, limit int64, buf []byte) (int64, int, error) {
	var n int64
	tags := 0
	lr := io.LimitReader(r, limit+1)
	for {
		k, err := lr.Read(buf)
		n += int64(k)
		tags += bytes.Count(buf[:k], []byte("<"))
		if err == io.EOF {
			return n, tags, nil
		}
		if err != nil {
			return n, tags, err
		}
	}
}
