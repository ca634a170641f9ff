package author

import "strings"

// derive computes every total the tool owns: the 总计 of each row of tables
// 三 and 四, and the （七）总计 row, column by column.
func (r *Report) derive() error {
	seven := r.Rows[r.Spec.TotalRow()]
	for c := range seven.Values {
		sum := Int(0)
		for _, path := range r.Spec.ResultRows() {
			var err error
			if sum, err = sum.Add(r.Rows[path].Values[c].Num); err != nil {
				return err
			}
		}
		seven.Values[c].Num = sum
	}
	for path, row := range r.Rows {
		if strings.HasPrefix(path, "proactive.") {
			continue
		}
		total, err := sumValues(row.Values)
		if err != nil {
			return err
		}
		row.Total = total
	}
	return nil
}

func sumValues(vs []Value) (Decimal, error) {
	sum := Int(0)
	for _, v := range vs {
		var err error
		if sum, err = sum.Add(v.Num); err != nil {
			return sum, err
		}
	}
	return sum, nil
}

// ResultRows returns the full paths of the rows of table 三 that add up to
// （七）总计.
func (s *Spec) ResultRows() []string {
	var out []string
	for _, leaf := range s.Leaves() {
		if leaf.Result() {
			out = append(out, "requests."+leaf.Path)
		}
	}
	return out
}

// TotalRow returns the full path of the derived （七）总计 row.
func (s *Spec) TotalRow() string {
	for _, leaf := range s.Leaves() {
		if leaf.Node.Derived {
			return "requests." + leaf.Path
		}
	}
	panic("spec without a total row")
}
