//go:build !windows

package main

import "os"

// setupConsole has nothing to set up outside Windows: terminals understand
// the progress bar's escape codes and UTF-8.
func setupConsole() {}

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// startedAlone is a Windows notion (see console_windows.go): elsewhere a
// program started from a file manager gets no window to explain itself in.
func startedAlone() bool { return false }
