package author

import "testing"

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
