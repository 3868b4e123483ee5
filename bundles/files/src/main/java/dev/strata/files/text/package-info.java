/**
 * Text extraction for ingestion: which kind a document is, and reading plain text, Markdown,
 * HTML (with jsoup) and PDF (with Apache PDFBox) as text. Free of OSGi and private to this
 * bundle; jsoup and PDFBox are embedded in it and seen by no other bundle.
 */
package dev.strata.files.text;
