package gx.zhicheng.documents;

import java.util.List;

/**
 * One page of documents as the print page and the PDF both show it: the template under templates/documents/,
 * the title, the documents (one A4 sheet each), where the PDF of the same page is, and the PDF's file name.
 */
record DocumentPage(String template, String title, List<?> documents, String pdfPath, String fileName) {}
