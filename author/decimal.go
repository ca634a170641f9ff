package author

import (
	"errors"
	"math/bits"
	"strconv"
	"strings"
)

// Decimal is an exact non-floating decimal number: Coef × 10^-Scale.
// Counts are Decimals with Scale 0; money keeps the places it was written with.
type Decimal struct {
	Coef  int64
	Scale int
}

// maxScale is the largest number of decimal places accepted (seen: 6, 平潭2021).
const maxScale = 6

// ErrOverflow reports a number too large to be held exactly.
var ErrOverflow = errors.New("数值过大")

// Int returns the Decimal for an integer.
func Int(n int64) Decimal { return Decimal{Coef: n} }

// ParseDecimal reads a plain decimal such as "12", "-18", "+303" or "5949.088667".
// It accepts no exponent, no separators and no full-width digits; callers explain those.
func ParseDecimal(s string) (Decimal, error) {
	sign := int64(1)
	switch {
	case strings.HasPrefix(s, "-"):
		sign, s = -1, s[1:]
	case strings.HasPrefix(s, "+"):
		s = s[1:]
	}
	intPart, frac, hasDot := strings.Cut(s, ".")
	if intPart == "" || (hasDot && frac == "") || !allDigits(intPart) || !allDigits(frac) {
		return Decimal{}, errors.New("不是数字")
	}
	if len(frac) > maxScale {
		return Decimal{}, errors.New("小数位数过多")
	}
	digits := strings.TrimLeft(intPart+frac, "0")
	if len(digits) > 18 {
		return Decimal{}, ErrOverflow
	}
	coef := int64(0)
	if digits != "" {
		var err error
		if coef, err = strconv.ParseInt(digits, 10, 64); err != nil {
			return Decimal{}, ErrOverflow
		}
	}
	return Decimal{Coef: sign * coef, Scale: len(frac)}, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Add returns d + e exactly, keeping the larger scale, or ErrOverflow.
func (d Decimal) Add(e Decimal) (Decimal, error) {
	a, b, err := align(d, e)
	if err != nil {
		return Decimal{}, err
	}
	sum := a.Coef + b.Coef
	if (a.Coef > 0 && b.Coef > 0 && sum < 0) || (a.Coef < 0 && b.Coef < 0 && sum >= 0) {
		return Decimal{}, ErrOverflow
	}
	return Decimal{Coef: sum, Scale: a.Scale}, nil
}

// Sub returns d − e exactly, or ErrOverflow.
func (d Decimal) Sub(e Decimal) (Decimal, error) {
	return d.Add(Decimal{Coef: -e.Coef, Scale: e.Scale})
}

// Cmp compares d and e: -1, 0 or +1. Values too far apart to align compare by sign and size.
func (d Decimal) Cmp(e Decimal) int {
	diff, err := d.Sub(e)
	if err != nil {
		if d.Coef > e.Coef || (d.Coef == e.Coef && d.Scale < e.Scale) {
			return 1
		}
		return -1
	}
	switch {
	case diff.Coef > 0:
		return 1
	case diff.Coef < 0:
		return -1
	}
	return 0
}

// Sign is -1, 0 or +1.
func (d Decimal) Sign() int {
	switch {
	case d.Coef > 0:
		return 1
	case d.Coef < 0:
		return -1
	}
	return 0
}

// IsZero reports whether d is 0.
func (d Decimal) IsZero() bool { return d.Coef == 0 }

// IntPart returns the integer part, truncated toward zero.
func (d Decimal) IntPart() int64 {
	c := d.Coef
	for i := 0; i < d.Scale; i++ {
		c /= 10
	}
	return c
}

// String writes d with exactly its scale: "5949.088667", "-18", "0.50".
func (d Decimal) String() string {
	neg := d.Coef < 0
	u := uint64(d.Coef)
	if neg {
		u = -u
	}
	s := strconv.FormatUint(u, 10)
	if d.Scale > 0 {
		if len(s) <= d.Scale {
			s = strings.Repeat("0", d.Scale-len(s)+1) + s
		}
		s = s[:len(s)-d.Scale] + "." + s[len(s)-d.Scale:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

// align brings d and e to the same scale.
func align(d, e Decimal) (Decimal, Decimal, error) {
	for d.Scale < e.Scale {
		var err error
		if d, err = d.shift(); err != nil {
			return d, e, err
		}
	}
	for e.Scale < d.Scale {
		var err error
		if e, err = e.shift(); err != nil {
			return d, e, err
		}
	}
	return d, e, nil
}

// shift multiplies the coefficient by ten and increments the scale.
func (d Decimal) shift() (Decimal, error) {
	neg := d.Coef < 0
	u := uint64(d.Coef)
	if neg {
		u = -u
	}
	hi, lo := bits.Mul64(u, 10)
	if hi != 0 || lo > 1<<63-1 {
		return d, ErrOverflow
	}
	c := int64(lo)
	if neg {
		c = -c
	}
	return Decimal{Coef: c, Scale: d.Scale + 1}, nil
}

// Mul10 returns d × 10^n exactly (n ≥ 0), or ErrOverflow.
func (d Decimal) Mul10(n int) (Decimal, error) {
	for ; n > 0; n-- {
		if d.Scale > 0 {
			d.Scale--
			continue
		}
		if d.Coef > (1<<63-1)/10 || d.Coef < -(1<<63-1)/10 {
			return d, ErrOverflow
		}
		d.Coef *= 10
	}
	return d, nil
}
