package xlsx

import (
	"testing"

	"nianbao/render"
)

// TestLabelTexts: a cell is broken once for a width and remembered (a
// row's height and the cell both ask), anew for another width; nil
// remembers nothing.
func TestLabelTexts(t *testing.T) {
	c := &render.Cell{Text: "（三）不予公开", Header: true}
	narrow, wide := []float64{4, 4}, []float64{20}
	texts := labelTexts{}
	if got, want := texts.of(c, narrow), labelText(c, narrow); got != want {
		t.Fatalf("%q, want %q", got, want)
	}
	texts[labelAt{c, sum(narrow)}] = "remembered"
	if got := texts.of(c, narrow); got != "remembered" {
		t.Errorf("broken again: %q", got)
	}
	if got, want := texts.of(c, wide), labelText(c, wide); got != want || len(texts) != 2 {
		t.Errorf("another width: %q, want %q (%d remembered)", got, want, len(texts))
	}
	if got, want := labelTexts(nil).of(c, narrow), labelText(c, narrow); got != want {
		t.Errorf("nil: %q, want %q", got, want)
	}
}
