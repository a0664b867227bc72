package org.bilat.brief;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilat.model.BilatException;

/**
 * The fonts embedded in PDFs, from Debian packages the launcher installs: DejaVu Sans (fonts-dejavu-core) for Latin,
 * Cyrillic and Greek, Droid Sans Fallback (fonts-droid-fallback, one 4 MB TrueType file) for Chinese, Japanese and
 * Korean. The system property {@code bilat.fonts} names another folder to look in first.
 */
record PdfFonts(Path regular, Path bold, Path cjk) {
    /** Folders searched in order; Debian's paths last. */
    private static final List<String> FOLDERS =
            List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/droid");

    static PdfFonts find() {
        List<Path> folders = new ArrayList<>();
        String override = System.getProperty("bilat.fonts");
        if (override != null) {
            folders.add(Path.of(override));
        }
        FOLDERS.forEach(f -> folders.add(Path.of(f)));
        return new PdfFonts(
                file(folders, "DejaVuSans.ttf", "fonts-dejavu-core"),
                file(folders, "DejaVuSans-Bold.ttf", "fonts-dejavu-core"),
                file(folders, "DroidSansFallbackFull.ttf", "fonts-droid-fallback"));
    }

    private static Path file(List<Path> folders, String name, String debianPackage) {
        Optional<Path> found = folders.stream()
                .map(folder -> folder.resolve(name))
                .filter(Files::isRegularFile)
                .findFirst();
        return found.orElseThrow(
                () -> new BilatException("pdf: font " + name + " not found; install the Debian package " + debianPackage
                        + " (./bilat installs it when run as root) or set -Dbilat.fonts=DIR"));
    }

    void register(PdfRendererBuilder builder) {
        builder.useFont(regular.toFile(), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(bold.toFile(), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(cjk.toFile(), "Droid Sans Fallback", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
    }
}
