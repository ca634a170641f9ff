package author

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The names of administrative divisions end in a suffix of their level.
// These are the one table of them: each reader of places below takes the
// levels it needs.
const (
	// upperDivisions end the divisions of county level and above: 省, 市,
	// 县, 区 (and 自治区, 新区, 开发区), 州, 盟, 旗.
	upperDivisions = "省市县区州盟旗"
	// townshipDivisions end the townships of one character; subdistrict is
	// the two-character one.
	townshipDivisions = "乡镇"
	subdistrict       = "街道"
	// divisions end the divisions of every level (subdistrict too).
	divisions = upperDivisions + townshipDivisions
)

// Who reads which levels, and why they differ:
//   - places (the board's jurisdiction) and the title's weak breaks read
//     every level: a township is a place like any other.
//   - agency matching (isPlaces) leaves out only upperDivisions in front of
//     a name: a township's unit is named with its township, which every
//     township's unit would share ("城关镇财政所" is not any "财政所").
//   - governmentLevel (countySuffixes, townshipSuffixes) tells the two
//     levels apart, naming the whole suffix in its message ("自治区",
//     "民族乡") and knowing 苏木, which places does not read as a place.
//
// countySuffixes and townshipSuffixes are longest first within each list:
// a government's level is that of the suffix its division's name ends
// with, so that 镇江市 is a city and 乡宁县 a county.
var (
	countySuffixes   = slices.Concat([]string{"特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区"}, strings.Split(upperDivisions, ""))
	townshipSuffixes = slices.Concat([]string{"民族苏木", "民族乡", subdistrict, "苏木"}, strings.Split(townshipDivisions, ""))
)

// nameEnders are division characters that also end names of places
// ("广州", "湘乡", "景德镇"): before another division character they
// belong to the name ("广州市").
const nameEnders = "州乡镇"

// notPlaces are words that end in a division character and name no place
// ("城市管理局", "住房和城乡建设局", "社区"): a place never ends so. 林区 is
// one, though 神农架林区 is a division (countySuffixes knows it).
var notPlaces = []string{"城市", "城乡", "都市", "超市", "乡镇", "社区", "景区", "园区", "辖区", "片区", "校区", "林区",
	"矿区", "山区", "市区", "郊区", "街区", "牧区", "灾区", "选区", "小区", "老区", "湾区", "库区"}

// agencyWords begin the part of a name after its place with a division
// character: "江南市市场监督管理局", "恩施州市政工程管理处".
var agencyWords = []string{"市场", "市政"}

// partyName names the Party in front of the places of its organs
// ("中国共产党江南市临川区委办公室"); partyNames are it and its short form.
const partyName = "中国共产党"

var partyNames = []string{partyName, "中共"}

// places splits the places an agency's name begins with: "江南市临川区
// 人民政府" → 江南市, 临川区; "某某县县委宣传部" → 某某县 (the second 县
// begins 县委); "江南市市场监督管理局" → 江南市. A place has a name of one
// character at least before its division character.
func places(agency string) []string {
	for _, p := range partyNames {
		agency = strings.TrimPrefix(agency, p)
	}
	rs := []rune(agency)
	var out []string
	start := 0
	for i := 0; i < len(rs); i++ {
		n := divisionAt(rs, i)
		if n == 0 {
			continue
		}
		if i == start && strings.ContainsRune(nameEnders, rs[i]) {
			continue // a name's first character: 镇江市, 乡宁县
		}
		if i == start || endsNotPlace(rs[start:i+n]) {
			break // an agency's word ("县委", "城市管理局"), not a place
		}
		if strings.ContainsRune(nameEnders, rs[i]) && divisionAt(rs, i+1) > 0 {
			continue // the name goes on: 广州市
		}
		out = append(out, string(rs[start:i+n]))
		start = i + n
		i = start - 1
	}
	return out
}

// divisionAt is the length (runes) of the division suffix at rs[i], or 0:
// one character, two for 街道, none where an agency's word begins.
func divisionAt(rs []rune, i int) int {
	if i >= len(rs) {
		return 0
	}
	rest := string(rs[i:])
	for _, w := range agencyWords {
		if strings.HasPrefix(rest, w) {
			return 0
		}
	}
	switch {
	case strings.HasPrefix(rest, subdistrict):
		return utf8.RuneCountInString(subdistrict)
	case strings.ContainsRune(divisions, rs[i]):
		return 1
	}
	return 0
}

// endsNotPlace reports whether a would-be place ends in a word that names
// no place.
func endsNotPlace(seg []rune) bool {
	s := string(seg)
	for _, w := range notPlaces {
		if strings.HasSuffix(s, w) && utf8.RuneCountInString(s) >= utf8.RuneCountInString(w) {
			return true
		}
	}
	return false
}

// Jurisdiction is the place the agencies share: the places their names
// begin with, as far as all agree ("江南市临川区人民政府" and "江南市青溪县
// 人民政府" → 江南市), never cut inside a name; one agency's own places.
func Jurisdiction(agencies []string) string {
	var common []string
	for i, a := range agencies {
		ps := places(a)
		if i == 0 {
			common = ps
			continue
		}
		n := 0
		for n < len(common) && n < len(ps) && common[n] == ps[n] {
			n++
		}
		common = common[:n]
	}
	return strings.Join(common, "")
}
