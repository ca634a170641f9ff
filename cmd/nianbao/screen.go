package main

import (
	"io"
	"os"

	"nianbao/author"
)

// screen is where nianbao prints: stdout or stderr. Everything printed
// passes author.Visible, so that a control character in a file name, an
// agency or a roster (ESC, BEL) shows as \u001B and never drives the
// terminal; and the first failed write is kept (a full disk, a closed
// file), for run to report rather than end silently with exit 0.
type screen struct {
	w   io.Writer
	err error
}

// newScreen wraps w, once.
func newScreen(w io.Writer) *screen {
	if s, ok := w.(*screen); ok {
		return s
	}
	return &screen{w: w}
}

func (s *screen) Write(p []byte) (int, error) {
	text := author.Visible(string(p))
	_, err := io.WriteString(s.w, text)
	if err != nil && s.err == nil {
		s.err = err
	}
	return len(p), err
}

// rawFile is the file under w, when w is a file or a screen on one: the
// progress bar writes its own escape codes to it, and asks whether it is a
// terminal.
func rawFile(w io.Writer) (*os.File, bool) {
	if s, ok := w.(*screen); ok {
		w = s.w
	}
	f, ok := w.(*os.File)
	return f, ok
}
