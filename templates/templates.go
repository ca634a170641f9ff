// Package templates holds the texts nianbao writes for its users: the YAML
// report template of `nianbao init` and the HTML page around a report. Table
// rows and labels are not typed here; they come from the table description in
// package author.
package templates

import _ "embed"

// ReportYAML is the text/template of a new report file.
//
//go:embed report.yaml.tmpl
var ReportYAML string

// PageHTML is the html/template of a full report page.
//
//go:embed page.html.tmpl
var PageHTML string

// ReportCSS holds the page-level CSS of a full report page.
//
//go:embed report.css
var ReportCSS string

// BoardHTML is the html/template of the status board of a batch build.
//
//go:embed board.html.tmpl
var BoardHTML string
