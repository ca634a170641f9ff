package spec

// Clone returns a deep copy of an unresolved format, for deriving a variant
// or a revision from it. Resolved lookups are not copied.
func (f *Format) Clone() *Format { return f.clone() }

func (f *Format) clone() *Format {
	c := *f
	c.Rows, c.rows, c.cells, c.Year = nil, nil, nil, 0
	for i, s := range f.Sections {
		cs := *s
		cs.Aliases = cloneStrings(s.Aliases)
		cs.Parts = cloneStrings(s.Parts)
		c.Sections[i] = &cs
	}
	p := *f.Proactive
	p.Table = f.Proactive.Table.clone()
	p.Blocks = nil
	for _, b := range f.Proactive.Blocks {
		cb := *b
		cb.Aliases = cloneStrings(b.Aliases)
		cb.Columns = cloneColumns(b.Columns)
		cb.Lines = nil
		for _, ln := range b.Lines {
			cl := *ln
			cl.Aliases, cl.Row = cloneStrings(ln.Aliases), nil
			cb.Lines = append(cb.Lines, &cl)
		}
		p.Blocks = append(p.Blocks, &cb)
	}
	c.Proactive = &p
	q := *f.Requests
	q.Table = f.Requests.Table.clone()
	q.Head, q.Applicants, q.Nodes = cloneHeaders(q.Head), cloneColumns(q.Applicants), cloneNodes(q.Nodes)
	q.Total.Aliases = cloneStrings(q.Total.Aliases)
	q.Balance = Identity{Left: cloneStrings(q.Balance.Left), Right: cloneStrings(q.Balance.Right)}
	q.Carry = Identity{Left: cloneStrings(q.Carry.Left), Right: cloneStrings(q.Carry.Right)}
	c.Requests = &q
	a := *f.Appeals
	a.Table = f.Appeals.Table.clone()
	a.Head, a.Outcomes = cloneHeaders(a.Head), cloneColumns(a.Outcomes)
	a.Total.Aliases = cloneStrings(a.Total.Aliases)
	a.Groups = nil
	for _, g := range f.Appeals.Groups {
		cg := *g
		cg.Aliases, cg.Row = cloneStrings(g.Aliases), nil
		a.Groups = append(a.Groups, &cg)
	}
	c.Appeals = &a
	if f.Fee != nil {
		fee := *f.Fee
		fee.Fields = append([]FeeField(nil), f.Fee.Fields...)
		c.Fee = &fee
	}
	if f.OtherHigh != nil {
		o := *f.OtherHigh
		o.Rows, o.rows = cloneStrings(o.Rows), nil
		c.OtherHigh = &o
	}
	c.Texts.Keywords = cloneStrings(f.Texts.Keywords)
	c.Terms = nil
	for _, t := range f.Terms {
		ct := *t
		ct.Accept, ct.Columns, ct.phrase = nil, cloneStrings(t.Columns), phrase{}
		for _, alt := range t.Accept {
			ct.Accept = append(ct.Accept, cloneStrings(alt))
		}
		c.Terms = append(c.Terms, &ct)
	}
	c.Continuity = nil
	for _, k := range f.Continuity {
		c.Continuity = append(c.Continuity, Continuity{Rows: cloneStrings(k.Rows), Col: k.Col,
			Last: cloneStrings(k.Last), Plus: cloneStrings(k.Plus), Minus: cloneStrings(k.Minus)})
	}
	c.KeyFigures = nil
	for _, k := range f.KeyFigures {
		c.KeyFigures = append(c.KeyFigures, KeyFigure{Label: k.Label, Rows: cloneStrings(k.Rows)})
	}
	return &c
}

func (t Table) clone() Table {
	t.Widths = append([]int(nil), t.Widths...)
	t.Rows = nil
	return t
}

func cloneStrings(s []string) []string { return append([]string(nil), s...) }

func cloneColumns(cs []Column) []Column {
	out := make([]Column, len(cs))
	for i, c := range cs {
		c.Aliases = cloneStrings(c.Aliases)
		out[i] = c
	}
	return out
}

func cloneHeaders(hs []*Header) []*Header {
	var out []*Header
	for _, h := range hs {
		out = append(out, &Header{Label: h.Label, Aliases: cloneStrings(h.Aliases), Children: cloneHeaders(h.Children)})
	}
	return out
}

func cloneNodes(ns []*Node) []*Node {
	var out []*Node
	for _, n := range ns {
		c := *n
		c.Aliases, c.Children, c.Row = cloneStrings(n.Aliases), cloneNodes(n.Children), nil
		out = append(out, &c)
	}
	return out
}

// eachText calls fn on every label, note, title and alias of the format,
// for filling in year tokens.
func (f *Format) eachText(fn func(*string)) {
	each := func(ss []string) {
		for i := range ss {
			fn(&ss[i])
		}
	}
	for _, s := range f.Sections {
		fn(&s.Title)
		fn(&s.Guidance)
		each(s.Aliases)
	}
	columns := func(cs []Column) {
		for i := range cs {
			fn(&cs[i].Label)
			each(cs[i].Aliases)
		}
	}
	for _, b := range f.Proactive.Blocks {
		fn(&b.Title)
		each(b.Aliases)
		columns(b.Columns)
		for _, ln := range b.Lines {
			fn(&ln.Label)
			fn(&ln.Note)
			each(ln.Aliases)
		}
	}
	var headers func([]*Header)
	headers = func(hs []*Header) {
		for _, h := range hs {
			fn(&h.Label)
			each(h.Aliases)
			headers(h.Children)
		}
	}
	headers(f.Requests.Head)
	headers(f.Appeals.Head)
	columns(f.Requests.Applicants)
	columns(f.Appeals.Outcomes)
	for _, c := range []*Column{&f.Requests.Total, &f.Appeals.Total} {
		fn(&c.Label)
		each(c.Aliases)
	}
	var nodes func([]*Node)
	nodes = func(ns []*Node) {
		for _, n := range ns {
			fn(&n.Label)
			fn(&n.Note)
			each(n.Aliases)
			nodes(n.Children)
		}
	}
	nodes(f.Requests.Nodes)
	for _, g := range f.Appeals.Groups {
		each(g.Aliases)
	}
	for _, t := range f.Terms {
		fn(&t.Words)
	}
}
