package org.bilat.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bilat.model.BilatException;
import org.bilat.model.Register;

/** {@code /api/registers}: which registers there are, and one as JSON or as a CSV download. */
final class RegisterEndpoints {
    private final Registers registers;

    RegisterEndpoints(Registers registers) {
        this.registers = registers;
    }

    void list(Context ctx) {
        List<Map<String, String>> all = Arrays.stream(Register.values())
                .map(r -> Map.of("name", r.key(), "title", r.title()))
                .toList();
        ctx.json(Map.of("registers", all));
    }

    void one(Context ctx) {
        String name = ctx.pathParam("name");
        Register register;
        try {
            register = Params.parse("name", name, Register.class);
        } catch (BilatException e) {
            throw new NotFound(name + ": no such register", e);
        }
        String format = Params.text(ctx, "format");
        RegisterTable table = registers
                .asOf(Params.asOf(ctx))
                .showingRejected(Params.flag(ctx, "rejected"))
                .table(register);
        if (format == null || format.equals("json")) {
            ctx.json(table);
        } else if (format.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"bilat-" + register.key() + ".csv\"");
            ctx.result(Csv.of(table));
        } else {
            throw new BilatException("format: unknown value " + format + "; one of json, csv");
        }
    }
}
