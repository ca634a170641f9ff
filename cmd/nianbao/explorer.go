package main

// Started from Explorer. Windows gives a console program started by a
// double-click, or with files dropped on its icon, a window of its own that
// closes the moment the program ends. Such a start is told apart by
// startedAlone (console_windows.go); what to do then is decided here, in
// portable code, so that it is tested everywhere.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"nianbao/spec"
)

// launch is what nianbao does for a command line and the way it was started.
type launch struct {
	explain bool     // double-clicked: explain how the program is used
	dropped []string // files or folders dropped on the program: check and build each
	pause   bool     // the window is ours: wait for Enter before it closes
}

// decideLaunch chooses what to do. Started from a shell (alone false) the
// command line is run as typed. In a window of its own, no arguments is a
// double-click, and arguments that are not a command are dropped files.
func decideLaunch(args []string, alone bool) launch {
	if !alone {
		return launch{}
	}
	l := launch{pause: true}
	switch {
	case len(args) == 0:
		l.explain = true
	case !isCommand(args[0]) && !strings.HasPrefix(args[0], "-"):
		l.dropped = args
	}
	return l
}

// isCommand reports whether name is a subcommand or help.
func isCommand(name string) bool {
	for _, c := range commands() {
		if c.name == name {
			return true
		}
	}
	return name == "help"
}

// start runs nianbao the way it was launched; stdin gives the Enter that
// closes a window of our own.
func start(args []string, alone bool, stdin io.Reader, stdout, stderr io.Writer) int {
	l := decideLaunch(args, alone)
	code := exitOK
	switch {
	case l.explain:
		explain(stdout)
	case l.dropped != nil:
		code = buildDropped(l.dropped, stdout, stderr)
	default:
		code = run(args, stdout, stderr)
	}
	if l.pause {
		fmt.Fprint(stdout, "\n按回车键关闭本窗口……")
		bufio.NewReader(stdin).ReadString('\n')
	}
	return code
}

// explain is what a double-click shows.
func explain(w io.Writer) {
	fmt.Fprintf(w, `nianbao —— %s：填数据、查勾稽、出报告

这是在命令行窗口里使用的程序，双击只显示这段说明。两种用法：

1. 把年报数据文件（.yaml）拖到 nianbao.exe 的图标上松开：程序检查这份文件，没有错误
   就在它旁边生成网页（.html）、PDF、Excel 附表（.xlsx）和 Word 文档（.docx）。
   拖上去的是填好的 Excel 填报表（.xlsx）时，程序检查表中的数字，没有错误就在它旁边
   写出同名的数据文件（.yaml）：用记事本写好其中的文字部分，再把这个数据文件拖上来。
2. 在本文件夹的地址栏输入 cmd 后回车，打开命令行窗口，再输入命令：
     nianbao init 报告.yaml     生成空白的数据文件，用记事本填写
     nianbao check 报告.yaml    检查，按提示修改到“通过”
     nianbao build 报告.yaml    生成报告
   全部命令：nianbao help

详细说明见本文件夹的“快速上手.txt”。
`, spec.ReportTitle)
}

// buildDropped builds each dropped file or folder beside itself: build
// checks first, prints the findings once and writes nothing for a report
// with errors. A dropped workbook is imported instead (importDropped).
func buildDropped(paths []string, stdout, stderr io.Writer) int {
	code := exitOK
	for _, path := range paths {
		var c int
		if isWorkbook(path) {
			c = importDropped(path, stdout, stderr)
		} else {
			fmt.Fprintf(stdout, "检查并生成 %s\n", path)
			c = run([]string{"build", path}, stdout, stderr)
			switch c {
			case exitOK:
				fmt.Fprintln(stdout, "完成：没有错误，报告已生成在数据文件旁边（见上面“已生成”各行）。")
			case exitErrors:
				fmt.Fprintln(stdout, "有错误，未生成报告。请按上面提示的行号修改数据文件（可以用记事本打开）并保存，再把它拖到 nianbao.exe 上。")
			}
		}
		code = max(code, c)
		fmt.Fprintln(stdout)
	}
	return code
}

// isWorkbook reports whether a dropped path is an Excel workbook, by name.
func isWorkbook(path string) bool { return strings.EqualFold(filepath.Ext(path), ".xlsx") }

// importDropped handles a dropped workbook, most likely a form filled in
// Excel: building beside it would overwrite it, and it holds figures but no
// prose, so a report built from it would say “（待填写）” throughout. Its
// figures are checked; without errors they are written to a report file of
// the same name beside it for the prose to be written, unless that file
// exists: it may hold the prose already and is left alone.
func importDropped(path string, stdout, stderr io.Writer) int {
	fmt.Fprintf(stdout, "检查附表 %s\n", path)
	code := run([]string{"check", path}, stdout, stderr)
	if code == exitErrors {
		fmt.Fprintln(stdout, "附表有错误，未写出数据文件。请在 Excel 或 WPS 里按上面的提示改正并保存，再把它拖到 nianbao.exe 上。")
	}
	if code != exitOK {
		return code
	}
	out := importedName(path)
	if _, err := os.Stat(out); err == nil {
		fmt.Fprintf(stdout, "旁边已有数据文件 %s，没有改动它。要把附表中的数字写进这个文件（文字不变），在命令行窗口输入：\n  nianbao import \"%s\" --into \"%s\"\n再把 %s 拖到 nianbao.exe 上生成报告。\n",
			filepath.Base(out), path, out, filepath.Base(out))
		return exitOK
	}
	if _, _, code = importFile(path, out, io.Discard, stderr); code != exitOK {
		return code
	}
	fmt.Fprintf(stdout, "附表只有数字，没有文字部分：已在它旁边写出数据文件 %s。用记事本打开它，把各处“%s”换成文字并保存，再把它拖到 nianbao.exe 上，生成网页、PDF 和 Word 文档（附表 %s 按数据文件重新写出）。\n",
		filepath.Base(out), spec.Placeholder, filepath.Base(path))
	return exitOK
}
