//go:build unix

// Command cpu measures the cpu time (user + sys) and peak memory of whole
// processes, running the commands in turn round after round so that a
// shared machine's load falls on all of them alike, and prints the median
// and the least cpu time of each and their ratios to the first command.
//
//	go run ./bench/cpu -runs 21 -- 'nianbao version' 'nianbao check x.yaml'
//
// hyperfine runs all rounds of one command before the next, so a burst of
// load from another user of the machine lands on one command only; this
// tool alternates, and reads the children's rusage (microseconds) rather
// than wall time.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"sort"
	"strings"
	"syscall"
	"time"
)

// sample is one run of one command.
type sample struct {
	cpu  time.Duration // user + sys
	rss  int64         // peak resident set, KiB
	wall time.Duration
	// faults are the minor page faults: each page of memory a process
	// touches first costs one, and on a virtual machine one costs about
	// as much as 10 µs of work, so they count for much of a short run.
	faults int64
}

func main() {
	runs := flag.Int("runs", 21, "rounds (each command runs once per round)")
	warmup := flag.Int("warmup", 2, "rounds run first and not counted")
	names := flag.String("names", "", "comma-separated labels for the commands (default: the commands)")
	flag.Parse()
	cmds := flag.Args()
	if len(cmds) == 0 {
		log.Fatal("usage: cpu [-runs N] [-names a,b] -- 'command 1' 'command 2' …")
	}
	labels := cmds
	if *names != "" {
		labels = strings.Split(*names, ",")
		if len(labels) != len(cmds) {
			log.Fatal("-names: one label per command")
		}
	}
	samples := make([][]sample, len(cmds))
	for round := 0; round < *warmup+*runs; round++ {
		for i, c := range cmds {
			s, err := run(c)
			if err != nil {
				log.Fatalf("%s: %v", c, err)
			}
			if round >= *warmup {
				samples[i] = append(samples[i], s)
			}
		}
	}
	base := median(samples[0], func(s sample) float64 { return float64(s.cpu) })
	baseMin := least(samples[0])
	fmt.Printf("%-34s %10s %8s %10s %8s %10s %10s %8s\n", "command", "cpu ms", "× first", "min ms", "× first", "wall ms", "peak MB", "faults")
	for i := range cmds {
		cpu := median(samples[i], func(s sample) float64 { return float64(s.cpu) })
		wall := median(samples[i], func(s sample) float64 { return float64(s.wall) })
		rss := median(samples[i], func(s sample) float64 { return float64(s.rss) })
		faults := median(samples[i], func(s sample) float64 { return float64(s.faults) })
		low := least(samples[i])
		fmt.Printf("%-34s %10.1f %8.2f %10.1f %8.2f %10.1f %10.1f %8.0f\n", labels[i], cpu/1e6, cpu/base, low/1e6, low/baseMin, wall/1e6, rss/1024, faults)
	}
}

// run runs a command line, split at spaces (no shell, whose own start
// would be counted), and returns its cost.
func run(line string) (sample, error) {
	args := strings.Fields(line)
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdout, cmd.Stderr = nil, os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() > 1 {
			return sample{}, err
		}
	}
	wall := time.Since(start)
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return sample{cpu: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), rss: ru.Maxrss, wall: wall, faults: ru.Minflt}, nil
}

// least is the smallest cpu time: on a machine shared with other work, the
// run that was disturbed least.
func least(ss []sample) float64 {
	low := ss[0].cpu
	for _, s := range ss {
		low = min(low, s.cpu)
	}
	return float64(low)
}

func median(ss []sample, f func(sample) float64) float64 {
	v := make([]float64, len(ss))
	for i, s := range ss {
		v[i] = f(s)
	}
	sort.Float64s(v)
	return v[len(v)/2]
}
