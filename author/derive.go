package author

// derive computes every total the tool owns: the total of each row of
// tables 三 and 四, and the derived rows (（七）总计), column by column.
func (r *Report) derive() error {
	for _, row := range r.Rows {
		if !row.Spec.Derived {
			continue
		}
		for c := range row.Values {
			sum := Int(0)
			for _, s := range row.Spec.SumOf {
				var err error
				if sum, err = sum.Add(r.Row(s).Values[c].Num); err != nil {
					return err
				}
			}
			row.Values[c].Num = sum
		}
	}
	for _, row := range r.Rows {
		if row.Spec.Total == nil {
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
