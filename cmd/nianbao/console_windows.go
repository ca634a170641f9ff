//go:build windows

package main

// The Windows console.
//
// Chinese text: Go's os.File writes to a console handle with WriteConsoleW
// (UTF-16), so messages show correctly whatever the console's code page
// (936 on a Chinese system, 437 elsewhere); we leave the code page alone.
// Changing it with SetConsoleOutputCP(65001) would change the whole console
// window, which stays changed for the programs run after us if we are killed
// before restoring it. Output redirected to a file or pipe stays UTF-8.
//
// Progress: the bar moves with "\r\033[K", which the console understands
// only with virtual-terminal processing (Windows 10 and later; always on in
// Windows Terminal). setupConsole turns it on; where it cannot, isTerminal
// is false and progress falls back to plain lines.

import (
	"os"
	"unsafe"

	"golang.org/x/sys/windows"
)

// setupConsole turns on virtual-terminal processing for stdout and stderr
// where they are a console, and sets restoreConsole to put the modes back.
func setupConsole() {
	var undo []func()
	for _, f := range []*os.File{os.Stdout, os.Stderr} {
		h := windows.Handle(f.Fd())
		var mode uint32
		if windows.GetConsoleMode(h, &mode) != nil || mode&windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING != 0 {
			continue
		}
		if windows.SetConsoleMode(h, mode|windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING) == nil {
			undo = append(undo, func() { windows.SetConsoleMode(h, mode) })
		}
	}
	restoreConsole = func() {
		for i := len(undo) - 1; i >= 0; i-- {
			undo[i]()
		}
	}
}

// isTerminal reports whether f is a console that understands the escape
// codes of the progress bar.
func isTerminal(f *os.File) bool {
	var mode uint32
	return windows.GetConsoleMode(windows.Handle(f.Fd()), &mode) == nil &&
		mode&windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING != 0
}

// getConsoleProcessList is not wrapped by x/sys/windows.
var getConsoleProcessList = windows.NewLazySystemDLL("kernel32.dll").NewProc("GetConsoleProcessList")

// startedAlone reports whether nianbao has a console window of its own,
// which Windows gives a console program started from Explorer (a
// double-click, or files dropped on its icon): the console's only process
// is ours, and its input is the keyboard. Started from cmd.exe, PowerShell
// or a batch file, the shell shares the console.
func startedAlone() bool {
	var mode uint32
	if windows.GetConsoleMode(windows.Handle(os.Stdin.Fd()), &mode) != nil {
		return false // input redirected: nobody to press Enter
	}
	if getConsoleProcessList.Find() != nil {
		return false
	}
	var pids [2]uint32
	n, _, _ := getConsoleProcessList.Call(uintptr(unsafe.Pointer(&pids[0])), uintptr(len(pids)))
	return n == 1
}
