// Copyright ©2021 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"sync"
)

var xmem = xmempool{
	Pool: sync.Pool{
		New: func() any {
			var m membuffer
			return &m
		},
	},
}

type xmempool struct{ sync.Pool }

// zwriters holds zlib writers for reuse, by compression level: a new one
// allocates and clears about 1 MB, and a document compresses every page and
// font stream. Channels rather than a sync.Pool, which empties at every
// garbage collection: each keeps as many writers as were ever in use at once
// (one per document being written), up to its capacity.
var zwriters = map[int]chan *zlib.Writer{
	zlib.BestSpeed:   make(chan *zlib.Writer, 16),
	zlib.HuffmanOnly: make(chan *zlib.Writer, 16),
}

func getZlibWriter(w io.Writer, level int) *zlib.Writer {
	select {
	case zw := <-zwriters[level]:
		zw.Reset(w)
		return zw
	default:
		zw, err := zlib.NewWriterLevel(w, level)
		if err != nil {
			panic(fmt.Errorf("could not create zlib writer: %w", err))
		}
		return zw
	}
}

func putZlibWriter(zw *zlib.Writer, level int) {
	select {
	case zwriters[level] <- zw:
	default:
	}
}

// fontFileLevel is how font files are compressed: Huffman coding only.
// Glyph outlines hardly repeat, so searching for repeats (BestSpeed) makes
// a font file only 15 % smaller, at three times the cost, and the font
// files are most of a document's compressing.
const fontFileLevel = zlib.HuffmanOnly

func (pool *xmempool) compress(data []byte) *membuffer {
	return pool.compressLevel(data, zlib.BestSpeed)
}

// compressLevel compresses data at a level of zwriters.
func (pool *xmempool) compressLevel(data []byte, level int) *membuffer {
	mem := pool.Get().(*membuffer)
	buf := &mem.buf
	buf.Grow(len(data))

	zw := getZlibWriter(buf, level)
	defer putZlibWriter(zw, level)
	_, err := zw.Write(data)
	if err != nil {
		panic(fmt.Errorf("could not zlib-compress slice: %w", err))
	}

	err = zw.Close()
	if err != nil {
		panic(fmt.Errorf("could not close zlib writer: %w", err))
	}
	return mem
}

func (pool *xmempool) uncompress(data []byte) (*membuffer, error) {
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}

	mem := pool.Get().(*membuffer)
	mem.buf.Reset()

	_, err = mem.buf.ReadFrom(zr)
	if err != nil {
		mem.release()
		return nil, err
	}

	return mem, nil
}

type membuffer struct {
	buf bytes.Buffer
}

func (mem *membuffer) bytes() []byte { return mem.buf.Bytes() }
func (mem *membuffer) release() {
	mem.buf.Reset()
	xmem.Put(mem)
}

func (mem *membuffer) copy() []byte {
	src := mem.bytes()
	dst := make([]byte, len(src))
	copy(dst, src)
	return dst
}
