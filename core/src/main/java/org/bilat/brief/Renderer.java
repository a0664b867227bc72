package org.bilat.brief;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bilat.model.BilatException;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Turns the Markdown of a brief or a digest into the bytes of the format asked for. */
final class Renderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String STYLE = """
            body { font-family: 'DejaVu Sans', 'Droid Sans Fallback', sans-serif; font-size: 10pt; line-height: 1.35; }
            h1 { font-size: 17pt; margin-bottom: 4pt; }
            h2 { font-size: 13pt; border-bottom: 1px solid #999; margin-top: 14pt; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; }
            th { background: #eee; }
            li { margin-bottom: 2pt; }
            @page { size: A4; margin: 18mm 16mm; }
            """;

    private Renderer() {}

    static byte[] render(String markdown, String title, BriefFormat format) {
        return switch (format) {
            case MD -> markdown.getBytes(StandardCharsets.UTF_8);
            case HTML -> html(markdown, title).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(html(markdown, title));
        };
    }

    /** A whole XHTML page; raw HTML in the Markdown is escaped, never passed through. */
    static String html(String markdown, String title) {
        HtmlRenderer renderer =
                HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
        String body =
                renderer.render(Parser.builder().extensions(EXTENSIONS).build().parse(markdown));
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>"
                + "<meta charset=\"utf-8\" /><title>" + escape(title) + "</title><style>" + STYLE
                + "</style></head><body>\n" + body + "</body></html>\n";
    }

    static byte[] pdf(String xhtml) {
        XRLog.setLoggingEnabled(false); // its INFO lines on stderr would bury the command's one line
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode();
        PdfFonts.find().register(builder);
        try {
            builder.withHtmlContent(xhtml, null).toStream(bytes).run();
        } catch (IOException | RuntimeException e) {
            throw new BilatException("pdf: cannot render the document: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
