// Package author holds the report: the model of one annual report (its
// figures and prose with the places they came from), the readers that build
// it (the YAML report file, the annex workbook), the derived totals, the
// rules that check it (the registry's checks, run by Check), the YAML
// writer, the JSON Schema, the sum of units, and the builder of the
// document model that the renderers draw.
//
// What the official formats say (labels, rows, sections, notices, rule IDs)
// is in package spec; author reads it and types none of it. It knows nothing
// of how a document is drawn.
package author
