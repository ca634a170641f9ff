package render

// Continued marks a table continued on a new page, above its repeated
// header rows.
const Continued = "续表"
