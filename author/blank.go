package author

import (
	"nianbao/spec"
)

// BlankOptions say what a new report holds.
type BlankOptions struct {
	Format  string // format ID; "" chooses the one that serves Year
	Variant string
	Year    int
	Agency  string // "" leaves the placeholder
}

// Blank returns a new report of a format: every figure 0, the 信息处理费
// statement 0, the prose sections in the parts the format suggests, each
// holding the placeholder. It is what init writes, and the layout readers
// fill in.
func Blank(o BlankOptions) (*Report, error) {
	if o.Format == "" {
		o.Format = spec.ForYear(o.Year)
	}
	f, err := spec.Get(o.Format, o.Variant, o.Year)
	if err != nil {
		return nil, err
	}
	if o.Agency == "" {
		o.Agency = f.Texts.Placeholder
	}
	r := &Report{Spec: f, Year: o.Year, Agency: Text{S: o.Agency}, Rows: newRows(f, Pos{})}
	for _, row := range r.Rows {
		row.Given = !row.Spec.Optional && !row.Spec.Derived
	}
	placeholder := Text{S: f.Texts.Placeholder}
	for _, s := range f.ProseSections() {
		p := Prose{}
		for _, title := range s.Parts {
			p.Parts = append(p.Parts, Part{Title: Text{S: title}, Text: placeholder})
		}
		if len(p.Parts) == 0 {
			p.Text = placeholder
		}
		r.Prose[s.Index] = p
	}
	r.Fee = &Fee{Values: make([]*Value, len(f.Fee.Fields))}
	for i := range r.Fee.Values {
		r.Fee.Values[i] = &Value{}
	}
	if err := r.derive(); err != nil {
		return nil, err
	}
	return r, nil
}
