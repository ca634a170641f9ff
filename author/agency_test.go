package author

import (
	"fmt"
	"strings"
	"testing"
)

func TestAgencyKey(t *testing.T) {
	for _, pair := range [][2]string{
		{"中共某县委办公室（某县人民政府办公室）", "中共某县委办公室 (某县人民政府办公室)"},
		{"某县人民政府 办公室", "某县人民政府办公室"},
		{"某县ＡＢＣ局", "某县abc局"},
	} {
		if AgencyKey(pair[0]) != AgencyKey(pair[1]) {
			t.Errorf("%q and %q are different agencies", pair[0], pair[1])
		}
	}
	if AgencyKey("某县教育局") == AgencyKey("某县体育局") {
		t.Error("different agencies match")
	}
}

// TestAbbreviations: every line of agencyAbbreviations, each short form
// against its full form inside a real agency's name.
func TestAbbreviations(t *testing.T) {
	cases := []struct{ form, full, short string }{
		{"中共", "中国共产党江南市临川区委员会办公室", "中共江南市临川区委员会办公室"},
		{"政府办公室", "江南市临川区人民政府办公室", "江南市临川区政府办公室"},
		{"政府办", "江南市临川区人民政府办公室", "江南市临川区政府办"},
		{"政府", "江南市临川区人民政府", "江南市临川区政府"},
		{"发展改革委员会", "江南市临川区发展和改革委员会", "江南市临川区发展改革委员会"},
		{"发展改革委", "江南市临川区发展和改革委员会", "江南市临川区发展改革委"},
		{"发改委", "江南市临川区发展和改革委员会", "江南市临川区发改委"},
		{"发展改革局", "江南市临川区发展和改革局", "江南市临川区发展改革局"},
		{"发改局", "江南市临川区发展和改革局", "江南市临川区发改局"},
		{"人力资源社会保障局", "江南市临川区人力资源和社会保障局", "江南市临川区人力资源社会保障局"},
		{"人社局", "江南市临川区人力资源和社会保障局", "江南市临川区人社局"},
		{"住房城乡建设局", "江南市临川区住房和城乡建设局", "江南市临川区住房城乡建设局"},
		{"住建局", "江南市临川区住房和城乡建设局", "江南市临川区住建局"},
		{"市场监管局", "江南市临川区市场监督管理局", "江南市临川区市场监管局"},
		{"卫生健康委", "江南市临川区卫生健康委员会", "江南市临川区卫生健康委"},
		{"卫健委", "江南市临川区卫生健康委员会", "江南市临川区卫健委"},
	}
	for _, tt := range cases {
		if got := string(canonical(tt.full)); got != AgencyKey(tt.full) {
			t.Errorf("the full name %s → %s", tt.full, got)
		}
		if got := string(canonical(tt.short)); got != AgencyKey(tt.full) || !strings.Contains(tt.short, tt.form) {
			t.Errorf("%s → %s, want %s", tt.short, got, tt.full)
		}
	}
	for _, forms := range agencyAbbreviations {
		for _, form := range forms[1:] {
			tested := false
			for _, tt := range cases {
				tested = tested || tt.form == form
			}
			if !tested {
				t.Errorf("no case for the short form %s of %s", form, forms[0])
			}
		}
	}
}

// TestAgenciesSame: names of one agency as offices write them match, in
// either order; different units never do.
func TestAgenciesSame(t *testing.T) {
	a := NewAgencies(nil)
	for _, tt := range []struct {
		x, y string
		same bool
	}{
		{"江南市临川区教育局", "临川区教育局", true},
		{"江南市临川区教育局", "教育局", true},
		{"江南省江南市临川区教育局", "临川区教育局", true},
		{"江南市临川区财政局", "临川区财政局", true},
		{"江南市临川区发展和改革委员会", "临川区发改委", true},
		{"江南市临川区人民政府办公室", "临川区政府办", true},
		{"江南市临川区人力资源和社会保障局", "临川区人社局", true},
		{"徐州市沛县教育局", "沛县教育局", true},
		{"中共江南市临川区委办公室", "中国共产党临川区委办公室", true},
		{"江南市临川区（高新区）教育局", "江南市临川区(高新区)教育局", true},
		{"江南市临川区教育局", "江南市东乡区教育局", false},
		{"江南市教育局", "江南市临川区教育局", false},
		{"市教育局", "区教育局", false},
		{"江南市教育局", "市教育局", false},
		{"江南市临川区教育局", "区教育局", false},
		{"江南市临川区教育局", "江南市临川区体育局", false},
		{"江南市临川区城关镇人民政府", "江南市临川区人民政府", false},
		{"江南市临川区城关镇财政所", "财政所", false},
		{"中共江南市临川区委办公室", "江南市临川区委办公室", false},
		{"江南市临川区发展和改革委员会", "江南市临川区发展和改革局", false},
	} {
		if got := a.Same(tt.x, tt.y); got != tt.same {
			t.Errorf("Same(%s, %s) = %v", tt.x, tt.y, got)
		}
		if got := a.Same(tt.y, tt.x); got != tt.same {
			t.Errorf("Same(%s, %s) = %v", tt.y, tt.x, got)
		}
	}
}

// TestAgenciesTable: a pair of the office's table joins two names, each
// side matched as any name (short forms, places left out), and nothing else.
func TestAgenciesTable(t *testing.T) {
	a := NewAgencies([][2]string{{"临川区发改委", "临川区发展改革局"}})
	if !a.Same("江南市临川区发展和改革委员会", "江南市临川区发展和改革局") || !a.Same("江南市临川区发展和改革局", "临川区发展和改革委员会") {
		t.Error("the table's pair does not match")
	}
	if a.Same("江南市东乡区发展和改革委员会", "江南市临川区发展和改革局") {
		t.Error("the table's pair matches another district")
	}
}

// TestPartners: a full name finds its short form and the reverse; a short
// name that two different units share is ambiguous; a name written alike
// is preferred to one with places left out.
func TestPartners(t *testing.T) {
	batch := NewAgencies(nil).Index([]string{"江南市教育局", "江南市临川区教育局", "江南市临川区财政局", "临川区财政局"})
	for _, tt := range []struct {
		name      string
		want      []int
		ambiguous bool
	}{
		{"临川区教育局", []int{1}, false},
		{"江南市临川区财政局", []int{2}, false},
		{"财政局", []int{2, 3}, false},
		{"教育局", []int{0, 1}, true},
		{"江南市东乡区教育局", nil, false},
	} {
		got, amb := batch.Partners(tt.name, -1)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) || amb != tt.ambiguous {
			t.Errorf("Partners(%s) = %v %v, want %v %v", tt.name, got, amb, tt.want, tt.ambiguous)
		}
	}
}
