/**
 * Cited briefs and monitoring digests: documents an analyst can send as they are, assembled plainly from stored facts
 * (every statement footnoted with its quote and source) as Markdown, HTML or PDF.
 *
 * <p>A brief or a digest is a list of {@link org.bilat.brief.Section}s writing into one Markdown text; CommonMark
 * turns it into HTML with all source text escaped, and openhtmltopdf turns that into PDF with embedded fonts.
 */
@NullMarked
package org.bilat.brief;

import org.jspecify.annotations.NullMarked;
