// Package safefile reads input files without the ways a file can hang or
// exhaust the tool: only regular files are opened (a FIFO or a device is
// refused before it can block), and no more than a limit is read, whatever
// the file's size. It also says in Chinese what went wrong with a file.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// ErrNotRegular is returned for a path that is not a regular file.
var ErrNotRegular = errors.New("不是普通文件（可能是目录、管道或设备）")

// ErrNotReplaceable is returned for an output path that is already taken
// by something other than a regular file.
var ErrNotReplaceable = errors.New("已存在，但不是普通文件（可能是目录、管道、设备或链接），不会替换它")

// CheckTarget returns ErrNotReplaceable when path exists and is not a
// regular file (a FIFO, a device, a directory, a symbolic link): writing a
// file and renaming it over the path would replace such a thing with a
// regular file.
func CheckTarget(path string) error {
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case !info.Mode().IsRegular():
		return ErrNotReplaceable
	}
	return nil
}

// TooLargeError is returned when a file is larger than the limit.
type TooLargeError struct {
	Size, Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("文件有 %s，超过 %s 的上限", Size(e.Size), Size(e.Limit))
}

// Size writes a byte count for people: "3.2 MB", "870 KB", "12 字节".
func Size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d 字节", n)
}

// Read reads a regular file of at most limit bytes. A larger file gives a
// *TooLargeError without being read.
func Read(path string, limit int64) ([]byte, error) {
	f, err := open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, ErrNotRegular
	}
	if info.Size() > limit {
		return nil, &TooLargeError{Size: info.Size(), Limit: limit}
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err == nil && int64(len(data)) > limit { // grew while being read
		return nil, &TooLargeError{Size: int64(len(data)), Limit: limit}
	}
	return data, err
}

// Head reads at most the first n bytes of a regular file.
func Head(path string, n int64) ([]byte, error) {
	f, err := open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, n))
}

// open opens a path for reading without blocking on a FIFO: the path must
// name a regular file before it is opened, and the open itself does not
// wait for a writer.
func open(path string) (*os.File, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, ErrNotRegular
	}
	return os.OpenFile(path, os.O_RDONLY|nonblock, 0)
}

// Describe says in Chinese what an error of the file system means, without
// the path (the caller names the file).
func Describe(err error) string {
	var tooLarge *TooLargeError
	var pe *fs.PathError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &tooLarge), errors.Is(err, ErrNotRegular), errors.Is(err, ErrNotReplaceable):
		return err.Error()
	case errors.Is(err, fs.ErrNotExist):
		return "文件或目录不存在"
	case errors.Is(err, fs.ErrPermission):
		return "没有权限（请检查文件是否只读、是否被其他程序占用）"
	case errors.Is(err, syscall.ENOSPC):
		return "磁盘空间不足"
	case errors.Is(err, syscall.EROFS):
		return "所在位置是只读的"
	case errors.Is(err, syscall.EISDIR):
		return "这是一个目录，不是文件"
	case errors.Is(err, syscall.ENOTDIR):
		return "路径中有一部分不是目录"
	case errors.Is(err, syscall.ENAMETOOLONG):
		return "文件名太长"
	case errors.As(err, &pe):
		return "操作失败（" + pe.Err.Error() + "）"
	}
	return err.Error()
}
