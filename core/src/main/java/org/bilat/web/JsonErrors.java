package org.bilat.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Jetty's own error answers (a malformed path, a URI or header too long, a missing Host, an unknown HTTP version) in
 * the API's JSON error shape with the security headers, instead of Jetty's HTML page. The message is the status's
 * standard reason, never an exception's text.
 */
final class JsonErrors extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void generateResponse(
            Request request,
            Response response,
            int code,
            @Nullable String message,
            @Nullable Throwable cause,
            Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        decorate(headers);
        response.write(true, body(code), callback);
    }

    private static void decorate(HttpFields.Mutable headers) {
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        SecurityHeaders.ALL.forEach((name, value) -> headers.put(new HttpField(name, value)));
    }

    static ByteBuffer body(int status) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", HttpStatus.getMessage(status));
        error.put("status", status);
        try {
            return ByteBuffer.wrap(JSON.writeValueAsBytes(error));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
