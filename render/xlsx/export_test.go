package xlsx

// SheetName exposes sheetName to the external tests.
var SheetName = sheetName
