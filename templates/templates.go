// Package templates holds the texts nianbao writes for its users: the YAML
// report template of `nianbao init`. Table rows are not typed here; they are
// generated from the table description in package author.
package templates

import _ "embed"

// ReportYAML is the text/template of a new report file.
//
//go:embed report.yaml.tmpl
var ReportYAML string
