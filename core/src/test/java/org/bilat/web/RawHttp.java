package org.bilat.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP/1.1 exchange written by hand over a socket, so that a test can send what a browser's client would refuse
 * to: a forged Host, no Host, an unknown HTTP version.
 */
record RawHttp(int status, Map<String, String> headers, String body) {
    static RawHttp send(int port, String requestHead) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    /** A GET of {@code path} with the given Host header (null for none) and extra header lines. */
    static RawHttp get(int port, String path, @Nullable String host, String... headerLines) throws IOException {
        StringBuilder head = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
        if (host != null) {
            head.append("Host: ").append(host).append("\r\n");
        }
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        return send(port, head.append("Connection: close\r\n\r\n").toString());
    }

    /** The body with any chunked transfer coding taken off. */
    String content() {
        if (!header("Transfer-Encoding").equalsIgnoreCase("chunked")) {
            return body;
        }
        StringBuilder content = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return content.toString();
            }
            content.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    String header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static RawHttp parse(byte[] response) {
        String text = new String(response, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        List<String> lines = List.of(text.substring(0, end).split("\r\n", -1));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        String statusLine = lines.get(0);
        int codeStart = statusLine.indexOf(' ') + 1;
        return new RawHttp(
                Integer.parseInt(statusLine.substring(codeStart, codeStart + 3)), headers, text.substring(end + 4));
    }
}
