package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"nianbao/author"
	"nianbao/render"
)

// outcome is what became of one unit.
type outcome struct {
	unit
	findings author.Findings
	report   *author.Report // nil when the file could not be read as a report; dropped after use
	ioMsg    string         // the file could not be read or an output not written: what happened
	fault    string         // an internal error, recovered
	outputs  []string       // files written
	hashes   []string       // their content hashes, for the manifest
	agency   string         // the report's agency and year, when it could be read
	year     int
	figures  []string // the report's key figures, for the board
	previous string   // the file of last year's report it was compared with, or ""
	row      render.BoardUnit
}

// takeReport returns the unit's report, the one its check kept or else
// read again, and drops it from the outcome; nil when the file can no
// longer be read as a report, with the error if reading failed.
func (o *outcome) takeReport() (*author.Report, error) {
	r := o.report
	o.report = nil
	if r != nil {
		return r, nil
	}
	r, _, err := author.ReadFile(o.path)
	return r, err
}

// code is the exit code the outcome stands for.
func (o *outcome) code() int {
	switch {
	case o.ioMsg != "":
		return exitUsage
	case o.fault != "" || o.findings.Worst() == author.Error:
		return exitErrors
	}
	return exitOK
}

// status names the outcome for summaries and the board.
func (o *outcome) status() render.Status {
	switch {
	case o.ioMsg != "":
		return render.StatusUnreadable
	case o.fault != "":
		return render.StatusFault
	case o.findings.Worst() == author.Error:
		return render.StatusError
	case o.findings.Worst() == author.Warning:
		return render.StatusWarning
	}
	return render.StatusClean
}

// runUnits works on units with jobs workers and hands each outcome to done
// in input order. A panic in one unit is recovered and reported; the
// others go on.
func runUnits(units []unit, jobs int, work func(unit) *outcome, done func(*outcome), progress *progress) {
	jobs = max(min(jobs, len(units)), 1)
	defer useProcessors(jobs)()
	defer useBatchHeap(len(units))()
	results := make([]chan *outcome, len(units))
	for i := range results {
		results[i] = make(chan *outcome, 1)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] <- safely(units[i], work)
			}
		}()
	}
	go func() {
		for i := range units {
			next <- i
		}
		close(next)
	}()
	for i := range units {
		o := <-results[i]
		progress.clear()
		done(o)
		progress.step(o)
	}
	wg.Wait()
	progress.finish()
}

// useProcessors lets the program run on as many processors as it has
// workers (up to the machine's), unless GOMAXPROCS says otherwise, and
// returns what puts the previous number back (the tests run commands in
// one process): a unit is built by one goroutine, and a processor with
// nothing else to do only lets the garbage collector's idle workers spin on
// it, which for one report is about a tenth of the cpu time and no wall
// time. (Setting one processor before the units are known, at the start of
// main, costs more than it saves: the second processor's caches are
// emptied into the heap's.)
func useProcessors(workers int) (restore func()) {
	if os.Getenv("GOMAXPROCS") != "" {
		return func() {}
	}
	prev := runtime.GOMAXPROCS(min(workers, runtime.NumCPU()))
	return func() { runtime.GOMAXPROCS(prev) }
}

// batchGCPercent is the garbage collector's target for a batch: the heap
// may grow to three times what is live before each collection, not twice.
// A unit allocates about 7 MB and keeps little, so at the default a batch
// at -j 2 collects about once a unit, and the collector's workers take a
// fifth of the cpu time; at 200, 1,000 units cost about a fifth less cpu
// (26 → 20 ms a unit) and peak at about 53 MB instead of 38 (the goal is
// under 80). At 400 the peak reached 81 MB. One unit is not helped: what
// it saves in collections it pays in new memory (see README, 速度).
const batchGCPercent = 200

// useBatchHeap sets batchGCPercent for a batch of more than one unit,
// unless GOGC says otherwise, and returns what puts the previous target
// back.
func useBatchHeap(units int) (restore func()) {
	if units < 2 || os.Getenv("GOGC") != "" {
		return func() {}
	}
	prev := debug.SetGCPercent(batchGCPercent)
	return func() { debug.SetGCPercent(prev) }
}

// safely runs work, turning a panic into a fault of the unit.
func safely(u unit, work func(unit) *outcome) (o *outcome) {
	defer func() {
		if p := recover(); p != nil {
			o = &outcome{unit: u, fault: fmt.Sprintf("内部错误：%v。这是程序的问题，不是您的文件的问题；其他单位照常处理。请把这个文件和这条消息报告给开发者", p)}
			if os.Getenv("NIANBAO_DEBUG") != "" {
				o.fault += "\n" + string(debug.Stack())
			} else {
				o.fault += "（设置环境变量 NIANBAO_DEBUG=1 可看到详细信息）"
			}
		}
	}()
	return work(u)
}

// progress shows the batch on stderr: a bar on a terminal; otherwise, when
// plain is set, one line per unit.
type progress struct {
	w     io.Writer
	tty   bool
	plain bool
	total int
	done  int
	start time.Time
	mu    sync.Mutex
}

func newProgress(w io.Writer, total int) *progress {
	tty := false
	if f, ok := rawFile(w); ok && isTerminal(f) {
		tty, w = true, f // the bar's own escape codes go to the terminal as they are
	}
	return &progress{w: w, tty: tty && total > 1, total: total, start: time.Now()}
}

func (p *progress) step(o *outcome) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	if !p.tty {
		if p.plain && p.total > 1 {
			fmt.Fprintf(p.w, "[%d/%d] %s：%s\n", p.done, p.total, o.path, o.status())
		}
		return
	}
	const width = 24
	filled := width * p.done / p.total
	eta := ""
	if p.done < p.total {
		left := time.Duration(float64(time.Since(p.start)) / float64(p.done) * float64(p.total-p.done))
		eta = fmt.Sprintf(" 剩余约 %s", left.Round(time.Second))
	}
	name := author.Visible(o.path)
	if utf8.RuneCountInString(name) > 30 {
		name = "…" + string([]rune(name)[utf8.RuneCountInString(name)-29:])
	}
	fmt.Fprintf(p.w, "\r\033[K[%s%s] %d/%d %s%s", strings.Repeat("#", filled), strings.Repeat(".", width-filled), p.done, p.total, name, eta)
}

// clear removes the bar so that other output can be printed.
func (p *progress) clear() {
	if p.tty && p.done > 0 {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

func (p *progress) finish() { p.clear() }
