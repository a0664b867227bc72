package org.bilat.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bilat.model.Register;
import org.bilat.store.Store;

/** Every register as the CSV file the register page downloads, for exports outside the web server. */
public final class RegisterFiles {
    private RegisterFiles() {}

    /** Each register's file name ({@code agreements.csv}, ...) and CSV text, in the registers' order. */
    public static Map<String, String> csv(Store store) {
        Registers registers = new Registers(store);
        Map<String, String> files = new LinkedHashMap<>();
        for (Register register : Register.values()) {
            files.put(register.key() + ".csv", Csv.of(registers.table(register)));
        }
        return files;
    }
}
