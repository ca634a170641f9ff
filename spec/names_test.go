package spec_test

import (
	"testing"

	"nianbao/spec"
)

// TestNames: names spec gives to messages and help texts, so that no other
// package types them.
func TestNames(t *testing.T) {
	get := func(id string, year int) *spec.Format {
		f, err := spec.Get(id, "", year)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	f2019, f2021, f2027 := get("2019", 2020), get("2021", 2023), get("2027", 2027)
	for _, tt := range []struct {
		f    *spec.Format
		row  string
		want string
	}{
		{f2021, "requests.other.other", "2019 格式"}, // （六） was one row in 2019
		{f2027, "requests.other.unpaid_fee", "2019 格式"},
		{f2021, "requests.withheld.state_secret", "旧格式"}, // （三） was never one row
		{f2019, "requests.unavailable.not_held", "旧格式"},  // no format before 2019
	} {
		if got := tt.f.OneRowName(tt.f.Row(tt.row)); got != tt.want {
			t.Errorf("%s OneRowName(%s) = %q, want %q", tt.f.Name(), tt.row, got, tt.want)
		}
	}
	for _, f := range []*spec.Format{f2019, f2021} {
		if got := f.OtherHigh.Label(); got != "（六）其他处理" {
			t.Errorf("%s OtherHigh.Label() = %q", f.Name(), got)
		}
	}
}

// TestTitlesFollowFormats: the titles of the rules that name formats are
// made from the registered ones, the fictional 2027 format of this
// package's tests included, and newer formats take over older ones' years.
func TestTitlesFollowFormats(t *testing.T) {
	for _, tt := range []struct {
		rule *spec.Rule
		want string
	}{
		{spec.FormatYear, "格式与年度不符：每个年度用当年适用的格式（2019、2020 年度用 2019 格式，2021—2026 年度用 2021 格式，2027 年度起用 2027 格式）；2019 年以前不适用"},
		{spec.OverviewLength, "某一部分超过格式规定的字数（2021 格式、2027 格式：一、总体情况不超过 1000 字）"},
	} {
		if tt.rule.Title != tt.want {
			t.Errorf("%s: %q, want %q", tt.rule.ID, tt.rule.Title, tt.want)
		}
		if got := spec.RuleByID(tt.rule.ID).Title; got != tt.want {
			t.Errorf("%s in the registry: %q", tt.rule.ID, got)
		}
	}
}
