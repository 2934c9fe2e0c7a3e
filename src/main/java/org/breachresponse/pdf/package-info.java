/**
 * Writing PDF documents with Apache PDFBox: an embedded Unicode font and a page writer that wraps and
 * paginates text. Notice letters, the review report and the timeline report are written with it.
 *
 * <p>Bottom layer: it depends on no other package of ours.
 */
package org.breachresponse.pdf;
