package author

import (
	"encoding/json"
	"fmt"
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

func kindSchema(k Kind) obj {
	switch k {
	case KindSigned:
		return obj{"type": "integer"}
	case KindMoney:
		return obj{"type": "number", "minimum": 0}
	case KindAmount:
		return obj{"type": []string{"string", "number"}, "pattern": `^[0-9]+(\.[0-9]+)?(元|万元|亿元)?$`}
	}
	return obj{"type": "integer", "minimum": 0}
}

// rowSchema describes a row: an array of the columns (plus an optional total).
func rowSchema(cols []Column, total bool) obj {
	var items []any
	for _, c := range cols {
		items = append(items, describe(c.Label, "", kindSchema(c.Kind)))
	}
	max := len(cols)
	if total {
		items = append(items, describe("总计（可选，工具核对）", "", kindSchema(KindCount)))
		max++
	}
	s := obj{"type": "array", "prefixItems": items, "items": items, "minItems": len(cols), "maxItems": max}
	if len(cols) == 1 && !total {
		return obj{"anyOf": []any{kindSchema(cols[0].Kind), s}}
	}
	return s
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

// Schema returns a JSON Schema (draft 2020-12) of the report file for the
// spec's format, with Chinese titles, for editors.
func (s *Spec) Schema() ([]byte, error) {
	text := obj{"type": "string"}
	proactive := obj{}
	for _, b := range s.Proactive {
		for _, ln := range b.Lines {
			proactive[ln.Key] = describe(ln.Label, b.Title+"："+labels(b.Columns), rowSchema(b.Columns, false))
		}
	}
	var requests func(ns []*RowNode, props obj)
	requests = func(ns []*RowNode, props obj) {
		for _, n := range ns {
			switch {
			case n.Key == "":
				requests(n.Children, props)
			case len(n.Children) > 0:
				sub := obj{}
				requests(n.Children, sub)
				props[n.Key] = describe(n.Label, "", closed(sub))
			default:
				props[n.Key] = describe(n.Label+n.Note, labels(s.Applicants), rowSchema(s.Applicants, true))
			}
		}
	}
	reqProps := obj{}
	requests(s.Requests, reqProps)
	appeals := obj{}
	for _, g := range s.AppealGroups {
		appeals[g.Key] = describe(g.Label, labels(s.AppealOutcomes), rowSchema(s.AppealOutcomes, true))
	}
	fee := obj{}
	for i, k := range feeKeys {
		kind := KindMoney
		if i == 0 {
			kind = KindCount
		}
		fee[k] = describe(feeLabels[i], "", kindSchema(kind))
	}
	contact := obj{}
	for _, k := range contactKeys {
		contact[k] = text
	}
	schema := obj{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"title":   fmt.Sprintf("政府信息公开工作年度报告（%s 格式，%s）", s.Format, s.Notice),
		"$defs": obj{"part": closed(obj{
			"title": describe("标题", "不写编号，编号由工具生成", text),
			"text":  describe("正文", "每行一个自然段", text),
			"parts": obj{"type": "array", "items": obj{"$ref": "#/$defs/part"}},
		}, "title")},
		"type":                 "object",
		"additionalProperties": false,
		"required":             []string{"agency", "year", "overview", "proactive", "requests", "appeals", "problems", "other_matters"},
		"properties": obj{
			"format":    describe("年报格式", "\"2021\"：2021年度起；\"2019\"：2019、2020年度", obj{"enum": []string{string(s.Format)}}),
			"variant":   describe("地方变体", "湖北2020年度报告：hubei-2020", obj{"enum": []string{VariantHubei2020}}),
			"agency":    describe("报告机关全称", "", obj{"type": "string", "minLength": 1}),
			"year":      describe("报告年度", "", obj{"type": "integer", "minimum": 2019}),
			"date":      describe("落款日期", "如 2025-01-20", obj{"type": "string"}),
			"website":   describe("电子版查阅网址", "", text),
			"contact":   describe("联系方式", "", closed(contact)),
			"preamble":  describe("前言", "省略时自动生成", text),
			"overview":  proseSchema(s.sectionName(0), "文字，或分部分：[{title, text}]"),
			"proactive": describe(s.sectionName(1), "", closed(proactive)),
			"requests":  describe(s.sectionName(2), "每行：自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他（可加总计）", closed(reqProps)),
			"appeals":   describe(s.sectionName(3), "", closed(appeals)),
			"problems":  proseSchema(s.sectionName(4), ""),
			"other_matters": describe(s.sectionName(5), "", closed(obj{
				"processing_fee": describe("信息处理费", "", closed(fee)),
				"text":           proseSchema("正文", ""),
			})),
		},
	}
	return json.MarshalIndent(schema, "", "  ")
}
