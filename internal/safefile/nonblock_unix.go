//go:build unix

package safefile

import "syscall"

// nonblock keeps open from waiting for the writer of a FIFO that replaced a
// regular file between the check and the open.
const nonblock = syscall.O_NONBLOCK
