package author

import (
	"strings"
	"testing"
)

// TestDeadline: the deadline follows the level the agency's name gives,
// read from the suffix before 人民政府, not from any 乡 or 镇 in the name.
func TestDeadline(t *testing.T) {
	for _, tt := range []struct {
		agency string
		level  agencyLevel
		march  bool // the deadline is 31 March
	}{
		{"江南市临川区人民政府", countyGovernment, true},
		{"镇江市人民政府", countyGovernment, true},
		{"乡宁县人民政府", countyGovernment, true},
		{"镇原县人民政府", countyGovernment, true},
		{"江苏省人民政府", countyGovernment, true},
		{"内蒙古自治区人民政府", countyGovernment, true},
		{"鄂伦春自治旗人民政府", countyGovernment, true},
		{"神农架林区人民政府", countyGovernment, true},
		{"乡宁县政府", countyGovernment, true},
		{"某某镇人民政府", townshipGovernment, false},
		{"乡宁县昌宁镇人民政府", townshipGovernment, false},
		{"镇江市京口区象山街道办事处", townshipGovernment, false},
		{"某某乡人民政府", townshipGovernment, false},
		{"县政府办公室", department, false},
		{"镇江市人民政府办公室", department, false},
		{"乡宁县教育局", department, false},
		{"某某开发区管理委员会", department, false},
	} {
		t.Run(tt.agency, func(t *testing.T) {
			if level, _ := governmentLevel(tt.agency); level != tt.level {
				t.Errorf("level = %d, want %d", level, tt.level)
			}
			r := &Report{Agency: Text{S: tt.agency}, Year: 2024}
			limit, why := r.deadline()
			if march := limit.Month() == 3; march != tt.march || !strings.Contains(why, tt.agency) {
				t.Errorf("deadline %s: %s", limit.Format("2006-01-02"), why)
			}
			_, fs := checkBytes("x.yaml", edited(t, "agency: 江南市临川区人民政府", "agency: "+tt.agency, "date: 2025-01-20", "date: 2025-02-15"), Options{})
			if late := strings.Contains(strings.Join(rules(fs), " "), "DATE-LATE"); late == tt.march {
				t.Errorf("2025-02-15 for %s: %v", tt.agency, fs)
			}
		})
	}
}
