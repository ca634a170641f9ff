package main

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// validVersion is what a version may look like: it goes into file names.
var validVersion = regexp.MustCompile(`^[0-9][0-9A-Za-z.+-]*$`)

// newRelease prepares a release of the source tree root: the version
// ("v" dropped), the commit (git's unless given) and the date every file
// in the archives carries (SOURCE_DATE_EPOCH, else the commit's time).
func newRelease(root, version, commit, out string) (*release, error) {
	version = strings.TrimPrefix(version, "v")
	if !validVersion.MatchString(version) {
		return nil, fmt.Errorf("版本号 %q 不合格式（例如 1.0.0）", version)
	}
	var err error
	if commit == "" {
		if commit, err = git(root, "rev-parse", "HEAD"); err != nil {
			return nil, err
		}
		if changed, err := git(root, "status", "--porcelain"); err != nil {
			return nil, err
		} else if changed != "" {
			commit += "-dirty"
		}
	}
	epoch := os.Getenv("SOURCE_DATE_EPOCH")
	if epoch == "" {
		if epoch, err = git(root, "log", "-1", "--format=%ct"); err != nil {
			return nil, err
		}
	}
	secs, err := strconv.ParseInt(epoch, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("SOURCE_DATE_EPOCH %q 不是秒数", epoch)
	}
	return &release{root: root, version: version, commit: commit, date: time.Unix(secs, 0).UTC(), out: out, log: os.Stderr}, nil
}

// git runs a git command in dir and returns its output, trimmed.
func git(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("git %s：%v（不在 git 检出中时请用 -commit 和 SOURCE_DATE_EPOCH 指定）", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out)), nil
}
