package author

import (
	"encoding/json"
	"fmt"
	"strings"

	"nianbao/spec"
)

// obj is a JSON Schema object.
type obj = map[string]any

func describe(title, desc string, s obj) obj {
	s["title"] = title
	if desc != "" {
		s["description"] = desc
	}
	return s
}

func kindSchema(k spec.Kind) obj {
	switch k {
	case spec.Signed:
		return obj{"type": "integer"}
	case spec.Money:
		return obj{"type": "number", "minimum": 0}
	case spec.Amount:
		return obj{"type": []string{"string", "number"}, "pattern": `^[0-9]+(\.[0-9]+)?(` + strings.Join(amountUnits, "|") + `)?$`}
	}
	return obj{"type": "integer", "minimum": 0}
}

// rowSchema describes a row: an array of the columns (plus an optional total).
func rowSchema(s *spec.Row) obj {
	var items []any
	for _, c := range s.Columns {
		items = append(items, describe(c.Label, "", kindSchema(c.Kind)))
	}
	max := len(s.Columns)
	if s.Total != nil {
		items = append(items, describe(s.Total.Label+"（可选，工具核对）", "", kindSchema(spec.Count)))
		max++
	}
	a := obj{"type": "array", "prefixItems": items, "items": items, "minItems": len(s.Columns), "maxItems": max}
	if len(s.Columns) == 1 && s.Total == nil {
		return obj{"anyOf": []any{kindSchema(s.Columns[0].Kind), a}}
	}
	return a
}

func closed(props obj, required ...string) obj {
	s := obj{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		s["required"] = required
	}
	return s
}

func proseSchema(title, desc string) obj {
	part := obj{"$ref": "#/$defs/part"}
	return describe(title, desc, obj{"anyOf": []any{
		obj{"type": "string", "minLength": 1},
		obj{"type": "array", "items": part, "minItems": 1},
	}})
}

// Schema returns a JSON Schema (draft 2020-12) of the report file for a
// format, with Chinese titles, for editors.
func Schema(f *spec.Format) ([]byte, error) {
	props := obj{
		keyFormat:   describe("年报格式", formatChoices(), obj{"enum": []string{f.ID}}),
		keyAgency:   describe("报告机关全称", "", obj{"type": "string", "minLength": 1}),
		keyYear:     describe("报告年度", f.Years.String(), obj{"type": "integer", "minimum": f.Years.From}),
		keyDate:     describe("落款日期", "如 2025-01-20", obj{"type": "string"}),
		keyWebsite:  describe("电子版查阅网址", "", obj{"type": "string"}),
		keyContact:  describe("联系方式", "", closed(contactSchema(f))),
		keyPreamble: describe("前言", "省略时自动生成", obj{"type": "string"}),
	}
	if vs := spec.Variants(f.ID); len(vs) > 0 {
		props[keyVariant] = describe("地方变体", strings.Join(vs, "、"), obj{"enum": vs})
	}
	required := []string{keyAgency, keyYear}
	for _, s := range f.Sections {
		props[s.Key] = sectionSchema(f, s)
		if !s.Fee {
			required = append(required, s.Key)
		}
	}
	schema := obj{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"title":   fmt.Sprintf("%s（%s，%s）", f.Texts.Title, f.Name(), f.Notice.Number),
		"$defs": obj{"part": closed(obj{
			keyTitle: describe("标题", "不写编号，编号由工具生成", obj{"type": "string"}),
			keyText:  describe("正文", "每行一个自然段", obj{"type": "string"}),
			keyParts: obj{"type": "array", "items": obj{"$ref": "#/$defs/part"}},
		}, keyTitle)},
		"type":                 "object",
		"additionalProperties": false,
		"required":             required,
		"properties":           props,
	}
	return json.MarshalIndent(schema, "", "  ")
}

// formatChoices describes the registered formats and their years.
func formatChoices() string {
	var out []string
	for _, f := range spec.Formats() {
		out = append(out, fmt.Sprintf("\"%s\"：%s", f.ID, f.Years))
	}
	return strings.Join(out, "；")
}

func contactSchema(f *spec.Format) obj {
	props := obj{}
	for i, k := range contactKeys {
		props[k] = describe(f.Texts.ContactLabels[i], "", obj{"type": "string"})
	}
	return props
}

// sectionSchema describes one section.
func sectionSchema(f *spec.Format, s *spec.Section) obj {
	switch {
	case s.Kind == spec.ProseSection && s.Fee:
		fee := obj{}
		for _, field := range f.Fee.Fields {
			fee[field.Key] = describe(field.Label, "", kindSchema(field.Kind))
		}
		return describe(s.Heading(), "", closed(obj{
			f.Fee.Key: describe(f.Fee.Label, "", closed(fee)),
			keyText:   proseSchema("正文", ""),
		}))
	case s.Kind == spec.ProseSection:
		return proseSchema(s.Heading(), "文字，或分部分：[{title, text}]")
	}
	return describe(s.Heading(), "", closed(tableSchema(f.Table(s))))
}

// tableSchema describes a table section: its rows by key, nested for the
// groups of table 三.
func tableSchema(t *spec.Table) obj {
	props := obj{}
	for _, row := range t.Rows {
		leaf := describe(row.Label+row.Note, labels(row.Columns), rowSchema(row))
		g := row.Group
		if g == nil {
			props[strings.TrimPrefix(row.Key, t.Key+".")] = leaf
			continue
		}
		group, ok := props[g.Key].(obj)
		if !ok {
			group = describe(g.Label, "", closed(obj{}))
			props[g.Key] = group
		}
		group["properties"].(obj)[row.Node.Key] = leaf
	}
	return props
}
