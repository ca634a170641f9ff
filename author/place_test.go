package author

import (
	"strings"
	"testing"
)

// TestPlaces: the places an agency's name begins with, cut where a place
// name ends, never inside one.
func TestPlaces(t *testing.T) {
	for _, c := range []struct{ agency, want string }{
		{"江南市临川区人民政府", "江南市|临川区"},
		{"江南市市场监督管理局", "江南市"},
		{"江南市市政工程管理处", "江南市"},
		{"某某县县委宣传部", "某某县"},
		{"某某县县政府办公室", "某某县"},
		{"中共某某县委办公室", "某某县"},
		{"广州市委宣传部", "广州市"},
		{"恩施州市场监督管理局", "恩施州"},
		{"江西省市场监督管理局", "江西省"},
		{"景德镇市人民政府", "景德镇市"},
		{"镇江市人民政府", "镇江市"},
		{"湘乡市教育局", "湘乡市"},
		{"滑县人民政府", "滑县"},
		{"某某县城市管理局", "某某县"},
		{"某某县住房和城乡建设局", "某某县"},
		{"某某县乡村振兴局", "某某县"},
		{"某某县乡镇企业局", "某某县"},
		{"某某县青山镇人民政府", "某某县|青山镇"},
		{"江南市临川区文昌街道办事处", "江南市|临川区|文昌街道"},
		{"内蒙古自治区阿拉善盟行政公署", "内蒙古自治区|阿拉善盟"},
		{"平潭综合实验区管理委员会", "平潭综合实验区"},
		{"国务院办公厅", ""},
	} {
		if got := strings.Join(places(c.agency), "|"); got != c.want {
			t.Errorf("%s: %s, want %s", c.agency, got, c.want)
		}
	}
}

// TestJurisdiction: the places all the agencies share; one agency's own.
func TestJurisdiction(t *testing.T) {
	for _, c := range []struct {
		agencies []string
		want     string
	}{
		{[]string{"江南市市场监督管理局", "江南市市政工程管理处"}, "江南市"},
		{[]string{"某某县县委宣传部", "某某县县政府办公室"}, "某某县"},
		{[]string{"江南市临川区人民政府", "江南市临川区教育局", "江南市临川区城市管理局"}, "江南市临川区"},
		{[]string{"江南市临川区人民政府", "江南市青溪县人民政府"}, "江南市"},
		{[]string{"广州市委宣传部", "广州市市场监督管理局"}, "广州市"},
		{[]string{"江南市人民政府", "某某县人民政府"}, ""},
		{[]string{"武汉市硚口区人民政府"}, "武汉市硚口区"},
		{nil, ""},
	} {
		if got := Jurisdiction(c.agencies); got != c.want {
			t.Errorf("%v: %q, want %q", c.agencies, got, c.want)
		}
	}
}
