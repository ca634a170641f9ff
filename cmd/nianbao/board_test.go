package main

import "testing"

// TestBoardTitle: the board's title names the jurisdiction (the flag's,
// or the agencies'), every year its reports are on, and the page.
func TestBoardTitle(t *testing.T) {
	type rep struct {
		agency string
		year   int
	}
	for _, c := range []struct {
		name  string
		reps  []rep
		place string
		want  string
	}{
		{"shared place", []rep{{"江南市市场监督管理局", 2024}, {"江南市市政工程管理处", 2024}}, "", "江南市 2024 年度政府信息公开工作年度报告 检查与生成结果"},
		{"doubled 县", []rep{{"某某县县委宣传部", 2024}, {"某某县县政府办公室", 2024}}, "", "某某县 2024 年度政府信息公开工作年度报告 检查与生成结果"},
		{"mixed years", []rep{{"江南市临川区人民政府", 2024}, {"江南市临川区教育局", 2023}, {"江南市临川区财政局", 2024}}, "", "江南市临川区 2023、2024 年度政府信息公开工作年度报告 检查与生成结果"},
		{"the flag", []rep{{"江南市临川区人民政府", 2024}, {"江南市青溪县人民政府", 2024}}, "江南市各县区", "江南市各县区 2024 年度政府信息公开工作年度报告 检查与生成结果"},
		{"one report", []rep{{"武汉市硚口区人民政府", 2020}}, "", "武汉市硚口区 2020 年度政府信息公开工作年度报告 检查与生成结果"},
		{"no place shared", []rep{{"江南市人民政府", 2024}, {"某某县人民政府", 2024}}, "", "2024 年度政府信息公开工作年度报告 检查与生成结果"},
		{"nothing read", []rep{{"", 0}}, "", "政府信息公开工作年度报告 检查与生成结果"},
	} {
		s := &survey{}
		for _, r := range c.reps {
			s.outcomes = append(s.outcomes, &outcome{agency: r.agency, year: r.year})
		}
		if got := boardTitle(s, c.place); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}
