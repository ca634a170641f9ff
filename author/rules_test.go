package author

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	"nianbao/spec"
)

// TestRules makes each rule fire on a one-line change of the clean example.
func TestRules(t *testing.T) {
	tests := []struct {
		name, old, new string
		want           []string
	}{
		{"T3-BALANCE carried forward", "carried_forward:  [4, 1, 0, 0, 0, 0]", "carried_forward:  [4, 2, 0, 0, 0, 0]", []string{"PROSE-FIGURE:29", "T3-BALANCE:52"}},
		{"T3-RESULTS without balance break", "total:            [85, 5, 0, 1, 2, 0]", "total:            [85, 5, 0, 1, 2, 0, 94]", []string{"T3-ROW-TOTAL:80"}},
		{"T4-TOTAL after review", "litigation_after_review: [1, 0, 0, 0]", "litigation_after_review: [1, 0, 0, 0, 2]", []string{"T4-TOTAL:88"}},
		{"OTHER-HIGH", "    other:          [1, 0, 0, 0, 0, 0]", "    other:          [41, 0, 0, 0, 0, 0]", []string{"OTHER-HIGH:79", "T3-RESULTS:80"}},
		{"VALUE-LARGE", "licensing: 3862", "licensing: 386200000000", []string{"VALUE-LARGE:44"}},
		{"DATE-RANGE", "date: 2025-01-20", "date: 2024-12-20", []string{"DATE-RANGE:10"}},
		{"bad date", "date: 2025-01-20", "date: 2025-02-30", []string{"VALUE-TYPE:10"}},
		{"KEY-MISSING agency", "agency: 江南市临川区人民政府", "agency: \"\"", []string{"KEY-MISSING:8"}},
		{"FORMAT-UNKNOWN", `format: "2021"`, `format: "2022"`, []string{"FORMAT-UNKNOWN:7"}},
		{"variant on 2021", `format: "2021"`, "format: \"2021\"\nvariant: hubei-2020", []string{"FORMAT-UNKNOWN:8"}},
		{"UNFINISHED", "2024年，临川区人民政府未向申请人收取信息处理费。", "（待填写）", []string{"UNFINISHED:107"}},
		{"PROSE-FIGURE appeals", "review:                  [1, 0, 0, 1]", "review:                  [1, 0, 1, 1]", []string{"PROSE-FIGURE:29"}},
		{"reference resolves", "2024年，临川区人民政府未向申请人收取信息处理费。", "全年收到申请{{requests.new.total}}件，行政许可{{proactive.licensing}}件。", nil},
		{"typo in a table-三 key", "  carried_in: ", "  carried_inn: ", []string{"KEY-UNKNOWN:53"}},
		{"whole row absent counts as zeros", "    enforcement_files:   [0, 0, 0, 0, 0, 0]   # 7.属于行政执法案卷\n", "", nil},
		{"group written as a map of rows in 2021 is fine; a row given as a map is not", "disclosed:        [38, 3, 0, 1, 1, 0]", "disclosed:        {a: 1}", []string{"VALUE-TYPE:55"}},
		{"null row", "disclosed:        [38, 3, 0, 1, 1, 0]", "disclosed:", []string{"BLANK-CELL:55"}},
		{"other base", "licensing: 3862", "licensing: 0x1F", []string{"VALUE-FORMAT:44"}},
		{"too many decimals", "fees: 1852.37", "fees: 1852.3712345", []string{"VALUE-TYPE:47"}},
		{"quoted number is fine", "licensing: 3862", `licensing: "3862"`, nil},
		{"TITLE-NUMBER", "  - title: 依申请公开", "  - title: （二）依申请公开", []string{"TITLE-NUMBER:27"}},
		{"untitled part", "overview:\n", "overview:\n  - 2024年，临川区政务公开工作总体平稳。\n", nil},
		{"part without title", "  - title: 监督保障\n    text:", "  - text:", []string{"KEY-MISSING:36"}},
		{"OVERVIEW-LENGTH", "  - title: 监督保障\n", "  - title: 监督保障\n    parts: [{title: 附, text: " + strings.Repeat("字", 600) + "}]\n", []string{"OVERVIEW-LENGTH:23"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs := checkBytes("x.yaml", example(t, tt.old, tt.new), Options{})
			if got := brief(fs); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findings = %v, want %v\n%v", got, tt.want, fs)
			}
		})
	}
}

// TestCrossYear compares 二、上年结转 with last year's 四、结转下年度.
func TestCrossYear(t *testing.T) {
	prev := lastYear(t)
	prev.Prose = [6]Prose{} // no repeated text
	carry := prev.RowAt("requests.carried_forward").Values
	carry[0].Num, carry[1].Num = Int(2), Int(0)
	_, fs := checkBytes("2024.yaml", example(t, "x", "x"), Options{Previous: prev})
	if got := brief(fs); !reflect.DeepEqual(got, []string{"CROSS-YEAR-CARRY:53"}) {
		t.Fatalf("findings = %v\n%v", got, fs)
	}
	if f := fs[0]; f.Left != "3" || f.Right != "2" || f.Diff != "1" || f.Severity != Warning {
		t.Errorf("finding = %+v", f)
	}
	prev.RowAt("requests.carried_forward").Values[0].Num = Int(3)
	if _, fs := checkBytes("2024.yaml", example(t, "x", "x"), Options{Previous: prev}); len(fs) != 0 {
		t.Errorf("matching carry: %v", fs)
	}
	prev.Year = 2020
	if _, fs := checkBytes("2024.yaml", example(t, "x", "x"), Options{Previous: prev}); !hasRule(fs, "CROSS-YEAR-CARRY") {
		t.Errorf("wrong previous year not reported: %v", fs)
	}
}

// TestPingtan2020 is the real 平潭2020 defect: （七） as printed balances 一+二
// (R1 holds) but is not the sum of the results (R2 fails): T3-RESULTS, and
// the prose's 予以公开 no longer matches the row.
func TestPingtan2020(t *testing.T) {
	data := example(t, "total:            [85, 5, 0, 1, 2, 0]", "total:            [85, 5, 0, 1, 2, 0]")
	data = []byte(strings.Replace(string(data), "disclosed:        [38, 3, 0, 1, 1, 0]", "disclosed:        [32, 3, 0, 1, 1, 0]", 1))
	_, fs := checkBytes("pt.yaml", data, Options{})
	got := rules(fs)
	sort.Strings(got)
	if !reflect.DeepEqual(got, []string{"PROSE-FIGURE", "T3-RESULTS"}) {
		t.Errorf("rules = %v\n%v", got, fs)
	}
	f := fs[1]
	if f.Left != "85" || f.Right != "79" || f.Diff != "6" {
		t.Errorf("finding = %+v", f)
	}
}

// TestDerived checks the totals the tool computes.
func TestDerived(t *testing.T) {
	r, _ := checkFile(t, "example-2021.yaml", Options{})
	seven := r.RowAt("requests.total")
	var got []string
	for _, v := range seven.Values {
		got = append(got, v.Num.String())
	}
	if strings.Join(got, ",") != "85,5,0,1,2,0" || seven.Total != Int(93) {
		t.Errorf("（七） = %v total %v", got, seven.Total)
	}
	if r.RowAt("requests.new").Total != Int(95) || r.RowAt("appeals.litigation_direct").Total != Int(2) {
		t.Error("row totals wrong")
	}
	for ref, want := range map[string]string{
		"requests.new.total": "95", "requests.new.natural_person": "86", "requests.total.total": "93",
		"appeals.review.total": "2", "proactive.licensing": "3862", "proactive.fees": "1852.37",
		"proactive.normative_documents.in_force": "41", "requests.withheld.third_party_rights.natural_person": "2",
	} {
		if v, ok := r.Lookup(ref); !ok || v != want {
			t.Errorf("Lookup(%s) = %q, %v; want %s", ref, v, ok, want)
		}
	}
	if got := r.Expand("共{{ requests.new.total }}件{{nope}}"); got != "共95件{{nope}}" {
		t.Errorf("Expand = %q", got)
	}
}

// TestFormat2019Values covers the 2019 kinds: signed change, amount with unit.
func TestFormat2019Values(t *testing.T) {
	r, fs := checkFile(t, "qiaokou-2020.yaml", Options{})
	if fs.Worst() == Error {
		t.Fatal(fs)
	}
	lic := r.RowAt("proactive.licensing").Values
	pen := r.RowAt("proactive.penalty").Values
	proc := r.RowAt("proactive.procurement").Values
	if lic[1].String() != "+303" || pen[1].String() != "-62" || proc[1].String() != "12932.14万元" || proc[1].Unit != "万元" {
		t.Errorf("values: %v %v %v", lic[1], pen[1], proc[1])
	}
	if l := r.Spec.Proactive.Blocks[1].Columns[0].Label; l != "上一年项目数量（指2019年事项数）" {
		t.Errorf("hubei label: %s", l)
	}
	_, fs = checkBytes("x.yaml", []byte(strings.Replace(mustRead(t, "qiaokou-2020.yaml"), `[367, "12932.14万元"]`, `[367, "12932.14美元"]`, 1)), Options{})
	if !hasRule(fs, "VALUE-TYPE") {
		t.Errorf("bad unit accepted: %v", fs)
	}
}

// TestAlias: YAML anchors and aliases are read through.
func TestAlias(t *testing.T) {
	data := example(t, "    state_secret:        [0, 0, 0, 0, 0, 0]", "    state_secret:        &zero [0, 0, 0, 0, 0, 0]")
	data = []byte(strings.Replace(string(data), "    enforcement_files:   [0, 0, 0, 0, 0, 0]", "    enforcement_files:   *zero", 1))
	if _, fs := checkBytes("a.yaml", data, Options{}); len(fs) != 0 {
		t.Error(fs)
	}
}

// TestSchema: the schema is JSON and names the same keys the loader reads.
func TestSchema(t *testing.T) {
	for _, id := range spec.IDs() {
		f, _ := spec.Get(id, "", 2020)
		data, err := Schema(f)
		if err != nil {
			t.Fatal(err)
		}
		var s struct {
			Properties map[string]struct {
				Properties map[string]any `json:"properties"`
			} `json:"properties"`
		}
		if err := json.Unmarshal(data, &s); err != nil {
			t.Fatal(err)
		}
		var got []string
		for k := range s.Properties["requests"].Properties {
			got = append(got, k)
		}
		sort.Strings(got)
		want := childKeys(f.Requests.Nodes)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: schema requests keys %v, loader %v", id, got, want)
		}
		if !strings.Contains(string(data), f.Requests.Table.Rows[3].Label) {
			t.Errorf("%s: labels missing", id)
		}
	}
}

func TestDecimal(t *testing.T) {
	for _, tt := range []struct{ a, b, sum string }{
		{"5949.088667", "0.5", "5949.588667"}, {"-18", "+303", "285"}, {"0.05", "0", "0.05"}, {"1.10", "2", "3.10"},
	} {
		a, _ := ParseDecimal(tt.a)
		b, _ := ParseDecimal(tt.b)
		s, err := a.Add(b)
		if err != nil || s.String() != tt.sum {
			t.Errorf("%s+%s = %s, %v", tt.a, tt.b, s, err)
		}
	}
	for _, bad := range []string{"", "1.", ".5", "1e3", "1_000", "１", "9999999999999999999"} {
		if _, err := ParseDecimal(bad); err == nil {
			t.Errorf("ParseDecimal(%q) accepted", bad)
		}
	}
	big := Decimal{Coef: 1<<63 - 1}
	if _, err := big.Add(Int(1)); err != ErrOverflow {
		t.Error("overflow not detected")
	}
}

// TestRepeat: prose copied from last year (REPEAT-TEXT) and tables copied
// from last year (REPEAT-FIGURES).
func TestRepeat(t *testing.T) {
	prev := lastYear(t)
	prev.RowAt("requests.carried_forward").Values[0].Num = Int(3) // the carry matches
	prev.RowAt("requests.carried_forward").Values[1].Num = Int(0)
	_, fs := checkBytes("2024.yaml", example(t, "x", "x"), Options{Previous: prev})
	if got := brief(fs); !reflect.DeepEqual(got, []string{"REPEAT-TEXT:104", "REPEAT-TEXT:23", "REPEAT-TEXT:91"}) {
		t.Errorf("copied prose: %v\n%v", got, fs)
	}
	if !strings.Contains(fs[0].Message, "约 100% 相同") {
		t.Errorf("message: %s", fs[0].Message)
	}
	// Same tables, new prose: REPEAT-FIGURES.
	prev.Prose = [6]Prose{}
	same, _ := checkBytes("2024.yaml", example(t, "x", "x"), Options{})
	for i, row := range same.Rows {
		copy(prev.Rows[i].Values, row.Values)
	}
	same.RowAt("requests.carried_in").Values[0].Num = Int(4) // this year's carry-in = last year's carry-out
	data := example(t, "carried_in:       [3, 0, 0, 0, 0, 0]", "carried_in:       [4, 1, 0, 0, 0, 0]")
	prev.RowAt("requests.carried_in").Values[0].Num, prev.RowAt("requests.carried_in").Values[1].Num = Int(4), Int(1)
	_, fs = checkBytes("2024.yaml", data, Options{Previous: prev})
	if !hasRule(fs, "REPEAT-FIGURES") {
		t.Errorf("copied tables: %v", fs)
	}
	if Overlap("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", "完全不同的内容") != 0 {
		t.Error("Overlap of unrelated texts")
	}
}

// TestSevenRowTotal is the real 2019 report whose （七）总计 row reads
// 20, 0, 0, 0, 0, 1 | 21 (horizontally right) while its result rows add up
// to 26: T3-RESULTS for the column, and no T3-ROW-TOTAL built on the tool's
// own sums.
func TestSevenRowTotal(t *testing.T) {
	data := example(t, "total:            [85, 5, 0, 1, 2, 0]", "total:            [79, 5, 0, 1, 2, 0, 87]")
	_, fs := checkBytes("x.yaml", data, Options{})
	if hasRule(fs, "T3-ROW-TOTAL") || !hasRule(fs, "T3-RESULTS") {
		t.Errorf("%v", fs)
	}
	data = example(t, "total:            [85, 5, 0, 1, 2, 0]", "total:            [85, 5, 0, 1, 2, 0, 94]")
	if _, fs := checkBytes("x.yaml", data, Options{}); len(fs) != 1 || fs[0].Rule != "T3-ROW-TOTAL" || fs[0].Right != "93" {
		t.Errorf("a wrong printed total: %v", fs)
	}
}

// TestGroupedFindings: one pattern is one finding with its count and every
// place: blank 法人或其他组织 columns, and placeholders left in a template.
func TestGroupedFindings(t *testing.T) {
	data := mustRead(t, "example-2021.yaml")
	for _, row := range []string{"new:              [86, 6, 0, 1, 2, 0]", "carried_in:       [3, 0, 0, 0, 0, 0]", "carried_forward:  [4, 1, 0, 0, 0, 0]"} {
		head, rest, _ := strings.Cut(row, "[")
		first, _, _ := strings.Cut(rest, ",")
		data = strings.Replace(data, row, head+"["+first+`, "", "--", "", 无, ""]`, 1)
	}
	_, fs := checkBytes("x.yaml", []byte(data), Options{})
	if len(fs) != 1 || fs[0].Rule != "BLANK-CELL" || len(fs[0].Places) != 15 || !strings.Contains(fs[0].Message, "共 15 个单元格") ||
		!strings.Contains(fs[0].Message, "商业企业、科研机构、社会公益组织、法律服务机构、其他") {
		t.Errorf("blank columns: %v", fs)
	}
	blank, _ := Blank(BlankOptions{Year: 2024, Agency: "某县人民政府"})
	_, fs = checkBytes("t.yaml", WriteYAML(blank, WriteOptions{}), Options{})
	var unfinished []Finding
	for _, f := range fs {
		if f.Rule == "UNFINISHED" {
			unfinished = append(unfinished, f)
		}
	}
	if len(unfinished) != 1 || len(unfinished[0].Places) != 8 || !strings.Contains(unfinished[0].Message, "还有 8 处") {
		t.Errorf("placeholders: %v", unfinished)
	}
}

// lastYear is the example as the report of 2023 whose table 二 leads to
// this year's: 现行有效 37 + 制发 6 − 废止 2 = 41.
func lastYear(t *testing.T) *Report {
	prev, _ := checkBytes("2023.yaml", example(t, "year: 2024", "year: 2023"), Options{})
	prev.RowAt("proactive.normative_documents").Values[2].Num = Int(37)
	return prev
}

// TestCrossTable2: table 二 must follow from last year's (2021: 现行有效;
// 2019: 上一年项目数量), a warning naming both years' figures.
func TestCrossTable2(t *testing.T) {
	prev := lastYear(t)
	prev.Prose = [6]Prose{}
	carry := prev.RowAt("requests.carried_forward").Values
	carry[0].Num, carry[1].Num = Int(3), Int(0) // the carry matches
	prev.RowAt("proactive.normative_documents").Values[2].Num = Int(40)
	_, fs := checkBytes("2024.yaml", example(t, "x", "x"), Options{Previous: prev})
	if len(fs) != 1 || fs[0].Rule != "CROSS-YEAR-TABLE2" || fs[0].Right != "44" || !strings.Contains(fs[0].Message, "2023年现行有效件数(40)+本年制发件数(6)−本年废止件数(2)=44") {
		t.Errorf("2021: %v", fs)
	}
	q, _ := checkFile(t, "qiaokou-2020.yaml", Options{})
	data := strings.Replace(mustRead(t, "qiaokou-2020.yaml"), "year: 2020", "year: 2019", 1)
	p, _ := checkBytes("2019.yaml", []byte(data), Options{})
	p.Prose = [6]Prose{}
	lic := q.RowAt("proactive.licensing").Values[0].Num // this year's 上一年项目数量
	p.RowAt("proactive.licensing").Values[0].Num = lic
	p.RowAt("proactive.licensing").Values[1].Num = Int(1) // last year's change
	_, fs = checkFile(t, "qiaokou-2020.yaml", Options{Previous: p})
	if !hasRule(fs, "CROSS-YEAR-TABLE2") {
		t.Errorf("2019: %v", fs)
	}
}
