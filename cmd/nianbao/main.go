// Command nianbao turns a YAML file of figures into a Chinese government
// agency's 政府信息公开工作年度报告: it derives the totals, checks every
// consistency rule and renders the report.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"nianbao/author"
	"nianbao/internal/safefile"
	"nianbao/spec"
)

// version is the tool's version, set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// Exit codes.
const (
	exitOK     = 0 // clean, or warnings only
	exitErrors = 1 // a report has errors
	exitUsage  = 2 // usage or I/O problem
)

// command is one subcommand.
type command struct {
	name, summary string
	run           func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"init", "生成一份新的年报数据文件（YAML 模板）", runInit},
		{"check", "检查年报数据：勾稽关系、空白、格式、正文与表格是否一致", runCheck},
		{"build", "生成报告：网页（HTML）、PDF、Excel 附表（XLSX）、Word 文档（DOCX）", runBuild},
		{"sum", "汇总各单位的数据为本级政府年报的数据文件", runSum},
		{"import", "从本工具生成的 Excel 附表或已发布的年报网页（HTML、文本）读回数据文件（YAML）", runImport},
		{"schema", "输出数据文件的 JSON Schema（供编辑器提示和校验）", runSchema},
		{"rules", "列出全部检查规则：编号、级别、内容", runRules},
		{"version", "显示版本和构建它的源码提交", runVersion},
	}
}

func main() {
	author.Creator = "nianbao " + version
	setupConsole()
	cleanupOnSignal(os.Stderr)
	code := start(os.Args[1:], startedAlone(), os.Stdin, os.Stdout, os.Stderr)
	restoreConsole()
	os.Exit(code)
}

// run runs a command line. What it prints goes through a screen (see
// screen); a result that could not be written (stdout on a full disk) is
// reported on stderr with exit 2.
func run(args []string, stdout, stderr io.Writer) int {
	out, errs := newScreen(stdout), newScreen(stderr)
	code := dispatch(args, out, errs)
	if out.err != nil {
		fmt.Fprintf(errs, "nianbao: 无法写出结果（标准输出）：%s\n", safefile.Describe(out.err))
		return exitUsage
	}
	return code
}

// dispatch runs the command args name, turning a panic into a message.
func dispatch(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "nianbao: 内部错误：%v。这是程序的问题，不是您的文件的问题；请把命令、文件和这条消息报告给开发者。\n", p)
			code = exitUsage
		}
	}()
	staleTemps.Lock()
	clear(staleTemps.dirs) // what another run in this process listed is old
	staleTemps.Unlock()
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "nianbao: 未知的子命令 %q（运行 nianbao help 查看用法）\n", args[0])
	return exitUsage
}

// usageError says what is wrong with a command line, as parse says a
// mistake in the options, and returns exitUsage.
func usageError(fs *pflag.FlagSet, format string, args ...any) int {
	fmt.Fprintf(fs.Output(), "nianbao %s: %s（运行 nianbao %s --help 查看用法）\n", fs.Name(), fmt.Sprintf(format, args...), fs.Name())
	return exitUsage
}

// noArgs refuses arguments to a command that takes none.
func noArgs(fs *pflag.FlagSet) (int, bool) {
	if fs.NArg() > 0 {
		return usageError(fs, "多余的参数“%s”：这个命令不读文件", strings.Join(fs.Args(), " ")), false
	}
	return exitOK, true
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "nianbao —— "+spec.ReportTitle+"：填数据、查勾稽、出报告")
	fmt.Fprintln(w, "\n用法：nianbao 子命令 [选项] [文件…]")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\n每个子命令的选项：nianbao 子命令 --help")
	fmt.Fprintln(w, "退出码：0 通过（或只有警告），1 报告有错误，2 用法或读写问题")
}
